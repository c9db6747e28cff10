import type { CustomerScore } from "../../src/core/analyze";
import { QUADRANTS, type Quadrant } from "../../src/core/strategy";
import { QUADRANT_COLORS, QUADRANT_MARKERS } from "../../src/excel/palette";
import {
  CHART_NAME,
  CHART_SHEET_NAME_ITEM,
  MAX_LABELLED_POINTS,
  labelOrder,
  planQuadrantChart,
  packUnits,
} from "../../src/excel/chartPlan";
import type { ChartInfo, ChartSeriesInfo } from "../../src/fake-excel/inspect";
import type { FakeExcel } from "../../src/fake-excel";
import { TREND_CHART_NAME } from "../../src/excel/dashboardPlan";
import { type Row, type Setup, cellMap, open, scoredBook, serial } from "./support";

const SHEET = "象限图";
const ZH_SERIES = ["I 战略伙伴", "II 客户保留", "III 建立关系", "IV 客户开发"];

/**
 * Six customers whose places are known by hand (as of 2026-03-31, 12-month window, no bad payments):
 * amounts 4000, 5000, 100, 300, 0, 1000 → amount threshold = median of the positive ones = 1000;
 * closeness 4/12, 1/12, 1/12, 3/12, 0, 2/12 → closeness threshold = 2/12.
 *   甲 I, 乙 II, 丙 III, 丁 IV, 戊 III (no purchase), 己 I and borderline (amount exactly 1000).
 */
const CUSTOMERS: Row[] = [
  ["客户编号", "客户名称", "电话"],
  ["C1", "甲", "1"],
  ["C2", "乙", "2"],
  ["C3", "丙", "3"],
  ["C4", "丁", "4"],
  ["C5", "戊", "5"],
  ["C6", "己", "6"],
];
const purchase = (id: string, date: string, amount: number): Row => [id, serial(date), "基金", amount, "正常"];
const PURCHASES: Row[] = [
  ["客户编号", "日期", "产品", "金额", "回款状态"],
  purchase("C1", "2026-01-05", 1000),
  purchase("C1", "2026-02-05", 1000),
  purchase("C1", "2026-03-05", 1000),
  purchase("C1", "2026-03-10", 1000),
  purchase("C2", "2026-02-01", 5000),
  purchase("C3", "2026-02-01", 100),
  purchase("C4", "2026-01-10", 100),
  purchase("C4", "2026-02-10", 100),
  purchase("C4", "2026-03-10", 100),
  purchase("C6", "2026-01-20", 500),
  purchase("C6", "2026-03-20", 500),
];

async function knownBook(lang: "zh-CN" | "en-US" = "zh-CN", english = false): Promise<Setup> {
  const s = open();
  const u = s.fake.workbook.user;
  const [customers, purchases] = english ? ["Customers", "Purchases"] : ["客户", "购买记录"];
  u.renameSheet("Sheet1", customers);
  u.setValues(customers, "A1", english ? [["Customer ID", "Name", "Phone"], ...CUSTOMERS.slice(1)] : CUSTOMERS);
  u.addSheet(purchases);
  u.setValues(purchases, "A1", english ? [["Customer ID", "Date", "Product", "Amount", "Payment status"], ...PURCHASES.slice(1)] : PURCHASES);
  await s.host.setup(lang);
  return s;
}

function theChart(fake: FakeExcel, sheet = SHEET): ChartInfo {
  const charts = fake.workbook.chartsOf(sheet);
  expect(charts).toHaveLength(1);
  return charts[0];
}

/** Every chart in the workbook, with its sheet — but the dashboard's trend chart (dashboard.test.ts). */
function allCharts(fake: FakeExcel): { sheet: string; chart: ChartInfo }[] {
  return fake.workbook
    .sheetNames()
    .flatMap((sheet) => fake.workbook.chartsOf(sheet).map((chart) => ({ sheet, chart })))
    .filter((c) => c.chart.name !== TREND_CHART_NAME);
}

/**
 * The customers of each quadrant as analyze placed them, in the order the chart's lists show them:
 * the borderline first, then the larger amount, then sheet order.
 */
