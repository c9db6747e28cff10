/**
 * The quadrant chart (象限图, SPEC section 5) as a plan, without Excel: what the chart sheet holds,
 * which points get a label of their own, and how the work is cut into pieces that fit the write
 * budget of a sync. `quadrantChart.ts` turns the plan into Office.js calls.
 *
 * The chart sheet, one block per quadrant, side by side from column Q (the chart sits to its
 * left, over A1 onwards):
 *
 *        Q           R              S        T        U   V  …
 *   1    I 战略伙伴                                         II 客户保留 …
 *   2    客户名称     紧密度（次/月）  交易额    临界
 *   3    张三         0.50           12,000   是
 *
 * Series q takes its X values (closeness) and Y values (amount) from its block's rows, so point i
 * of series q is row 3 + i of block q.
 */
import type { Analysis, CustomerScore } from "../core/analyze";
import { ADDIN_CHARTS } from "./ownedCharts";
import { QUADRANTS, type Quadrant, relationshipName } from "../core/strategy";
import { type Lang, t } from "../core/i18n";
import { a1, columnLetters } from "./address";
import { utf8Length } from "../core/utf8";
import { type OwnedSheetMarker, ownedSheetName } from "./ownedSheet";
import { AMOUNT_FORMAT, CLOSENESS_FORMAT, type OutCell } from "./writeScores";
import { type Box, type LabelPosition, placeLabels } from "./labelLayout";
import { BORDERLINE_MARKER, POINT_MARKER } from "./palette";

/** The chart's name on its sheet (the add-in finds its own chart by it). */
export const CHART_NAME = ADDIN_CHARTS.quadrant.name;
/** The chart sheet's key among the add-in's owned sheets (`ownedSheet.ts`). */
export const CHART_SHEET_KEY = "quadrantChart";
/** Hidden workbook name recording which sheet is the add-in's chart sheet (it follows renames). */
export const CHART_SHEET_NAME_ITEM = ownedSheetName(CHART_SHEET_KEY);

const LANGS: readonly Lang[] = ["zh-CN", "en-US"];
const chartHeaders = (lang: Lang) =>
  ["name", "closeness", "amount", "borderline"].map((k) => t(lang, `excel.chart.header.${k}`));

/**
 * The chart sheet without its hidden name (a copy saved by a program that drops names): named
 * 象限图 / Quadrant chart (or a "(CRM)" form) with the first block's header row (Q2:T2) in
 * either language.
 */
export const CHART_SHEET_MARKER: OwnedSheetMarker = {
  captions: LANGS.map((l) => t(l, "excel.chart.sheet")),
  address: "Q2:T2",
  matches: (values) => LANGS.some((l) => chartHeaders(l).every((h, j) => values[0]?.[j] === h)),
};

/**
 * At most this many labels (and as many borderline marks): each per-point format is a separate
 * command (about 0.7 KB of request) and an element Excel lays out. In practice the layout
 * (labelLayout.ts) runs out of free room first: a label is only drawn where it touches no other.
 */
export const MAX_LABELLED_POINTS = 300;

export const CHART_LAYOUT = {
  /** 0-based column of the first block (Q, right of the chart), columns between block starts, columns per block. */
  col0: 16,
  stride: 5,
  width: 4,
  titleRow0: 0,
  headerRow0: 1,
  firstRow0: 2,
  /** A new chart's place and size in points (a chart the user moved or resized keeps its own). */
  chart: { top: 0, left: 0, width: 720, height: 540 },
} as const;

/**
 * Widths of a block's columns in points (name, closeness, amount, borderline) and of the gap
 * between blocks: set at each refresh, so every figure shows whole and the lists print at a known
 * width (sheetPrint.ts).
 */
export const BLOCK_WIDTHS: readonly number[] = [72, 52, 80, 40];
const GAP_WIDTH = 8;

/** Every column from the first block's to the last block's, in points. */
export function blocksWidths(): number[] {
  const { stride, width } = CHART_LAYOUT;
  return Array.from({ length: stride * (QUADRANTS.length - 1) + width }, (_, i) => BLOCK_WIDTHS[i % stride] ?? GAP_WIDTH);
}

