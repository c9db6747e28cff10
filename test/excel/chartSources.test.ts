/**
 * Every chart the add-in makes has a source of at least two cells. Excel's documentation is silent
 * on `charts.add` over a single cell, and its Insert Chart command widens one cell to the filled
 * block around it; the in-memory Excel does the same, so a single-cell source shows up here as
 * extra or wrong series. The common cases: one customer in the first quadrant drawn, a review with
 * one asset class, a client's first review.
 */
import { CHART_NAME } from "../../src/excel/chartPlan";
import { buildReviewSheet } from "../../src/excel/reviewSheet";
import { PIE_NAME, TREND_NAME } from "../../src/excel/reviewLayout";
import { initialState } from "../../src/excel/state";
import { createFakeExcel } from "../../src/fake-excel";
import { type Row, TODAY, firstReviewBook, open, serial } from "./support";

describe("a chart made from one cell", () => {
  it("is made by the in-memory Excel from the filled block around the cell, as Excel's Insert Chart does", async () => {
    const fake = createFakeExcel();
    fake.workbook.user.setValues("Sheet1", "A1", [
      ["x", "y"],
      [1, 10],
      [2, 20],
    ]);
    await fake.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.charts.add("ColumnClustered", ws.getRange("B2"), "Columns");
      await ctx.sync();
    });
    const [chart] = fake.workbook.chartsOf("Sheet1");
    expect(chart.series.map((s) => [s.name, s.values])).toEqual([
      ["x", [1, 2]],
      ["y", [10, 20]],
    ]);
  });
});

describe("the add-in's charts have sources of two cells or more, so either reading gives the same chart", () => {
  it("the quadrant chart with one customer drawn: one series, that customer's point", async () => {
    const { fake, host } = open();
    const u = fake.workbook.user;
    u.renameSheet("Sheet1", "客户");
    u.setValues("客户", "A1", [
      ["客户编号", "客户名称"],
      ["C1", "甲"],
    ] as Row[]);
    u.addSheet("购买记录");
    u.setValues("购买记录", "A1", [
      ["客户编号", "日期", "产品", "金额", "回款状态"],
      ["C1", serial("2026-03-01"), "基金", 5000, "正常"],
    ] as Row[]);
    await host.setup("zh-CN");
    const { analysis } = await host.refresh("zh-CN");
    const [chart] = fake.workbook.chartsOf("象限图").filter((c) => c.name === CHART_NAME);
    const [s] = analysis.scores;
    expect(chart.series.map((x) => [x.xValues, x.values])).toEqual([[[s.closeness], [s.amount]]]);
  });

  it("a client's first review with one asset class: the pie has that class, the trend two series of one review", async () => {
    const fake = createFakeExcel();
    firstReviewBook(fake);
    fake.install(globalThis);
    const state = initialState({ today: () => TODAY });
    const r = await fake.Excel.run((ctx) => buildReviewSheet(ctx, state, "zh-CN", "C1"));
    if (!r.ok) throw new Error(r.code);
    const charts = fake.workbook.chartsOf(r.sheet);
    const pie = charts.find((x) => x.name === PIE_NAME)!;
    const trend = charts.find((x) => x.name === TREND_NAME)!;
    expect(pie.series.map((x) => x.values)).toEqual([r.review.mix.map((m) => m.value)]);
    expect(trend.series.map((x) => x.values)).toEqual([
      r.review.history.map((p) => p.assets),
      r.review.history.map((p) => p.netWorth),
    ]);
    expect(r.review.history).toHaveLength(1);
  });
});
