/**
 * One worksheet's cells, stored sparsely: an array of rows, each an array of cells, with holes for
 * empty rows and cells, so a 10,000 × 30 sheet costs what it holds and an empty column costs nothing.
 * Whole-row and whole-column formats live in their own maps, as in Excel, so formatting "A:A"
 * does not allocate a million cells.
 */
import type { PageLayoutModel } from "./page-layout";
import type { ProtectionModel } from "./protection";
import { MAX_COLUMNS, MAX_ROWS, Rect, isEntireColumns, isEntireRows, rect } from "./address";
import type { ChartModel } from "./chart-model";
import { Cell, CellFormat, CellValue, FORMAT_DEFAULTS, FormatKey } from "./values";

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface ConditionalFormatModel {
  id: string;
  rect: Rect;
  type: "CellValue" | "ContainsText" | "Custom";
  /** The rule as Office.js shapes it for the type ({formula1, operator} / {operator, text} / {formula}). */
  rule: Record<string, string>;
  format: CellFormat;
  stopIfTrue: boolean;
}

export interface ValidationModel {
  rect: Rect;
  rule: Record<string, unknown>;
  errorAlert: { message: string; showAlert: boolean; style: string; title: string };
  prompt: { message: string; showPrompt: boolean; title: string };
  ignoreBlanks: boolean;
}

