/**
 * Where an imported list's header is: the row among the first few whose captions name the most
 * of the table's columns (a title row above it, as exports often have, is skipped and counted).
 */
import type { Cell, TableKey } from "../table";
import { TABLES } from "../schema";
import { mapHeaders } from "../columns";
import { show } from "../rows";
import type { ImportedList } from "./merge";

const HEADER_SEARCH_ROWS = 10;

export function findListHeader(rows: Cell[][], table: TableKey): ImportedList | undefined {
  let best: { index: number; score: number } | undefined;
  for (let i = 0; i < Math.min(HEADER_SEARCH_ROWS, rows.length); i++) {
    const cols = mapHeaders(TABLES[table], rows[i].map((c) => show(c)));
    if (!cols.has("id")) continue;
    if (!best || cols.size > best.score) best = { index: i, score: cols.size };
  }
  if (!best) return undefined;
  return {
    headers: rows[best.index].map((c) => show(c).trim()),
    rows: rows.slice(best.index + 1),
    headerRow: best.index + 1,
    titleRows: best.index,
  };
}
