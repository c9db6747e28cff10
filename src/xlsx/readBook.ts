/**
 * An .xlsx file's bytes → the RawBook the core analyses (works in Node and in the browser;
 * reading the file is the caller's business). The streaming reader (streamGrid.ts) reads it;
 * a package it does not handle (zip64, an encrypted entry, a part it cannot make sense of) is
 * read by the full reader over exceljs instead, which also decides what is wrong with a file
 * neither can read.
 */
import type { RawBook, RawTable, TableKey } from "../core/table";
import { BookError } from "./bookError";
import type { GridBook } from "./grid";
import { type StreamOptions, streamGrid } from "./streamGrid";
import { type LocateOptions, locateBook } from "./locate";
import type { SheetChoices } from "../core/locate";

/** `sheets`: sheets chosen by `--map table.sheet=…` (the workbook's own column map is read too). */
export async function readBook(bytes: ArrayBuffer | Uint8Array, sheets: SheetChoices = {}, o: StreamOptions = {}): Promise<RawBook> {
  let grid: GridBook;
  try {
    grid = await streamGrid(bytes, o);
  } catch {
    // exceljs is loaded only for such a file.
    const { readGrid } = await import("./grid");
    return rawBookOf(await readGrid(bytes), sheets);
  }
  // The grid is dropped here: its rows become the tables' rows instead of being copied.
  return rawBookOf(grid, sheets, { reuseRows: true });
}

/** The CRM tables of an already read workbook; throws when it has no customer sheet. */
export function rawBookOf(grid: GridBook, sheets: SheetChoices = {}, o: LocateOptions = {}): RawBook {
  const { tables: located, columnMap, history, location } = locateBook(grid, sheets, o);
  // No customer sheet: a ledger (the purchases' customers, by ID or by name) or nothing to score.
  const ledger: RawBook["ledger"] = located.customers
    ? undefined
    : location.ledgerName !== undefined
      ? { by: "name", column: location.ledgerName }
      : located.purchases
        ? { by: "id" }
        : undefined;
  if (!located.customers && !ledger) throw new BookError("no-customer-sheet");
  const tables: Partial<Record<TableKey, RawTable>> = {};
  for (const [key, l] of Object.entries(located) as [TableKey, { raw: RawTable }][]) tables[key] = l.raw;
  return { tables, date1904: grid.date1904, ...(columnMap ? { columnMap } : {}), ...(history ? { history } : {}), ...(ledger ? { ledger } : {}) };
}
