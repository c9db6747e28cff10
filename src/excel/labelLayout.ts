/**
 * Where the quadrant chart's name labels go, decided before anything is sent to Excel, so that no
 * label is drawn over another label, over another customer's marker or over the threshold lines
 * (docs/DECISIONS.md, "A quadrant chart a person can read").
 *
 * Office.js gives a point's label a position (Right, Left, Top, Bottom), not coordinates, and Excel
 * does not move labels out of each other's way. So the plan estimates the plot area and each
 * label's box, in points, and places labels greedily, most important first: a label is drawn only
 * where its box touches no label already placed, no marker and no threshold line (trying right,
 * left, above, below its point). Everything is estimated on the safe side: the plot area smaller
 * than Excel makes it (margins for title, axis titles, tick labels and legend, generously) — a
 * larger real plot area only moves the points further apart — and the text wider than
 * Calibri/YaHei at the label's size.
 */

/** Label font size in points: Excel's default for data labels (the add-in does not change it). */
export const LABEL_FONT_SIZE = 9;
/** Excel's Right/Left/Top/Bottom label sits this far from the point's centre (marker radius + gap). */
const OFFSET = 7;
/** Empty room kept around each label box. */
const PAD = 1.5;
/**
 * Empty room between a label and a marker: less, as the marker's estimate already includes its
 * outline, and a customer whose marker lies under the labelled one's (the same figures) must not
 * cost it its name.
 */
const MARKER_PAD = 0.5;
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
  /** The candidate's own marker among the obstacles' markers (its label sits beside it, not on another). */
  marker?: number;
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
function mayOverlap(p: Placed, q: Placed, pad = PAD): boolean {
  return (
    closest(p.ox - q.ox, p.ax - q.ax) < p.hw + q.hw + pad && closest(p.oy - q.oy, p.ay - q.ay) < p.hh + q.hh + pad
  );
}

/** Excel's axis line is 0.75 pt wide; a label keeps clear of it on the safe side. */
export const LINE_HALF_WIDTH = 1;

/** What a label must not cover besides other labels: every drawn marker and the threshold lines. */
export interface Obstacles {
  /** Every drawn point: where (fractions of the axes, as candidates) and its marker's size in points (Excel's markerSize). */
  markers: readonly { fx: number; fy: number; size: number }[];
  /** The vertical threshold line at this fraction of the X axis, the horizontal one at this fraction of the Y axis. */
  lines: { x?: number; y?: number };
}

/** A marker's half-size in points: Excel draws a marker of size n about n points across, plus its outline. */
export const markerRadius = (size: number): number => size / 2 + 0.5;

/**
 * Markers found by position in a grid of the estimated plot (points): a label need only be tested
 * against the markers near its own point, which keeps the layout linear in the number of points.
 */
class MarkerGrid {
  private readonly cells = new Map<number, Placed[]>();
  /** The largest marker's half-size: how far beyond a box a marker's centre can still touch it. */
  private reach = 0;
  constructor(private readonly cell: number) {}

  add(m: Placed): void {
    const key = this.key(Math.floor(m.ax / this.cell), Math.floor(m.ay / this.cell));
    const list = this.cells.get(key);
    if (list) list.push(m);
    else this.cells.set(key, [m]);
    this.reach = Math.max(this.reach, m.hw, m.hh);
  }

  /** One number per cell (a chart is far less than 10,000 cells high). */
  private key(cx: number, cy: number): number {
    return cx * 10_000 + cy;
  }

  /** Whether any marker but `own` can touch the label for some plot scale in `SCALE_RANGE`. */
  hits(p: Placed, own: Placed | undefined): boolean {
    // Over the scale range the label's centre is s·a + o and a marker's s·m, so only markers with
    // |a − m| < (|o| + half-size + reach + pad) / s_min on each axis can touch it.
    const rx = (Math.abs(p.ox) + p.hw + this.reach + MARKER_PAD) / SCALE_RANGE.min;
    const ry = (Math.abs(p.oy) + p.hh + this.reach + MARKER_PAD) / SCALE_RANGE.min;
    for (let cx = Math.floor((p.ax - rx) / this.cell); cx <= Math.floor((p.ax + rx) / this.cell); cx++)
      for (let cy = Math.floor((p.ay - ry) / this.cell); cy <= Math.floor((p.ay + ry) / this.cell); cy++)
        for (const m of this.cells.get(this.key(cx, cy)) ?? []) if (m !== own && mayOverlap(p, m, MARKER_PAD)) return true;
    return false;
  }
}

/**
 * Places labels for the candidates, in the order given (most important first), at most `cap`.
 * A label must fit inside the chart and be unable to touch any label already placed, any marker
 * but its own point's, or a threshold line, however Excel's plot area turns out within
 * `SCALE_RANGE`; a candidate with no such position gets no label.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  chart: { width: number; height: number },
  cap: number,
  obstacles: Obstacles = { markers: [], lines: {} },
): PlacedLabel[] {
  const area = plotArea(chart.width, chart.height);
  const w = area.x1 - area.x0;
  const h = area.y1 - area.y0;
  const markers = obstacles.markers.map(
    (m): Placed => ({ ax: m.fx * w, ay: (1 - m.fy) * h, ox: 0, oy: 0, hw: markerRadius(m.size), hh: markerRadius(m.size) }),
  );
  const grid = new MarkerGrid(24);
  for (const m of markers) grid.add(m);
  const lineX = obstacles.lines.x === undefined ? undefined : obstacles.lines.x * w;
  const lineY = obstacles.lines.y === undefined ? undefined : (1 - obstacles.lines.y) * h;
  // A line scales with the plot as points do: the same test as a marker, unbounded along the line.
  const crossesLine = (p: Placed) =>
    (lineX !== undefined && closest(p.ox, p.ax - lineX) < p.hw + LINE_HALF_WIDTH + PAD) ||
    (lineY !== undefined && closest(p.oy, p.ay - lineY) < p.hh + LINE_HALF_WIDTH + PAD);
  const placed: PlacedLabel[] = [];
  const kept: Placed[] = [];
  for (let i = 0; i < candidates.length && placed.length < cap; i++) {
    const c = candidates[i];
    const ax = c.fx * w;
    const ay = (1 - c.fy) * h;
    const own = c.marker === undefined ? undefined : markers[c.marker];
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
      if (!inside(me, chart, area) || crossesLine(me) || grid.hits(me, own)) continue;
      // At most `cap` (300) labels are kept: testing them all is cheaper than indexing them.
      if (kept.some((k) => mayOverlap(me, k))) continue;
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
