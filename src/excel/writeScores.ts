/**
 * The computed columns' cells for one analysis, and how to send them: grouped into contiguous
 * column runs, cut into row chunks that keep every sync under the request-size budget. Pure
 * planning (tested without Excel) plus one function that queues a planned sync on a context.
 */
import { utf8Length } from "../core/utf8";
import type { Analysis, CustomerScore } from "../core/analyze";
import type { RawTable } from "../core/table";
import { COMPUTED_COLUMNS } from "../core/schema";
import { serialFromDay } from "../core/dates";
import type { Lang } from "../core/i18n";
import { COMPUTED_KEYS, type ComputedKey, computedCell } from "../core/computed";
import { a1 } from "./address";

export type OutCell = string | number;

export const DATE_FORMAT = "yyyy-mm-dd";
export const AMOUNT_FORMAT = "#,##0.00";
export const CLOSENESS_FORMAT = "0.00";

/** Number format of each computed column: the add-in's own columns always carry these. */
export const COMPUTED_FORMATS: Record<ComputedKey, string> = {
  quadrant: "General",
  amount: AMOUNT_FORMAT,
  closeness: CLOSENESS_FORMAT,
  borderline: "General",
  strategy: "General",
  lastContact: DATE_FORMAT,
  nextVisit: DATE_FORMAT,
  segment: "General",
};

/** Office.js takes dates as serials in the workbook's date system, and "" for an empty cell. */
function cellOf(key: ComputedKey, s: CustomerScore, lang: Lang, date1904: boolean, a: Analysis): OutCell {
  const cell = computedCell(key, s, lang, a);
  if (cell === null) return "";
  return typeof cell === "object" ? serialFromDay(cell.day, date1904) : cell;
}

/**
 * One row per data row of the customer table, one cell per computed column (in `keys` order).
 * A row without a score (blank or duplicate ID, an empty row) gets empty cells, so a stale value
 * from an earlier refresh never lingers next to a customer who no longer has one.
 */
export function computedRows(
  analysis: Analysis,
  customers: RawTable,
  keys: readonly ComputedKey[],
  lang: Lang,
  date1904: boolean,
): OutCell[][] {
  const byRow = new Map<number, CustomerScore>();
  for (const s of analysis.scores) byRow.set(s.row, s);
  return customers.rows.map((_, i) => {
    const s = byRow.get(customers.headerRow + 1 + i);
    return keys.map((k) => (s ? cellOf(k, s, lang, date1904, analysis) : ""));
  });
}

/** One `range.values` (+ `numberFormat`) write, addressed on the customer sheet. */
export interface WriteOp {
  address: string;
  values: OutCell[][];
  numberFormat: string[][];
  /** 0-based data rows [from, to) the op covers. */
  from: number;
  to: number;
}

/** The writes of one sync, and the data rows they cover (checked against the IDs in that sync). */
export interface WriteSync {
  ops: WriteOp[];
  from: number;
  to: number;
  /** Estimated request bytes. */
  bytes: number;
}

export interface WriteLimits {
  /** Request bytes one sync may carry (Excel on the web rejects requests over 5 MB). */
  budgetBytes: number;
  /** Cells per single range write. */
  maxCellsPerOp: number;
}

/** What each op costs beyond its cells (address, method names, JSON framing), generously. */
const OP_OVERHEAD = 400;

export interface Layout {
  /** 0-based sheet row of the first data row. */
  firstRow0: number;
  /** 0-based sheet column of each computed column, in the `keys` order of the rows. */
  sheetColumns: readonly number[];
  keys: readonly ComputedKey[];
}

/**
 * Splits the rows into syncs under the byte budget and each sync into range writes under the cell
 * limit. The number of syncs is 1 for any book that fits one request; it grows only when the data
 * itself is larger than what a request may carry.
 */
export function planWrites(rows: readonly OutCell[][], layout: Layout, limits: WriteLimits, startAt = 0): WriteSync[] {
  if (rows.length === 0 || layout.keys.length === 0) return [];
  const runs = groupRuns(layout.sheetColumns);
  const formats = layout.keys.map((k) => COMPUTED_FORMATS[k]);
  const formatBytes = formats.reduce((n, f) => n + utf8Length(JSON.stringify(f)) + 1, 2);
  const rowBytes = rows.map((r) => utf8Length(JSON.stringify(r)) + 1 + formatBytes);
  const width = layout.keys.length;
  const rowsPerOp = Math.max(1, Math.floor(limits.maxCellsPerOp / width));

  const syncs: WriteSync[] = [];
  let from = startAt;
  while (from < rows.length) {
    let bytes = OP_OVERHEAD * runs.length;
    let to = from;
    while (
      to < rows.length &&
      (to === from || bytes + rowBytes[to] + ((to - from) / rowsPerOp) * OP_OVERHEAD <= limits.budgetBytes)
    ) {
      bytes += rowBytes[to];
      to++;
    }
    const ops: WriteOp[] = [];
    for (let r0 = from; r0 < to; r0 += rowsPerOp) {
      const r1 = Math.min(to, r0 + rowsPerOp);
      for (const run of runs) {
        const cols = run.map((i) => layout.sheetColumns[i]);
        ops.push({
          address: a1(layout.firstRow0 + r0, cols[0], layout.firstRow0 + r1 - 1, cols[cols.length - 1]),
          values: rows.slice(r0, r1).map((row) => run.map((i) => row[i])),
          numberFormat: rows.slice(r0, r1).map(() => run.map((i) => formats[i])),
          from: r0,
          to: r1,
        });
      }
    }
    syncs.push({ ops, from, to, bytes });
    from = to;
  }
  return syncs;
}

/** Indexes into `sheetColumns` grouped by adjacency on the sheet, each run left to right. */
function groupRuns(sheetColumns: readonly number[]): number[][] {
  const order = sheetColumns.map((c, i) => ({ c, i })).sort((a, b) => a.c - b.c);
  const runs: number[][] = [];
  let prev = -2;
  for (const x of order) {
    if (x.c === prev + 1 && runs.length) runs[runs.length - 1].push(x.i);
    else runs.push([x.i]);
    prev = x.c;
  }
  return runs;
}

/** Queues one planned sync's writes on the customer sheet. */
export function queueWrites(sheet: Excel.Worksheet, sync: WriteSync): void {
  for (const op of sync.ops) {
    const range = sheet.getRange(op.address);
    range.numberFormat = op.numberFormat;
    range.values = op.values;
  }
}

/** The computed columns in the order the add-in appends them. */
export function computedKeys(): ComputedKey[] {
  return COMPUTED_COLUMNS.map((c) => c.key).filter((k): k is ComputedKey =>
    (COMPUTED_KEYS as readonly string[]).includes(k),
  );
}
