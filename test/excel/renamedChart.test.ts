/**
 * A chart of the add-in renamed by another program ("Chart 1") is still the add-in's: on the
 * add-in's own sheet, titled as the add-in titles it, a refresh rebuilds it in place instead of
 * adding a second one beside it. The title alone is never enough: the same title on a user's sheet,
 * or a user's own chart on the add-in's sheet, stays where the user put it.
 */
import { TODAY, refreshedChineseBook } from "./support";
import { createExcelHost } from "../../src/excel/excelHost";

const CHART_SHEET = "象限图";

/** What another program does on saving: the chart keeps its title, loses the add-in's name. */
async function renameCharts(sheet: string, to: string): Promise<void> {
  await Excel.run(async (ctx) => {
    const charts = ctx.workbook.worksheets.getItem(sheet).charts.load("items/name");
    await ctx.sync();
    charts.items.forEach((c, i) => (c.name = `${to} ${i + 1}`));
    await ctx.sync();
  });
}

/** A chart the user made, titled as they like, from cells of `sheet`. */
async function addUserChart(sheet: string, source: string, title: string): Promise<void> {
  await Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    const chart = ws.charts.add("ColumnClustered", ws.getRange(source), "Columns");
    chart.name = "Chart 9";
    chart.title.text = title;
    await ctx.sync();
  });
}

const refreshAgain = () => createExcelHost({ today: () => TODAY }).refresh("zh-CN");

describe("a chart renamed by another program", () => {
  test("the quadrant chart renamed to Chart 1 is rebuilt in place by the next refresh: one chart, the add-in's again", async () => {
    const fake = await refreshedChineseBook();
    const before = fake.workbook.chartsOf(CHART_SHEET);
    expect(before.map((c) => c.name)).toEqual(["crmQuadrantChart"]);
    await renameCharts(CHART_SHEET, "Chart");
    await refreshAgain();
    const after = fake.workbook.chartsOf(CHART_SHEET);
    expect(after.map((c) => c.name)).toEqual(["crmQuadrantChart"]);
    expect(after[0].title.text).toBe(before[0].title.text);
  });

  test("the dashboard's trend chart renamed is not duplicated by a refresh", async () => {
    const fake = await refreshedChineseBook();
    const dashboard = fake.workbook.sheetNames().find((n) => n.startsWith("仪表板"))!;
    expect(fake.workbook.chartsOf(dashboard)).toHaveLength(1);
    await renameCharts(dashboard, "图表");
    await refreshAgain();
    expect(fake.workbook.chartsOf(dashboard).map((c) => c.name)).toEqual(["crmDashboardTrend"]);
  });

  test("a user's own chart on the add-in's chart sheet keeps its place through a refresh", async () => {
    const fake = await refreshedChineseBook();
    await addUserChart(CHART_SHEET, "A1:B5", "我的图");
    await refreshAgain();
    expect(fake.workbook.chartsOf(CHART_SHEET).map((c) => c.name).sort()).toEqual(["Chart 9", "crmQuadrantChart"]);
  });

  test("a chart titled like the add-in's on a user's own sheet stays the user's: the caption alone is not enough", async () => {
    const fake = await refreshedChineseBook();
    const title = fake.workbook.chartsOf(CHART_SHEET)[0].title.text;
    await addUserChart("客户", "A1:B5", title);
    await refreshAgain();
    expect(fake.workbook.chartsOf("客户").map((c) => c.name)).toEqual(["Chart 9"]);
    expect(fake.workbook.chartsOf(CHART_SHEET)).toHaveLength(1);
  });
});
