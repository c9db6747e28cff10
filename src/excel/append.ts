/**
 * The add-in's only writes into the user's data tables: rows appended at the end of a table (a
 * follow-up logged from the pane, an imported list) and, for an import, cells that are still empty
 * filled in. Nothing the user typed is overwritten: a cell to fill is written only if it is empty
 * when the write happens and its row still carries the same customer ID (the user may have sorted).
 *
 * Three syncs whatever the number of rows (two when only appending): find the table (and its
 * filter) · read where the rows to fill are now · append all rows with one `rows.add` and write the
 * fills — between clearing the table's filter and applying it again.
 */
import type { TableKey } from "../core/table";
import { TABLES } from "../core/schema";
import { mapHeaders } from "../core/columns";
import { type NewCell, type NewRow, isDayCell } from "../core/customer/newRows";
import { serialFromDay } from "../core/dates";
import { normalizeIdText } from "../core/parse/id";
import { discover } from "./readBook";
import { locate } from "./locate";
import { a1 } from "./address";
import { refuseProtected } from "./limits";
import type { HostState } from "./state";
import { filterAroundWrites } from "./filter";

/** A cell to fill when it is empty: its worksheet row, the ID that row must carry, the field. */
export interface CellFill {
  row: number;
  id: string;
  field: string;
  value: NewCell;
  /** Write only over this value (as shown), the user having chosen the imported one; absent = only into an empty cell. */
  expect?: string;
}

export interface WriteRequest {
  table: TableKey;
  append: NewRow[];
  fill?: CellFill[];
}

export interface WriteResult {
  sheet: string;
  /** Worksheet row of the first appended row (0 when none). */
  firstRow: number;
  appended: number;
  filled: number;
  /** Fills not written: the cell was no longer empty, or the row no longer held that customer. */
  notFilled: CellFill[];
}

/** The dataset is not an Excel table yet (set-up has not run) or lacks a column: nothing is written. */
export class WriteRefused extends Error {
  readonly code = "CrmWriteRefused";
  constructor(
    readonly reason: "noTable" | "noColumn",
    readonly table: TableKey,
    readonly field?: string,
  ) {
    super(reason === "noTable" ? `no table for ${table}` : `the ${table} table has no ${field} column`);
  }
}

const DATE_FORMAT = "yyyy-mm-dd";

/** A value as Excel must receive it: text behind an apostrophe, so it stays text exactly (no formula, no 001 → 1). */
function toCell(v: NewCell | undefined, date1904: boolean): string | number {
  if (v === undefined) return "";
  if (isDayCell(v)) return serialFromDay(v.day, date1904);
  if (typeof v === "number") return v;
  return v === "" ? "" : `'${v}`;
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

export async function writeRows(ctx: Excel.RequestContext, req: WriteRequest, state: HostState): Promise<WriteResult> {
  // With every table's filter: the one written into is cleared and put back (filter.ts).
  const d = await discover(ctx, state, undefined, { filters: true });
  const found = locate(d.tables, []).found[req.table];
  if (!found || found.kind !== "table") throw new WriteRefused("noTable", req.table);
  refuseProtected(d.protectedSheets, [found.sheet]);
  const cols = mapHeaders(TABLES[req.table], found.headers);
  const width = found.headers.length;
  const needed = new Set([...req.append.flatMap((r) => Object.keys(r).filter((k) => r[k] !== undefined && r[k] !== "")), ...(req.fill ?? []).map((f) => f.field)]);
  for (const field of needed) if (!cols.has(field)) throw new WriteRefused("noColumn", req.table, field);

  const table = ctx.workbook.tables.getItem(found.tableName);
  // A filter on the table (the pane's quadrant filter, or the user's own): cleared before writing, on again after.
  const filter = filterAroundWrites(ctx, d.filters?.get(found.tableName.toLowerCase()));
  const header = table.getHeaderRowRange().load("rowIndex,columnIndex");
  const fills = req.fill ?? [];
  const fillCols = [...new Set(fills.map((f) => f.field))];
  const body = fills.length ? table.getDataBodyRange() : undefined;
  const idValues = body?.getColumn(cols.get("id")!).load("values");
  const fillValues = new Map(fillCols.map((f) => [f, body!.getColumn(cols.get(f)!).load("values")]));
  // Only fills need to know where the rows are now; appending alone is two syncs.
  if (fills.length) await ctx.sync();

  const sheet = ctx.workbook.worksheets.getItem(found.sheet);
  filter?.clear();
  const notFilled: CellFill[] = [];
  let filled = 0;
  for (const f of fills) {
    const i = f.row - (header.rowIndex + 1) - 1;
    const id = idValues?.values[i]?.[0];
    const current = fillValues.get(f.field)?.values[i]?.[0];
    const still = f.expect === undefined ? isEmpty(current) : String(current ?? "").trim() === f.expect.trim();
    if (id === undefined || normalizeIdText(String(id)) !== normalizeIdText(f.id) || !still) {
      notFilled.push(f);
      continue;
    }
    const cell = sheet.getRange(a1(f.row - 1, header.columnIndex + cols.get(f.field)!));
    cell.values = [[toCell(f.value, d.date1904)]];
    if (isDayCell(f.value)) cell.numberFormat = [[DATE_FORMAT]];
    filled++;
  }

  let where: Excel.Range | undefined;
  if (req.append.length) {
    const matrix = req.append.map((r) => {
      const out: (string | number)[] = new Array(width).fill("");
      for (const [field, i] of cols) out[i] = toCell(r[field], d.date1904);
      return out;
    });
    // Appended (index undefined): a header-only table's one empty body row is filled first, as in Excel.
    table.rows.add(undefined, matrix);
    const dateCols = [...cols].filter(([field]) => TABLES[req.table].columns.find((c) => c.key === field)?.kind === "date");
    const last = table.getDataBodyRange().getLastRow();
    const added = last.getOffsetRange(-(matrix.length - 1), 0).getResizedRange(matrix.length - 1, 0);
    if (dateCols.length) {
      added.numberFormat = matrix.map(() => {
        const row: (string | null)[] = new Array(width).fill(null);
        for (const [, i] of dateCols) row[i] = DATE_FORMAT;
        return row;
      });
    }
    where = added.load("rowIndex");
  }
  filter?.reapply();
  await ctx.sync();
  return { sheet: found.sheet, firstRow: where ? where.rowIndex + 1 : 0, appended: req.append.length, filled, notFilled };
}
