/**
 * The CRM tables of an .xlsx grid, found by the core's one locator (src/core/locate.ts: table
 * name, then sheet name, then the columns' meaning; visible sheets before hidden ones; the header
 * row searched below a title block). This file only turns the grid into what the locator sees and
 * its answer back into RawTables.
 */
import type { Cell, RawTable, TableKey } from "../core/table";
import { type Found, type Located as Location, type RangeInfo, type SheetChoices, type TableInfo, locate } from "../core/locate";
import { COLUMN_MAP_TABLE, parseColumnMap } from "../core/columns/stored";
import { HISTORY_TABLE } from "../core/history";
import { matchKey } from "../core/schema";
import { isBlank } from "../core/parse/result";
import { show } from "../core/rows";
import type { CellRange } from "./a1";
import type { GridBook, GridSheet, GridTable } from "./grid";

export interface Located {
  raw: RawTable;
  /** The whole range read: header row, data rows (and a totals row, for a table). */
  range: CellRange;
  /** Set when the data is an Excel table: the host can extend it. */
  table?: GridTable;
}

/** Body rows of an Excel table handed to the locator (values help read its captions). */
const SAMPLE_ROWS = 20;
/** Rows of a plain sheet handed to the locator: the header search and a sample below it. */
const TOP_ROWS = 60;

export interface BookLocation {
  tables: Partial<Record<TableKey, Located>>;
  location: Location;
  /** The column map kept in the workbook (the add-in's `crmColumnMap` table), when there is one. */
  columnMap?: RawTable;
  /** The add-in's migration history (`crmHistory`), when the workbook has one (`crm team` reads its movements). */
  history?: RawTable;
}

export interface LocateOptions {
  /**
   * Hand the grid's own row arrays to the tables instead of copies, trimmed to each table's
   * columns: for a caller that drops the grid afterwards (a million-row sheet is not held twice).
   * Only where a sheet gives one table starting in column A.
   */
  reuseRows?: boolean;
}

/** `sheets`: the sheets chosen by `--map table.sheet=…`; they win over the workbook's column map. */
export function locateTables(grid: GridBook, sheets: SheetChoices = {}, o: LocateOptions = {}): Partial<Record<TableKey, Located>> {
  return locateBook(grid, sheets, o).tables;
}

export function locateBook(grid: GridBook, optionSheets: SheetChoices = {}, o: LocateOptions = {}): BookLocation {
  const sheetOf = (name: string) => grid.sheets.find((s) => s.name === name);
  const withTables = new Set(grid.tables.filter((t) => t.headerRow).map((t) => t.sheet));
  const tableInfos: TableInfo[] = grid.tables
    .filter((t) => t.headerRow && sheetOf(t.sheet))
    .map((t) => {
      const sheet = sheetOf(t.sheet)!;
      return { name: t.name, sheet: t.sheet, headers: headersAt(sheet, t.range.top, t.range.left, t.range.right), visible: sheet.visible !== false, sample: slice(sheet, t.range.top + 1, Math.min(t.range.bottom, t.range.top + SAMPLE_ROWS), t.range.left, t.range.right) };
    });
  const ranges: RangeInfo[] = grid.sheets
    .filter((s) => !withTables.has(s.name))
    .map((s) => ({ sheet: s.name, row0: 0, col0: 0, top: s.rows.slice(0, TOP_ROWS).map((r) => r ?? []), visible: s.visible !== false }));
  const mapTable = grid.tables.find((t) => t.headerRow && matchKey(t.name) === matchKey(COLUMN_MAP_TABLE));
  const mapSheet = mapTable && sheetOf(mapTable.sheet);
  const columnMap = mapTable && mapSheet ? raw(mapSheet, mapTable.range, headersAt(mapSheet, mapTable.range.top, mapTable.range.left, mapTable.range.right), mapTable.totalsRow, false) : undefined;
  const historyTable = grid.tables.find((t) => t.headerRow && matchKey(t.name) === matchKey(HISTORY_TABLE));
  const historySheet = historyTable && sheetOf(historyTable.sheet);
  const history =
    historyTable && historySheet
      ? raw(historySheet, historyTable.range, headersAt(historySheet, historyTable.range.top, historyTable.range.left, historyTable.range.right), historyTable.totalsRow, false)
      : undefined;
  const stored = parseColumnMap(columnMap).sheets;
  const chosen: SheetChoices = { ...stored, ...optionSheets };
  const location = locate(tableInfos, ranges, chosen);
  const tables: Partial<Record<TableKey, Located>> = {};
  const found = Object.values(location.found);
  const once = (sheet: string) => o.reuseRows === true && found.filter((f) => f.sheet === sheet).length === 1;
  for (const f of found) {
    const sheet = sheetOf(f.sheet);
    if (!sheet) continue;
    const alsoFits = location.ambiguous.find((a) => a.key === f.key)?.others;
    const located = f.kind === "table" ? fromTable(sheet, grid.tables.find((t) => t.name === f.tableName)!, f, once(f.sheet), alsoFits) : fromRange(sheet, f, once(f.sheet), alsoFits);
    if (location.chosen.includes(f.key)) located.raw.sheetFrom = f.key in optionSheets ? "option" : "workbook";
    const unmet = location.unmet.find((u) => u.key === f.key);
    if (unmet) located.raw.chosenSheetMissing = unmet.sheet;
    if (location.sheetOptions[f.key]) located.raw.sheetOptions = location.sheetOptions[f.key];
    tables[f.key] = located;
  }
  // A sheet named for a dataset but without its ID column: read so the core reports what is missing.
  for (const u of location.unusable) {
    const sheet = sheetOf(u.sheet);
    if (tables[u.key] || !sheet) continue;
    const top = Math.max(0, u.headerRow0);
    const left = Math.max(0, u.col0);
    const range = { top, left, bottom: Math.max(top, sheet.rows.length - 1), right: left + u.headers.length - 1 };
    tables[u.key] = { raw: raw(sheet, range, u.headers, false, false), range };
  }
  return { tables, location, columnMap, ...(history ? { history } : {}) };
}

