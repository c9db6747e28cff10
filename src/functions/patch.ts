/**
 * Patching the functions' raw book with the rows a change touched, instead of reading it all.
 *
 * `planPatch` turns the edits since the last read into a request for just those rows (whole rows
 * of each table's columns); `applyRows` checks that nothing moved — each table's body is where it
 * was, as many rows as before plus rows added at its end, and the ID cell of every row whose ID was
 * not itself edited is the one held — and returns the raw book with the rows replaced. Either
 * answers undefined when the change cannot be localized: the engine then reads the whole book.
 */
import type { RawBook, RawTable, TableKey } from "../core/table";
import type { RowsRead, RowsRequest, TableEdit } from "../core/edits";

/** Past this many rows (or cells) in one patch, a full read is as cheap and simpler. */
export const MAX_PATCH_ROWS = 1_000;
export const MAX_PATCH_CELLS = 20_000;

export interface Patch {
  raw: RawBook;
  /** Per table, the body rows (0-based under the header) whose cells were replaced or added, ascending. */
  rows: Partial<Record<TableKey, number[]>>;
}

/** First body row of a raw table, 0-based on the sheet (the header is on `headerRow`, 1-based). */
const bodyRow0 = (t: RawTable) => t.headerRow;

/** The rows to read for these edits, or undefined when only a full read will do. */
export function planPatch(raw: RawBook, edits: readonly TableEdit[]): RowsRequest[] | undefined {
  if (edits.length === 0) return undefined;
  const byTable = new Map<TableKey, [number, number][]>();
  const names = new Map<TableKey, string>();
  let rows = 0;
  let cells = 0;
  for (const e of edits) {
    const t = raw.tables[e.table];
    if (e.kind === "unknown" || !t || t.titleRows) return undefined;
    const width = t.headers.length;
    const lastCol = t.firstColumn + width - 1;
    // A header edited, or an area reaching outside the table's columns: the table's shape changed.
    if (e.row0 < bodyRow0(t) || e.col0 < t.firstColumn || e.col1 > lastCol) return undefined;
    if (names.has(e.table) && names.get(e.table) !== e.tableName) return undefined;
    names.set(e.table, e.tableName);
    const n = e.row1 - e.row0 + 1;
    rows += n;
    cells += n * width;
    if (rows > MAX_PATCH_ROWS || cells > MAX_PATCH_CELLS) return undefined;
    const list = byTable.get(e.table) ?? [];
    list.push([e.row0, e.row1]);
    byTable.set(e.table, list);
  }
  return [...byTable].map(([table, ranges]) => {
    const t = raw.tables[table]!;
    return {
      table,
      tableName: names.get(table)!,
      sheet: t.sheet,
      col0: t.firstColumn,
      col1: t.firstColumn + t.headers.length - 1,
      rows: merge(ranges),
    };
  });
}

/** Sorted, overlapping or touching ranges joined. */
function merge(ranges: [number, number][]): [number, number][] {
  const sorted = ranges.map((r) => [...r] as [number, number]).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else out.push(r);
  }
  return out;
}

/**
 * The raw book with the rows read in place, or undefined when a table moved, lost rows, gained
 * rows anywhere but at its end, or shows another ID on a row whose ID nobody edited (the rows were
 * reordered without an event).
 */
export function applyRows(
  raw: RawBook,
  /** The ID column's position in each table (the column map of the last link). */
  idColumn: (table: TableKey) => number | undefined,
  edits: readonly TableEdit[],
  requests: readonly RowsRequest[],
  reads: readonly RowsRead[],
): Patch | undefined {
  const tables = { ...raw.tables };
  const rows: Patch["rows"] = {};
  for (const req of requests) {
    const t = raw.tables[req.table]!;
    const read = reads.find((r) => r.table === req.table);
    if (!read || read.values.length !== req.rows.length) return undefined;
    const b = read.body;
    const start = bodyRow0(t);
    const before = t.rows.length;
    const now = b.row1 - b.row0 + 1;
    if (b.sheet !== t.sheet || b.row0 !== start || b.col0 !== req.col0 || b.col1 !== req.col1 || now < before) {
      return undefined;
    }
    const mine = edits.filter((e): e is Exclude<TableEdit, { kind: "unknown" }> => e.table === req.table && e.kind !== "unknown");
    // Rows added anywhere but at the end move every row under them.
    if (mine.some((e) => e.kind === "rowsAdded" && e.row0 - start < before)) return undefined;
    const idCol = idColumn(req.table);
    const idEdited = new Set<number>();
    if (idCol !== undefined) {
      for (const e of mine) {
        if (e.col0 > t.firstColumn + idCol || e.col1 < t.firstColumn + idCol) continue;
        for (let r = e.row0; r <= e.row1; r++) idEdited.add(r - start);
      }
    }
    const next = t.rows.slice();
    const changed: number[] = [];
    for (let k = 0; k < req.rows.length; k++) {
      const [r0, r1] = req.rows[k];
      const block = read.values[k];
      if (block.length !== r1 - r0 + 1) return undefined;
      for (let r = r0; r <= r1; r++) {
        const i = r - start;
        if (i >= now) continue; // a row added and gone again: the body says how many there are
        if (i > next.length) return undefined; // a gap under the end: rows we were not told of
        const cells = block[r - r0];
        if (i < before && idCol !== undefined && !idEdited.has(i) && !sameCell(next[i][idCol], cells[idCol])) {
          return undefined;
        }
        next[i] = cells;
        changed.push(i);
      }
    }
    // Every row the body gained must be one we read.
    if (next.length !== now) return undefined;
    tables[req.table] = { ...t, rows: next };
    rows[req.table] = [...new Set(changed)].sort((a, b) => a - b);
  }
  return { raw: { ...raw, tables }, rows };
}

function sameCell(a: unknown, b: unknown): boolean {
  const blank = (x: unknown) => x === null || x === undefined || x === "";
  return a === b || (blank(a) && blank(b));
}
