/**
 * Excel tables (ListObjects): a header row, a data body that is never empty (a table with no data
 * shows one empty row) and, when `showTotals`, a total row under the body. The header cells are the
 * column names. Column ids are stable per table.
 */
import { Rect, columnCount, intersect, rect, rowCount, sameRect } from "./address";
import { alreadyExists, filteredRangeConflict, invalidArgument, invalidOperation } from "./errors";
import type { Sheet } from "./grid";
import { Shift, shiftRect } from "./shift";
import { Cell, CellValue, compareForSort, formatText } from "./values";
import type { WorkbookModel } from "./workbook-model";
import { checkNoMerges } from "./merge";
import { checkUnprotected } from "./protection";

export interface TableModel {
  id: string;
  name: string;
  sheet: Sheet;
  /** Header row and, when `showTotals`, the total row included (as `table.getRange()`). */
  rect: Rect;
  /** The total row is the last row of `rect`: no data, never part of the body. */
  showTotals: boolean;
  columnIds: number[];
  nextColumnId: number;
  showHeaders: boolean;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  highlightFirstColumn: boolean;
  highlightLastColumn: boolean;
  style: string;
  /**
   * The AutoFilter's one criterion (Values on one column, the column by its id), or none, and the
   * rows (0-based sheet rows) it hid when applied: Excel hides them then and keeps them hidden — a
   * value written later does not show or hide a row until the filter is applied again.
   */
  filter: { columnId: number; values: string[]; hidden?: number[] } | null;
  deleted: boolean;
}

export const headerRect = (t: TableModel): Rect => rect(t.rect.r0, t.rect.c0, t.rect.r0, t.rect.c1);
/** The last row of the data body (the total row, when shown, is under it). */
export const bodyEnd = (t: TableModel): number => t.rect.r1 - (t.showTotals ? 1 : 0);
export const bodyRect = (t: TableModel): Rect => rect(t.rect.r0 + 1, t.rect.c0, bodyEnd(t), t.rect.c1);
export const bodyRowCount = (t: TableModel): number => bodyEnd(t) - t.rect.r0;
export const totalRect = (t: TableModel): Rect | null =>
  t.showTotals ? rect(t.rect.r1, t.rect.c0, t.rect.r1, t.rect.c1) : null;

export function headerNames(t: TableModel): string[] {
  const out: string[] = [];
  for (let c = t.rect.c0; c <= t.rect.c1; c++) out.push(String(t.sheet.value(t.rect.r0, c)));
  return out;
}

export function columnPosition(t: TableModel, columnId: number): number {
  return t.columnIds.indexOf(columnId);
}

const TABLE_NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;
const CELL_LIKE = /^([A-Za-z]{1,3}\d+|R\d*C\d*|[RC])$/i;

export function validateTableName(model: WorkbookModel, name: string, except?: TableModel): void {
  if (typeof name !== "string" || name.length > 255 || !TABLE_NAME.test(name) || CELL_LIKE.test(name)) {
    throw invalidArgument(`invalid table name '${String(name)}'`);
  }
  const clash = model.findTable(name);
  if ((clash && clash !== except) || model.findName(name)) throw alreadyExists(`a table or name called '${name}'`);
}

function checkNoOverlap(model: WorkbookModel, sheet: Sheet, area: Rect, except?: TableModel): void {
  for (const t of model.tables) {
    if (t !== except && t.sheet === sheet && intersect(t.rect, area))
      throw invalidOperation(`a table can't overlap another table ('${t.name}')`);
  }
}

/**
 * Converts `area` into a table. With headers, the first row names the columns (a header-only range
 * gets the empty row below as its body). Without headers, Excel pushes the range down one row within
 * its columns and writes "Column1", "Column2"… above it.
 */
