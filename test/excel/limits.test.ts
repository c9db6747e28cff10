/**
 * Workbooks Excel will not let the add-in write as it would like (issue 11, point 8): a protected
 * sheet, merged cells in data set-up would make a table of, a table with a total row. Each ends in a
 * sentence naming the sheet (and the cells), with nothing written, or works as in Excel.
 */
import { ExcelLimit } from "../../src/excel/limits";
import { hostErrorText } from "../../src/taskpane/hostError";
import { TODAY, chinesePlainBook, open, scoredBook } from "./support";

async function refusal(p: Promise<unknown>): Promise<ExcelLimit> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(ExcelLimit);
  return e as ExcelLimit;
}

describe("a protected sheet", () => {
  test("set-up on a book whose customer sheet is protected writes nothing and says which sheet to unprotect", async () => {
    const { fake, host } = open();
    chinesePlainBook(fake, 5);
    fake.workbook.user.protect("客户");
    const before = fake.workbook.dump();
    const e = await refusal(host.setup("zh-CN"));
    expect([e.kind, e.sheet]).toEqual(["protected", "客户"]);
    expect(fake.workbook.dump()).toEqual(before);
    const text = hostErrorText(e, "setup", "zh-CN");
    expect(text.message).toContain("“客户”受保护");
    expect(text.detail).toBeUndefined();
    expect(hostErrorText(e, "setup", "en-US").message).toContain("The sheet “客户” is protected");
  });

  test("a refresh with the customer sheet protected stops after reading: no cell, chart or history is written", async () => {
    const { fake, host } = await scoredBook(8);
    await host.refresh("zh-CN");
    fake.workbook.user.setValues("购买记录", "D2", [[5000]]);
    fake.workbook.user.protect("客户");
    await fake.workbook.whenIdle();
    const before = fake.workbook.dump();
    fake.stats.resetCounts();
    const e = await refusal(host.refresh("zh-CN"));
    expect([e.kind, e.sheet]).toEqual(["protected", "客户"]);
    expect(fake.workbook.dump()).toEqual(before);
    expect(fake.stats.syncs).toBe(2);
  });

  test("a refresh with the add-in's own quadrant chart sheet protected writes nothing either, not even the customers' quadrants", async () => {
    const { fake, host } = await scoredBook(8);
    await host.refresh("zh-CN");
    const chartSheet = fake.workbook.sheetNames().find((s) => s.startsWith("象限图"))!;
    fake.workbook.user.setValues("购买记录", "D2", [[5000]]);
    fake.workbook.user.protect(chartSheet);
    await fake.workbook.whenIdle();
    const before = fake.workbook.dump();
    const e = await refusal(host.refresh("zh-CN"));
    expect([e.kind, e.sheet]).toEqual(["protected", chartSheet]);
    expect(fake.workbook.dump()).toEqual(before);
  });

  test("logging a follow-up into a protected sheet writes nothing and names the sheet", async () => {
    const { fake, host } = await scoredBook(6);
    fake.workbook.user.protect("跟进记录");
    const before = fake.workbook.dump();
    const e = await refusal(
      host.writeRows({ table: "followUps", append: [{ id: "C1", date: { day: TODAY }, channel: "电话", summary: "问候" }] }),
    );
    expect([e.kind, e.sheet]).toEqual(["protected", "跟进记录"]);
    expect(fake.workbook.dump()).toEqual(before);
  });
});

