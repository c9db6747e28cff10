/**
 * A1 addresses as Office.js prints and accepts them. The add-in addresses cells through
 * `worksheet.getRange("B2:C9")` (no sheet prefix, so sheet names never need quoting there); the
 * parser accepts what `range.address` returns ("客户!A1:C3", "'My sheet'!A1").
 */
import { columnIndex, columnLetters } from "../core/a1";

export { columnIndex, columnLetters };

/** 0-based, inclusive rectangle on one sheet. */
export interface Area {
  sheet: string;
  row0: number;
  col0: number;
  row1: number;
  col1: number;
}



/** "B2" or "B2:D9" (0-based row/column in, Excel's 1-based rows out). */
export function a1(row0: number, col0: number, row1 = row0, col1 = col0): string {
  const first = `${columnLetters(col0)}${row0 + 1}`;
  return row0 === row1 && col0 === col1 ? first : `${first}:${columnLetters(col1)}${row1 + 1}`;
}

export function areaA1(area: Area): string {
  return a1(area.row0, area.col0, area.row1, area.col1);
}

/** Excel quotes a sheet name unless it is a plain identifier that cannot be read as a cell. */
export function quoteSheet(name: string): string {
  if (/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^([A-Za-z]{1,3}\d+|R\d*C\d*)$/i.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/**
 * Parses "Sheet!A1:C3" / "'My sheet'!B2" (the form `range.address` returns) and the sheet-less
 * "A1:C3" of change events (sheet = "").
 */
export function parseArea(address: string): Area {
  const bang = address.lastIndexOf("!");
  let sheet = bang < 0 ? "" : address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const [first, last = first] = address.slice(bang + 1).split(":");
  const a = CELL.exec(first);
  const b = CELL.exec(last);
  if (a && b) {
    return { sheet, row0: Number(a[2]) - 1, col0: columnIndex(a[1]), row1: Number(b[2]) - 1, col1: columnIndex(b[1]) };
  }
  const col = /^\$?([A-Za-z]{1,3})$/;
  const row = /^\$?(\d{1,7})$/;
  const ca = col.exec(first);
  const cb = col.exec(last);
  if (ca && cb) return { sheet, row0: 0, col0: columnIndex(ca[1]), row1: MAX_ROWS - 1, col1: columnIndex(cb[1]) };
  const ra = row.exec(first);
  const rb = row.exec(last);
  if (ra && rb) return { sheet, row0: Number(ra[1]) - 1, col0: 0, row1: Number(rb[1]) - 1, col1: MAX_COLUMNS - 1 };
  throw new Error(`unsupported address: ${address}`);
}

/** Whether two areas on the same sheet overlap. */
export function overlaps(a: Area, b: Area): boolean {
  return a.sheet === b.sheet && a.row0 <= b.row1 && b.row0 <= a.row1 && a.col0 <= b.col1 && b.col0 <= a.col1;
}