export function createTable(
  model: WorkbookModel,
  sheet: Sheet,
  area: Rect,
  hasHeaders: boolean,
  name?: string,
): TableModel {
  checkUnprotected(sheet, "adding a table");
  checkNoMerges(sheet, area, "a table");
  checkNoOverlap(model, sheet, area);
  if (name !== undefined) validateTableName(model, name);
  let r = area;
  if (!hasHeaders) {
    model.insertCells(sheet, rect(area.r0, area.c0, area.r0, area.c1), "down", true);
    r = rect(area.r0, area.c0, area.r1 + 1, area.c1);
  }
  if (rowCount(r) === 1) r = rect(r.r0, r.c0, r.r0 + 1, r.c1);
  checkNoOverlap(model, sheet, r);
  const table: TableModel = {
    id: model.nextId("table"),
    name: name ?? defaultTableName(model),
    sheet,
    rect: r,
    showTotals: false,
    columnIds: Array.from({ length: columnCount(r) }, (_, i) => i + 1),
    nextColumnId: columnCount(r) + 1,
    showHeaders: true,
    showBandedRows: true,
    showBandedColumns: false,
    showFilterButton: true,
    highlightFirstColumn: false,
    highlightLastColumn: false,
    style: "TableStyleMedium2",
    filter: null,
    deleted: false,
  };
  model.tables.push(table);
  normalizeHeaders(table);
  return table;
}

function defaultTableName(model: WorkbookModel): string {
  let n = 1;
  while (model.findTable(`Table${n}`) || model.findName(`Table${n}`)) n++;
  return `Table${n}`;
}

/** Excel keeps header cells as unique non-empty text: blanks become "ColumnN", repeats get a number. */
export function normalizeHeaders(t: TableModel): void {
  const seen = new Set<string>();
  const r = t.rect.r0;
  const names = headerNames(t);
  const taken = new Set(names.map((n) => n.toLowerCase()));
  let next = 1;
  names.forEach((raw, i) => {
    let name = raw;
    if (name === "") {
      while (taken.has(`column${next}`)) next++;
      name = `Column${next}`;
      taken.add(name.toLowerCase());
    }
    if (seen.has(name.toLowerCase())) {
      let k = 2;
      while (seen.has(`${name}${k}`.toLowerCase()) || taken.has(`${name}${k}`.toLowerCase())) k++;
      name = `${name}${k}`;
    }
    seen.add(name.toLowerCase());
    const c = t.rect.c0 + i;
    const cell = t.sheet.cell(r, c);
    if (cell?.v !== name || cell.f !== undefined) {
      const w = t.sheet.cellForWrite(r, c);
      w.v = name;
      delete w.f;
    }
  });
}

export function renameTable(model: WorkbookModel, t: TableModel, name: string): void {
  if (t.name === name) return;
  validateTableName(model, name, t);
  t.name = name;
}

/** `table.delete()` removes the table and its cells' contents and formats; `convertToRange` keeps the cells. */
export function deleteTable(model: WorkbookModel, t: TableModel, keepCells: boolean): void {
  t.deleted = true;
  model.tables = model.tables.filter((x) => x !== t);
  if (!keepCells) model.clear(t.sheet, t.rect, "All");
}

/** Excel requires the header row to stay where it is and the new range to overlap the old one. */
export function resizeTable(model: WorkbookModel, t: TableModel, area: Rect): void {
  if (area.r0 !== t.rect.r0 || !intersect(area, t.rect))
    throw invalidArgument("the header row must stay in the same row and the new range must overlap the table");
  const r = rowCount(area) === 1 ? rect(area.r0, area.c0, area.r0 + 1, area.c1) : area;
  checkNoOverlap(model, t.sheet, r, t);
  const ids: number[] = [];
  for (let c = r.c0; c <= r.c1; c++) {
    const old = c - t.rect.c0;
    ids.push(old >= 0 && old < t.columnIds.length ? t.columnIds[old] : t.nextColumnId++);
  }
  t.rect = r;
  t.columnIds = ids;
  normalizeHeaders(t);
}

/**
 * `rows.add`: inserts cells under the table (or at `index` of the body), shifting down what lies
 * below within the table's columns, as ListRows.Add does. A table whose only body row is empty
 * (a fresh table) gets its first row written there instead, as Excel does.
 * Returns the rectangle of the added rows.
 */
