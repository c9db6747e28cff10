/**
 * The key-accounts sheet (SPEC 5c) on the demo book: every figure on it is what `crm accounts
 * --json` prints for the same book, customer by customer; its charts are a funnel in stage order
 * and the attack/defend scatter with the thresholds as the cross.
 */
import { crm } from "../cli/harness";
import { tempDir, writeTemp } from "../fixtures/workbooks";
import { demoXlsx } from "../../src/demo/writeDemo";
import { demoToFake } from "../../src/workbench/demoToFake";
import { createExcelHost } from "../../src/excel/excelHost";
import { FUNNEL_CHART, GRID_CHART } from "../../src/excel/accountsSheet";
import { parseIsoDay } from "../../src/core/dates";
import { type AccountsJson, gapsText, stageText } from "../../src/core/accounts";
import type { Lang } from "../../src/core/i18n";

const AS_OF = "2026-11-23";
const dir = tempDir();

async function cliJson(lang: Lang): Promise<AccountsJson> {
  const file = writeTemp(dir, `demo-${lang}.xlsx`, await demoXlsx({ lang, asOf: parseIsoDay(AS_OF)! }));
  const { code, stdout } = await crm(["accounts", file, "--as-of", AS_OF, "--json"]);
  expect(code).toBe(0);
  return JSON.parse(stdout) as AccountsJson;
}

async function sheetOfDemo(lang: Lang) {
  const fake = demoToFake({ lang, asOf: parseIsoDay(AS_OF)! });
  fake.install(globalThis);
  const host = createExcelHost({ today: () => parseIsoDay(AS_OF)! });
  const before = fake.stats.syncs;
  const result = await host.accountsSheet!(lang);
  return { fake, host, result, syncs: fake.stats.syncs - before };
}

/** The rows of a section: from the header row whose first cell is `header` to the first blank row. */
function section(values: unknown[][], title: string): unknown[][] {
  const at = values.findIndex((r) => r[0] === title);
  expect(at).toBeGreaterThanOrEqual(0);
  const rows: unknown[][] = [];
  for (let r = at + 2; r < values.length && values[r][0] !== ""; r++) rows.push(values[r]);
  return rows;
}

describe.each<[Lang, string, string, string, string]>([
  ["zh-CN", "大客户", "销售漏斗", "待跟进商机（停滞或 1+2+1 未覆盖）", "客户细分"],
  ["en-US", "Key accounts", "Sales funnel", "Opportunities to work on (stale or 1+2+1 not covered)", "Segments"],
])("the key-accounts sheet (%s)", (lang, sheet, funnelTitle, workTitle, segmentsTitle) => {
  test("shows for every demo customer what crm accounts --json prints, built in 4 syncs", async () => {
    const cli = await cliJson(lang);
    const { fake, result, syncs } = await sheetOfDemo(lang);
    expect(syncs).toBe(4);
    expect(result.sheet).toBe(sheet);
    expect(result.accounts).toEqual(cli);
    const v = fake.workbook.values(sheet);

    const funnel = section(v, funnelTitle);
    expect(funnel.slice(0, 7).map((r) => r.slice(0, 3))).toEqual(cli.funnel.map((f) => [stageText(f.stage, lang), f.count, f.amount]));

    const work = cli.opportunities.filter((o) => o.stale || !o.covered);
    expect(work.length).toBeGreaterThan(0);
    expect(section(v, workTitle).map((r) => [r[0], r[2], r[3], r[4], r[6] !== "", r[7]])).toEqual(
      work.map((o) => [o.id, o.project, stageText(o.stage, lang), o.amount ?? "", o.stale, o.covered ? "" : gapsText(o.gaps, lang)]),
    );

    const segments = section(v, segmentsTitle).filter((r) => r[2] !== "");
    const byId = new Map(segments.map((r) => [r[0], [r[2], r[3]]]));
    expect(cli.segments.length).toBeGreaterThan(20);
    for (const s of cli.segments) expect([s.id, byId.get(s.id)]).toEqual([s.id, [s.potential, s.share]]);
    expect(segments).toHaveLength(cli.segments.length);

    const debts = v.filter((r) => cli.badDebt.customers.some((c) => c.id === r[0] && r[2] === c.amount && r[3] === c.extraSales));
    expect(debts).toHaveLength(cli.badDebt.customers.length);
    expect(v.some((r) => r[2] === cli.badDebt.amount && r[3] === cli.badDebt.extraSales)).toBe(true);
  });

  test("the dashboard gains the funnel's totals per stage and the book's bad debt with its extra sales", async () => {
    const cli = await cliJson(lang);
    const { fake, host } = await sheetOfDemo(lang);
    await host.refresh(lang);
    const v = fake.workbook.values(lang === "zh-CN" ? "仪表板" : "Dashboard");
    expect(section(v, funnelTitle).slice(0, 7).map((r) => r.slice(0, 3))).toEqual(cli.funnel.map((f) => [stageText(f.stage, lang), f.count, f.amount]));
    expect(v.some((r) => r[0] === cli.badDebt.amount && r[1] === cli.badDebt.margin && r[2] === cli.badDebt.extraSales)).toBe(true);
  });

  test("draws the funnel in stage order and the attack/defend grid crossing at the low share and the potential threshold", async () => {
    const { fake, result } = await sheetOfDemo(lang);
    const cli = result.accounts;
    const charts = fake.workbook.chartsOf(sheet);
    const funnel = charts.find((c) => c.name === FUNNEL_CHART)!;
    expect(funnel.chartType).toBe("Funnel");
    expect(funnel.series.map((s) => [s.xValues, s.values])).toEqual([[cli.funnel.map((f) => stageText(f.stage, lang)), cli.funnel.map((f) => f.count)]]);
    const grid = charts.find((c) => c.name === GRID_CHART)!;
    expect(grid.chartType).toBe("XYScatter");
    // One series per segment, each point a customer: share across, potential up.
    expect(grid.series).toHaveLength(5);
    const points = grid.series.flatMap((s) => s.xValues.map((x, i) => [x, s.values[i]]));
    expect(points.sort()).toEqual(cli.segments.map((s) => [s.share, s.potential]).sort());
    expect(grid.axes.category.positionAt).toBe(0.2);
    expect(grid.axes.value.positionAt).toBeGreaterThan(0);
    expect(grid.axes.value.scaleType).toBe("Logarithmic");
  });
});

