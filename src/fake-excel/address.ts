/**
 * A1 addresses and rectangle geometry. Everything inside the fake works on 0-based inclusive
 * rectangles; strings only appear at the API boundary, in the forms Office.js accepts and returns.
 */
import { columnIndex as columnFromLetters, columnLetters } from "../core/a1";
import { invalidArgument } from "./errors";

export { columnFromLetters, columnLetters };

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** 0-based, inclusive on both ends. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function rect(r0: number, c0: number, r1: number, c1: number): Rect {
  return { r0, c0, r1, c1 };
}

export const rowCount = (r: Rect): number => r.r1 - r.r0 + 1;
export const columnCount = (r: Rect): number => r.c1 - r.c0 + 1;
export const isEntireRows = (r: Rect): boolean => r.c0 === 0 && r.c1 === MAX_COLUMNS - 1;
export const isEntireColumns = (r: Rect): boolean => r.r0 === 0 && r.r1 === MAX_ROWS - 1;



/** "A1", "A1:C3", "A:C", "2:5" — the way Office.js prints a rectangle (without the sheet). */
export function formatRect(r: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  if (isEntireRows(r)) return `${d}${r.r0 + 1}:${d}${r.r1 + 1}`;
  if (isEntireColumns(r)) return `${d}${columnLetters(r.c0)}:${d}${columnLetters(r.c1)}`;
  const a = `${d}${columnLetters(r.c0)}${d}${r.r0 + 1}`;
  if (r.r0 === r.r1 && r.c0 === r.c1) return a;
  return `${a}:${d}${columnLetters(r.c1)}${d}${r.r1 + 1}`;
}

const CELL_LIKE = /^([A-Za-z]{1,3}\d+|R\d*C\d*)$/i;
const PLAIN_SHEET = /^[\p{L}_][\p{L}\p{N}_.]*$/u;

/** Excel quotes a sheet name in an address unless it is a plain identifier that cannot be read as a cell. */
export function quoteSheetName(name: string): string {
  if (PLAIN_SHEET.test(name) && !CELL_LIKE.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

export function formatAddress(sheetName: string, r: Rect, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${formatRect(r, absolute)}`;
}

export interface ParsedAddress {
  sheet?: string;
  rect: Rect;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

/** Parses "A1", "A1:B2", "A:A", "2:2", "Sheet1!A1:B2", "'My sheet'!A1" (a leading "=" is accepted). */
export function parseAddress(address: string): ParsedAddress {
  let text = address.trim();
  if (text.startsWith("=")) text = text.slice(1);
  let sheet: string | undefined;
  const bang = text.lastIndexOf("!");
  if (bang >= 0) {
    const rawSheet = text.slice(0, bang);
    text = text.slice(bang + 1);
    sheet =
      rawSheet.startsWith("'") && rawSheet.endsWith("'") && rawSheet.length >= 2
        ? rawSheet.slice(1, -1).replace(/''/g, "'")
        : rawSheet;
    if (!sheet) throw invalidArgument(`bad address '${address}'`);
  }
  const parts = text.split(":");
  if (parts.length > 2 || parts.some((p) => p === "")) throw invalidArgument(`bad address '${address}'`);
  const [a, b = a] = parts;
  const r = parseTwo(a, b, address);
  return { sheet, rect: r };
}

function parseTwo(a: string, b: string, original: string): Rect {
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  if (ca && cb) {
    return normalize(
      Number(ca[2]) - 1,
      columnFromLetters(ca[1]),
      Number(cb[2]) - 1,
      columnFromLetters(cb[1]),
      original,
    );
  }
  const ka = COLUMN.exec(a);
  const kb = COLUMN.exec(b);
  if (ka && kb) return normalize(0, columnFromLetters(ka[1]), MAX_ROWS - 1, columnFromLetters(kb[1]), original);
  const ra = ROW.exec(a);
  const rb = ROW.exec(b);
  if (ra && rb) return normalize(Number(ra[1]) - 1, 0, Number(rb[1]) - 1, MAX_COLUMNS - 1, original);
  throw invalidArgument(`bad address '${original}'`);
}

function normalize(r0: number, c0: number, r1: number, c1: number, original: string): Rect {
  const out = rect(Math.min(r0, r1), Math.min(c0, c1), Math.max(r0, r1), Math.max(c0, c1));
  if (out.r0 < 0 || out.c0 < 0 || out.r1 >= MAX_ROWS || out.c1 >= MAX_COLUMNS) {
    throw invalidArgument(`address out of the grid '${original}'`);
  }
  return out;
}

export function checkInGrid(r: Rect): Rect {
  if (r.r0 < 0 || r.c0 < 0 || r.r1 >= MAX_ROWS || r.c1 >= MAX_COLUMNS || r.r1 < r.r0 || r.c1 < r.c0) {
    throw invalidArgument("the range falls outside the worksheet");
  }
  return r;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r0 = Math.max(a.r0, b.r0);
  const c0 = Math.max(a.c0, b.c0);
  const r1 = Math.min(a.r1, b.r1);
  const c1 = Math.min(a.c1, b.c1);
  return r0 <= r1 && c0 <= c1 ? rect(r0, c0, r1, c1) : null;
}

export function bounding(a: Rect, b: Rect): Rect {
  return rect(Math.min(a.r0, b.r0), Math.min(a.c0, b.c0), Math.max(a.r1, b.r1), Math.max(a.c1, b.c1));
}

export function contains(outer: Rect, inner: Rect): boolean {
  return outer.r0 <= inner.r0 && outer.c0 <= inner.c0 && outer.r1 >= inner.r1 && outer.c1 >= inner.c1;
}

export const sameRect = (a: Rect, b: Rect): boolean => a.r0 === b.r0 && a.c0 === b.c0 && a.r1 === b.r1 && a.c1 === b.c1;

/** The parts of `a` outside `b` (at most four rectangles): used when a new rule replaces part of an old one. */
export function subtract(a: Rect, b: Rect): Rect[] {
  const i = intersect(a, b);
  if (!i) return [a];
  const out: Rect[] = [];
  if (a.r0 < i.r0) out.push(rect(a.r0, a.c0, i.r0 - 1, a.c1));
  if (i.r1 < a.r1) out.push(rect(i.r1 + 1, a.c0, a.r1, a.c1));
  if (a.c0 < i.c0) out.push(rect(i.r0, a.c0, i.r1, i.c0 - 1));
  if (i.c1 < a.c1) out.push(rect(i.r0, i.c1 + 1, i.r1, a.c1));
  return out;
}