function byQuadrant(scores: readonly CustomerScore[]): Record<Quadrant, CustomerScore[]> {
  const order = (x: CustomerScore, y: CustomerScore) =>
    Number(y.borderline) - Number(x.borderline) || y.amount - x.amount || x.index - y.index;
  return Object.fromEntries(QUADRANTS.map((q) => [q, scores.filter((s) => s.quadrant === q).sort(order)])) as Record<
    Quadrant,
    CustomerScore[]
  >;
}

/** Point index → label text of a series. */
function labelsOf(series: ChartSeriesInfo): Map<number, string> {
  return new Map(series.points.filter((p) => p.hasDataLabel).map((p) => [p.index, p.dataLabel?.text ?? ""]));
}

/** One series per quadrant that has customers to draw, in quadrant order, holding exactly those (amount > 0, the log axis). */
function expectSeriesMatch(chart: ChartInfo, scores: readonly CustomerScore[]): void {
  const groups = byQuadrant(scores.filter((s) => s.amount > 0));
  const present = QUADRANTS.filter((q) => groups[q].length > 0);
  expect(chart.series.map((s) => s.name.split(" ")[0])).toEqual(present);
  present.forEach((q, k) => {
    expect(chart.series[k].xValues).toEqual(groups[q].map((c) => c.closeness));
    expect(chart.series[k].values).toEqual(groups[q].map((c) => c.amount));
  });
}

async function namesInBook(): Promise<{ name: string; formula: string; visible: boolean }[]> {
  return Excel.run(async (ctx) => {
    const names = ctx.workbook.names.load("items/name,items/formula,items/visible");
    await ctx.sync();
    return names.items.map((n) => ({ name: n.name, formula: String(n.formula), visible: n.visible }));
  });
}

