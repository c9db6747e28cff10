/**
 * Data problems with the place they sit (sheet, worksheet row, header caption as written), so
 * every host can show them and offer to go there. Messages are made per language on demand.
 */
import type { TableKey } from "./table";
import { type Lang, type Params, t } from "./i18n";

export type Severity = "error" | "warning";

export type ProblemCode =
  | "id.missing" // blank customer ID: the row is excluded
  | "id.invalid" // an ID that is not text or a number
  | "id.duplicate" // a second customer with the same ID: the first row wins
  | "id.lookalike" // `001` typed as text and `1` typed as a number both appear
  | "orphan" // a record whose ID has no customer
  | "value.missing" // a required cell is empty: the row is excluded
  | "value.excelError" // an Excel error value (#N/A, #REF! …): never an ID, a date or an amount
  | "value.unsavedFormula" // a formula saved without its result (a file nothing calculated)
  | "date.invalid"
  | "date.text" // understood, but typed as text
  | "date.serial" // a number outside the column's plausible dates (3.5 typed for 3月5日)
  | "date.future" // after the as-of date: not counted yet
  | "amount.invalid"
  | "amount.text" // understood, but typed as text
  | "number.invalid"
  | "enum.unknown" // not one of the listed values
  | "column.missing" // a required column is absent
  | "column.ambiguous" // two columns could be the same field: the left one is used, the user is asked
  | "column.choiceMissing" // the column map names a caption the sheet does not have
  | "column.noPaymentStatus" // no payment-status column: the bad-payment penalty is off
  | "rows.title" // rows above the header skipped as a title or metadata block
  | "row.total" // a totals row (合计, Total) skipped
  | "row.note" // a note under the table (注:…) skipped
  | "row.header" // the header row repeated inside the data, skipped
  | "table.ambiguous" // another sheet fits this dataset as well: the one named is used
  | "table.hidden" // the dataset was found on a hidden sheet only
  | "table.choiceMissing" // the column map names a sheet that does not hold the dataset
  | "columnMap.header" // the column map table lacks one of its columns: not used
  | "columnMap.table" // a column-map row names no dataset: ignored
  | "columnMap.field" // a column-map row names no field of its dataset: ignored
  | "columnMap.value" // a column-map row's choice cannot be read: ignored
  | "columnMap.duplicate" // a second column-map row for one field: the first wins
  | "table.missing"
  | "table.empty"
  | "setting.invalid"
  | "policy.endBeforeStart"; // a policy's end date precedes its start: the policy is not counted

export interface Problem {
  severity: Severity;
  code: ProblemCode;
  table: TableKey;
  sheet: string;
  /** Worksheet row as Excel shows it (the header row for column-level problems). */
  row: number;
  /** Header caption as written in the sheet (or the expected caption when it is missing). */
  column: string;
  /** 0-based worksheet column index when known, for selecting the cell. */
  columnIndex?: number;
  params: Params;
}

/** "购买记录 第 12 行「金额」:…" — the place first, then what is wrong and what happened to the row. */
export function problemMessage(p: Problem, lang: Lang): string {
  return t(lang, "problem.at", { sheet: p.sheet, row: p.row, column: p.column, detail: problemDetail(p, lang) });
}

/** What is wrong and what happened to the row, without the place (for lists already grouped by place). */
export function problemDetail(p: Problem, lang: Lang): string {
  return t(lang, `problem.${p.code}`, { ...p.params, sheet: p.sheet, row: p.row, column: p.column });
}

/** In reading order: sheet (as first met), row, column — stable for tests and the UI. */
export function sortProblems(problems: Problem[]): Problem[] {
  const sheetOrder = new Map<string, number>();
  for (const p of problems) if (!sheetOrder.has(p.sheet)) sheetOrder.set(p.sheet, sheetOrder.size);
  return [...problems].sort(
    (a, b) =>
      (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) ||
      a.row - b.row ||
      (a.columnIndex ?? 0) - (b.columnIndex ?? 0),
  );
}
