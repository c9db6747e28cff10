/**
 * No label drawn over another, over another customer's marker or over a threshold line on the
 * quadrant chart (issues 14 and 25): checked in chart coordinates on the plan's label boxes, the
 * markers as Excel draws them and the two axis lines at the thresholds, for the demo books of 40,
 * 300 and 2,000 customers and 300 customers with log-normal amounts, and over the whole range of
 * plot sizes Excel may actually draw (the boxes are estimates, so the layout keeps them apart with
 * room to spare).
 */
import { analyze } from "../../src/core/analyze";
import type { Lang } from "../../src/core/i18n";
import type { RawBook, RawTable, TableKey } from "../../src/core/table";
import { demoBook } from "../../src/demo/demoBook";
import { CHART_LAYOUT, type QuadrantChartPlan, axisBounds, planQuadrantChart } from "../../src/excel/chartPlan";
import { BORDERLINE_MARKER, POINT_MARKER } from "../../src/excel/palette";
import { type Box, SCALE_RANGE, labelBox, overlaps, placeLabels, plotArea, textWidth } from "../../src/excel/labelLayout";
import type { CustomerScore } from "../../src/core/analyze";
import { book, day, table } from "../support/rawBook";
import { lognormalBook } from "../fixtures/lognormal";

function lognormalAnalysis(n: number) {
  const { customers, purchases } = lognormalBook(n);
  return analyze(
    book({
      customers: table("客户", customers[0] as string[], customers.slice(1)),
      purchases: table("购买记录", purchases[0] as string[], purchases.slice(1)),
    }),
    { asOf: day("2026-11-30"), lang: "zh-CN" },
  );
}

const analysed = new Map<string, ReturnType<typeof analyze>>();

/** The workbench's demo book of `n` customers (the same generator, the same date), analysed (once per test file). */
function demoAnalysis(n: number, lang: Lang) {
  const key = `${n}/${lang}`;
  if (!analysed.has(key)) analysed.set(key, analyzeDemo(n, lang));
  return analysed.get(key)!;
}

function analyzeDemo(n: number, lang: Lang) {
  const asOf = day("2026-03-05");
  const demo = demoBook({ lang, asOf, customers: n });
  const tables: Partial<Record<TableKey, RawTable>> = {};
  for (const t of Object.values(demo.tables))
    tables[t.key] = { sheet: t.sheet, headerRow: 1, firstColumn: 0, headers: t.headers, rows: t.rows };
  const raw: RawBook = { tables, date1904: false };
  return analyze(raw, { today: asOf, lang });
}

const pairs = (boxes: Box[]) => {
  const out: [number, number][] = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i], boxes[j], 0)) out.push([i, j]);
  return out;
};

/** Excel's axis line: 0.75 pt wide. */
const LINE_HALF = 0.375;

/**
 * Everything drawn on the plot, in chart coordinates, for a plot `sx` × `sy` times the planned
 * one: each label's box, every marker's box (its size in points, centred on its point) and the
 * two threshold lines — computed from the blocks' values and the axes' bounds, as Excel places them.
 */
function drawn(plan: QuadrantChartPlan, sx: number, sy: number) {
  const { width, height } = CHART_LAYOUT.chart;
  const area = plotArea(width, height);
  const log = (v: number) => Math.log10(v);
  const x = (k: number) => area.x0 + ((k - plan.bounds.x[0]) / (plan.bounds.x[1] - plan.bounds.x[0])) * (area.x1 - area.x0) * sx;
  const y = (a: number) =>
    area.y0 + (1 - (log(a) - log(plan.bounds.y[0])) / (log(plan.bounds.y[1]) - log(plan.bounds.y[0]))) * (area.y1 - area.y0) * sy;
  const marked = new Set(plan.labels.filter((l) => l.borderline).map((l) => `${l.block}/${l.index}`));
  const markers = plan.blocks.flatMap((b, block) =>
    b.rows.slice(0, b.plotted).map((row, index) => {
      const half = (marked.has(`${block}/${index}`) ? BORDERLINE_MARKER.size : POINT_MARKER.size) / 2;
      const px = x(row[1] as number);
      const py = y(row[2] as number);
      return { key: `${block}/${index}`, box: { x0: px - half, y0: py - half, x1: px + half, y1: py + half } };
    }),
  );
  const labels = plan.labels.flatMap((l) => {
    if (!l.label) return [];
    const row = plan.blocks[l.block].rows[l.index];
    return [{ key: `${l.block}/${l.index}`, box: labelBox(x(row[1] as number), y(row[2] as number), l.label.text, l.label.position) }];
  });
  const vx = x(plan.crossing.closeness);
  const hy = y(plan.crossing.amount);
  const lines: Box[] = [
    { x0: vx - LINE_HALF, y0: area.y0, x1: vx + LINE_HALF, y1: area.y0 + (area.y1 - area.y0) * sy },
    { x0: area.x0, y0: hy - LINE_HALF, x1: area.x0 + (area.x1 - area.x0) * sx, y1: hy + LINE_HALF },
  ];
  return { labels, markers, lines };
}