test("is rebuilt in place, keeping the name the user gave it", async () => {
  const { fake, host } = await sheetOfDemo("zh-CN");
  fake.workbook.user.renameSheet("大客户", "我的大客户");
  const again = await host.accountsSheet!("zh-CN");
  expect(again.sheet).toBe("我的大客户");
  expect(fake.workbook.chartsOf("我的大客户")).toHaveLength(2);
});

describe("set-up and the opportunities table", () => {
  test("creates the opportunities table with a drop-down of the funnel's stages, and adopts a rep's own by its columns", async () => {
    const { open } = await import("./support");
    const { fake, host } = open({ sheets: [] });
    const u = fake.workbook.user;
    u.addSheet("客户");
    u.setValues("客户", "A1", [["客户编号", "客户名称"], ["C1", "甲"]]);
    const created = await host.setup("zh-CN");
    expect(created.created).toContain("opportunities");
    expect(fake.workbook.values("商机")[0].slice(0, 6)).toEqual(["客户编号", "项目", "阶段", "预计金额", "预计成交", "阶段日期"]);
    expect(fake.workbook.validationsOf("商机").map((v) => (v.rule.list as { source: string }).source)).toEqual([
      "目标客户,客户分析,建立信任,挖掘需求,呈现价值,赢取承诺,回收账款,赢单,丢单",
    ]);

    const other = open({ sheets: [] });
    const w = other.fake.workbook.user;
    w.addSheet("Customers");
    w.setValues("Customers", "A1", [["Customer ID", "Name"], ["C1", "Ann"]]);
    w.addSheet("Pipeline");
    w.setValues("Pipeline", "A1", [["Customer ID", "Deal", "Sales stage", "Value"], ["C1", "Expansion", "Uncovering needs", 5000]]);
    const adopted = await other.host.setup("en-US");
    expect(adopted.adopted).toContain("opportunities");
    expect(other.fake.workbook.values("Pipeline")[1]).toEqual(["C1", "Expansion", "Uncovering needs", 5000]);
    expect(other.fake.workbook.validationsOf("Pipeline").map((v) => (v.rule.list as { source: string }).source)).toEqual([
      "Target customer,Customer analysis,Building trust,Uncovering needs,Presenting value,Winning commitment,Collecting payment,Won,Lost",
    ]);
  });
});