function fromTable(sheet: GridSheet, table: GridTable, f: Extract<Found, { kind: "table" }>, reuse: boolean, alsoFits?: string[]): Located {
  const range = table.range;
  return { raw: { ...raw(sheet, range, f.headers, table.totalsRow, reuse), via: f.via, hidden: f.hidden || undefined, alsoFits }, range, table };
}

function fromRange(sheet: GridSheet, f: Extract<Found, { kind: "range" }>, reuse: boolean, alsoFits?: string[]): Located {
  const range = { top: f.headerRow0, left: f.col0, bottom: Math.max(f.headerRow0, sheet.rows.length - 1), right: f.col1 };
  return {
    raw: { ...raw(sheet, range, f.headers, false, reuse), via: f.via, hidden: f.hidden || undefined, titleRows: f.titleRows, alsoFits },
    range,
  };
}

function headersAt(sheet: GridSheet, row: number, left: number, right: number): string[] {
  const cells = sheet.rows[row] ?? [];
  const out: string[] = [];
  for (let c = left; c <= right; c++) out.push(show(cells[c] ?? null));
  return out;
}

function slice(sheet: GridSheet, top: number, bottom: number, left: number, right: number, reuse = false): Cell[][] {
  const rows: Cell[][] = [];
  if (reuse && left === 0) {
    // The same cells as the copy below: the row cut or padded with nulls to the range's width.
    const width = right + 1;
    for (let r = top; r <= bottom; r++) {
      const row = sheet.rows[r] ?? [];
      if (row.length > width) row.length = width;
      while (row.length < width) row.push(null);
      rows.push(row);
    }
    return rows;
  }
  for (let r = top; r <= bottom; r++) {
    const cells = sheet.rows[r] ?? [];
    const row: Cell[] = [];
    for (let c = left; c <= right; c++) row.push(cells[c] ?? null);
    rows.push(row);
  }
  return rows;
}

function raw(sheet: GridSheet, range: CellRange, headers: string[], totalsRow: boolean, reuse: boolean): RawTable {
  const rows = range.right >= range.left ? slice(sheet, range.top + 1, range.bottom - (totalsRow ? 1 : 0), range.left, range.right, reuse) : [];
  while (rows.length > 0 && rows[rows.length - 1].every(isBlank)) rows.pop();
  return { sheet: sheet.name, headerRow: range.top + 1, firstColumn: range.left, headers, rows };
}
