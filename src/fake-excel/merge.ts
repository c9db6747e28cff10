/**
 * Merged cells (`Range.merge` / `unmerge`, ExcelApi 1.2; `getMergedAreasOrNullObject`, 1.13). A
 * merged area shows the value of its top-left cell; the others stay empty. Where the documentation
 * is silent the in-memory Excel takes the stricter reading (docs/DECISIONS.md):
 *   - a write that puts content into a merged area's other cells fails (`InvalidOperation`, Excel's
 *     "we can't do that to a merged cell"); writing the top-left cell, or blanks, is fine;
 *   - formats set on part of a merged area fail too; `clear` of formats (or all) unmerges;
 *   - a table cannot be made over, or contain, merged cells (`MergedRangeConflict`, as Excel's error
 *     table documents it; merging inside a table is `InvalidOperation`; Excel's own
 *     "Format as Table" would unmerge them, changing the user's layout);
 *   - inserting or deleting cells that would cut through a merged area fails (`InvalidOperation`);
 *   - merging over part of another merged area fails instead of growing the selection.
 */
import { Rect, columnCount, contains, formatAddress, intersect, rect, rowCount } from "./address";
import { invalidOperation, mergedRangeConflict } from "./errors";
import type { Sheet } from "./grid";
import { checkUnprotected } from "./protection";
import { FakeClientObject } from "./proxy";
import { Shift, shiftRect } from "./shift";
import type { WorkbookModel } from "./workbook-model";

/** The merged areas that intersect `area`, top to bottom. */
export function mergedAreasIn(sheet: Sheet, area: Rect): Rect[] {
  return sheet.merges.filter((m) => intersect(m, area)).sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
}

export function mergeCells(model: WorkbookModel, sheet: Sheet, area: Rect, across: boolean): void {
  checkUnprotected(sheet, "merging cells");
  const table = model.tables.find((t) => t.sheet === sheet && intersect(t.rect, area));
  if (table) throw invalidOperation(`cells of table '${table.name}' cannot be merged`);
  const parts = across
    ? Array.from({ length: rowCount(area) }, (_, i) => rect(area.r0 + i, area.c0, area.r0 + i, area.c1))
    : [area];
  for (const part of parts) {
    if (rowCount(part) * columnCount(part) < 2) continue;
    const partial = sheet.merges.find((m) => intersect(m, part) && !contains(part, m));
    if (partial) throw invalidOperation("the range covers part of another merged area");
    sheet.merges = sheet.merges.filter((m) => !intersect(m, part));
    // Excel keeps the top-left value and drops the rest.
    sheet.forEachCell(part, (cell, r, c) => {
      if (r === part.r0 && c === part.c0) return;
      cell.v = "";
      delete cell.f;
      sheet.prune(r, c);
    });
    sheet.merges.push(part);
  }
}

/** Unmerges every merged area that intersects `area` (whole areas, as Excel does). */
export function unmergeCells(sheet: Sheet, area: Rect): void {
  checkUnprotected(sheet, "unmerging cells");
  sheet.merges = sheet.merges.filter((m) => !intersect(m, area));
}

/** A write of `matrix` (or one value for every cell) over `area` may fill only a merged area's top-left cell. */
export function checkMergedWrite(sheet: Sheet, area: Rect, matrix: unknown[][] | null, single: unknown): void {
  for (const m of sheet.merges) {
    const i = intersect(m, area);
    if (!i) continue;
    for (let r = i.r0; r <= i.r1; r++)
      for (let c = i.c0; c <= i.c1; c++) {
        if (r === m.r0 && c === m.c0) continue;
        const v = matrix ? matrix[r - area.r0][c - area.c0] : single;
        if (v !== null && v !== undefined && v !== "")
          throw invalidOperation(`cannot change part of a merged cell (${formatAddress(sheet.name, m)})`);
      }
  }
}

/** Formats go on whole merged areas: a range that covers part of one is refused (the stricter reading). */
export function checkMergedFormat(sheet: Sheet, area: Rect): void {
  const m = sheet.merges.find((x) => intersect(x, area) && !contains(area, x));
  if (m) throw invalidOperation(`cannot format part of a merged cell (${formatAddress(sheet.name, m)})`);
}

/** A table may not be made over merged cells: `MergedRangeConflict`, the code Excel documents for it. */
export function checkNoMerges(sheet: Sheet, area: Rect, what: string): void {
  const m = sheet.merges.find((x) => intersect(x, area));
  if (m) throw mergedRangeConflict(`${what} cannot contain merged cells (${formatAddress(sheet.name, m)})`);
}

/** How the merged areas follow a shift, planned before anything moves: cutting through one fails. */
export function planMergeShift(sheet: Sheet, shift: Shift): () => void {
  const next = sheet.merges.map((m) => {
    const r = shiftRect(m, shift);
    if (r === "partial") throw invalidOperation("this operation would cut through merged cells");
    return r;
  });
  return () => {
    sheet.merges = next.filter((r): r is Rect => r !== null && rowCount(r) * columnCount(r) > 1);
  };
}

/** `Excel.RangeAreas` as far as merged areas need it: where they are and how many. */
export class FakeRangeAreas extends FakeClientObject<{ sheet: Sheet; rects: Rect[] }> {
  protected scalarNames(): readonly string[] {
    return ["address", "addressLocal", "areaCount", "cellCount"];
  }
  protected readScalar(e: { sheet: Sheet; rects: Rect[] }, name: string): unknown {
    if (name === "areaCount") return e.rects.length;
    if (name === "cellCount") return e.rects.reduce((n, r) => n + rowCount(r) * columnCount(r), 0);
    return e.rects.map((r) => formatAddress(e.sheet.name, r)).join(",");
  }
  get address(): string {
    return this.prop("address");
  }
  get addressLocal(): string {
    return this.prop("addressLocal");
  }
  get areaCount(): number {
    return this.prop("areaCount");
  }
  get cellCount(): number {
    return this.prop("cellCount");
  }
}
