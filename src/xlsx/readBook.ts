/**
 * An .xlsx file's bytes → the RawBook the core analyses (works in Node and in the browser;
 * reading the file is the caller's business).
 */
import type { RawBook, RawTable, TableKey } from "../core/table";
import { BookError } from "./bookError";
import { type GridBook, readGrid } from "./grid";
import { locateBook } from "./locate";
import type { SheetChoices } from "../core/locate";

/** `sheets`: sheets chosen by `--map table.sheet=…` (the workbook's own column map is read too). */
export async function readBook(bytes: ArrayBuffer | Uint8Array, sheets: SheetChoices = {}): Promise<RawBook> {
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
