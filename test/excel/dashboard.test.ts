/**
 * The migration history and the dashboard as refresh writes them into the in-memory Excel
 * (SPEC section 5): only changed customers appended, one dashboard and one chart of each kind
 * after any number of refreshes, all inside refresh's four syncs.
 */
import { HISTORY_TABLE, historyHeaders } from "../../src/core/history";
import { TREND_CHART_NAME } from "../../src/excel/dashboardPlan";
import { CHART_NAME } from "../../src/excel/chartPlan";
import { ownedSheetName } from "../../src/excel/ownedSheet";
import { type Row, type Setup, open, scoredBook, serial } from "./support";

const CUSTOMERS: Row[] = [
  ["客户编号", "客户名称"],
  ["C1", "甲"],
  ["C2", "乙"],
  ["C3", "丙"],
  ["C4", "丁"],
  ["001", "零零一"],
];
const purchase = (id: string, date: string, amount: number, product = "基金"): Row => [id, serial(date), product, amount, "正常"];
/** Thresholds fixed in the settings (amount 1000, closeness 2/12) so one purchase moves exactly one customer. */
const PURCHASES: Row[] = [
  ["客户编号", "日期", "产品", "金额", "回款状态"],
  purchase("C1", "2026-01-05", 1000),
  purchase("C1", "2026-02-05", 1000),
  purchase("C2", "2026-02-01", 5000),
  purchase("C3", "2026-02-01", 100),
  purchase("C4", "2026-01-10", 100),
  purchase("C4", "2026-02-10", 100),
  purchase("001", "2026-02-10", 100),
];

let clock = Date.UTC(2026, 2, 31, 9, 0);

async function book(): Promise<Setup> {
  const s = open({}, { now: () => clock });
  const u = s.fake.workbook.user;
  u.renameSheet("Sheet1", "客户");
  u.setValues("客户", "A1", CUSTOMERS);
  u.addSheet("购买记录");
  u.setValues("购买记录", "A1", PURCHASES);
  await s.host.setup("zh-CN");
  setSetting(s, "amountThreshold", 1000);
  setSetting(s, "closenessThreshold", 2 / 12);
  return s;
}

function setSetting(s: Setup, key: string, value: number): void {
  const t = s.fake.workbook.tablesInfo().find((x) => x.name === "crmSettings")!;
  const grid = s.fake.workbook.values(t.sheet);
  const row = grid.findIndex((r) => r[0] === key);
  expect(row).toBeGreaterThan(0);
  s.fake.workbook.user.setValues(t.sheet, `B${row + 1}`, [[value]]);
}

async function refresh(s: Setup): Promise<number> {
  clock += 3_600_000; // an hour between refreshes
  const before = s.fake.stats.syncs;
  await s.host.refresh("zh-CN");
  return s.fake.stats.syncs - before;
}

function history(s: Setup): unknown[][] {
  const t = s.fake.workbook.tablesInfo().find((x) => x.name === HISTORY_TABLE)!;
  return s.fake.workbook.values(t.sheet, t.address);
}

/** The user inserts a row at the top of the purchases table and types a purchase into it. */
function addPurchase(s: Setup, row: Row): void {
  const t = s.fake.workbook.tablesInfo().find((x) => x.name === "crmPurchases")!;
  s.fake.workbook.user.insertRows(t.sheet, 1);
  s.fake.workbook.user.setValues(t.sheet, "A2", [row]);
}

