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
  else queueApply(table, c.quadrantColumn - c.firstColumn, quadrant);
  await ctx.sync();
  state.quadrantFilter = quadrant;
}

function queueApply(table: Excel.Table, column: number, quadrant: Quadrant): void {
  table.autoFilter.apply(table.getRange(), column, { filterOn: "Values", values: [quadrant] });
}

/**
 * Writing into the customer table while the pane's quadrant filter is on: Excel refuses writes
 * that conflict with a filtered range (FilteredRangeConflict) and may put values in the wrong
 * cells of one (office-js#224). So the filter is cleared before the first write and applied again
 * after the last, in the same batches (commands run in order): clear → write → re-apply, and the
 * filter then shows the quadrant's rows as they are now. Without the pane's filter: nothing.
 */
export function filterAround(
  ctx: Excel.RequestContext,
  state: HostState,
  tableName: string,
): { clear(): void; reapply(quadrantColumnIndex?: number): void } | undefined {
  const quadrant = state.quadrantFilter;
  const c = state.computed;
  if (quadrant === undefined || !c || c.tableName.toLowerCase() !== tableName.toLowerCase()) return undefined;
  const table = ctx.workbook.tables.getItem(tableName);
  return {
    clear: () => table.autoFilter.clearCriteria(),
    reapply: (index = c.quadrantColumn! - c.firstColumn!) => queueApply(table, index, quadrant),
  };
}
