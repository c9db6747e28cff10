import { open, serial } from "./support";
import type { FakeExcel } from "../../src/fake-excel";
import { COVERAGE_CHART } from "../../src/excel/coverageSheet";

/** 张伟 (C1) with spouse 王芳 and child 张小明; one policy with its end before its start. */
function household(fake: FakeExcel): void {
  const u = fake.workbook.user;
  u.addSheet("客户");
  u.setValues("客户", "A1", [
    ["客户编号", "客户名称", "家庭成员"],
    ["C1", "张伟", "配偶:王芳;子女:张小明"],
    ["C2", "李娜", ""],
  ]);
  u.addTable("客户", "A1:C3", "crmCustomers");
  u.addSheet("保险保障");
  u.setValues("保险保障", "A1", [
    ["客户编号", "被保险人", "关系", "险种", "保险公司", "保额", "保费", "缴费方式", "生效日", "到期日"],
    ["C1", "张伟", "本人", "重疾", "平安人寿", 500000, 8000, "期缴", serial("2020-01-01"), ""],
    ["C1", "张伟", "本人", "医疗", "平安人寿", 2000000, 600, "期缴", serial("2025-06-01"), serial("2026-05-20")],
    ["C1", "配偶 王芳", "", "医疗", "泰康人寿", 1000000, 500, "期缴", serial("2025-06-01"), serial("2026-12-01")],
    ["C1", "王芳", "配偶", "重疾", "泰康人寿", 300000, 4000, "期缴", serial("2026-03-01"), serial("2025-03-01")],
    ["C1", "张小明", "子女", "意外", "中国人寿", 100000, 100, "期缴", serial("2025-09-01"), serial("2026-08-31")],
  ]);
  u.addTable("保险保障", "A1:J6", "crmPolicies");
}

async function texts(fake: FakeExcel, sheet: string, address: string): Promise<string[][]> {
  let out: string[][] = [];
  await fake.Excel.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem(sheet).getRange(address).load("text");
    await ctx.sync();
    out = r.text;
  });
  return out;
}