export function addTableRows(
  model: WorkbookModel,
  t: TableModel,
  index: number | null | undefined,
  values: unknown,
  count = 1,
): Rect {
  const matrix = values === undefined || values === null ? null : values;
  if (
    matrix !== null &&
    (!Array.isArray(matrix) ||
      matrix.length === 0 ||
      !matrix.every((row) => Array.isArray(row) && row.length === columnCount(t.rect)))
  ) {
    throw invalidArgument(`rows.add expects ${columnCount(t.rect)} values per row`);
  }
  const n = matrix ? matrix.length : count;
  const body = bodyRowCount(t);
  if (index !== null && index !== undefined && (!Number.isInteger(index) || index < 0 || index > body))
    throw invalidArgument(`row index ${index}`);
  let at: number;
  let inserted = n;
  if (body === 1 && isEmptyRow(t, t.rect.r0 + 1) && (index === null || index === undefined || index === 0)) {
    at = t.rect.r0 + 1;
    inserted = n - 1;
    if (inserted > 0) insertRowsUnder(model, t, bodyEnd(t) + 1, inserted);
  } else {
    // Appended rows go under the body: above the total row when there is one, as ListRows.Add does.
    at = index === null || index === undefined ? bodyEnd(t) + 1 : t.rect.r0 + 1 + index;
    insertRowsUnder(model, t, at, n);
  }
  const added = rect(at, t.rect.c0, at + n - 1, t.rect.c1);
  if (matrix) model.writeCells(t.sheet, added, matrix, "api", true);
  model.recordChange(t.sheet, added, "RowInserted");
  return added;
}

function insertRowsUnder(model: WorkbookModel, t: TableModel, at: number, n: number): void {
  const before = t.rect.r1;
  const area = rect(at, t.rect.c0, at + n - 1, t.rect.c1);
  model.insertCells(t.sheet, area, "down", true);
  // Appending right under the table does not grow it through the shift (nothing straddles), so grow it here.
  t.rect = rect(t.rect.r0, t.rect.c0, before + n, t.rect.c1);
  if (at === before + 1) fillCalculatedColumns(model, t, area);
}

function isEmptyRow(t: TableModel, r: number): boolean {
  for (let c = t.rect.c0; c <= t.rect.c1; c++) {
    const cell = t.sheet.cell(r, c);
    if (cell && (cell.v !== "" || cell.f !== undefined)) return false;
  }
  return true;
}

/**
 * `showTotals`: the total row is inserted under the body (cells below shift down within the table's
 * columns) with Excel's defaults — "Total" in the first column, a SUBTOTAL of the last — and removed
 * the same way. Its cells are no data: not in `getDataBodyRange`, `rows` or a sort.
 */
export function setTotals(model: WorkbookModel, t: TableModel, on: boolean): void {
  if (t.showTotals === on) return;
  checkUnprotected(t.sheet, "the total row");
  if (on) {
    const row = rect(t.rect.r1 + 1, t.rect.c0, t.rect.r1 + 1, t.rect.c1);
    model.insertCells(t.sheet, row, "down", true);
    t.rect = rect(t.rect.r0, t.rect.c0, row.r0, t.rect.c1);
    t.showTotals = true;
    const names = headerNames(t);
    const totals: string[] = names.map(() => "");
    totals[0] = "Total";
    if (names.length > 1) totals[names.length - 1] = `=SUBTOTAL(109,[${names[names.length - 1]}])`;
    model.writeCells(t.sheet, row, [totals], "typed", true);
    model.recordChange(t.sheet, row, "RangeEdited");
  } else {
    const row = totalRect(t)!;
    t.showTotals = false;
    model.deleteCells(t.sheet, row, "up", true);
    model.recordChange(t.sheet, row, "RowDeleted");
  }
}

/**
 * `columns.add`: inserts cells to the right (or at `index`), shifting what lies to the right within
 * the table's rows, as ListColumns.Add does. `values` is the whole column, header first (or the body
 * only); `name` wins over the header in `values`. Returns the new column's id.
 */
export function addTableColumn(
  model: WorkbookModel,
  t: TableModel,
  index: number | null | undefined,
  values: unknown,
  name: string | null | undefined,
): number {
  const rows = rowCount(t.rect);
  const ncols = columnCount(t.rect);
  if (index !== null && index !== undefined && (!Number.isInteger(index) || index < 0 || index > ncols))
    throw invalidArgument(`column index ${index}`);
  let header: unknown = name ?? "";
  let body: unknown[][] | null = null;
  if (values !== null && values !== undefined) {
    if (
      !Array.isArray(values) ||
      !values.every((row) => Array.isArray(row) && row.length === 1) ||
      (values.length !== rows && values.length !== rows - 1)
    ) {
      throw invalidArgument(`columns.add expects ${rows} (header and body) or ${rows - 1} (body) one-value rows`);
    }
    const v = values as unknown[][];
    if (v.length === rows) {
      if (name === null || name === undefined) header = v[0][0];
      body = v.slice(1);
    } else body = v;
  }
  const at = index === null || index === undefined ? t.rect.c1 + 1 : t.rect.c0 + index;
  const area = rect(t.rect.r0, at, t.rect.r1, at);
  const c0 = t.rect.c0;
  model.insertCells(t.sheet, area, "right", true);
  let id: number;
  if (columnCount(t.rect) === ncols) {
    // Inserting at either edge moves cells without anything straddling the insertion: grow the table here.
    id = t.nextColumnId++;
    if (t.rect.c0 === c0) {
      t.rect = rect(t.rect.r0, c0, t.rect.r1, t.rect.c1 + 1);
      t.columnIds.push(id);
    } else {
      t.rect = rect(t.rect.r0, c0, t.rect.r1, t.rect.c1);
      t.columnIds.unshift(id);
    }
  } else id = t.columnIds[at - t.rect.c0];
  const headerCell = t.sheet.cellForWrite(t.rect.r0, at);
  headerCell.v = header === null || header === undefined ? "" : String(header);
  t.sheet.prune(t.rect.r0, at);
  normalizeHeaders(t);
  if (body) model.writeCells(t.sheet, rect(t.rect.r0 + 1, at, t.rect.r1, at), body, "api", true);
  model.recordChange(t.sheet, area, "ColumnInserted");
  return id;
}

