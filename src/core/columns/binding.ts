/**
 * Whether a column can hold a field (issue 22): a field whose values must be numbers or dates is
 * never bound to a column whose sampled values are not — pointing 金额 at 产品 would put every
 * customer in III and write false movements into the history. The same judgement serves the
 * pane's set-up screen (before Save), `--map` on the command line and the hosts' reads.
 *
 *   refuse  most of the column's non-blank sampled values do not read as the field's kind
 *           (an amount, a number, a date);
 *   ask     a required field whose column would leave most sampled rows unreadable (blank or not
 *           of its kind): the user confirms, it is never applied in silence.
 */
import type { Cell } from "../table";
import type { ColumnDef } from "../schema";
import { isBlank } from "../parse/result";
import { parseAmount } from "../parse/amount";
import { parseDate } from "../parse/date";
import { show } from "../rows";
import { type Lang, t } from "../i18n";

/** Rows looked at, from the top of the body (the column map's own sample). */
export const PROFILE_ROWS = 50;
/** Examples kept to say what a column holds. */
const EXAMPLES = 2;

/** What one column holds, over the sampled rows. */
export interface ColumnProfile {
  rows: number;
  filled: number;
  /** Non-blank cells that read as an amount / as a date. */
  amounts: number;
  dates: number;
  /** The first distinct non-blank values that read as neither, as shown. */
  examples: string[];
}

/** A serial that can be a date someone typed (1954–2119), as the column map's value check. */
const plausibleSerial = (n: number) => n > 20000 && n < 80000;

export function profileColumn(rows: readonly (readonly Cell[])[], index: number, date1904: boolean): ColumnProfile {
  const p: ColumnProfile = { rows: 0, filled: 0, amounts: 0, dates: 0, examples: [] };
  for (const row of rows.slice(0, PROFILE_ROWS)) {
    p.rows++;
    const cell = row[index] ?? null;
    if (isBlank(cell)) continue;
    p.filled++;
    const amount = parseAmount(cell).ok;
    const date = typeof cell === "number" ? plausibleSerial(cell) : parseDate(cell, date1904).ok;
    if (amount) p.amounts++;
    if (date) p.dates++;
    const text = show(cell);
    if (!amount && !date && p.examples.length < EXAMPLES && !p.examples.includes(text)) p.examples.push(text);
  }
  return p;
}

export type BindingVerdict =
  | { kind: "ok" }
  /** The column holds the wrong kind of values: `examples` show what it holds. */
  | { kind: "refuse"; examples: string[] }
  /** Binding it would leave `unreadable` of `rows` sampled rows without this required field. */
  | { kind: "ask"; unreadable: number; rows: number };

/** Fields whose values must be numbers or dates. */
const KINDS_CHECKED = new Set(["amount", "number", "date"]);

export function judgeBinding(col: ColumnDef, p: ColumnProfile): BindingVerdict {
  const readable = col.kind === "date" ? p.dates : KINDS_CHECKED.has(col.kind) ? p.amounts : p.filled;
  if (KINDS_CHECKED.has(col.kind) && p.filled >= 2 && readable * 2 < p.filled) return { kind: "refuse", examples: p.examples };
  const unreadable = p.rows - readable;
  if (col.required && p.rows >= 4 && unreadable * 2 > p.rows) return { kind: "ask", unreadable, rows: p.rows };
  return { kind: "ok" };
}

/** What a column holds instead, in words: "文字（如“基金”、“理财”）" / "text (e.g. “Fund”, “Wealth”)". */
export function holdsText(examples: readonly string[], lang: Lang): string {
  if (examples.length === 0) return t(lang, "binding.holds.other");
  return t(lang, "binding.holds.text", { examples: examples.map((e) => `“${e}”`).join(t(lang, "binding.separator")) });
}

/** The reason a binding is refused or asked about, naming the column and its sheet. */
export function bindingReason(
  verdict: Exclude<BindingVerdict, { kind: "ok" }>,
  where: { field: string; column: string; sheet: string; kind: ColumnDef["kind"] },
  lang: Lang,
): string {
  if (verdict.kind === "refuse")
    return t(lang, `binding.refuse.${where.kind === "date" ? "date" : "number"}`, {
      field: where.field,
      column: where.column,
      sheet: where.sheet,
      holds: holdsText(verdict.examples, lang),
    });
  return t(lang, "binding.ask", { field: where.field, column: where.column, sheet: where.sheet, unreadable: verdict.unreadable, rows: verdict.rows });
}