describe("the coverage sheet of a household", () => {
  test("a coverage sheet the user protected is not rebuilt: a sentence names it, nothing changes", async () => {
    const { fake, host } = open({ sheets: [] });
    household(fake);
    const { sheet } = await host.coverageSheet("zh-CN", "C1");
    fake.workbook.user.protect(sheet);
    const before = fake.workbook.dump();
    await expect(host.coverageSheet("zh-CN", "C1")).rejects.toMatchObject({ code: "CrmExcelLimit", kind: "protected", sheet });
    expect(fake.workbook.dump()).toEqual(before);
  });

  test("holds the matrix with gaps printed and filled red, bad dates marked, totals and the policy list, in 4 syncs", async () => {
    const { fake, host } = open({ sheets: [] });
    household(fake);
    const before = fake.stats.syncs;
    const result = await host.coverageSheet("zh-CN", " c1 ");
    expect(fake.stats.syncs - before).toBe(4);
    expect(result.sheet).toBe("保障 张伟");
    expect(fake.workbook.selection()?.sheet).toBe("保障 张伟");

    const v = fake.workbook.values("保障 张伟");
    expect(v.slice(0, 4).map((r) => r[0])).toEqual(["张伟 · 家庭保障", "客户编号 C1", "象限 III 建立关系", "统计日 2026-03-31"]);
    // The matrix from row 6: only the covers held or missing, then the premiums.
    expect(v[5].slice(0, 7)).toEqual(["家庭成员", "寿险", "重疾", "医疗", "意外", "年缴保费", "趸交保费"]);
    const shown = await texts(fake, "保障 张伟", "A7:G10");
    expect(shown).toEqual([
      ["张伟（本人）", "缺口", "500,000", "2,000,000", "", "8,600", "0"],
      ["王芳（配偶）", "", "日期有误", "1,000,000", "", "500", "0"],
      ["张小明（子女）", "", "", "缺口", "100,000", "100", "0"],
      ["合计", "0", "500,000", "3,000,000", "100,000", "9,200", "0"],
    ]);
    const cells = fake.workbook.cells("保障 张伟");
    expect(cells[6][1].fill).toBe("#FFC7CE"); // 张伟 has no life cover while a child is named
    expect(cells[7][2].fill).toBe("#FFEB9C"); // 王芳's critical-illness policy ends before it starts
    expect(cells[6][2].fill).toBeUndefined();
    // The policy list: each policy with its status; the one ending within 60 days says when.
    const list = v.slice(v.findIndex((r) => r[0] === "家庭成员" && r[1] === "险种") + 1).filter((r) => r[0] !== "");
    expect(list.map((r) => [r[0], r[1], r[2], r[9]])).toEqual([
      ["张伟（本人）", "重疾", "平安人寿", "有效"],
      ["张伟（本人）", "医疗", "平安人寿", "50 天后到期"],
      ["王芳（配偶）", "医疗", "泰康人寿", "有效"],
      ["王芳（配偶）", "重疾", "泰康人寿", "日期有误"],
      ["张小明（子女）", "意外", "中国人寿", "有效"],
    ]);
  });

  test("draws a clustered bar chart of the sum insured by cover type, one series per member, from numbers only", async () => {
    const { fake, host } = open({ sheets: [] });
    household(fake);
    await host.coverageSheet("zh-CN", "C1");
    const [chart] = fake.workbook.chartsOf("保障 张伟");
    expect(chart).toMatchObject({ name: COVERAGE_CHART, chartType: "BarClustered" });
    expect(chart.series.map((s) => [s.name, s.xValues, s.values])).toEqual([
      ["张伟（本人）", ["寿险", "重疾", "医疗", "意外"], [0, 500000, 2000000, 0]],
      ["王芳（配偶）", ["寿险", "重疾", "医疗", "意外"], [0, 0, 1000000, 0]],
      ["张小明（子女）", ["寿险", "重疾", "医疗", "意外"], [0, 0, 0, 100000]],
    ]);
  });

  test("prints on one landscape page holding the matrix, the list and the chart", async () => {
    const { fake, host } = open({ sheets: [] });
    household(fake);
    await host.coverageSheet("en-US", "C1");
    const layout = fake.workbook.pageLayoutOf("Cover 张伟");
    expect(layout.orientation).toBe("Landscape");
    // One page, as a scale every Excel applies (office-js#1860): the print area at that scale fits landscape A4.
    const scale = layout.zoom.scale! / 100;
    const printColumns = Number(/:([A-Z]+)\d+$/.exec(layout.printArea!)![1].charCodeAt(0) - 64);
    expect((170 + 76 * (printColumns - 1)) * scale).toBeLessThanOrEqual(841.89 - layout.leftMargin - layout.rightMargin);
    const [chart] = fake.workbook.chartsOf("Cover 张伟");
    const lastRow = Number(/\d+$/.exec(layout.printArea!)![0]);
    expect(layout.printArea).toMatch(/^A1:/);
    expect(lastRow).toBeGreaterThan(fake.workbook.values("Cover 张伟").length);
    expect(lastRow * 15 * scale).toBeLessThanOrEqual(595.28 - layout.topMargin - layout.bottomMargin);
    expect(chart.position.top).toBeGreaterThan(0);
  });

  test("prints on A4 in a Chinese book, as the review sheet does", async () => {
    const { fake, host } = open({ sheets: [] });
    household(fake);
    await host.coverageSheet("zh-CN", "C1");
    expect(fake.workbook.pageLayoutOf("保障 张伟").paperSize).toBe("A4");
  });

  test("is rebuilt in place, under the name the user gave it, never taking a user's sheet of the same name", async () => {
    const { fake, host } = open({ sheets: [] });
    household(fake);
    fake.workbook.user.addSheet("保障 张伟");
    fake.workbook.user.setValues("保障 张伟", "A1", "my notes");
    const first = await host.coverageSheet("zh-CN", "C1");
    expect(first.sheet).toBe("保障 张伟 (2)");
    expect(fake.workbook.values("保障 张伟")).toEqual([["my notes"]]);
    fake.workbook.user.renameSheet("保障 张伟 (2)", "张家");
    const again = await host.coverageSheet("zh-CN", "C1");
    expect(again.sheet).toBe("张家");
    expect(fake.workbook.chartsOf("张家")).toHaveLength(1);
    expect(fake.workbook.sheetNames().filter((s) => s.startsWith("保障"))).toEqual(["保障 张伟"]);
  });

  test("for a customer without policies says so and draws no chart; an unknown ID is refused with its message", async () => {
    const { fake, host } = open({ sheets: [] });
    household(fake);
    const r = await host.coverageSheet("zh-CN", "C2");
    expect(r.household.members).toHaveLength(1);
    expect(fake.workbook.values(r.sheet).flat()).toContain("还没有保单记录：在“保险保障”表中录入后即可看到家庭保障。");
    expect(fake.workbook.chartsOf(r.sheet)).toEqual([]);
    await expect(host.coverageSheet("en-US", "C9")).rejects.toThrow("There is no customer with ID “C9” in the customer sheet.");
  });
});
