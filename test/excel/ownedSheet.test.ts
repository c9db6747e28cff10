import { createFakeExcel, type FakeExcel } from "../../src/fake-excel";
import {
  SHEET_NAME_MAX,
  ownedSheetName,
  queueOwnedSheet,
  queueOwnedSheetProbe,
  sanitizeSheetName,
  uniqueSheetName,
} from "../../src/excel/ownedSheet";

/** One build of the owned sheet `key`: probe, then write "built" in A1 and one chart. */
async function build(fake: FakeExcel, key: string, name: string): Promise<string> {
  return fake.Excel.run(async (ctx) => {
    const probe = queueOwnedSheetProbe(ctx, key);
    await ctx.sync();
    const { sheet, name: actual } = queueOwnedSheet(ctx, probe(), { name, comment: "test sheet" });
    sheet.getRange("A1:B2").values = [
      ["Class", "Value"],
      ["Deposits", 100],
    ];
    const chart = sheet.charts.add("Pie", sheet.getRange("A1:B2"), "Columns");
    chart.name = "crmTestPie";
    await ctx.sync();
    return actual;
  });
}

describe("a sheet the add-in owns", () => {
  it("is made once and rebuilt in place: one sheet, one chart of ours, and a chart the user added is kept", async () => {
    const fake = createFakeExcel({ sheets: ["Data"] });
    expect(await build(fake, "k", "Review")).toBe("Review");
    fake.workbook.user.setValues("Review", "D5", [["stale"]]);
    await fake.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Review");
      ws.charts.add("ColumnClustered", ws.getRange("A1:B2")).name = "My chart";
      await ctx.sync();
    });
    expect(await build(fake, "k", "Review")).toBe("Review");
    expect(fake.workbook.sheetNames()).toEqual(["Data", "Review"]);
    expect(fake.workbook.chartsOf("Review").map((c) => c.name).sort()).toEqual(["My chart", "crmTestPie"]);
    expect(fake.workbook.values("Review", "D5")).toEqual([[""]]);
  });

  it("follows the sheet when the user renames it, and makes a new one when the user deletes it", async () => {
    const fake = createFakeExcel({ sheets: ["Data"] });
    await build(fake, "k", "Review");
    fake.workbook.user.renameSheet("Review", "Mine now");
    expect(await build(fake, "k", "Review")).toBe("Mine now");
    expect(fake.workbook.sheetNames()).toEqual(["Data", "Mine now"]);
    fake.workbook.user.deleteSheet("Mine now");
    expect(await build(fake, "k", "Review")).toBe("Review");
    expect(fake.workbook.sheetNames()).toEqual(["Data", "Review"]);
  });

  it("never takes a user's sheet of the same name, and leaves its cells alone", async () => {
    const fake = createFakeExcel({ sheets: ["Review"] });
    fake.workbook.user.setValues("Review", "A1", [["my notes"]]);
    expect(await build(fake, "k", "Review")).toBe("Review (2)");
    expect(fake.workbook.values("Review", "A1")).toEqual([["my notes"]]);
    expect(fake.workbook.chartsOf("Review")).toEqual([]);
  });

  it("gives different keys different names, whatever characters they hold", () => {
    const keys = ["review_A-1", "review_A_1", "review_A 1", "review_甲/1"];
    const names = keys.map(ownedSheetName);
    expect(new Set(names).size).toBe(keys.length);
    for (const n of names) expect(n).toMatch(/^crmSheet_[\p{L}\p{N}._]+$/u);
  });
});

describe("sheet names Excel accepts", () => {
  it("removes / \\ ? * [ ] : and apostrophes at the ends", () => {
    expect(sanitizeSheetName("'A/B\\C?D*E[F]G:H'")).toBe("ABCDEFGH");
  });

  it("cuts to 31 characters without splitting a character, and falls back when nothing is left", () => {
    const long = "客户资产回顾 ".repeat(8);
    expect(sanitizeSheetName(long).length).toBeLessThanOrEqual(SHEET_NAME_MAX);
    expect(sanitizeSheetName("😀".repeat(20)).length).toBe(30);
    expect(sanitizeSheetName("[]:*")).toBe("CRM");
  });

  it("numbers a taken name within 31 characters, case-insensitively", () => {
    const long = "x".repeat(40);
    const first = uniqueSheetName(long, []);
    expect(first).toBe("x".repeat(31));
    const second = uniqueSheetName(long, [first.toUpperCase()]);
    expect(second).toBe(`${"x".repeat(27)} (2)`);
    expect(uniqueSheetName("象限图", ["象限图"], "象限图(CRM)")).toBe("象限图(CRM)");
    expect(uniqueSheetName("象限图", ["象限图", "象限图(CRM)"], "象限图(CRM)")).toBe("象限图(CRM) 2");
  });
});
