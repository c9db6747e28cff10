/**
 * Where the quadrant chart's name labels go, decided before anything is sent to Excel, so that no
 * label is drawn over another (docs/DECISIONS.md, "A quadrant chart a person can read").
 *
 * Office.js gives a point's label a position (Right, Left, Top, Bottom), not coordinates, and Excel
 * does not move labels out of each other's way. So the plan estimates the plot area and each
 * label's box, in points, and places labels greedily, most important first: a label is drawn only
 * where its box overlaps no label already placed (trying right, left, above, below its point).
 * Everything is estimated on the safe side: the plot area smaller than Excel makes it (margins for
 * title, axis titles, tick labels and legend, generously) — a larger real plot area only moves the
 * points further apart — and the text wider than Calibri/YaHei at the label's size.
 */

/** Label font size in points: Excel's default for data labels (the add-in does not change it). */
export const LABEL_FONT_SIZE = 9;
/** Excel's Right/Left/Top/Bottom label sits this far from the point's centre (marker radius + gap). */
const OFFSET = 7;
/** Empty room kept around each label box. */
const PAD = 1.5;
/** The chart area's margins around the plot area, on the large side. */
const MARGINS = { left: 70, right: 24, top: 48, bottom: 90 };

export type LabelPosition = "Right" | "Left" | "Top" | "Bottom";
const POSITIONS: readonly LabelPosition[] = ["Right", "Left", "Top", "Bottom"];

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelCandidate {
  /** Where the point is in the plot, as fractions of the axes (0 = left / bottom, 1 = right / top). */
  fx: number;
  fy: number;
  text: string;
}

export interface PlacedLabel {
  /** Index into the candidates. */
  index: number;
  position: LabelPosition;
  /** The label's box and its point, in points from the chart's top-left, for the estimated plot area. */
  box: Box;
  point: { x: number; y: number };
}

/** The plot area, in points from the chart's top-left corner, for a chart of this size. */
export function plotArea(width: number, height: number): Box {
  return {
    x0: MARGINS.left,
    y0: MARGINS.top,
    x1: Math.max(MARGINS.left + 1, width - MARGINS.right),
    y1: Math.max(MARGINS.top + 1, height - MARGINS.bottom),
  };
}

/** The text's width in points, on the wide side: CJK and other wide characters a full em, the rest 0.62 em. */
export function textWidth(text: string, size = LABEL_FONT_SIZE): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) || ch.codePointAt(0)! > 0xffff ? size : size * 0.62;
  return w + 4;
}

/** The box of a label at a point (in points, y downwards), for one position. */
export function labelBox(px: number, py: number, text: string, position: LabelPosition): Box {
  const w = textWidth(text);
  const h = LABEL_FONT_SIZE * 1.45;
  switch (position) {
    case "Right":
      return { x0: px + OFFSET, y0: py - h / 2, x1: px + OFFSET + w, y1: py + h / 2 };
    case "Left":
      return { x0: px - OFFSET - w, y0: py - h / 2, x1: px - OFFSET, y1: py + h / 2 };
    case "Top":
      return { x0: px - w / 2, y0: py - OFFSET - h, x1: px + w / 2, y1: py - OFFSET };
    case "Bottom":
      return { x0: px - w / 2, y0: py + OFFSET, x1: px + w / 2, y1: py + OFFSET + h };
  }
}

export function overlaps(a: Box, b: Box, pad = PAD): boolean {
  return a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;
}

/**
 * How much larger or smaller than the estimate Excel's plot area may turn out (its margins depend
 * on the fonts, the title's length, the legend): labels must stay apart over this whole range.
 */
export const SCALE_RANGE = { min: 0.85, max: 1.3 } as const;

/** A placed label as its centre at the estimated scale, split into the point (which scales) and the offset (which does not). */
interface Placed {
  ax: number;
  ay: number;
  ox: number;
  oy: number;
  hw: number;
  hh: number;
}

/** min over s in [min, max] of |a + b·s| (a linear function's distance from zero on an interval). */
function closest(a: number, b: number): number {
  const { min, max } = SCALE_RANGE;
  const lo = a + b * min;
  const hi = a + b * max;
  return lo <= 0 === hi <= 0 ? Math.min(Math.abs(lo), Math.abs(hi)) : 0;
}

/**
 * Whether two labels can touch for some plot-area scale in `SCALE_RANGE` (the axes scale
 * independently): their centres are `s·Δpoint + Δoffset` apart on each axis.
 */
function mayOverlap(p: Placed, q: Placed): boolean {
  return (
    closest(p.ox - q.ox, p.ax - q.ax) < p.hw + q.hw + PAD && closest(p.oy - q.oy, p.ay - q.ay) < p.hh + q.hh + PAD
  );
}

/**
 * Places labels for the candidates, in the order given (most important first), at most `cap`.
 * A label must fit inside the chart and be unable to touch any label already placed, however
 * Excel's plot area turns out within `SCALE_RANGE`; a candidate with no such position gets no label.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  chart: { width: number; height: number },
  cap: number,
): PlacedLabel[] {
  const area = plotArea(chart.width, chart.height);
  const w = area.x1 - area.x0;
  const h = area.y1 - area.y0;
  const placed: PlacedLabel[] = [];
  const kept: Placed[] = [];
  for (let i = 0; i < candidates.length && placed.length < cap; i++) {
    const c = candidates[i];
    const ax = c.fx * w;
    const ay = (1 - c.fy) * h;
    for (const position of POSITIONS) {
      const box = labelBox(ax, ay, c.text, position);
      const me: Placed = {
        ax,
        ay,
        ox: (box.x0 + box.x1) / 2 - ax,
        oy: (box.y0 + box.y1) / 2 - ay,
        hw: (box.x1 - box.x0) / 2,
        hh: (box.y1 - box.y0) / 2,
      };
      // At most `cap` (300) labels are kept: testing them all is cheaper than indexing them.
      if (!inside(me, chart, area) || kept.some((k) => mayOverlap(me, k))) continue;
      placed.push({
        index: i,
        position,
        box: { x0: box.x0 + area.x0, y0: box.y0 + area.y0, x1: box.x1 + area.x0, y1: box.y1 + area.y0 },
        point: { x: ax + area.x0, y: ay + area.y0 },
      });
      kept.push(me);
      break;
    }
  }
  return placed;
}

/** The label stays within the chart (Excel would push a label inwards, onto others). */
function inside(p: Placed, chart: { width: number; height: number }, area: Box): boolean {
  const cx = area.x0 + p.ax + p.ox;
  const cy = area.y0 + p.ay + p.oy;
  return cx - p.hw >= area.x0 - 8 && cx + p.hw <= chart.width - 6 && cy - p.hh >= 6 && cy + p.hh <= area.y1 + 8;
}
