/**
 * Loud where it matters (SPEC 2a): `score` and `plan` refuse a book they cannot score — a required
 * customer or purchase column not found, or no purchases at all — with one line naming the column
 * looked for (exit 2), never a list of customers all in III. What they can score but read
 * differently from a tidy book (a sheet recognised by its columns, a hidden sheet, no payment
 * status) they say on stderr, so the JSON on stdout stays clean.
 */
import type { Lang } from "../core/i18n";
import { t } from "../core/i18n";
import type { Analysis } from "../core/analyze";
import type { RawBook, TableKey } from "../core/table";
import { TABLES, caption } from "../core/schema";
import { problemMessage } from "../core/quality";
import { terminalText } from "./format";
import { CliError } from "./io";

/** Throws the one-line refusal when the book cannot be scored. */
export function requireScorable(raw: RawBook, a: Analysis): void {
  for (const key of ["customers", "purchases"] as const) {
    const missing = a.problems.find((p) => p.table === key && p.code === "column.missing");
    if (missing) throw new CliError("cli.error.columnMissing", { sheet: missing.sheet, row: missing.row, column: missing.column });
  }
  if (!raw.tables.purchases) throw new CliError("cli.error.noPurchases", { sheet: caption(TABLES.purchases, a.lang) });
}

/** Lines for stderr: which sheets were used when not found by name, and the warnings that change scores. */
export function readingNotes(raw: RawBook, a: Analysis, lang: Lang): string[] {
  const lines: string[] = [];
  for (const [key, table] of Object.entries(raw.tables) as [TableKey, NonNullable<RawBook["tables"][TableKey]>][]) {
    if (table.via !== "headers" && !table.hidden && table.headerRow <= 1) continue;
    lines.push(
      t(lang, "cli.note.sheetUsed", {
        table: caption(TABLES[key], lang),
        sheet: table.sheet,
        row: table.headerRow,
        how: t(lang, table.via === "headers" ? "cli.note.byColumns" : "cli.note.byName"),
      }),
    );
  }
  const loud = new Set(["table.ledger", "table.ledgerByName", "column.noName", "column.noPaymentStatus", "column.ambiguous", "table.ambiguous", "table.hidden", "column.choiceMissing"]);
  for (const p of a.problems) if (loud.has(p.code)) lines.push(problemMessage(p, lang));
  return lines.map(terminalText);
}
