/**
 * `--map` refuses nonsense before anything is scored (issue 22): a field whose values must be
 * numbers or dates bound to a column that holds text, or a required field bound to a column that
 * would leave most rows unreadable, exits 2 with one line naming the column and what it holds —
 * never a table of customers all in III. The rule is the set-up screen's (core/columns/binding.ts);
 * the command line cannot ask, so what the pane asks about is refused here too.
 */
import type { RawBook, TableKey } from "../core/table";
import type { ColumnChoices } from "../core/columns";
import { type ColumnDef, TABLES, caption } from "../core/schema";
import { findCaption } from "../core/columns/match";
import { type BindingVerdict, bindingReason, judgeBinding, profileColumn } from "../core/columns/binding";
import { type Lang, t } from "../core/i18n";
import { CliError } from "./io";

/** Said in the book's language (or the one asked for), not the locale's guess before the book was read. */
export class RefusedMap extends CliError {
  constructor(
    private readonly lang: Lang,
    private readonly spec: string,
    private readonly verdict: Exclude<BindingVerdict, { kind: "ok" }>,
    private readonly where: (lang: Lang) => { field: string; column: string; sheet: string; kind: ColumnDef["kind"] },
  ) {
    super("binding.cli.refused");
  }

  messageIn(): string {
    return this.said(this.lang);
  }

  /** The refusal in `lang` (`crm team` words it in both languages, its own decided once every book is in). */
  said(lang: Lang): string {
    const where = this.where(lang);
    const reason =
      this.verdict.kind === "ask"
        ? t(lang, "binding.cli.unreadable", { ...where, unreadable: this.verdict.unreadable, rows: this.verdict.rows })
        : bindingReason(this.verdict, where, lang);
    return t(lang, "binding.cli.refused", { spec: this.spec, reason });
  }
}

/** Throws for the first `--map` choice whose column cannot hold its field. */
export function refuseBadMap(raw: RawBook, choices: Partial<Record<TableKey, ColumnChoices>>, lang: Lang): void {
  for (const [key, fields] of Object.entries(choices) as [TableKey, ColumnChoices][]) {
    const table = raw.tables[key];
    if (!table) continue;
    for (const [field, chosen] of Object.entries(fields)) {
      if (chosen === null) continue;
      const col = TABLES[key].columns.find((c) => c.key === field);
      const index = findCaption(table.headers, chosen);
      if (!col || index < 0) continue; // a caption the sheet lacks is reported by the column map itself
      const verdict = judgeBinding(col, profileColumn(table.rows, index, raw.date1904));
      if (verdict.kind === "ok") continue;
      const column = table.headers[index];
      throw new RefusedMap(lang, `${key}.${field}=${chosen}`, verdict, (lang) => ({ field: caption(col, lang), column, sheet: table.sheet, kind: col.kind }));
    }
  }
}
