/**
 * "The user": a person at the grid (or a file importer) changing the workbook directly, outside
 * Office.js. Every action applies at once and raises the same change events Excel would.
 * Row and column indexes are 0-based, like `getRangeByIndexes`.
 */
import { MAX_COLUMNS, MAX_ROWS, Rect, parseAddress, rect } from "./address";
import { invalidArgument } from "./errors";
import { createTable, deleteTable, headerNames, renameTable, setTotals, sortTable } from "./table-model";
import { mergeCells } from "./merge";
import type { ProtectionOptions } from "./protection";
import { CellFormat, normalizeColor } from "./values";
import type { WorkbookModel } from "./workbook-model";

export class FakeUser {
  constructor(private readonly model: WorkbookModel) {}

  /** Adds a sheet at the end and returns its id. */
  addSheet(name: string): string {
    return this.model.addSheet(name).id;
  }

  renameSheet(name: string, newName: string): void {
    this.model.renameSheet(this.model.requireSheet(name), newName);
  }

  deleteSheet(name: string): void {
    this.model.deleteSheet(this.model.requireSheet(name));
  }

  /**
   * Types values: numbers, booleans and strings are stored as given (no parsing, as when pasting
   * typed data or importing a file); strings starting with "=" are formulas; null leaves a cell alone.
   * A single-cell address with a larger array writes the array from that cell.
   */
  setValues(sheet: string, address: string, values: unknown[][] | string | number | boolean): void {
    const s = this.model.requireSheet(sheet);
    this.model.writeCells(s, this.area(address, values), values, "typed");
  }

  /** Number formats (e.g. "yyyy-mm-dd", "0.00", "@"): one for all cells or a 2-D array, as for setValues. */
  setNumberFormat(sheet: string, address: string, formats: unknown[][] | string): void {
    const s = this.model.requireSheet(sheet);
    this.model.writeNumberFormats(s, this.area(address, formats), formats);
  }

  /** Formats every cell of the range: fill and font colours, bold, italic, alignment, wrap. */
  setFormat(sheet: string, address: string, format: CellFormat): void {
    const s = this.model.requireSheet(sheet);
    const area = parseAddress(address).rect;
    for (const [key, value] of Object.entries(format) as Array<[keyof CellFormat, CellFormat[keyof CellFormat]]>) {
      const v = (key === "fill" || key === "fontColor") && typeof value === "string" ? normalizeColor(value) : value;
      this.model.setFormat(s, area, key, v);
    }
  }

  /** Clears the contents (not the formats) of the range, like pressing Delete. */
  clear(sheet: string, address: string): void {
    this.model.clear(this.model.requireSheet(sheet), parseAddress(address).rect, "Contents");
  }

  insertRows(sheet: string, rowIndex: number, count = 1): void {
    this.model.insertCells(
      this.model.requireSheet(sheet),
      rect(rowIndex, 0, rowIndex + count - 1, MAX_COLUMNS - 1),
      "down",
    );
  }

  deleteRows(sheet: string, rowIndex: number, count = 1): void {
    this.model.deleteCells(
      this.model.requireSheet(sheet),
      rect(rowIndex, 0, rowIndex + count - 1, MAX_COLUMNS - 1),
      "up",
    );
  }

  insertColumns(sheet: string, columnIndex: number, count = 1): void {
    this.model.insertCells(
      this.model.requireSheet(sheet),
      rect(0, columnIndex, MAX_ROWS - 1, columnIndex + count - 1),
      "right",
    );
  }

  deleteColumns(sheet: string, columnIndex: number, count = 1): void {
    this.model.deleteCells(
      this.model.requireSheet(sheet),
      rect(0, columnIndex, MAX_ROWS - 1, columnIndex + count - 1),
      "left",
    );
  }

  /** Creates a table over the range and returns its name (Excel's "TableN" unless given). */
  addTable(sheet: string, address: string, name?: string, hasHeaders = true): string {
    const s = this.model.requireSheet(sheet);
    return createTable(this.model, s, parseAddress(address).rect, hasHeaders, name).name;
  }

  /** Shows or removes a table's total row (Table Design → Total Row). */
  showTotals(tableName: string, on = true): void {
    setTotals(this.model, this.model.requireTable(tableName), on);
  }

  /** Merges cells (Home → Merge & Center), or each row of them (`across`). */
  merge(sheet: string, address: string, across = false): void {
    mergeCells(this.model, this.model.requireSheet(sheet), parseAddress(address).rect, across);
  }

  /** Review → Protect Sheet, with the options the user ticked (none: only selecting cells). */
  protect(sheet: string, options: ProtectionOptions = {}): void {
    this.model.requireSheet(sheet).protection = { options: { ...options } };
  }

  unprotect(sheet: string): void {
    this.model.requireSheet(sheet).protection = null;
  }

  /** Review → Protect Workbook (structure), or off again with `on = false`. */
  protectStructure(on = true): void {
    this.model.structureProtection = on ? {} : null;
  }

  /** Sorts the table's data rows by one column (header name, case-insensitive). */
  sortTable(tableName: string, columnName: string, ascending = true): void {
    const t = this.model.requireTable(tableName);
    const key = headerNames(t).findIndex((h) => h.toLowerCase() === columnName.toLowerCase());
    if (key < 0) throw invalidArgument(`table '${tableName}' has no column '${columnName}'`);
    sortTable(this.model, t, [{ key, ascending }]);
  }

  renameTable(name: string, newName: string): void {
    renameTable(this.model, this.model.requireTable(name), newName);
  }

  /** Deletes the table and its cells' contents, as selecting the whole table and deleting it does. */
  deleteTable(name: string): void {
    deleteTable(this.model, this.model.requireTable(name), false);
  }

  /** Keeps the cells, drops the table ("Convert to Range"). */
  convertTableToRange(name: string): void {
    deleteTable(this.model, this.model.requireTable(name), true);
  }

  select(sheet: string, address: string): void {
    this.model.select(this.model.requireSheet(sheet), parseAddress(address).rect);
  }

  private area(address: string, values: unknown): Rect {
    const r = parseAddress(address).rect;
    if (Array.isArray(values) && r.r0 === r.r1 && r.c0 === r.c1 && values.length > 0 && Array.isArray(values[0])) {
      return rect(r.r0, r.c0, r.r0 + values.length - 1, r.c0 + (values[0] as unknown[]).length - 1);
    }
    return r;
  }
}