export function deleteTableColumn(model: WorkbookModel, t: TableModel, columnId: number): void {
  if (t.columnIds.length === 1) throw invalidOperation("a table must keep at least one column");
  const c = t.rect.c0 + columnPosition(t, columnId);
  const area = rect(t.rect.r0, c, t.rect.r1, c);
  const touched = [{ table: t, rect: area }];
  model.deleteCells(t.sheet, area, "left", true);
  model.events.record({ sheet: t.sheet, rect: area, changeType: "ColumnDeleted", tables: touched });
}

/** Deleting the only body row empties it instead: a table always keeps one body row. */
export function deleteTableRows(model: WorkbookModel, t: TableModel, index: number, count = 1): void {
  const body = bodyRowCount(t);
  if (!Number.isInteger(index) || index < 0 || index + count > body) throw invalidArgument(`row index ${index}`);
  const area = rect(t.rect.r0 + 1 + index, t.rect.c0, t.rect.r0 + index + count, t.rect.c1);
  if (count === body) {
    model.clear(t.sheet, rect(t.rect.r0 + 1, t.rect.c0, t.rect.r0 + 1, t.rect.c1), "Contents");
    if (count > 1) model.deleteCells(t.sheet, rect(t.rect.r0 + 2, t.rect.c0, bodyEnd(t), t.rect.c1), "up", true);
  } else model.deleteCells(t.sheet, area, "up", true);
  model.events.record({ sheet: t.sheet, rect: area, changeType: "RowDeleted", tables: [{ table: t, rect: area }] });
}

/** Sorts the body rows by the given keys (column positions in the table); whole rows move, formats included. */
export function sortTable(
  model: WorkbookModel,
  t: TableModel,
  fields: ReadonlyArray<{ key: number; ascending?: boolean }>,
): void {
  if (fields.length === 0) throw invalidArgument("sort needs at least one field");
  for (const f of fields)
    if (!Number.isInteger(f.key) || f.key < 0 || f.key >= columnCount(t.rect))
      throw invalidArgument(`sort key ${f.key}`);
  model.calculateIfNeeded();
  const body = bodyRect(t);
  const rows: Array<{ cells: Array<Cell | undefined>; keys: CellValue[] }> = [];
  for (let r = body.r0; r <= body.r1; r++) {
    const cells: Array<Cell | undefined> = [];
    for (let c = body.c0; c <= body.c1; c++) cells.push(t.sheet.cell(r, c));
    rows.push({ cells, keys: fields.map((f) => cells[f.key]?.v ?? "") });
  }
  rows.sort((a, b) => {
    for (let i = 0; i < fields.length; i++) {
      const d = compareForSort(a.keys[i], b.keys[i], fields[i].ascending !== false);
      if (d !== 0) return d;
    }
    return 0;
  });
  rows.forEach((row, i) => {
    const r = body.r0 + i;
    row.cells.forEach((cell, j) => {
      const c = body.c0 + j;
      const target = t.sheet.rows[r] ?? (t.sheet.rows[r] = []);
      if (cell) target[c] = cell;
      else delete target[c];
    });
  });
  model.recordSort(t.sheet, body);
}

/**
 * Excel's calculated columns: when every body cell of a column (outside the new rows) holds the same
 * formula, rows inserted into the table get it too.
 */
