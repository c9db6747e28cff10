/**
 * No label drawn over another on the quadrant chart (issue 14): checked on the plan's label boxes
 * for 300 customers with log-normal amounts, and over the whole range of plot sizes Excel may
 * actually draw (the boxes are estimates, so the layout keeps them apart with room to spare).
 */
import { analyze } from "../../src/core/analyze";
import { planQuadrantChart } from "../../src/excel/chartPlan";
import { type Box, SCALE_RANGE, labelBox, overlaps, placeLabels, plotArea, textWidth } from "../../src/excel/labelLayout";
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

const pairs = (boxes: Box[]) => {
  const out: [number, number][] = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i], boxes[j], 0)) out.push([i, j]);
  return out;
};

describe("the quadrant chart's labels", () => {
  const analysis = lognormalAnalysis(300);
  const plan = planQuadrantChart(analysis, "zh-CN");
  const labels = plan.labels.filter((l) => l.label).map((l) => l.label!);

  it("at 300 log-normal customers: a good number of names, none drawn over another", () => {
    const amounts = analysis.scores.map((s) => s.amount).filter((a) => a > 0);
    expect(Math.max(...amounts) / Math.min(...amounts)).toBeGreaterThan(1000); // the case the issue describes
    expect(labels.length).toBeGreaterThanOrEqual(60);
    expect(pairs(labels.map((l) => l.box))).toEqual([]);
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