describe("merged cells in data set-up would make a table of", () => {
  test("set-up names the sheet and the merged cells, and changes nothing", async () => {
    const { fake, host } = open();
    chinesePlainBook(fake, 6);
    fake.workbook.user.setValues("客户", "B4", [[""]]);
    fake.workbook.user.merge("客户", "B3:B4");
    const before = fake.workbook.dump();
    fake.stats.resetCounts();
    const e = await refusal(host.setup("zh-CN"));
    expect([e.kind, e.sheet, e.range]).toEqual(["merged", "客户", "B3:B4"]);
    expect(fake.workbook.dump()).toEqual(before);
    expect(fake.stats.syncs).toBe(2);
    expect(hostErrorText(e, "setup", "zh-CN").message).toContain("合并单元格（B3:B4）");
  });

  test("a merged title above the header is no obstacle: the table starts under it", async () => {
    const { fake, host } = open();
    const u = fake.workbook.user;
    chinesePlainBook(fake, 4);
    u.insertRows("客户", 0, 1);
    u.setValues("客户", "A1", [["2026 年客户名单"]]);
    u.merge("客户", "A1:D1");
    const result = await host.setup("zh-CN");
    expect(result.adopted).toContain("customers");
    expect(fake.workbook.tablesInfo().find((t) => t.name === "crmCustomers")?.address).toMatch(/^客户!A2:/);
  });

  test("on an Excel without getMergedAreas (below ExcelApi 1.13) Excel's refusal still becomes a sentence, with nothing adopted", async () => {
    const { fake, host } = open({ api: { level: "1.12" } });
    chinesePlainBook(fake, 6);
    fake.workbook.user.setValues("客户", "B4", [[""]]);
    fake.workbook.user.merge("客户", "B3:B4");
    const e = await refusal(host.setup("zh-CN"));
    expect([e.kind, e.sheet]).toEqual(["adoptRefused", "客户"]);
    expect(fake.workbook.tablesInfo()).toEqual([]);
    expect(hostErrorText(e, "setup", "en-US").message).toContain("merged cells");
  });
});

describe("total rows", () => {
  test("a customer table with a total row: its Total is no customer, no computed cell goes into it, and four syncs as always", async () => {
    const { fake, host } = await scoredBook(6);
    fake.workbook.user.showTotals("crmCustomers");
    const total = fake.workbook.tablesInfo().find((t) => t.name === "crmCustomers")!.address.replace(/^.*:[A-Z]+/, "");
    fake.stats.resetCounts();
    const { analysis } = await host.refresh("zh-CN");
    expect(fake.stats.syncs).toBe(4);
    expect(analysis.scores.map((s) => s.id)).toEqual(["C1", "C2", "C3", "C4", "C5", "C6"]);
    const row = fake.workbook.values("客户")[Number(total) - 1];
    expect(row[0]).toBe("Total");
    // Only Excel's own SUBTOTAL under the last column; the add-in's columns are empty there.
    expect(row.slice(1, -1).every((v) => v === "")).toBe(true);
  });

  test("a follow-up logged into a table with a total row goes above the total row", async () => {
    const { fake, host } = await scoredBook(6);
    fake.workbook.user.showTotals("crmFollowUps");
    const result = await host.writeRows({
      table: "followUps",
      append: [{ id: "C2", date: { day: TODAY }, channel: "电话", summary: "回访" }],
    });
    const grid = fake.workbook.values("跟进记录");
    expect(grid[result.firstRow - 1][0]).toBe("C2");
    expect(grid[result.firstRow][0]).toBe("Total");
  });

  test("set-up leaves a range's 合计 row under the new table, so rows logged later go above it and it is never a customer", async () => {
    const { fake, host } = open();
    chinesePlainBook(fake, 5);
    fake.workbook.user.setValues("跟进记录", "A4", [["合计", "", "", ""]]);
    await host.setup("zh-CN");
    expect(fake.workbook.tablesInfo().find((t) => t.name === "crmFollowUps")?.address).toBe("跟进记录!A1:D3");
    const result = await host.writeRows({
      table: "followUps",
      append: [{ id: "C3", date: { day: TODAY }, channel: "电话", summary: "回访" }],
    });
    expect(result.firstRow).toBe(4);
    expect(fake.workbook.values("跟进记录", "A4:A5")).toEqual([["C3"], ["合计"]]);
  });
});