export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export class Sheet {
  deleted = false;
  visibility: Visibility = "Visible";
  tabColor = "";
  showGridlines = true;
  frozenRows = 0;
  frozenColumns = 0;
  rows: Array<Array<Cell | undefined> | undefined> = [];
  readonly columnFormats = new Map<number, CellFormat>();
  readonly rowFormats = new Map<number, CellFormat>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  conditionalFormats: ConditionalFormatModel[] = [];
  validations: ValidationModel[] = [];
  charts: ChartModel[] = [];
  /** Merged areas, each of two cells or more (merge.ts). */
  merges: Rect[] = [];
  /** Sheet protection (protection.ts); null = not protected. */
  protection: ProtectionModel | null = null;
  /** Created on first use (most sheets are never printed by the add-in). */
  pageLayout?: PageLayoutModel;

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  cell(r: number, c: number): Cell | undefined {
    return this.rows[r]?.[c];
  }

  value(r: number, c: number): CellValue {
    return this.rows[r]?.[c]?.v ?? "";
  }

  /** Creates the cell when needed; callers must `prune` after making it empty. */
  cellForWrite(r: number, c: number): Cell {
    let row = this.rows[r];
    if (!row) {
      row = [];
      this.rows[r] = row;
    }
    let cell = row[c];
    if (!cell) {
      cell = { v: "" };
      row[c] = cell;
    }
    return cell;
  }

  /** Drops a cell that holds nothing, keeping the store sparse. */
  prune(r: number, c: number): void {
    const row = this.rows[r];
    const cell = row?.[c];
    if (!row || !cell) return;
    if (cell.v === "" && cell.f === undefined && (!cell.fmt || Object.keys(cell.fmt).length === 0)) {
      delete row[c];
    }
  }

  /** Visits the stored cells inside `area`, row by row. */
  forEachCell(area: Rect, visit: (cell: Cell, r: number, c: number) => void): void {
    const lastRow = Math.min(area.r1, this.rows.length - 1);
    for (let r = area.r0; r <= lastRow; r++) {
      const row = this.rows[r];
      if (!row) continue;
      const lastCol = Math.min(area.c1, row.length - 1);
      for (let c = area.c0; c <= lastCol; c++) {
        const cell = row[c];
        if (cell) visit(cell, r, c);
      }
    }
  }

  /** Smallest rectangle holding every non-empty cell (and, unless `valuesOnly`, every formatted cell). */
  usedRect(valuesOnly: boolean, within: Rect = rect(0, 0, MAX_ROWS - 1, MAX_COLUMNS - 1)): Rect | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    this.forEachCell(within, (cell, r, c) => {
      if (valuesOnly && cell.v === "" && cell.f === undefined) return;
      if (r < r0) r0 = r;
      if (r > r1) r1 = r;
      if (c < c0) c0 = c;
      if (c > c1) c1 = c;
    });
    return r1 < 0 ? null : rect(r0, c0, r1, c1);
  }

  effectiveFormat<K extends FormatKey>(r: number, c: number, key: K): Required<CellFormat>[K] {
    return (this.rows[r]?.[c]?.fmt?.[key] ??
      this.rowFormats.get(r)?.[key] ??
      this.columnFormats.get(c)?.[key] ??
      FORMAT_DEFAULTS[key]) as Required<CellFormat>[K];
  }

  /**
   * Sets one format key over an area. Whole rows/columns go to the row/column maps (and override
   * what the cells there had), the rest to the cells themselves.
   */
  setFormat<K extends FormatKey>(area: Rect, key: K, value: CellFormat[K] | undefined): void {
    if (isEntireColumns(area) || isEntireRows(area)) {
      const map = isEntireColumns(area) ? this.columnFormats : this.rowFormats;
      const [from, to] = isEntireColumns(area) ? [area.c0, area.c1] : [area.r0, area.r1];
      for (let i = from; i <= to; i++) {
        const f = { ...map.get(i) };
        if (value === undefined) delete f[key];
        else f[key] = value;
        if (Object.keys(f).length) map.set(i, f);
        else map.delete(i);
      }
      this.forEachCell(area, (cell, r, c) => {
        if (cell.fmt) delete cell.fmt[key];
        this.prune(r, c);
      });
      return;
    }
    for (let r = area.r0; r <= area.r1; r++) {
      for (let c = area.c0; c <= area.c1; c++) this.setCellFormat(r, c, key, value);
    }
  }

  setCellFormat<K extends FormatKey>(r: number, c: number, key: K, value: CellFormat[K] | undefined): void {
    if (value === undefined) {
      const cell = this.cell(r, c);
      if (cell?.fmt) {
        delete cell.fmt[key];
        this.prune(r, c);
      }
      return;
    }
    const cell = this.cellForWrite(r, c);
    cell.fmt ??= {};
    cell.fmt[key] = value;
  }

  columnWidth(c: number): number {
    return this.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
  }

  rowHeight(r: number): number {
    return this.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT;
  }

  /** Distance in points from the top of the sheet to the top of row `r` (used to place charts). */
  rowTop(r: number): number {
    let top = r * DEFAULT_ROW_HEIGHT;
    for (const [row, h] of this.rowHeights) if (row < r) top += h - DEFAULT_ROW_HEIGHT;
    return top;
  }

  columnLeft(c: number): number {
    let left = c * DEFAULT_COLUMN_WIDTH;
    for (const [col, w] of this.columnWidths) if (col < c) left += w - DEFAULT_COLUMN_WIDTH;
    return left;
  }

  // --- moving cells: the storage half of inserting and deleting (objects are adjusted by the workbook) ---

  /** Inserts `n` empty rows at `at` within columns c0..c1 (everything there moves down). */
  shiftDown(at: number, n: number, c0: number, c1: number): void {
    if (c0 === 0 && c1 === MAX_COLUMNS - 1) {
      insertHoles(this.rows, at, n);
      if (this.rows.length > MAX_ROWS) this.rows.length = MAX_ROWS;
      shiftMap(this.rowFormats, at, n);
      shiftMap(this.rowHeights, at, n);
      return;
    }
    // Cells pushed past the last row fall off the sheet, as in Excel.
    for (let r = Math.max(MAX_ROWS - n, at); r < this.rows.length; r++) this.clearRowPart(r, c0, c1);
    for (let r = Math.min(this.rows.length - 1, MAX_ROWS - 1 - n); r >= at; r--) this.moveRowPart(r, r + n, c0, c1);
  }

  /** Removes rows at..at+n-1 within columns c0..c1 (everything below moves up). */
  shiftUp(at: number, n: number, c0: number, c1: number): void {
    if (c0 === 0 && c1 === MAX_COLUMNS - 1) {
      this.rows.splice(at, n);
      shiftMap(this.rowFormats, at, -n);
      shiftMap(this.rowHeights, at, -n);
      return;
    }
    for (let r = at; r < at + n; r++) this.clearRowPart(r, c0, c1);
    for (let r = at + n; r < this.rows.length; r++) this.moveRowPart(r, r - n, c0, c1);
  }

  /** Inserts `n` empty columns at `at` within rows r0..r1 (everything to the right moves right). */
  shiftRight(at: number, n: number, r0: number, r1: number): void {
    const last = Math.min(r1, this.rows.length - 1);
    for (let r = r0; r <= last; r++) {
      const row = this.rows[r];
      if (!row || row.length <= at) continue;
      insertHoles(row, at, n);
      if (row.length > MAX_COLUMNS) row.length = MAX_COLUMNS;
    }
    if (r0 === 0 && r1 === MAX_ROWS - 1) {
      shiftMap(this.columnFormats, at, n);
      shiftMap(this.columnWidths, at, n);
    }
  }

  /** Removes columns at..at+n-1 within rows r0..r1 (everything to the right moves left). */
  shiftLeft(at: number, n: number, r0: number, r1: number): void {
    const last = Math.min(r1, this.rows.length - 1);
    for (let r = r0; r <= last; r++) this.rows[r]?.splice(at, n);
    if (r0 === 0 && r1 === MAX_ROWS - 1) {
      shiftMap(this.columnFormats, at, -n);
      shiftMap(this.columnWidths, at, -n);
    }
  }

  private moveRowPart(from: number, to: number, c0: number, c1: number): void {
    const src = this.rows[from];
    this.clearRowPart(to, c0, c1);
    if (!src) return;
    const last = Math.min(c1, src.length - 1);
    for (let c = c0; c <= last; c++) {
      const cell = src[c];
      if (!cell) continue;
      let dst = this.rows[to];
      if (!dst) {
        dst = [];
        this.rows[to] = dst;
      }
      dst[c] = cell;
      delete src[c];
    }
  }

  private clearRowPart(r: number, c0: number, c1: number): void {
    const row = this.rows[r];
    if (!row) return;
    const last = Math.min(c1, row.length - 1);
    for (let c = c0; c <= last; c++) delete row[c];
  }
}

/** Re-keys a row/column map after inserting (n > 0) or deleting (n < 0) at `at`. */
function shiftMap<V>(map: Map<number, V>, at: number, n: number): void {
  const entries = [...map.entries()];
  map.clear();
  for (const [k, v] of entries) {
    if (k < at) map.set(k, v);
    else if (n > 0) map.set(k + n, v);
    else if (k >= at - n) map.set(k + n, v);
  }
}

/** `splice(at, 0, …n holes)` without spreading (n may be large) and keeping the array sparse. */
function insertHoles<T>(arr: T[], at: number, n: number): void {
  const len = arr.length;
  if (at >= len) return;
  arr.length = len + n;
  arr.copyWithin(at + n, at, len);
  for (let i = at; i < at + n; i++) delete arr[i];
}
