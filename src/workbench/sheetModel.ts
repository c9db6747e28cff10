/**
 * What the grid draws, independent of how the in-memory workbook stores it: one cell's displayed
 * text and look, already resolved (number format, fill, font, conditional formats, validation).
 */
import { columnLetters } from "../core/a1";

export interface CellView {
  /** The text as Excel would display it (number format applied, a formula's computed value). */
  text: string;
  /** The formula as typed, when the cell holds one. */
  formula?: string;
  /** What editing the cell starts from (F2, double-click) and the formula bar shows: editText.ts. */
  edit: string;
  /** Fill and font colour after conditional formatting, as "#RRGGBB"; undefined = Excel default. */
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  /** Numbers and dates right-aligned, text left-aligned, as Excel's "General" alignment does. */
  align: "left" | "right" | "center";
  /** The allowed values, when the cell has a data-validation list. */
  list?: string[];
}

export interface CellAddress {
  row: number;
  column: number;
}

/** A selected rectangle (0-based, inclusive); its top-left cell is the active cell. */
export interface Selection {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface SheetModel {
  name: string;
  /** Rows and columns to draw (the used range from A1, plus a margin of empty cells). */
  rowCount: number;
  columnCount: number;
  /** Column width in CSS pixels. */
  columnWidth(column: number): number;
  cell(row: number, column: number): CellView | undefined;
  /** Rows a table's filter hides (0-based), not drawn, as in Excel. */
  hiddenRows?: ReadonlySet<number>;
}

export function a1(address: CellAddress): string {
  return `${columnLetters(address.column)}${address.row + 1}`;
}
