/**
 * Reading back only the rows a change event named, for the custom functions' snapshot: one sync
 * for every table at once — each table's data body address (where the table is now and how many
 * rows it has, so the engine can tell that no row moved) and the requested rows, whole rows of the
 * table's columns. A few kilobytes instead of the whole book.
 */
import type { Cell } from "../core/table";
import type { RowsRead, RowsRequest } from "../core/edits";
import { a1, parseArea } from "./address";

export async function readRows(ctx: Excel.RequestContext, requests: readonly RowsRequest[]): Promise<RowsRead[]> {
  const loaded = requests.map((req) => {
    const ws = ctx.workbook.worksheets.getItem(req.sheet);
    return {
      req,
      body: ctx.workbook.tables.getItem(req.tableName).getDataBodyRange().load("address"),
      blocks: req.rows.map(([r0, r1]) => ws.getRange(a1(r0, req.col0, r1, req.col1)).load("values")),
    };
  });
  await ctx.sync();
  return loaded.map(({ req, body, blocks }) => {
    const a = parseArea(body.address);
    return {
      table: req.table,
      body: { sheet: a.sheet, row0: a.row0, col0: a.col0, row1: a.row1, col1: a.col1 },
      values: blocks.map((b) => b.values as Cell[][]),
    };
  });
}
