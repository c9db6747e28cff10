/**
 * An .xlsx file's bytes → the RawBook the core analyses (works in Node and in the browser;
 * reading the file is the caller's business). The streaming reader (streamGrid.ts) reads it;
 * a package it does not handle (zip64, an encrypted entry, a part it cannot make sense of) is
 * read by the full reader over exceljs instead, which also decides what is wrong with a file
 * neither can read.
 */
import type { RawBook, RawTable, TableKey } from "../core/table";
import { BookError } from "./bookError";
import { type GridBook, readGrid } from "./grid";
import { streamGrid } from "./streamGrid";
import { locateBook } from "./locate";
import type { SheetChoices } from "../core/locate";

/** `sheets`: sheets chosen by `--map table.sheet=…` (the workbook's own column map is read too). */
export async function readBook(bytes: ArrayBuffer | Uint8Array, sheets: SheetChoices = {}): Promise<RawBook> {
  let grid: GridBook;
  try {
    grid = await streamGrid(bytes);
  } catch {
    grid = await readGrid(bytes);
  }
  return rawBookOf(grid, sheets);
}

/** The same through exceljs's full workbook model only (the reference the streaming reader is tested against). */
export async function readBookFully(bytes: ArrayBuffer | Uint8Array, sheets: SheetChoices = {}): Promise<RawBook> {
  return rawBookOf(await readGrid(bytes), sheets);
}

/** The CRM tables of an already read workbook; throws when it has no customer sheet. */
export function rawBookOf(grid: GridBook, sheets: SheetChoices = {}): RawBook {
  const { tables: located, columnMap } = locateBook(grid, sheets);
  if (!located.customers) throw new BookError("no-customer-sheet");
  const tables: Partial<Record<TableKey, RawTable>> = {};
  for (const [key, l] of Object.entries(located) as [TableKey, { raw: RawTable }][]) tables[key] = l.raw;
  return { tables, date1904: grid.date1904, ...(columnMap ? { columnMap } : {}) };
}