/** Columns the blocks occupy ("Q:AI"): cleared at each refresh before the blocks are written again. */
export function blocksColumns(): string {
  const { col0, stride, width } = CHART_LAYOUT;
  return `${columnLetters(col0)}:${columnLetters(col0 + stride * (QUADRANTS.length - 1) + width - 1)}`;
}

export const BLOCK_FORMATS: readonly string[] = ["@", CLOSENESS_FORMAT, AMOUNT_FORMAT, "General"];

export interface Block {
  quadrant: Quadrant;
  /** Block title and series name: "I 战略伙伴". */
  title: string;
  /**
   * One row per customer of the quadrant: name, closeness, amount, borderline. First the customers
   * the chart draws (amount > 0): the borderline ones, then by amount, largest first, ties in
   * customer-sheet order; then those it cannot draw on the log amount axis (no purchase in the
   * window, or refunds only), in customer-sheet order, listed all the same.
   */
  rows: OutCell[][];
  /** How many of the first rows the series draws. */
  plotted: number;
}

/** A point formatted on its own: a label placed where it overlaps no other, and/or the borderline marker. */
export interface PointFormat {
  block: number;
  index: number;
  /** The label and where it goes; absent for a borderline point that has no room for a label. */
  label?: { text: string; position: LabelPosition; box: Box };
  borderline: boolean;
}

export interface QuadrantChartPlan {
  blocks: Block[];
  /** Where the axes cross: the amount threshold on the value (Y) axis, closeness on the X axis. */
  thresholds: { amount: number; closeness: number };
  /**
   * The crossing as set on the axes: the thresholds, except an amount threshold of 0 (an allowed
   * setting), which has no place on the log amount axis — there the horizontal axis lies at the
   * axis's minimum, below every drawn point, as 0 would be (`chartAxes`).
   */
  crossing: { amount: number; closeness: number };
  /** The axes' bounds, set explicitly so the label layout knows where every point lands. */
  bounds: { x: [number, number]; y: [number, number] };
  headers: string[];
  title: string;
  axisX: string;
  axisY: string;
  /** Sorted by block, then point index. */
  labels: PointFormat[];
  total: number;
}

export function seriesName(q: Quadrant, lang: Lang): string {
  return `${q} ${relationshipName(q, lang)}`;
}