/** What a label covers at one plot scale: another label, another customer's marker, a threshold line. */
function covered(plan: QuadrantChartPlan, sx: number, sy: number): string[] {
  const { labels, markers, lines } = drawn(plan, sx, sy);
  const out = pairs(labels.map((l) => l.box)).map(([i, j]) => `label ${labels[i].key} on label ${labels[j].key}`);
  for (const l of labels) {
    for (const m of markers) if (m.key !== l.key && overlaps(l.box, m.box, 0)) out.push(`label ${l.key} on marker ${m.key}`);
    lines.forEach((line, k) => {
      if (overlaps(l.box, line, 0)) out.push(`label ${l.key} on the ${k ? "amount" : "closeness"} threshold`);
    });
  }
  return out;
}

const SCALES = [SCALE_RANGE.min, 1, SCALE_RANGE.max];

function expectNothingCovered(plan: QuadrantChartPlan): void {
  for (const sx of SCALES) for (const sy of SCALES) expect([sx, sy, covered(plan, sx, sy)]).toEqual([sx, sy, []]);
}

describe("the quadrant chart's labels", () => {
  const analysis = lognormalAnalysis(300);
  const plan = planQuadrantChart(analysis, "zh-CN");
  const labels = plan.labels.filter((l) => l.label).map((l) => l.label!);

  it("at 300 log-normal customers: a good number of names, none over another name, a marker or a threshold line", () => {
    const amounts = analysis.scores.map((s) => s.amount).filter((a) => a > 0);
    expect(Math.max(...amounts) / Math.min(...amounts)).toBeGreaterThan(1000); // the case the issue describes
    expect(labels.length).toBeGreaterThanOrEqual(60);
    expectNothingCovered(plan);
  });

  // Named (at the estimated plot size) at least: 40 customers most of them, larger books a readable few dozen.
  const enough = { 40: 20, 300: 20, 2000: 20 } as const;
  for (const lang of ["zh-CN", "en-US"] as const)
    for (const n of [40, 300, 2000] as const)
      it(`the ${n}-customer demo book in ${lang}: no name over another name, another customer's marker or a threshold line`, () => {
        const demo = demoAnalysis(n, lang);
        const p = planQuadrantChart(demo, lang);
        expect(p.labels.filter((l) => l.label).length).toBeGreaterThanOrEqual(enough[n]);
        expectNothingCovered(p);
      });

  it("a label the layout would put across a threshold line or on a neighbour's marker is caught by this check", () => {
    // The check itself can fail: the same plan with one label moved onto the crossing.
    const moved = structuredClone(plan);
    const first = moved.labels.find((l) => l.label)!;
    const row = moved.blocks[first.block].rows[first.index];
    row[1] = moved.crossing.closeness;
    row[2] = moved.crossing.amount;
    expect(covered(moved, 1, 1).some((c) => c.includes("threshold"))).toBe(true);
  });

  it("fits the amount axis to the data: the 1-2-5 steps around the smallest and the largest amount", () => {
    const scores = [800, 52_000, 2_683_800].map((amount) => ({ amount, closeness: 0.5 }) as CustomerScore);
    expect(axisBounds(scores, { amount: 52_000, closeness: 1 / 3 }).y).toEqual([500, 5_000_000]);
    for (const n of [40, 300, 2000]) {
      const demo = demoAnalysis(n, "zh-CN");
      const amounts = demo.scores.map((s) => s.amount).filter((a) => a > 0);
      const [lo, hi] = planQuadrantChart(demo, "zh-CN").bounds.y;
      // Within one 1-2-5 step (at most ×2.5) of the data.
      expect(lo).toBeLessThanOrEqual(Math.min(...amounts));
      expect(lo * 2.5).toBeGreaterThan(Math.min(...amounts));
      expect(hi).toBeGreaterThanOrEqual(Math.max(...amounts));
      expect(hi).toBeLessThan(Math.max(...amounts) * 2.5);
    }
  });

  it("names the borderline customers before the others of their quadrant, and marks every borderline point", () => {
    const marked = plan.labels.filter((l) => l.borderline).length;
    expect(marked).toBe(analysis.scores.filter((s) => s.borderline && s.amount > 0).length);
    const named = new Set(labels.map((l) => l.text));
    const borderlineNamed = analysis.scores.filter((s) => s.borderline && named.has(`${s.name}（临界）`)).length;
    expect(borderlineNamed).toBeGreaterThan(0);
  });

  it("keeps labels apart however much larger or smaller Excel draws the plot area", () => {
    const candidates = Array.from({ length: 400 }, (_, i) => ({
      fx: ((i * 37) % 101) / 100,
      fy: ((i * 53) % 97) / 96,
      text: i % 3 ? `客户${i}` : `Customer ${i}`,
    }));
    const size = { width: 720, height: 540 };
    const placed = placeLabels(candidates, size, 300);
    expect(placed.length).toBeGreaterThan(30);
    const area = plotArea(size.width, size.height);
    for (const s of [SCALE_RANGE.min, 1, SCALE_RANGE.max]) {
      const boxes = placed.map((p) => {
        const x = area.x0 + (p.point.x - area.x0) * s;
        const y = area.y0 + (p.point.y - area.y0) * s;
        return labelBox(x, y, candidates[p.index].text, p.position);
      });
      expect([s, pairs(boxes)]).toEqual([s, []]);
    }
  });

  it("estimates Chinese names a full em per character and Latin text narrower", () => {
    expect(textWidth("王芳")).toBeGreaterThan(textWidth("Ann"));
    expect(textWidth("王芳王芳")).toBeCloseTo(2 * textWidth("王芳") - 4);
  });
});
