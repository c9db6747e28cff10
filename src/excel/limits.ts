/**
 * What Excel will not let the add-in write, found before anything is written: a protected sheet
 * (every change there is refused with AccessDenied), a protected workbook structure (no sheet can be
 * added, shown or hidden) and merged cells in a range set-up would turn
 * into a table. Finding them first keeps a batch from failing half-way — Excel applies the
 * commands of a batch up to the one that fails — and gives the pane a sentence naming the sheet
 * (and the cells) instead of Excel's error. The sentence is made in the pane (`hostError.ts`, strings
 * in `excelLimits.ts`).
 */
import { type Area, a1, overlaps, parseArea } from "./address";
import { excelApiSupported } from "./run";
import { ownedSheetName, sheetOfFormula } from "./ownedSheet";

export type LimitKind =
  /** The sheet is protected: unprotect it, or the add-in writes nothing. */
  | "protected"
  /** The workbook's structure is protected and the add-in would add (or show) this sheet. */
  | "structure"
  /** Something far to the right of the customer table (`range`): Excel cannot add columns beside it. */
  | "farRight"
  /** Merged cells (`range`) inside the data set-up would make a table of. */
  | "merged"
  /** Excel refused to make a table of the data (below ExcelApi 1.13 the add-in cannot see why: merged cells, most likely). */
  | "adoptRefused";

export class ExcelLimit extends Error {
  readonly code = "CrmExcelLimit";
  constructor(
    readonly kind: LimitKind,
    readonly sheet: string,
    /** The cells concerned (A1, without the sheet), when known. */
    readonly range?: string,
  ) {
    super(`${kind}: ${sheet}${range ? `!${range}` : ""}`);
    this.name = "ExcelLimit";
  }
}

/** Throws for the first of `sheets` (case-insensitive; duplicates and undefined skipped) that is protected. */
export function refuseProtected(protectedSheets: readonly string[], sheets: Iterable<string | undefined>): void {
  const locked = new Map(protectedSheets.map((s) => [s.toLowerCase(), s]));
  for (const s of sheets) {
    const hit = s === undefined ? undefined : locked.get(s.toLowerCase());
    if (hit !== undefined) throw new ExcelLimit("protected", hit);
  }
}

/**
 * Throws `structure` for the first of `sheets` (the sheets an operation would add, or show again;
 * undefined skipped) when the workbook's structure is protected: Excel would refuse the sheet in
 * the middle of the batch, after the writes before it.
 */
export function refuseStructure(structureProtected: boolean, sheets: Iterable<string | undefined>): void {
  if (!structureProtected) return;
  for (const s of sheets) if (s !== undefined) throw new ExcelLimit("structure", s);
}

/** Excel's limit on the cells one operation may move (Excel on the web: OperationCellsExceedLimit). */
const MAX_CELLS_MOVED = 33_554_000;
const LAST_COLUMN = 16_383;

/**
 * Adding `n` columns at a table's right edge moves everything to the right of it in the table's
 * rows. Excel refuses when that would push a non-blank cell off the sheet, and Excel on the web
 * when more cells would move than its limit — which one note typed in a far-right column is
 * enough for. `usedAddress`: the used range (values) beside the table (`usedBeside`), or of its
 * whole sheet (which may say "maybe" where the table's rows say no).
 * Throws `farRight` naming what sits there, before anything is written.
 */
export function refuseFarRight(
  table: { sheet: string; row0: number; row1: number; col1: number },
  usedAddress: string | undefined,
  n: number,
): void {
  if (!usedAddress || n === 0) return;
  const used = parseArea(usedAddress);
  if (used.col1 <= table.col1) return;
  const rows = table.row1 - table.row0 + 1;
  if (used.col1 + n <= LAST_COLUMN && rows * (used.col1 - table.col1) <= MAX_CELLS_MOVED) return;
  const beside = a1(Math.max(used.row0, table.row0), Math.max(used.col0, table.col1 + 1), Math.min(used.row1, table.row1), used.col1);
  throw new ExcelLimit("farRight", table.sheet, beside);
}

/** One sync: the used range (values) right of a table in its rows — what columns added beside it would move. */
export async function usedBeside(
  ctx: Excel.RequestContext,
  table: { sheet: string; row0: number; row1: number; col1: number },
): Promise<string | undefined> {
  if (table.col1 >= LAST_COLUMN) return undefined;
  const area = a1(table.row0, table.col1 + 1, table.row1, LAST_COLUMN);
  const used = ctx.workbook.worksheets.getItem(table.sheet).getRange(area).getUsedRangeOrNullObject(true).load("address");
  await ctx.sync();
  return used.isNullObject ? undefined : used.address;
}

/** The sheet an owned-sheet record (`crmSheet_<key>`) points at, from the names the discovery loaded. */
export function ownedSheetOf(names: readonly { name: string; formula: string }[], key: string): string | undefined {
  const wanted = ownedSheetName(key).toLowerCase();
  const n = names.find((x) => x.name.toLowerCase() === wanted);
  return n ? sheetOfFormula(n.formula) : undefined;
}

/** `getMergedAreasOrNullObject` is ExcelApi 1.13. */
export const mergedProbeSupported = (): boolean => excelApiSupported("1.13");

/**
 * Queues the merged areas of each range (`getMergedAreasOrNullObject`, ExcelApi 1.13) where the
 * host has it; after the sync, the areas found per sheet. Undefined on an older Excel: then only
 * Excel's own refusal tells (`adoptRefused`).
 */
export function queueMergedProbe(
  ranges: readonly { sheet: string; range: Excel.Range }[],
): (() => Map<string, Area[]>) | undefined {
  if (!mergedProbeSupported()) return undefined;
  const probes = ranges.map((r) => ({ sheet: r.sheet, areas: r.range.getMergedAreasOrNullObject().load("address") }));
  return () => {
    const out = new Map<string, Area[]>();
    for (const p of probes) {
      if (p.areas.isNullObject) continue;
      // "S!A1:B1,S!A3:C3": one address per area, each with its sheet (a quoted name may hold a comma).
      const parts = p.areas.address.match(/(?:'(?:[^']|'')*'|[^,])+/g) ?? [];
      out.set(
        p.sheet,
        parts.map((a) => ({ ...parseArea(a.trim()), sheet: p.sheet })),
      );
    }
    return out;
  };
}

/** Throws `merged` naming the first merged cells inside `area`, if any. */
export function refuseMerged(merged: Map<string, Area[]> | undefined, area: Area): void {
  const hits = (merged?.get(area.sheet) ?? []).filter((m) => overlaps(m, area));
  if (hits.length === 0) return;
  const shown = hits.slice(0, 3).map((m) => a1(m.row0, m.col0, m.row1, m.col1));
  throw new ExcelLimit("merged", area.sheet, shown.join(", ") + (hits.length > 3 ? " …" : ""));
}

/**
 * After Excel refused a batch that made tables of plain ranges (in this order, first in the batch):
 * the first range without its table is the one refused — the ones before it were made. One sync,
 * only on this path.
 */
export async function refusedAdoption(
  ctx: Excel.RequestContext,
  adoptions: readonly { tableName: string; sheet: string }[],
): Promise<ExcelLimit> {
  const tables = ctx.workbook.tables.load("items/name");
  await ctx.sync();
  const made = new Set(tables.items.map((t) => t.name.toLowerCase()));
  const refused = adoptions.find((a) => !made.has(a.tableName.toLowerCase())) ?? adoptions[0];
  return new ExcelLimit("adoptRefused", refused.sheet);
}
