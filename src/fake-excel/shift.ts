/**
 * How a rectangle (a table, a chart's source, a name, a validation rule…) moves when cells are
 * inserted or deleted. Excel moves whatever lies beyond the insertion point, grows what straddles it,
 * and shrinks what loses cells; something only partly in the shifted band cannot follow ("partial").
 */
import { MAX_COLUMNS, MAX_ROWS, Rect, rect } from "./address";

export interface Shift {
  kind: "insert" | "delete";
  /** "rows": rows at..at+n-1 are inserted/deleted within columns span0..span1; "columns" likewise. */
  axis: "rows" | "columns";
  at: number;
  n: number;
  span0: number;
  span1: number;
}

export type Shifted = Rect | null | "partial";

export function shiftRect(r: Rect, s: Shift): Shifted {
  if (s.axis === "rows") return along(r, s, MAX_ROWS);
  const t = along(transpose(r), s, MAX_COLUMNS);
  return t === null || t === "partial" ? t : transpose(t);
}

const transpose = (r: Rect): Rect => rect(r.c0, r.r0, r.c1, r.r1);

/** Works in "rows" orientation: r0/r1 run along the shift, c0/c1 across it. */
function along(r: Rect, s: Shift, max: number): Shifted {
  const inside = r.c0 >= s.span0 && r.c1 <= s.span1;
  const disjoint = r.c1 < s.span0 || r.c0 > s.span1;
  if (s.kind === "insert") {
    if (r.r1 < s.at || disjoint) return r;
    if (!inside) return "partial";
    const r0 = r.r0 >= s.at ? r.r0 + s.n : r.r0;
    const r1 = Math.min(r.r1 + s.n, max - 1);
    return r0 > max - 1 ? null : rect(r0, r.c0, r1, r.c1);
  }
  const end = s.at + s.n - 1;
  if (r.r1 < s.at || disjoint) return r;
  if (!inside) return "partial";
  if (r.r0 > end) return rect(r.r0 - s.n, r.c0, r.r1 - s.n, r.c1);
  const before = Math.max(0, s.at - r.r0);
  const after = Math.max(0, r.r1 - end);
  if (before + after === 0) return null;
  const r0 = Math.min(r.r0, s.at);
  return rect(r0, r.c0, r0 + before + after - 1, r.c1);
}