/** What a chart of `size` (points) draws: the blocks, the axes' bounds, the labels laid out so none touches another. */
export function planQuadrantChart(
  analysis: Analysis,
  lang: Lang,
  cap = MAX_LABELLED_POINTS,
  size: { width: number; height: number } = CHART_LAYOUT.chart,
): QuadrantChartPlan {
  const yes = t(lang, "value.yes");
  // Drawn first, the borderline customers, then by amount, largest first (the order their names
  // claim a label, so each list beside the chart starts with the names the chart shows and reads
  // down a stacked column as the column reads down); then the customers a log axis cannot show.
  const byQuadrant = QUADRANTS.map((q) => {
    const all = analysis.scores.filter((s) => s.quadrant === q);
    return [...all.filter(drawable).sort(byClaim), ...all.filter((s) => !drawable(s))];
  });
  const blocks = QUADRANTS.map((q, b): Block => ({
    quadrant: q,
    title: seriesName(q, lang),
    rows: byQuadrant[b].map((s) => [s.name, s.closeness, s.amount, s.borderline ? yes : ""]),
    plotted: byQuadrant[b].filter(drawable).length,
  }));
  const { thresholds, bounds, crossing } = chartAxes(analysis);
  const order = labelOrder(byQuadrant);
  const text = (s: CustomerScore) => {
    const name = s.name || s.id;
    return s.borderline ? t(lang, "excel.chart.borderlineLabel", { name }) : name;
  };
  // The borderline points marked: the first `cap` in the order of claim (each mark is a command),
  // labelled or not.
  const marked = new Set<string>();
  for (const { b, i } of order) if (byQuadrant[b][i].borderline && marked.size < cap) marked.add(`${b}/${i}`);
  const at = (s: CustomerScore) => ({ fx: fraction(s.closeness, bounds.x, false), fy: fraction(s.amount, bounds.y, true) });
  // Every drawn point is an obstacle to every label but its own, at the size it is drawn.
  const markers = order.map(({ b, i }) => ({
    ...at(byQuadrant[b][i]),
    size: marked.has(`${b}/${i}`) ? BORDERLINE_MARKER.size : POINT_MARKER.size,
  }));
  const lines = { x: fraction(crossing.closeness, bounds.x, false), y: fraction(crossing.amount, bounds.y, true) };
  const placed = placeLabels(
    order.map(({ b, i }, k) => ({ ...markers[k], text: text(byQuadrant[b][i]), marker: k })),
    size,
    cap,
    { markers, lines },
  );
  const formats = new Map<string, PointFormat>();
  for (const p of placed) {
    const { b, i } = order[p.index];
    const s = byQuadrant[b][i];
    const key = `${b}/${i}`;
    formats.set(key, { block: b, index: i, label: { text: text(s), position: p.position, box: p.box }, borderline: marked.has(key) });
  }
  for (const key of marked) {
    if (formats.has(key)) continue;
    const [b, i] = key.split("/").map(Number);
    formats.set(key, { block: b, index: i, borderline: true });
  }
  const labels = [...formats.values()].sort((x, y) => x.block - y.block || x.index - y.index);
  const total = analysis.scores.length;
  const drawn = blocks.reduce((a, x) => a + x.plotted, 0);
  const titleParts = [
    placed.length < drawn
      ? t(lang, "excel.chart.titleCapped", { shown: placed.length, total: drawn })
      : t(lang, "excel.chart.title"),
  ];
  // A borderline point whose name has no room is still told apart, and its name is easy to find.
  if (marked.size > 0) titleParts.push(t(lang, "excel.chart.borderlineNote"));
  if (drawn < total) titleParts.push(t(lang, "chart.notDrawn", { count: total - drawn }));
  return {
    blocks,
    thresholds,
    crossing,
    bounds,
    headers: chartHeaders(lang),
    title: titleParts.join(t(lang, "chart.titleSeparator")),
    axisX: t(lang, "excel.chart.axis.closeness"),
    axisY: t(lang, "chart.axis.amountLog"),
    labels,
    total,
  };
}

/**
 * The chart's axes for an analysis: bounds, thresholds and where the axes cross — checked as Excel
 * checks them (a logarithmic axis takes no bound or crossing ≤ 0; a minimum under its maximum), so
 * a refresh stops before its first write rather than in the middle of its write sync, leaving the
 * computed columns written and the chart half drawn (refresh.ts calls this before writing).
 */
export function chartAxes(analysis: Pick<Analysis, "scores" | "thresholds">): {
  thresholds: { amount: number; closeness: number };
  bounds: { x: [number, number]; y: [number, number] };
  crossing: { amount: number; closeness: number };
} {
  const thresholds = { amount: analysis.thresholds.amount, closeness: analysis.thresholds.closeness };
  const bounds = axisBounds(analysis.scores.filter(drawable), thresholds);
  const crossing = { amount: thresholds.amount > 0 ? thresholds.amount : bounds.y[0], closeness: thresholds.closeness };
  const [yMin, yMax] = bounds.y;
  const [xMin, xMax] = bounds.x;
  const fine =
    [yMin, yMax, crossing.amount].every((v) => Number.isFinite(v) && v > 0) &&
    yMin < yMax &&
    [xMin, xMax, crossing.closeness].every(Number.isFinite) &&
    xMin < xMax;
  if (!fine) throw new Error(`quadrant chart axes Excel would refuse: ${JSON.stringify({ bounds, crossing })}`);
  return { thresholds, bounds, crossing };
}

/** On a log amount axis only a positive amount has a place. */
const drawable = (s: CustomerScore) => s.amount > 0;

/**
 * Axis bounds that hold every drawn point and the thresholds, and little else, so the data fill
 * the plot: closeness from 0 to a round number just above the largest; amount from the 1-2-5 step
 * (…, 500, 1,000, 2,000, 5,000 …) below the smallest to the one above the largest — 2.7 M runs to
 * 5 M, not 10 M.
 */
