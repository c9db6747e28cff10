/**
 * `score --out`: a copy of the workbook with the computed columns of SPEC section 2 filled in.
 * Existing computed columns (found by header, in either language) are reused; missing ones are
 * appended right of the customer range — inside the Excel table when the table can grow there.
 * No other cell is written. The input bytes are not modified.
 */
import ExcelJS from "exceljs";
import type { Analysis, CustomerScore } from "../core/analyze";
import { type Lang, t } from "../core/i18n";
import { COMPUTED_COLUMNS, type ComputedColumnDef, caption, matchComputed, matchKey } from "../core/schema";
import { computedCell } from "../core/computed";
import { isBlank } from "../core/parse/result";
import { BookError } from "./bookError";
import { type LoadedWorkbook, loadWorkbook } from "./loadWorkbook";
import { type GridSheet, gridOf } from "./grid";
import { type Located, locateTables } from "./locate";
import { formatRange } from "./a1";

const MS_PER_DAY = 86_400_000;

const NUMBER_FORMATS: Record<string, string> = {
  amount: "#,##0.00",
  closeness: "0.000",
  lastContact: "yyyy-mm-dd",
  nextVisit: "yyyy-mm-dd",
};

export async function writeScored(
  bytes: ArrayBuffer | Uint8Array,
  analysis: Pick<Analysis, "scores">,
  lang: Lang,
): Promise<Uint8Array> {
  const loaded = await loadWorkbook(bytes);
  const grid = gridOf(loaded);
  const customers = locateTables(grid).customers;
  const sheet = customers && grid.sheets.find((s) => s.name === customers.raw.sheet);
  const ws = customers && loaded.workbook.getWorksheet(customers.raw.sheet);
  if (!customers || !sheet || !ws) throw new BookError("no-customer-sheet");
  keepTablesAsWritten(loaded);

  const columns = placeColumns(customers, sheet);
  const headerRow = customers.raw.headerRow;
  const appended = columns.filter((c) => !c.existing);
  for (const { def, col } of appended) {
    const cell = ws.getCell(headerRow, col + 1);
    cell.value = caption(def, lang);
    cell.style = { ...ws.getCell(headerRow, customers.range.right + 1).style };
    cell.note = t(lang, "cli.score.headerNote");
  }

  const byRow = new Map(analysis.scores.map((s) => [s.row, s]));
  const lastRow = customers.table
    ? customers.range.bottom - (customers.table.totalsRow ? 1 : 0) + 1
    : headerRow + customers.raw.rows.length;
  for (let row = headerRow + 1; row <= lastRow; row++) {
    const score = byRow.get(row);
    for (const { def, col } of columns) {
      const cell = ws.getCell(row, col + 1);
      // The computed columns belong to the add-in: a row without a score (a blank or repeated ID) is cleared.
      cell.value = score ? valueOf(def, score, lang) : null;
      const numFmt = NUMBER_FORMATS[def.key];
      if (numFmt && cell.numFmt !== numFmt) cell.style = { ...cell.style, numFmt };
    }
  }

  if (customers.table && appended.length > 0 && appended[0].col === customers.range.right + 1) {
    growTable(
      ws,
      customers,
      appended.map((c) => caption(c.def, lang)),
    );
  }
  return new Uint8Array(await loaded.workbook.xlsx.writeBuffer());
}

interface Placed {
  def: ComputedColumnDef;
  /** 0-based worksheet column. */
  col: number;
  existing: boolean;
}

/** Existing computed columns by header; the others side by side in the first free columns to the right. */
function placeColumns(customers: Located, sheet: GridSheet): Placed[] {
  const { raw, range } = customers;
  const existing = new Map<string, number>();
  raw.headers.forEach((h, i) => {
    const def = matchComputed(h);
    if (def && !existing.has(def.key)) existing.set(def.key, raw.firstColumn + i);
  });
  const missing = COMPUTED_COLUMNS.filter((d) => !existing.has(d.key));
  const free = (col: number) => sheet.rows.slice(range.top, range.bottom + 1).every((r) => isBlank(r[col]));
  let start = range.right + 1;
  while (!missing.every((_, k) => free(start + k))) start++;
  return COMPUTED_COLUMNS.map((def) =>
    existing.has(def.key)
      ? { def, col: existing.get(def.key)!, existing: true }
      : { def, col: start + missing.indexOf(def), existing: false },
  );
}

/** exceljs writes a Date as a date cell (UTC midnight = the calendar day). */
function valueOf(def: ComputedColumnDef, s: CustomerScore, lang: Lang): ExcelJS.CellValue {
  const cell = computedCell(def.key, s, lang);
  return cell !== null && typeof cell === "object" ? new Date(cell.day * MS_PER_DAY) : cell;
}

/** The part of an exceljs table model this module reads and writes. */
interface TableModel {
  name: string;
  displayName?: string;
  tableRef: string;
  autoFilterRef?: string;
  headerRow: boolean;
  totalsRow: boolean;
  columns: { name: string; filterButton?: boolean; totalsRowFunction?: string }[];
}

export function tableModels(ws: ExcelJS.Worksheet): TableModel[] {
  return ws.getTables().map((t) => (t as unknown as { table: TableModel }).table);
}

/**
 * exceljs reads a table without `headerRowCount` (Excel never writes it) as having no header
 * row, and filter buttons it was not told about as hidden; written back, every table would lose
 * its header and buttons. The package facts say what the file really holds.
 */
export function keepTablesAsWritten({ workbook, facts }: LoadedWorkbook): void {
  for (const ws of workbook.worksheets) {
    for (const model of tableModels(ws)) {
      const fact = facts.tables.find(
        (f) => f.sheet === ws.name && matchKey(f.name) === matchKey(model.displayName ?? model.name),
      );
      model.headerRow = fact?.headerRow ?? true;
      for (const c of model.columns) if (c.filterButton === undefined) c.filterButton = true;
      if (!model.autoFilterRef && fact) model.autoFilterRef = formatRange(filterRange(fact.range, fact.totalsRow));
    }
  }
}

function growTable(ws: ExcelJS.Worksheet, customers: Located, names: string[]): void {
  const model = tableModels(ws).find((m) => matchKey(m.displayName ?? m.name) === matchKey(customers.table!.name));
  if (!model) return;
  const range = { ...customers.range, right: customers.range.right + names.length };
  model.tableRef = formatRange(range);
  model.autoFilterRef = formatRange(filterRange(range, customers.table!.totalsRow));
  for (const name of names) model.columns.push({ name, filterButton: true, totalsRowFunction: "none" });
}

function filterRange<R extends { bottom: number }>(range: R, totalsRow: boolean): R {
  return { ...range, bottom: range.bottom - (totalsRow ? 1 : 0) };
}
