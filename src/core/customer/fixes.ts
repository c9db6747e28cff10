/**
 * Fixes the problem list may offer, only where the fix is unambiguous: an amount or a date the
 * core already understood but that was typed as text becomes the number or date it reads as.
 * Applied only when the user clicks, as one batch for the whole group, and each cell only if it
 * still holds exactly what was read (the host checks).
 */
import type { Analysis } from "../analyze";
import type { ProblemGroup } from "../groups";
import type { NewCell } from "./newRows";
import { parseAmount } from "../parse/amount";
import { parseDate } from "../parse/date";
import { show } from "../rows";

export interface CellFix {
  row: number;
  /** The ID on that row as read (the host writes only if the row still carries it). */
  id: string;
  field: string;
  value: NewCell;
  /** The text the cell holds now; the fix is written only over exactly this. */
  expect: string;
}

const FIXABLE = new Set(["amount.text", "date.text"]);

export function isFixable(g: ProblemGroup): boolean {
  return FIXABLE.has(g.code);
}

/** Every cell of the group (not only the first rows the group keeps), with its fixed value. */
export function groupFixes(a: Analysis, g: ProblemGroup): CellFix[] {
  if (!isFixable(g)) return [];
  const t = a.book.tables[g.table];
  if (!t) return [];
  const idCol = t.cols.get("id");
  const out: CellFix[] = [];
  for (const p of a.problems) {
    if (p.code !== g.code || p.sheet !== g.sheet || p.column !== g.column || p.severity !== g.severity || p.columnIndex === undefined) continue;
    const col = p.columnIndex - t.table.firstColumn;
    const field = [...t.cols].find(([, i]) => i === col)?.[0];
    const cells = t.table.rows[p.row - t.table.headerRow - 1];
    if (!field || !cells || idCol === undefined) continue;
    const cell = cells[col];
    let value: NewCell | undefined;
    if (g.code === "amount.text") {
      const r = parseAmount(cell);
      if (r.ok) value = r.value.value;
    } else {
      const r = parseDate(cell, a.book.date1904);
      if (r.ok) value = { day: r.value.day };
    }
    if (value !== undefined) out.push({ row: p.row, id: show(cells[idCol]).trim(), field, value, expect: show(cell) });
  }
  return out;
}