export function fillCalculatedColumns(model: WorkbookModel, t: TableModel, added: Rect): void {
  for (let c = t.rect.c0; c <= t.rect.c1; c++) {
    let formula: string | undefined;
    let uniform = true;
    let seen = 0;
    for (let r = t.rect.r0 + 1; r <= bodyEnd(t) && uniform; r++) {
      if (r >= added.r0 && r <= added.r1) continue;
      const f = t.sheet.cell(r, c)?.f;
      if (f === undefined || (formula !== undefined && f !== formula)) uniform = false;
      formula = f;
      seen++;
    }
    if (!uniform || seen === 0 || formula === undefined) continue;
    const col = rect(Math.max(added.r0, t.rect.r0 + 1), c, Math.min(added.r1, bodyEnd(t)), c);
    if (col.r0 <= col.r1) model.writeCells(t.sheet, col, formula, "typed", true);
  }
}

/**
 * What happens to a table when cells shift (planned before anything moves, so a table that cannot
 * follow — only partly inside the shifted band, or losing its header — fails the operation).
 */
export function planTableShift(t: TableModel, shift: Shift): () => void {
  const next = shiftRect(t.rect, shift);
  if (next === "partial") throw invalidOperation(`this operation would shift cells in table '${t.name}'`);
  if (
    next !== null &&
    shift.kind === "delete" &&
    shift.axis === "rows" &&
    shift.at <= t.rect.r0 &&
    shift.at + shift.n - 1 >= t.rect.r0
  ) {
    throw invalidOperation(`this operation would delete the header row of table '${t.name}'`);
  }
  return () => {
    if (next === null) {
      t.deleted = true;
      return;
    }
    if (sameRect(next, t.rect)) return;
    if (shift.axis === "columns" && columnCount(next) !== columnCount(t.rect)) {
      const offset = shift.at - t.rect.c0;
      if (shift.kind === "insert") {
        const ids = Array.from({ length: shift.n }, () => t.nextColumnId++);
        t.columnIds.splice(offset, 0, ...ids);
      } else {
        const from = Math.max(0, offset);
        t.columnIds.splice(from, Math.min(shift.at + shift.n, t.rect.c1 + 1) - Math.max(shift.at, t.rect.c0));
      }
    }
    t.rect = rowCount(next) === 1 ? rect(next.r0, next.c0, next.r0 + 1, next.c1) : next;
    if (shift.axis === "columns") normalizeHeaders(t);
  };
}

/**
 * Body rows (0-based sheet rows) the table's filter hides: those whose displayed text in the
 * filtered column is not one of the values (Excel compares the text as shown, case-insensitively).
 */
export function filteredOutRows(model: WorkbookModel, t: TableModel): number[] {
  const f = t.filter;
  if (!f) return [];
  if (f.hidden) return f.hidden;
  const offset = t.columnIds.indexOf(f.columnId);
  if (offset < 0) return [];
  const c = t.rect.c0 + offset;
  const wanted = new Set(f.values.map((v) => v.toLowerCase()));
  const out: number[] = [];
  for (let r = t.rect.r0 + 1; r <= bodyEnd(t); r++) {
    const text = formatText(t.sheet.value(r, c), t.sheet.effectiveFormat(r, c, "numberFormat") as string | undefined, model.date1904);
    if (!wanted.has(text.toLowerCase())) out.push(r);
  }
  return out;
}

/**
 * Writes into a table while its filter hides rows: a range of more than one row that spans a hidden
 * row, and added rows, are refused with `FilteredRangeConflict` ("The attempted operation causes a
 * conflict with a filtered range", Excel's error table; office-js#224 reports values landing in the
 * wrong cells of a filtered range). One cell, and writes beside the table, are fine.
 */
export function checkFilteredWrite(model: WorkbookModel, sheet: Sheet, area: Rect, rowsAdded = false): void {
  for (const t of model.tables) {
    if (t.deleted || t.sheet !== sheet || !t.filter) continue;
    const hidden = filteredOutRows(model, t);
    if (hidden.length === 0 || !intersect(area, rect(t.rect.r0, t.rect.c0, Math.max(t.rect.r1, area.r1), t.rect.c1))) continue;
    if (rowsAdded || (area.r1 > area.r0 && hidden.some((r) => r >= area.r0 && r <= area.r1)))
      throw filteredRangeConflict(`table '${t.name}' is filtered; clear its filter before writing these rows`);
  }
}
