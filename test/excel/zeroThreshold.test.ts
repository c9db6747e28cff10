/**
 * An amount threshold of 0 is an allowed setting (everyone who bought anything is "high amount"),
 * and a refresh is whole or nothing. The quadrant chart's amount axis is logarithmic, where Excel
 * refuses a crossing at 0: the horizontal axis then lies at the axis's minimum, under every point.
 */
import { HISTORY_TABLE } from "../../src/core/history";
import { CHART_NAME, chartAxes } from "../../src/excel/chartPlan";
import { type Row, type Setup, open, serial } from "./support";

const CUSTOMERS: Row[] = [
  ["客户编号", "客户名称"],
  ["C1", "甲"],
  ["C2", "乙"],
  ["C3", "丙"],
];
const PURCHASES: Row[] = [
  ["客户编号", "日期", "产品", "金额", "回款状态"],
  ["C1", serial("2026-01-05"), "基金", 1000, "正常"],
  ["C1", serial("2026-02-05"), "基金", 800, "正常"],
  ["C2", serial("2026-02-01"), "基金", 50, "正常"],
];

async function bookWithAmountThreshold(value: number): Promise<Setup> {
  const s = open();
  const u = s.fake.workbook.user;
  u.renameSheet("Sheet1", "客户");
  u.setValues("客户", "A1", CUSTOMERS);
  u.addSheet("购买记录");
  u.setValues("购买记录", "A1", PURCHASES);
  await s.host.setup("zh-CN");
  const t = s.fake.workbook.tablesInfo().find((x) => x.name === "crmSettings")!;
  const row = s.fake.workbook.values(t.sheet).findIndex((r) => r[0] === "amountThreshold");
  expect(row).toBeGreaterThan(0);
  u.setValues(t.sheet, `B${row + 1}`, [[value]]);
  return s;
}

describe("an amount threshold of 0", () => {
  it("refreshes whole: the quadrant column, the chart with its horizontal axis at the bottom, the history", async () => {
    const s = await bookWithAmountThreshold(0);
    const result = await s.host.refresh("zh-CN");
    expect(result.analysis.thresholds.amount).toBe(0);

    const header = s.fake.workbook.values("客户")[0];
    const q = header.indexOf("象限");
    expect(
      s.fake.workbook
        .values("客户")
        .slice(1)
        .map((r) => r[q]),
    ).toEqual(result.analysis.scores.map((x) => x.quadrant));

    const [chart] = s.fake.workbook.chartsOf("象限图").filter((c) => c.name === CHART_NAME);
    expect(chart.axes.value.scaleType).toBe("Logarithmic");
    expect(chart.axes.value.positionAt).toBe(chart.axes.value.minimum);
    expect(chart.axes.value.minimum).toBeGreaterThan(0);

    const history = s.fake.workbook.tablesInfo().find((x) => x.name === HISTORY_TABLE);
    expect(history?.rowCount).toBeGreaterThan(0);
  });

  it("keeps the crossing at a positive threshold where it was", () => {
    const axes = chartAxes({
      thresholds: { amount: 500, closeness: 0.5, amountSet: true, closenessSet: true } as never,
      scores: [
        { amount: 1000, closeness: 1 },
        { amount: 20, closeness: 0.1 },
      ] as never,
    });
    expect(axes.crossing).toEqual({ amount: 500, closeness: 0.5 });
  });
});
