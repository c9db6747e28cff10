/**
 * An .xlsx file's bytes → the RawBook the core analyses (works in Node and in the browser;
 * reading the file is the caller's business).
 */
import type { RawBook, RawTable, TableKey } from "../core/table";
import { BookError } from "./bookError";
import { type GridBook, readGrid } from "./grid";
import { locateTables } from "./locate";

export async function readBook(bytes: ArrayBuffer | Uint8Array): Promise<RawBook> {
  return rawBookOf(await readGrid(bytes));
}

/** The CRM tables of an already read workbook; throws when it has no customer sheet. */
export function rawBookOf(grid: GridBook): RawBook {
  const located = locateTables(grid);
  if (!located.customers) throw new BookError("no-customer-sheet");
  const tables: Partial<Record<TableKey, RawTable>> = {};
  for (const [key, l] of Object.entries(located) as [TableKey, { raw: RawTable }][]) tables[key] = l.raw;
  return { tables, date1904: grid.date1904 };
}