describe("the migration history", () => {
  it("records every customer's starting quadrant on the first refresh, IDs kept as typed", async () => {
    const s = await book();
    await refresh(s);
    const h = history(s);
    expect(h[0]).toEqual(historyHeaders("zh-CN"));
    expect(h.slice(1).map((r) => [r[1], r[2], r[3]])).toEqual([
      ["C1", "", "I"],
      ["C2", "", "II"],
      ["C3", "", "III"],
      ["C4", "", "IV"],
      ["001", "", "III"],
    ]);
  });

  it("appends nothing when nothing changed, and exactly the customer whose quadrant changed after one purchase", async () => {
    const s = await book();
    await refresh(s);
    await refresh(s);
    expect(history(s)).toHaveLength(1 + 5);
    addPurchase(s, purchase("C3", "2026-03-01", 2000)); // C3: amount 2100, 2 purchases → I
    await refresh(s);
    const h = history(s);
    expect(h).toHaveLength(1 + 5 + 1);
    expect(h[6].slice(1, 5)).toEqual(["C3", "III", "I", 2100]);
    expect(h[6][0]).toBeGreaterThan(h[1][0] as number);
  });

  it("leaves one dashboard, one trend chart and one quadrant chart after three refreshes, in the same four syncs", async () => {
    const s = await book();
    const syncs = [await refresh(s), await refresh(s)];
    addPurchase(s, purchase("C3", "2026-03-01", 2000));
    syncs.push(await refresh(s));
    expect(syncs).toEqual([4, 4, 4]);
    const names = s.fake.workbook.sheetNames();
    expect(names.filter((n) => n.startsWith("仪表板"))).toEqual(["仪表板"]);
    expect(names.filter((n) => n.startsWith("迁移记录"))).toEqual(["迁移记录"]);
    const allCharts = names.flatMap((n) => s.fake.workbook.chartsOf(n));
    expect(allCharts.map((c) => c.name).sort()).toEqual([CHART_NAME, TREND_CHART_NAME].sort());
    const trend = s.fake.workbook.chartsOf("仪表板")[0];
    expect(trend.chartType).toBe("ColumnClustered");
    expect(trend.series.map((x) => x.name)).toEqual(["I 战略伙伴", "II 客户保留", "III 建立关系", "IV 客户开发"]);
    // Two refreshes changed something: the first (starting quadrants) and the third.
    expect(trend.series[0].values).toEqual([1, 2]);
  });

  it("lists this refresh's movements worst first on the dashboard, with the strategy to apply now", async () => {
    const s = await book();
    await refresh(s);
    addPurchase(s, purchase("C3", "2026-03-01", 2000)); // III → I: good news
    addPurchase(s, purchase("C1", "2026-03-02", -1500)); // C1: amount 500 → IV: a warning, I → IV
    await refresh(s);
    const grid = s.fake.workbook.values("仪表板");
    const at = grid.findIndex((r) => r[0] === "类型");
    expect(at).toBeGreaterThan(0);
    expect(grid.slice(at + 1, at + 3).map((r) => r.slice(0, 5))).toEqual([
      ["预警", "C1", "甲", "I", "IV"],
      ["好消息", "C3", "丙", "III", "I"],
    ]);
    expect(String(grid[at + 1][6])).toContain("深挖资源");
  });

  it("keeps sync counts flat with many customers", async () => {
    const s = open({}, { now: () => clock });
    const u = s.fake.workbook.user;
    u.renameSheet("Sheet1", "客户");
    const many: Row[] = [["客户编号", "客户名称"]];
    const bought: Row[] = [["客户编号", "日期", "产品", "金额", "回款状态"]];
    for (let i = 1; i <= 3000; i++) {
      many.push([`K${i}`, `客户${i}`]);
      for (let k = 0; k < (i % 5); k++) bought.push(purchase(`K${i}`, `2026-0${1 + k % 3}-0${1 + k}`, (i * 37) % 900 + 10));
    }
    u.setValues("客户", "A1", many);
    u.addSheet("购买记录");
    u.setValues("购买记录", "A1", bought);
    await s.host.setup("zh-CN");
    expect([await refresh(s), await refresh(s)]).toEqual([4, 4]);
    expect(history(s)).toHaveLength(3001);
  });

  it("under a small request limit sends the starting quadrants in pieces: every customer once, in one table", async () => {
    const s = await scoredBook(3_000, { limits: { maxPayloadBytes: 60_000 } }, { now: () => clock });
    await s.host.refresh("zh-CN");
    const h = history(s);
    expect(h).toHaveLength(3_001);
    expect(new Set(h.slice(1).map((r) => r[1])).size).toBe(3_000);
    expect(s.fake.workbook.tablesInfo().filter((t) => t.name === HISTORY_TABLE)).toHaveLength(1);
    expect(s.fake.workbook.values("仪表板")[0][0]).toBe("客户四象限仪表板");
  });

  it("finds its dashboard again after the user renames it, and never writes a user's own sheet called 仪表板", async () => {
    const s = await book();
    s.fake.workbook.user.addSheet("仪表板");
    s.fake.workbook.user.setValues("仪表板", "A1", [["我的笔记"]]);
    await refresh(s);
    expect(s.fake.workbook.values("仪表板")[0][0]).toBe("我的笔记");
    const ours = s.fake.workbook.sheetNames().find((n) => n.startsWith("仪表板") && n !== "仪表板")!;
    expect(ours).toBeDefined();
    s.fake.workbook.user.renameSheet(ours, "经理看板");
    await refresh(s);
    expect(s.fake.workbook.values("经理看板")[0][0]).toBe("客户四象限仪表板");
    expect(s.fake.workbook.sheetNames().filter((n) => n.startsWith("仪表板"))).toEqual(["仪表板"]);
    expect(ownedSheetName("dashboard")).toMatch(/^crmSheet_/);
  });

  it("labels a customer moved only by a threshold as such, in the history's cause column and on the dashboard, with both thresholds", async () => {
    // Medians this time: C5's purchases move the amount median, and unchanged C2 falls below it.
    const s = open({}, { now: () => clock });
    const u = s.fake.workbook.user;
    u.renameSheet("Sheet1", "客户");
    u.setValues("客户", "A1", [["客户编号", "客户名称"], ["C1", "甲"], ["C2", "乙"], ["C3", "丙"], ["C5", "戊"]]);
    u.addSheet("购买记录");
    u.setValues("购买记录", "A1", [
      ["客户编号", "日期", "产品", "金额", "回款状态"],
      ...["C1", "C2", "C3"].flatMap((id, i) => [purchase(id, "2026-02-01", 50 * (i + 1)), purchase(id, "2026-02-02", 50 * (i + 1))]),
    ]);
    await s.host.setup("zh-CN");
    await refresh(s); // medians: amount 200
    addPurchase(s, purchase("C5", "2026-03-01", 500));
    addPurchase(s, purchase("C5", "2026-03-02", 500)); // amount median 250: C2 (200) I → IV, C5 III → I
    await refresh(s);
    const h = history(s);
    expect(h[0][6]).toBe("原因");
    expect(h.slice(-2).map((r) => [r[1], r[2], r[3], r[6]])).toEqual([
      ["C2", "I", "IV", "分界线移动"],
      ["C5", "III", "I", ""],
    ]);
    const grid = s.fake.workbook.values("仪表板");
    const at = grid.findIndex((r) => r[0] === "类型");
    expect(grid.slice(at + 1, at + 3).map((r) => r.slice(0, 5))).toEqual([
      ["好消息", "C5", "戊", "III", "I"],
      ["分界线移动", "C2", "乙", "I", "IV"],
    ]);
    expect(grid.map((r) => String(r[0])).find((c) => c.includes("交易额分界线"))).toContain("交易额分界线 200 → 250");
  });

  it("adds the cause column to a history written before it existed, keeping its rows", async () => {
    const s = await book();
    await refresh(s);
    const t = s.fake.workbook.tablesInfo().find((x) => x.name === HISTORY_TABLE)!;
    s.fake.workbook.user.deleteColumns(t.sheet, 6); // as a history made before the cause column
    expect(history(s)[0]).toHaveLength(6);
    addPurchase(s, purchase("C3", "2026-03-01", 2000));
    await refresh(s);
    const h = history(s);
    expect(h[0]).toEqual(historyHeaders("zh-CN"));
    expect(h).toHaveLength(1 + 5 + 1);
    expect(h[6].slice(1, 7)).toEqual(["C3", "III", "I", 2100, expect.any(Number), ""]);
    expect(t.sheet).toBe("迁移记录");
  });
});
