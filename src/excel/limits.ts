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