export function axisBounds(
  drawn: readonly CustomerScore[],
  thresholds: { amount: number; closeness: number },
): { x: [number, number]; y: [number, number] } {
  let kMax = thresholds.closeness;
  let aMin = thresholds.amount > 0 ? thresholds.amount : Infinity;
  let aMax = thresholds.amount;
  for (const s of drawn) {
    if (s.closeness > kMax) kMax = s.closeness;
    if (s.amount < aMin) aMin = s.amount;
    if (s.amount > aMax) aMax = s.amount;
  }
  if (!Number.isFinite(aMin)) aMin = 1;
  // A little room past the largest closeness, so its label and marker are not cut at the edge; the
  // bound a multiple of a 1-2-5 step about an eighth of the range, so Excel's ticks stay round.
  const room = Math.max(kMax, 1 / 12) * 1.08;
  const step = step125(room / 8, "down");
  const xMax = round(Math.ceil(room / step - 1e-9) * step);
  // An amount on a step is its own bound (its point on the plot's edge): rounding 1,000 outwards
  // to 500 would give away a third of a decade.
  const yMin = step125(aMin, "down");
  let yMax = step125(Math.max(aMax, aMin), "up");
  if (yMax <= yMin) yMax = step125(yMin * 1.5, "up");
  return { x: [0, xMax], y: [yMin, yMax] };
}

/** The nearest value of the 1-2-5 series (1, 2, 5 times a power of ten) at or above / at or below `v` > 0. */
export function step125(v: number, direction: "up" | "down"): number {
  const decade = 10 ** Math.floor(Math.log10(v));
  const steps = [1, 2, 5, 10].map((m) => round(m * decade));
  if (direction === "up") return steps.find((x) => x >= v * (1 - 1e-12)) ?? steps[3];
  return [...steps].reverse().find((x) => x <= v * (1 + 1e-12)) ?? steps[0];
}

/** Rounds away binary noise (0.1 × 3 = 0.30000000000000004) so a bound reads as typed. */
const round = (v: number) => Number(v.toPrecision(12));

/** Where a value falls between the bounds, 0 … 1 (on a log scale for the amount axis). */
function fraction(v: number, [lo, hi]: [number, number], log: boolean): number {
  return log ? (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo)) : (v - lo) / (hi - lo);
}

/** Borderline customers first, then the larger amount (a stable sort keeps sheet order among equals). */
const byClaim = (x: CustomerScore, y: CustomerScore) => Number(y.borderline) - Number(x.borderline) || y.amount - x.amount;

/**
 * The order in which drawn points may claim a label: the quadrants take turns (so the small III
 * and IV customers are named too, not only the large ones), and within a quadrant the borderline
 * customers come first — the ones the dynamic principle says to watch — then the larger amounts,
 * then customer-sheet order.
 */
export function labelOrder(byQuadrant: readonly (readonly CustomerScore[])[]): { b: number; i: number }[] {
  const lists = byQuadrant.map((list) =>
    list
      .map((s, i) => ({ s, i }))
      .filter((x) => drawable(x.s))
      .sort((x, y) => byClaim(x.s, y.s) || x.i - y.i),
  );
  const out: { b: number; i: number }[] = [];
  for (let k = 0; out.length < lists.reduce((a, l) => a + l.length, 0); k++)
    lists.forEach((l, b) => {
      if (k < l.length) out.push({ b, i: l[k].i });
    });
  return out;
}

// --- addresses ---

export function blockColumn(block: number): number {
  return CHART_LAYOUT.col0 + CHART_LAYOUT.stride * block;
}

/** The X (closeness) and Y (amount) cells of a block's series (only a quadrant with customers has one). */
export function seriesAddresses(block: number, points: number): { x: string; y: string } {
  const c = blockColumn(block);
  const r0 = CHART_LAYOUT.firstRow0;
  const r1 = r0 + Math.max(points, 1) - 1;
  return { x: a1(r0, c + 1, r1, c + 1), y: a1(r0, c + 2, r1, c + 2) };
}

