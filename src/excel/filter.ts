/**
 * The pane's quadrant filter: the customer table's AutoFilter (ExcelApi 1.9) on the add-in's
 * quadrant column, showing one quadrant's rows, or cleared. One sync. Filtering hides rows; it never
 * changes, moves or deletes a cell. Where the column is comes from the last refresh.
 */
import type { Quadrant } from "../core/strategy";
import type { HostState } from "./state";

export async function filterQuadrant(
  ctx: Excel.RequestContext,
  state: HostState,
  quadrant: Quadrant | undefined,
): Promise<void> {
  const c = state.computed;
  if (!c || c.quadrantColumn === undefined || c.firstColumn === undefined)
    throw new Error("refresh first: the quadrant column is not known yet");
  const table = ctx.workbook.tables.getItem(c.tableName);
  if (quadrant === undefined) table.autoFilter.clearCriteria();
  else
    table.autoFilter.apply(table.getRange(), c.quadrantColumn - c.firstColumn, {
      filterOn: "Values",
      values: [quadrant],
    });
  await ctx.sync();
}
