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

/** A table's filter as read: each filtered column's criteria, to put back after writing. */
export interface TableFilter {
  tableName: string;
  columns: { index: number; criteria: Excel.FilterCriteria }[];
}

/** The criteria keys `autoFilter.apply` takes (ExcelApi 1.9 reads them back as `criteria`). */
const CRITERIA_KEYS = ["filterOn", "values", "criterion1", "criterion2", "operator", "color", "dynamicCriteria", "icon", "subField"] as const;

/** A column's criteria that filter something (Excel reads an unfiltered column back as a criterion without any). */
function filtering(c: Excel.FilterCriteria | null | undefined): c is Excel.FilterCriteria {
  if (!c) return false;
  return (
    (c.values?.length ?? 0) > 0 ||
    !!c.criterion1 ||
    !!c.criterion2 ||
    !!c.color ||
    (!!c.dynamicCriteria && c.dynamicCriteria !== "Unknown") ||
    !!c.icon
  );
}

/**
 * Queues the read of a table's filter (in the caller's next sync). Any filter — the pane's
 * quadrant filter or one the user set on any column — makes Excel refuse added rows and writes
 * across hidden rows (FilteredRangeConflict), so whoever writes into the table clears it first
 * and puts back exactly what was read (`filterAroundWrites`).
 */
export function queueFilterRead(ctx: Excel.RequestContext, tableName: string): () => TableFilter | undefined {
  const af = ctx.workbook.tables.getItem(tableName).autoFilter.load(FILTER_LOAD);
  return () => filterOf(tableName, af);
}

/** What to load of an AutoFilter for `filterOf` (also as `items/autoFilter/…` of the tables). */
export const FILTER_LOAD = "isDataFiltered,criteria";

/** A loaded AutoFilter as the filter to put back; undefined when it filters nothing. */
export function filterOf(tableName: string, af: Excel.AutoFilter): TableFilter | undefined {
  if (!af.isDataFiltered) return undefined;
  const columns = (af.criteria ?? []).flatMap((c, index) => {
    if (!filtering(c)) return [];
    const criteria: Record<string, unknown> = {};
    for (const k of CRITERIA_KEYS) if (c[k] !== undefined && c[k] !== null) criteria[k] = c[k];
    return [{ index, criteria: criteria as unknown as Excel.FilterCriteria }];
  });
  return columns.length ? { tableName, columns } : undefined;
}

/**
 * Clear → write → re-apply around the add-in's writes into a filtered table, in the same batches
 * (commands run in order): the filter then shows the rows as they are now, as Data → Reapply does.
 * Undefined for a table without a filter.
 */
export function filterAroundWrites(
  ctx: Excel.RequestContext,
  filter: TableFilter | undefined,
): { clear(): void; reapply(): void } | undefined {
  if (!filter) return undefined;
  const table = ctx.workbook.tables.getItem(filter.tableName);
  return {
    clear: () => table.autoFilter.clearCriteria(),
    reapply: () => {
      for (const c of filter.columns) table.autoFilter.apply(table.getRange(), c.index, c.criteria);
    },
  };
}