describe("quadrant chart", () => {
  test("refresh draws one XY scatter on the chart sheet with one series per quadrant holding its customers' closeness and amount", async () => {
    const { fake, host } = await knownBook();
    const result = await host.refresh("zh-CN");
    const q = Object.fromEntries(result.analysis.scores.map((s) => [s.name, s.quadrant]));
    expect(q).toEqual({ 甲: "I", 乙: "II", 丙: "III", 丁: "IV", 戊: "III", 己: "I" });

    expect(fake.workbook.sheetNames()).toContain(SHEET);
    expect(allCharts(fake).map((c) => c.sheet)).toEqual([SHEET]);
    const chart = theChart(fake);
    expect(chart).toMatchObject({ name: CHART_NAME, chartType: "XYScatter" });
    expect(chart.series.map((s) => s.name)).toEqual(ZH_SERIES);
    // 戊 bought nothing: a log amount axis has no place for 0, so 戊 is listed in the III block, not drawn.
    // The borderline 己 comes first in I (the lists beside the chart start with the customers to watch).
    expect(chart.series.map((s) => s.xValues)).toEqual([[2 / 12, 4 / 12], [1 / 12], [1 / 12], [3 / 12]]);
    expect(chart.series.map((s) => s.values)).toEqual([[1000, 4000], [5000], [100], [300]]);
    // The series read the blocks on the chart sheet, not the user's sheets.
    for (const s of chart.series) {
      expect(s.xValuesAddress?.startsWith(`${SHEET}!`)).toBe(true);
      expect(s.valuesAddress?.startsWith(`${SHEET}!`)).toBe(true);
    }
    QUADRANTS.forEach((quadrant, k) => {
      expect(chart.series[k]).toMatchObject({
        markerStyle: QUADRANT_MARKERS[quadrant],
        markerBackgroundColor: QUADRANT_COLORS[quadrant].strong,
        markerForegroundColor: QUADRANT_COLORS[quadrant].strong,
      });
    });
    expect(new Set(chart.series.map((s) => s.markerBackgroundColor)).size).toBe(4);
  });

  test("refresh right after set-up of a new book succeeds: the chart sheet has its headers and no chart until there are customers", async () => {
    const { fake, host } = open();
    await host.setup("zh-CN");
    const result = await host.refresh("zh-CN");
    expect(result.analysis.scores).toEqual([]);
    expect(fake.workbook.sheetNames()).toContain(SHEET);
    expect(fake.workbook.values(SHEET, "Q1:Q2")).toEqual([[ZH_SERIES[0]], ["客户名称"]]);
    expect(fake.workbook.chartsOf(SHEET)).toEqual([]);
    // A first customer without purchases has no place on the log amount axis: listed in the III block, still no chart.
    fake.workbook.user.setValues("客户", "A2", [["C1", "甲"]]);
    await host.refresh("zh-CN");
    expect(fake.workbook.values(SHEET, "AA3")).toEqual([["甲"]]);
    expect(fake.workbook.chartsOf(SHEET)).toEqual([]);
  });

  test("refresh with nobody in quadrant I succeeds and plots the other quadrants, one series each", async () => {
    const s = open();
    const u = s.fake.workbook.user;
    u.renameSheet("Sheet1", "客户");
    u.setValues("客户", "A1", CUSTOMERS.slice(0, 6));
    u.addSheet("购买记录");
    // Each buyer is high on one measure only: the largest amount buys rarely, the most frequent spends little.
    u.setValues("购买记录", "A1", [
      PURCHASES[0],
      purchase("C2", "2026-02-01", 5000),
      ...["01", "02", "03"].map((m) => purchase("C3", `2026-${m}-05`, 10)),
      purchase("C3", "2026-03-06", 10),
      ...["01", "02", "03"].map((m) => purchase("C4", `2026-${m}-05`, 10)),
      ...["01", "02"].map((m) => purchase("C5", `2026-${m}-05`, 30)),
    ]);
    await s.host.setup("zh-CN");
    const result = await s.host.refresh("zh-CN");
    const quadrants = new Set(result.analysis.scores.map((c) => c.quadrant));
    expect(quadrants.has("I")).toBe(false);
    expect(quadrants.size).toBeGreaterThan(1);
    const chart = theChart(s.fake);
    expectSeriesMatch(chart, result.analysis.scores);
    expect(chart.series[0].name).toBe(ZH_SERIES[QUADRANTS.indexOf([...quadrants].sort()[0])]);
  });

  test("writes one block per quadrant on the chart sheet: title, headers, then name, closeness, amount, borderline", async () => {
    const { fake, host } = await knownBook();
    await host.refresh("zh-CN");
    const cells = cellMap(fake, SHEET);
    expect([cells.get("Q1"), cells.get("V1"), cells.get("AA1"), cells.get("AF1")]).toEqual(ZH_SERIES);
    expect(["Q2", "R2", "S2", "T2"].map((a) => cells.get(a))).toEqual(["客户名称", "紧密度（次/月）", "交易额", "临界"]);
    expect(fake.workbook.values(SHEET, "Q3:T4")).toEqual([
      ["己", 2 / 12, 1000, "是"],
      ["甲", 4 / 12, 4000, ""],
    ]);
    expect(fake.workbook.values(SHEET, "AA3:AD4")).toEqual([
      ["丙", 1 / 12, 100, ""],
      ["戊", 0, 0, ""],
    ]);
    const formats = fake.workbook
      .cells(SHEET)[2]
      .slice(16, 20)
      .map((c) => c.numberFormat);
    expect(formats).toEqual(["@", "0.00", "#,##0.00", undefined]);
  });

  test("crosses the axes at the thresholds: the value (Y) axis at the amount threshold, the X axis at the closeness threshold", async () => {
    const { fake, host } = await knownBook();
    const result = await host.refresh("zh-CN");
    expect(result.analysis.thresholds).toEqual({ amount: 1000, closeness: 2 / 12 });
    const { axes, title, legend } = theChart(fake);
    // valueAxis.position = where the horizontal X axis crosses the Y axis: amount = T_A.
    expect(axes.value).toMatchObject({ position: "Custom", positionAt: 1000 });
    // categoryAxis (the X axis of a scatter).position = where the vertical Y axis crosses it: closeness = T_K.
    expect(axes.category).toMatchObject({ position: "Custom", positionAt: 2 / 12 });
    expect(axes.category.title).toEqual({ text: "紧密度（次/月）", visible: true });
    expect(axes.value.title).toEqual({ text: "交易额（对数刻度）", visible: true });
    // The amount axis is logarithmic, its bounds the 1-2-5 steps at or around the amounts (100 … 5,000);
    // closeness from 0 to a round number just past the largest (4/12).
    expect(axes.value).toMatchObject({ scaleType: "Logarithmic", logBase: 10, minimum: 100, maximum: 5_000 });
    expect(axes.category).toMatchObject({ minimum: 0, maximum: 0.36 });
    // 己 sits where the threshold lines cross: no room for a name that covers neither line.
    expect(title).toEqual({
      text: "客户四象限（标注了 4 / 5 位客户，其余见右侧表格）；黑框为临界客户；1 位无购买或仅退款的客户未画出，见右侧表格",
      visible: true,
    });
    expect(legend).toEqual({ visible: true, position: "Bottom" });
  });

  test("labels each point with its customer's name where the name covers no threshold line, and marks the borderline customer", async () => {
    const { fake, host } = await knownBook();
    await host.refresh("zh-CN");
    const chart = theChart(fake);
    const labels = chart.series.map((s) => [...labelsOf(s).entries()].sort(([a], [b]) => a - b).map(([, t]) => t));
    // 己 (borderline) sits on both threshold lines: any name beside it would cover one of them.
    expect(labels).toEqual([["甲"], ["乙"], ["丙"], ["丁"]]);

    const partner = chart.series[0];
    const marked = partner.points.find((p) => p.index === 0)!;
    expect(marked).toMatchObject({ markerForegroundColor: "#000000" });
    expect(marked.markerSize).toBeGreaterThan(partner.markerSize);
    // Only the borderline point has a marker of its own.
    const withMarker = chart.series.flatMap((s) => s.points.filter((p) => p.markerSize !== undefined));
    expect(withMarker).toHaveLength(1);
  });

  test("follows the data: after a purchase moves a customer, the next refresh moves its point to the other series, still one chart", async () => {
    const { fake, host } = await knownBook();
    await host.refresh("zh-CN");
    const firstId = theChart(fake).id;
    // 丙 (III) buys three more times, 1500 each: amount 4600 and closeness 4/12 — quadrant I.
    await Excel.run(async (ctx) => {
      ctx.workbook.tables
        .getItem("crmPurchases")
        .rows.add(undefined, [
          purchase("C3", "2026-03-01", 1500),
          purchase("C3", "2026-03-02", 1500),
          purchase("C3", "2026-03-03", 1500),
        ]);
      await ctx.sync();
    });
    const result = await host.refresh("zh-CN");
    expect(result.analysis.scores.find((s) => s.name === "丙")?.quadrant).toBe("I");

    expect(allCharts(fake)).toHaveLength(1);
    const chart = theChart(fake);
    expect(chart.id).not.toBe(firstId);
    expectSeriesMatch(chart, result.analysis.scores);
    const names = chart.series.map((s) => [...labelsOf(s).values()].map((t) => t.replace("（临界）", "")));
    expect(names[0]).toContain("丙");
    expect(names[2]).not.toContain("丙");
    // Every labelled point carries the name of the customer whose cells it plots.
    const grid = fake.workbook.values(SHEET);
    chart.series.forEach((s, k) => {
      for (const [i, text] of labelsOf(s)) expect(text.replace("（临界）", "")).toBe(grid[2 + i][16 + 5 * k]);
    });
    // No leftover rows from the previous refresh below the new blocks.
    const block3 = fake.workbook.values(SHEET, "AA3:AD6");
    expect(block3.filter((r) => r[0] !== "")).toHaveLength(byQuadrant(result.analysis.scores).III.length);
  });

  test("never changes a cell of the user's sheets, and a second refresh changes nothing at all", async () => {
    const { fake, host } = await knownBook();
    await host.refresh("zh-CN");
    // The dashboard shows the time of each refresh (dashboard.test.ts); every other sheet stays as it was.
    const sheets = fake.workbook.sheetNames().filter((s) => s !== SHEET && s !== "仪表板");
    const before = sheets.map((s) => cellMap(fake, s));
    const chartCells = cellMap(fake, SHEET);
    const chart = theChart(fake);
    await host.refresh("zh-CN");
    expect(sheets.map((s) => cellMap(fake, s))).toEqual(before);
    expect(cellMap(fake, SHEET)).toEqual(chartCells);
    const again = theChart(fake);
    expect({ ...again, id: "" }).toEqual({ ...chart, id: "" });
    // The user's own columns on the customer sheet are as typed.
    expect(fake.workbook.values("客户").map((r) => r.slice(0, 3))).toEqual(CUSTOMERS);
    expect(fake.workbook.values("购买记录")).toEqual(PURCHASES);
  });

  test("fits in the refresh's 4 syncs, the first time (sheet and chart created) and every time after", async () => {
    const { fake, host } = await knownBook();
    fake.stats.resetCounts();
    await host.refresh("zh-CN");
    expect(fake.stats.syncs).toBe(4);
    fake.stats.resetCounts();
    await host.refresh("zh-CN");
    expect(fake.stats.syncs).toBe(4);
    expect(allCharts(fake)).toHaveLength(1);
  });

  test("at 10,000 customers: still 4 syncs, every customer with purchases plotted, labels only where they fit, every borderline point marked up to the cap", async () => {
    const { fake, host } = await scoredBook(10_000);
    fake.stats.resetCounts();
    const result = await host.refresh("zh-CN");
    expect(fake.stats.syncs).toBe(4);
    const chart = theChart(fake);
    expectSeriesMatch(chart, result.analysis.scores);
    const labelled = chart.series.reduce((n, s) => n + labelsOf(s).size, 0);
    const plan = planQuadrantChart(result.analysis, "zh-CN");
    expect(labelled).toBe(plan.labels.filter((l) => l.label).length);
    expect(labelled).toBeGreaterThan(20);
    expect(labelled).toBeLessThanOrEqual(MAX_LABELLED_POINTS);
    const marked = chart.series.reduce((n, s) => n + s.points.filter((p) => p.markerForegroundColor === "#000000").length, 0);
    const borderline = result.analysis.scores.filter((s) => s.borderline && s.amount > 0).length;
    expect(marked).toBe(Math.min(borderline, MAX_LABELLED_POINTS));
    expect(chart.title.text).toContain(`标注了 ${labelled} / `);
  });

  test("under a small request limit the chart's data are sent in pieces and the chart is complete", async () => {
    const { fake, host } = await scoredBook(3_000, { limits: { maxPayloadBytes: 60_000 } });
    const result = await host.refresh("zh-CN");
    expect(result.written).toBe(3_000);
    expect(allCharts(fake)).toHaveLength(1);
    const chart = theChart(fake);
    expectSeriesMatch(chart, result.analysis.scores);
    const planned = planQuadrantChart(result.analysis, "zh-CN").labels.filter((l) => l.label).length;
    expect(chart.series.reduce((n, s) => n + labelsOf(s).size, 0)).toBe(planned);
  });

  test("a user's own sheet called 象限图 is left alone: the chart goes on a sheet of its own", async () => {
    const { fake, host } = await knownBook();
    fake.workbook.user.addSheet(SHEET);
    fake.workbook.user.setValues(SHEET, "A1", [["我的笔记"]]);
    await host.refresh("zh-CN");
    expect(cellMap(fake, SHEET)).toEqual(new Map([["A1", "我的笔记"]]));
    expect(fake.workbook.chartsOf(SHEET)).toEqual([]);
    expect(theChart(fake, "象限图（CRM）").series).toHaveLength(4);
  });

  test("a chart sheet the user renamed stays the add-in's, and the chart keeps the size and place the user gave it", async () => {
    const { fake, host } = await knownBook();
    await host.refresh("zh-CN");
    fake.workbook.user.renameSheet(SHEET, "我的象限");
    await Excel.run(async (ctx) => {
      const chart = ctx.workbook.worksheets.getItem("我的象限").charts.getItem(CHART_NAME);
      chart.top = 400;
      chart.left = 30;
      chart.width = 600;
      chart.height = 450;
      await ctx.sync();
    });
    await host.refresh("zh-CN");
    expect(fake.workbook.sheetNames()).not.toContain(SHEET);
    expect(allCharts(fake).map((c) => c.sheet)).toEqual(["我的象限"]);
    expect(theChart(fake, "我的象限").position).toEqual({ top: 400, left: 30, width: 600, height: 450 });
  });

  test("a chart sheet the user deleted is made again at the next refresh, its hidden name replaced, not duplicated", async () => {
    const { fake, host } = await knownBook();
    await host.refresh("zh-CN");
    fake.workbook.user.deleteSheet(SHEET);
    await host.refresh("zh-CN");
    expect(allCharts(fake).map((c) => c.sheet)).toEqual([SHEET]);
    const names = (await namesInBook()).filter((n) => n.name === CHART_SHEET_NAME_ITEM);
    expect(names).toHaveLength(1);
    expect(names[0].visible).toBe(false);
    expect(names[0].formula.startsWith(`=${SHEET}!`)).toBe(true);
  });

  test("another chart the user put on the chart sheet is kept", async () => {
    const { fake, host } = await knownBook();
    await host.refresh("zh-CN");
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(SHEET);
      ws.charts.add("ColumnClustered", ws.getRange("S3:S4"), "Columns").name = "mine";
      await ctx.sync();
    });
    await host.refresh("zh-CN");
    expect(
      fake.workbook
        .chartsOf(SHEET)
        .map((c) => c.name)
        .sort(),
    ).toEqual([CHART_NAME, "mine"]);
  });

  test("speaks English in an English book, whatever the pane's language", async () => {
    const { fake, host } = await knownBook("zh-CN", true);
    await host.refresh("zh-CN");
    const chart = theChart(fake, "Quadrant chart");
    expect(chart.series.map((s) => s.name)).toEqual([
      "I Strategic partner",
      "II Retention",
      "III Build the relationship",
      "IV Development",
    ]);
    expect(chart.title.text).toBe(
      "Customer quadrants (4 of 5 customers labelled, the rest in the tables); black outline: borderline; 1 customer without purchases (or with refunds only) not drawn, see the tables",
    );
    expect(chart.axes.category.title.text).toBe("Closeness (per month)");
    expect(chart.axes.value.title.text).toBe("Amount (log scale)");
    expect(labelsOf(chart.series[0]).get(1)).toBe("甲");
  });
});