/** The two title and header rows of all blocks, as one write (gap columns empty). */
export function headerRows(plan: QuadrantChartPlan): { address: string; values: OutCell[][] } {
  const { col0, stride, width, titleRow0, headerRow0 } = CHART_LAYOUT;
  const span = stride * (plan.blocks.length - 1) + width;
  const titles: OutCell[] = Array.from({ length: span }, () => "");
  const headers: OutCell[] = Array.from({ length: span }, () => "");
  plan.blocks.forEach((b, k) => {
    titles[k * stride] = b.title;
    plan.headers.forEach((h, j) => (headers[k * stride + j] = h));
  });
  return { address: a1(titleRow0, col0, headerRow0, col0 + span - 1), values: [titles, headers] };
}

// --- cutting the work into syncs ---

/**
 * The chart work in the order it must happen: the sheet (created or cleared, headers), every data
 * row, the chart itself, then each labelled point. Consecutive units go into one sync until the
 * budget is reached; a refused sync is planned again from its first unit.
 */
export type ChartUnit =
  | { kind: "sheet" }
  | { kind: "row"; block: number; row: number }
  | { kind: "chart" }
  | { kind: "point"; label: PointFormat };

/** Estimated request bytes (Office.js JSON: object paths, actions, arguments), generously. */
/** The sheet: made or cleared, its headers, and a width per column of the blocks (19 commands). */
const SHEET_BYTES = 12_000;
/** The chart, its series and axes, and the sheet's page set-up. */
const CHART_BYTES = 12_000;
const POINT_BYTES = 700;
const OP_OVERHEAD = 400;
/** Room kept in every group for the range writes a group boundary splits. */
const GROUP_SLACK = 2 * OP_OVERHEAD;

export function chartUnits(plan: QuadrantChartPlan): { units: ChartUnit[]; costs: number[] } {
  const units: ChartUnit[] = [{ kind: "sheet" }];
  const costs: number[] = [SHEET_BYTES + utf8Length(JSON.stringify(headerRows(plan).values))];
  const formatBytes = utf8Length(JSON.stringify(BLOCK_FORMATS)) + 1;
  plan.blocks.forEach((b, block) =>
    b.rows.forEach((values, row) => {
      units.push({ kind: "row", block, row });
      costs.push(utf8Length(JSON.stringify(values)) + 1 + formatBytes + (row === 0 ? OP_OVERHEAD : 0));
    }),
  );
  units.push({ kind: "chart" });
  costs.push(CHART_BYTES + utf8Length(plan.title + plan.axisX + plan.axisY) + 3 * OP_OVERHEAD);
  for (const label of plan.labels) {
    units.push({ kind: "point", label });
    costs.push(POINT_BYTES + utf8Length(label.label?.text ?? ""));
  }
  return { units, costs };
}

/** A run of units [from, to) sent in one sync, and its estimated bytes. */
export interface UnitGroup {
  from: number;
  to: number;
  bytes: number;
}

/**
 * Cuts units [from, …) into groups: the first within `room` (what the sync it joins has left; it
 * may be empty), the others within `budget`. A unit larger than a whole budget goes alone.
 */
export function packUnits(costs: readonly number[], from: number, room: number, budget: number): UnitGroup[] {
  const groups: UnitGroup[] = [];
  let i = from;
  let limit = room;
  let first = true;
  while (i < costs.length) {
    let bytes = GROUP_SLACK;
    let j = i;
    while (j < costs.length && bytes + costs[j] <= limit) bytes += costs[j++];
    if (j === i && !(first && limit < budget)) bytes += costs[j++];
    groups.push({ from: i, to: j, bytes: j === i ? 0 : bytes });
    i = j;
    limit = budget;
    first = false;
  }
  return groups;
}

/** Consecutive row units of one block within [from, to), as range writes of at most `maxRows` rows. */
export function rowRuns(
  units: readonly ChartUnit[],
  from: number,
  to: number,
  maxRows: number,
): { block: number; row0: number; row1: number }[] {
  const runs: { block: number; row0: number; row1: number }[] = [];
  for (let i = from; i < to; i++) {
    const u = units[i];
    if (u.kind !== "row") continue;
    const last = runs[runs.length - 1];
    if (last && last.block === u.block && last.row1 === u.row - 1 && last.row1 - last.row0 + 1 < maxRows)
      last.row1 = u.row;
    else runs.push({ block: u.block, row0: u.row, row1: u.row });
  }
  return runs;
}
