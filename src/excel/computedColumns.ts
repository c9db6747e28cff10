/**
 * Appending the add-in's computed columns to the customer table and recording them as its own.
 * Shared by setup (first time) and refresh (when the user deleted one).
 */
import { type Lang, t } from "../core/i18n";
import { newCaption, ownedName } from "./owned";
import type { ComputedKey } from "../core/computed";
import type { RawTable } from "../core/table";
import { COMPUTED_HEADER } from "./palette";

export interface ColumnsToAdd {
  keys: ComputedKey[];
  captions: string[];
}

/** Captions for the computed columns the table lacks, unique among its headers. */
export function columnsToAdd(missing: readonly ComputedKey[], headers: readonly string[], lang: Lang): ColumnsToAdd {
  const taken = [...headers];
  const captions = missing.map((k) => {
    const c = newCaption(k, lang, taken);
    taken.push(c);
    return c;
  });
  return { keys: [...missing], captions };
}

/** The columns to add as key and caption (what `besideUser` reads). */
export function addedColumns(add: ColumnsToAdd): { key: ComputedKey; caption: string }[] {
  return add.keys.map((key, j) => ({ key, caption: add.captions[j] }));
}

/**
 * Queues the columns at the table's right edge (Excel shifts anything beside the table; no cell is
 * overwritten) and a hidden name on each new header cell. A name left from a deleted column
 * (#REF!) is replaced, not duplicated.
 */
export function queueAddColumns(
  ctx: Excel.RequestContext,
  table: Excel.Table,
  add: ColumnsToAdd,
  existingNames: readonly string[],
  lang: Lang,
): void {
  const wb = ctx.workbook;
  add.keys.forEach((key, j) => {
    const column = table.columns.add(undefined, undefined, add.captions[j]);
    const name = ownedName(key);
    if (existingNames.some((n) => n.toLowerCase() === name.toLowerCase())) wb.names.getItem(name).delete();
    const item = wb.names.add(name, column.getHeaderRowRange(), t(lang, "excel.computed.nameComment"));
    item.visible = false;
  });
}

/**
 * Names again the columns recognised by their marker and caption after their names were lost (a
 * copy saved by a program that drops hidden names): the next refresh finds them by name.
 */
export function queueAdoptNames(
  ctx: Excel.RequestContext,
  table: Excel.Table,
  adopt: readonly { key: ComputedKey; index: number }[],
  lang: Lang,
): void {
  for (const { key, index } of adopt) {
    const header = table.columns.getItemAt(index).getHeaderRowRange();
    ctx.workbook.names.add(ownedName(key), header, t(lang, "excel.computed.nameComment")).visible = false;
  }
}

/**
 * One sync, only when a name of ours could not be read: which header cells of the customer table
 * wear the add-in's header fill (the marker `formatComputedHeaders` puts on every computed column).
 */
export async function headerMarks(ctx: Excel.RequestContext, raw: RawTable): Promise<boolean[]> {
  const ws = ctx.workbook.worksheets.getItem(raw.sheet);
  const fills = raw.headers.map((_, j) =>
    ws.getCell(raw.headerRow - 1, raw.firstColumn + j).format.fill.load("color"),
  );
  await ctx.sync();
  return fills.map((f) => String(f.color ?? "").toUpperCase() === COMPUTED_HEADER.fill.toUpperCase());
}