describe("quadrant chart planning", () => {
  const score = (i: number, borderline: boolean, amount: number): CustomerScore =>
    ({ index: i, name: `c${i}`, id: `C${i}`, borderline, amount, closeness: 0, quadrant: "I" }) as CustomerScore;

  test("lets the quadrants take turns at the labels, borderline customers first, then the larger amounts", () => {
    const big = Array.from({ length: 10 }, (_, i) => score(i, i === 7, i * 10 + 1));
    const small = [score(0, false, 5)];
    const order = labelOrder([big, small, big, []]);
    expect(order.slice(0, 5)).toEqual([
      { b: 0, i: 7 },
      { b: 1, i: 0 },
      { b: 2, i: 7 },
      { b: 0, i: 9 },
      { b: 2, i: 9 },
    ]);
    expect(order).toHaveLength(21);
  });

  test("cuts the chart's work into groups under the budget, the first fitting the room the last write left", () => {
    const costs = [10, 40, 40, 40, 10];
    const groups = packUnits(costs, 0, 1000, 1000);
    expect(groups.map((g) => [g.from, g.to])).toEqual([[0, 5]]);
    const tight = packUnits(costs, 0, 850, 900);
    expect(tight[0].from).toBe(0);
    expect(tight.every((g) => g.bytes <= 900)).toBe(true);
    expect(tight[tight.length - 1].to).toBe(5);
    // No room at all in the last write: the first group is empty and the work starts a sync of its own.
    const none = packUnits(costs, 0, 0, 2000);
    expect(none[0]).toEqual({ from: 0, to: 0, bytes: 0 });
    expect(none[1]).toMatchObject({ from: 0, to: 5 });
  });
});
