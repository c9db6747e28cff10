/**
 * Finding the CRM tables in a workbook (SPEC sections 2 and 8), in order of trust:
 * 1. an Excel table with the add-in's name (`crmCustomers` …);
 * 2. a sheet whose name is one of the table's sheet names or synonyms (`客户`, `Clients` …);
 * 3. any other sheet whose header row holds the table's required columns (`Sheet1` with
 *    客户编号 and 姓名).
 * On a sheet, an Excel table is preferred to the plain range; a plain range's header is the first
 * row that holds the required columns within its first rows (reps put a title above it), else its
 * first non-empty row. Each sheet serves one CRM table, except for tables found by name.
 */
import type { Cell, RawTable, TableKey } from "../core/table";
import { TABLES, TABLE_ORDER, type TableDef, matchKey, matchesSheet } from "../core/schema";
import { mapHeaders } from "../core/columns";
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

/** Rows searched for a header below a title. */
const HEADER_SEARCH_ROWS = 10;

interface Candidate {
  sheet: GridSheet;
  range: CellRange;
  table?: GridTable;
}

export function locateTables(grid: GridBook): Partial<Record<TableKey, Located>> {
  const found: Partial<Record<TableKey, Located>> = {};
  const claimed = new Set<string>();
  const sheetOf = (name: string) => grid.sheets.find((s) => s.name === name);
  const take = (key: TableKey, c: Candidate) => {
    found[key] = { raw: rawTable(c), range: c.range, table: c.table };
    claimed.add(c.sheet.name);
  };
  const open = () => TABLE_ORDER.filter((k) => !found[k]);
  const tablesOn = (sheet: GridSheet) => grid.tables.filter((t) => t.sheet === sheet.name && t.headerRow);

  for (const key of TABLE_ORDER) {
    const t = grid.tables.find((x) => x.headerRow && matchKey(x.name) === matchKey(TABLES[key].tableName));
    const sheet = t && sheetOf(t.sheet);
    if (t && sheet) take(key, tableCandidate(sheet, t));
  }

  for (const key of open()) {
    const def = TABLES[key];
    const sheet = grid.sheets.find((s) => !claimed.has(s.name) && matchesSheet(def, s.name));
    if (!sheet) continue;
    const tables = tablesOn(sheet)
      .map((t) => tableCandidate(sheet, t))
      .filter((c) => mapped(def, c) > 0)
      .sort((a, b) => mapped(def, b) - mapped(def, a));
    take(key, tables[0] ?? plainCandidate(sheet, def) ?? emptyCandidate(sheet));
  }

  // By headers: the best-fitting (sheet, table) pairs first, so a purchases sheet (ID, date,
  // amount) goes to purchases rather than to follow-ups (ID, date).
  const pairs = open().flatMap((key) =>
    grid.sheets
      .filter((s) => !claimed.has(s.name))
      .flatMap((sheet) => [...tablesOn(sheet).map((t) => tableCandidate(sheet, t)), plainCandidate(sheet, TABLES[key])])
      .filter((c): c is Candidate => c !== undefined && hasRequired(TABLES[key], c))
      .map((c) => ({ key, c, score: mapped(TABLES[key], c) })),
  );
  pairs.sort((a, b) => b.score - a.score);
  for (const { key, c } of pairs) if (!found[key] && !claimed.has(c.sheet.name)) take(key, c);
  return found;
}

function tableCandidate(sheet: GridSheet, table: GridTable): Candidate {
  return { sheet, range: table.range, table };
}

function plainCandidate(sheet: GridSheet, def: TableDef): Candidate | undefined {
  const filled = sheet.rows.map((_, r) => r).filter((r) => sheet.rows[r].some((c) => !isBlank(c)));
  if (filled.length === 0) return undefined;
  const header =
    filled.slice(0, HEADER_SEARCH_ROWS).find((r) => hasRequiredHeaders(def, headerTexts(sheet.rows[r]))) ?? filled[0];
  const cells = sheet.rows[header];
  const columns = cells.map((c, i) => (isBlank(c) ? -1 : i)).filter((i) => i >= 0);
  return {
    sheet,
    range: { top: header, left: columns[0], bottom: sheet.rows.length - 1, right: columns[columns.length - 1] },
  };
}

/** A sheet named for the table but empty: the core reports its missing columns. */
function emptyCandidate(sheet: GridSheet): Candidate {
  return { sheet, range: { top: 0, left: 0, bottom: 0, right: -1 } };
}

function headerTexts(cells: readonly Cell[]): string[] {
  return cells.map((c) => show(c));
}

function headersOf(c: Candidate): string[] {
  const row = c.sheet.rows[c.range.top] ?? [];
  const out: string[] = [];
  for (let col = c.range.left; col <= c.range.right; col++) out.push(show(row[col] ?? null));
  return out;
}

function mapped(def: TableDef, c: Candidate): number {
  return mapHeaders(def, headersOf(c)).size;
}

function hasRequired(def: TableDef, c: Candidate): boolean {
  return hasRequiredHeaders(def, headersOf(c));
}

function hasRequiredHeaders(def: TableDef, headers: string[]): boolean {
  const cols = mapHeaders(def, headers);
  return def.columns.every((col) => !col.required || cols.has(col.key));
}

function rawTable(c: Candidate): RawTable {
  const { sheet, range, table } = c;
  const last = range.bottom - (table?.totalsRow ? 1 : 0);
  const width = range.right - range.left + 1;
  const rows: Cell[][] = [];
  for (let r = range.top + 1; r <= last; r++) {
    const cells = sheet.rows[r] ?? [];
    const row: Cell[] = [];
    for (let col = range.left; col <= range.right; col++) row.push(cells[col] ?? null);
    rows.push(row);
  }
  while (rows.length > 0 && rows[rows.length - 1].every(isBlank)) rows.pop();
  return {
    sheet: sheet.name,
    headerRow: range.top + 1,
    firstColumn: range.left,
    headers: width > 0 ? headersOf(c) : [],
    rows,
  };
}
