/**
 * The quadrant chart (象限图, SPEC section 5) as a plan, without Excel: what the chart sheet holds,
 * which points get a label of their own, and how the work is cut into pieces that fit the write
 * budget of a sync. `quadrantChart.ts` turns the plan into Office.js calls.
 *
 * The chart sheet, one block per quadrant, side by side from column L (the chart sits over A1:J24):
 *
 *        L           M              N        O        P   Q  …
 *   1    I 战略伙伴                                         II 客户保留 …
 *   2    客户名称     紧密度(次/月)   交易额    临界
 *   3    张三         0.50           12,000   是
 *
 * Series q takes its X values (closeness) and Y values (amount) from its block's rows, so point i
 * of series q is row 3 + i of block q.
 */
import type { Analysis, CustomerScore } from "../core/analyze";
import { QUADRANTS, type Quadrant, relationshipName } from "../core/strategy";
import { type Lang, t } from "../core/i18n";
import { a1, columnLetters } from "./address";
import { utf8Length } from "../core/utf8";
import { ownedSheetName } from "./ownedSheet";
import { AMOUNT_FORMAT, CLOSENESS_FORMAT, type OutCell } from "./writeScores";

/** The chart's name on its sheet (the add-in finds its own chart by it). */
export const CHART_NAME = "crmQuadrantChart";
/** The chart sheet's key among the add-in's owned sheets (`ownedSheet.ts`). */
export const CHART_SHEET_KEY = "quadrantChart";
/** Hidden workbook name recording which sheet is the add-in's chart sheet (it follows renames). */
export const CHART_SHEET_NAME_ITEM = ownedSheetName(CHART_SHEET_KEY);

/**
 * Points given a label (and, when borderline, a marker) of their own. Every customer is labelled up
 * to this many; past it the chart is a cloud in which hundreds of names overlap anyway, each
 * per-point format is a separate command (about 0.7 KB of request) and a separate element Excel has
 * to lay out, so the labels go to the points that matter most — see `chooseLabelled`.
 */
export const MAX_LABELLED_POINTS = 300;

export const CHART_LAYOUT = {
  /** 0-based column of the first block (L), columns between block starts, columns per block. */
  col0: 11,
  stride: 5,
  width: 4,
  titleRow0: 0,
  headerRow0: 1,
  firstRow0: 2,
  /** Where a new chart goes (a chart the user moved or resized keeps its place). */
  chartFrom: "A1",
  chartTo: "J24",
} as const;

/** Columns the blocks occupy ("L:AD"): cleared at each refresh before the blocks are written again. */
export function blocksColumns(): string {
  const { col0, stride, width } = CHART_LAYOUT;
  return `${columnLetters(col0)}:${columnLetters(col0 + stride * (QUADRANTS.length - 1) + width - 1)}`;
}

export const BLOCK_FORMATS: readonly string[] = ["@", CLOSENESS_FORMAT, AMOUNT_FORMAT, "General"];

export interface Block {
  quadrant: Quadrant;
  /** Block title and series name: "I 战略伙伴". */
  title: string;
  /** One row per customer of the quadrant, in customer-sheet order: name, closeness, amount, borderline. */
  rows: OutCell[][];
}

/** A point that gets its own label (and borderline marker). */
export interface PointFormat {
  block: number;
  index: number;
  text: string;
  borderline: boolean;
}

export interface QuadrantChartPlan {
  blocks: Block[];
  /** Where the axes cross: the amount threshold on the value (Y) axis, closeness on the X axis. */
  thresholds: { amount: number; closeness: number };
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

export function planQuadrantChart(analysis: Analysis, lang: Lang, cap = MAX_LABELLED_POINTS): QuadrantChartPlan {
  const byQuadrant = QUADRANTS.map((q) => analysis.scores.filter((s) => s.quadrant === q));
  const yes = t(lang, "value.yes");
  const blocks = QUADRANTS.map((q, b): Block => ({
    quadrant: q,
    title: seriesName(q, lang),
    rows: byQuadrant[b].map((s) => [s.name, s.closeness, s.amount, s.borderline ? yes : ""]),
  }));
  const chosen = chooseLabelled(byQuadrant, cap);
  const labels: PointFormat[] = [];
  chosen.forEach((indexes, b) => {
    for (const i of indexes) {
      const s = byQuadrant[b][i];
      const name = s.name || s.id;
      labels.push({
        block: b,
        index: i,
        text: s.borderline ? t(lang, "excel.chart.borderlineLabel", { name }) : name,
        borderline: s.borderline,
      });
    }
  });
  const total = analysis.scores.length;
  return {
    blocks,
    thresholds: { amount: analysis.thresholds.amount, closeness: analysis.thresholds.closeness },
    headers: [
      t(lang, "excel.chart.header.name"),
      t(lang, "excel.chart.header.closeness"),
      t(lang, "excel.chart.header.amount"),
      t(lang, "excel.chart.header.borderline"),
    ],
    title:
      labels.length < total
        ? t(lang, "excel.chart.titleCapped", { shown: labels.length, total })
        : t(lang, "excel.chart.title"),
    axisX: t(lang, "excel.chart.axis.closeness"),
    axisY: t(lang, "excel.chart.axis.amount"),
    labels,
    total,
  };
}

/**
 * Which points of each quadrant get a label: all of them when the book has at most `cap`
 * customers. Past that, `cap` labels shared fairly between the quadrants (a quadrant with fewer
 * points leaves its share to the others), and within a quadrant the borderline customers first —
 * the ones the dynamic principle says to watch, so they are marked too — then the largest amounts,
 * then customer-sheet order. Returns point indexes per quadrant, ascending.
 */
export function chooseLabelled(byQuadrant: readonly (readonly CustomerScore[])[], cap: number): number[][] {
  const sizes = byQuadrant.map((list) => list.length);
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total <= cap) return sizes.map((n) => Array.from({ length: n }, (_, i) => i));
  const shares = fairShares(sizes, cap);
  return byQuadrant.map((list, b) =>
    list
      .map((s, i) => ({ s, i }))
      .sort(
        (x, y) =>
          Number(y.s.borderline) - Number(x.s.borderline) || Math.abs(y.s.amount) - Math.abs(x.s.amount) || x.i - y.i,
      )
      .slice(0, shares[b])
      .map((x) => x.i)
      .sort((a, c) => a - c),
  );
}

/** Splits `cap` between groups of the given sizes: equal shares, a small group's unused share going to the rest. */
export function fairShares(sizes: readonly number[], cap: number): number[] {
  const shares = sizes.map(() => 0);
  let left = cap;
  const order = sizes.map((n, i) => ({ n, i })).sort((a, b) => a.n - b.n || a.i - b.i);
  order.forEach(({ n, i }, k) => {
    const share = Math.min(n, Math.floor(left / (order.length - k)));
    shares[i] = share;
    left -= share;
  });
  // What flooring left over goes to the groups that still have points, largest first.
  for (const { n, i } of [...order].reverse()) {
    if (left <= 0) break;
    if (shares[i] < n) {
      shares[i]++;
      left--;
    }
  }
  return shares;
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
const SHEET_BYTES = 4_000;
const CHART_BYTES = 10_000;
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
    costs.push(POINT_BYTES + utf8Length(label.text));
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
