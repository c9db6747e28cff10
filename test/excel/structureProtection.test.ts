/**
 * Review → Protect Workbook locks the structure: no sheet can be added, deleted, renamed, moved,
 * hidden or shown. Set-up adds the sheets of missing datasets, the first refresh its chart,
 * dashboard and history sheets, a review or coverage build its own sheet (and shows it again if the
 * user hid it). Excel would refuse the new sheet in the middle of the batch, after the writes
 * before it; the add-in checks `workbook.protection` first and says so in one sentence, with
 * nothing written.
 */
import { ExcelLimit } from "../../src/excel/limits";
import { hostErrorText } from "../../src/taskpane/hostError";
import { type Row, type Setup, open, scoredBook, serial } from "./support";
import { chinesePlainBook } from "./support";

const protectStructure = (s: Setup, on = true) => s.fake.workbook.user.protectStructure(on);

/** What the host threw, or "ok". */
async function outcome(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => "ok",
    (e: unknown) => e,
  );
}

describe("the in-memory Excel with the workbook's structure protected", () => {
  it("refuses adding, renaming, moving, hiding and deleting sheets with AccessDenied; cells are still written", async () => {
    const s = open();
    s.fake.workbook.user.addSheet("Other");
    protectStructure(s);
    const code = (batch: (wb: Excel.Workbook) => void) =>
      Excel.run(async (ctx) => {
        batch(ctx.workbook);
        await ctx.sync();
      }).then(
        () => "ok",
        (e: { code?: string }) => e.code,
      );
    expect(await code((wb) => wb.worksheets.add("New"))).toBe("AccessDenied");
    expect(await code((wb) => (wb.worksheets.getItem("Other").name = "Renamed"))).toBe("AccessDenied");
    expect(await code((wb) => (wb.worksheets.getItem("Other").position = 0))).toBe("AccessDenied");
    expect(await code((wb) => (wb.worksheets.getItem("Other").visibility = "Hidden"))).toBe("AccessDenied");
    expect(await code((wb) => wb.worksheets.getItem("Other").delete())).toBe("AccessDenied");
    expect(await code((wb) => (wb.worksheets.getItem("Other").getRange("A1").values = [["x"]]))).toBe("ok");
    expect(s.fake.workbook.sheetNames()).toEqual(["Sheet1", "Other"]);
  });

  it("reports the protection through workbook.protection, refuses protecting twice, and needs the password to lift it", async () => {
    open();
    const read = () =>
      Excel.run(async (ctx) => {
        const p = ctx.workbook.protection.load("protected");
        await ctx.sync();
        return p.protected;
      });
    const run = (batch: (p: Excel.WorkbookProtection) => void) =>
      Excel.run(async (ctx) => {
        batch(ctx.workbook.protection);
        await ctx.sync();
      }).then(
        () => "ok",
        (e: { code?: string }) => e.code,
      );
    expect(await read()).toBe(false);
    expect(await run((p) => p.protect("pw"))).toBe("ok");
    expect(await read()).toBe(true);
    expect(await run((p) => p.protect())).toBe("InvalidOperation");
    expect(await run((p) => p.unprotect("wrong"))).toBe("InvalidArgument");
    expect(await run((p) => p.unprotect("pw"))).toBe("ok");
    expect(await read()).toBe(false);
  });
});

describe("the add-in on a workbook whose structure is protected", () => {
  it("set-up that would add the sheets of missing datasets writes nothing and names the sheet, in both languages", async () => {
    const s = open();
    chinesePlainBook(s.fake, 8);
    protectStructure(s);
    const before = JSON.stringify(s.fake.workbook.dump());
    const error = await outcome(s.host.setup("zh-CN"));
    expect(error).toBeInstanceOf(ExcelLimit);
    expect(error).toMatchObject({ kind: "structure", sheet: "资产" });
    expect(JSON.stringify(s.fake.workbook.dump())).toBe(before);
    expect(hostErrorText(error, "setup", "zh-CN").message).toBe(
      "工作簿结构受保护，加载项无法添加或显示工作表“资产”，本次未做任何更改。请在“审阅 → 保护工作簿”中取消结构保护后重试。",
    );
    expect(hostErrorText(error, "setup", "en-US").message).toMatch(/^The workbook's structure is protected, so the add-in cannot add or show the sheet “资产”; nothing was changed\./);
    // With the protection lifted, set-up goes through.
    protectStructure(s, false);
    await s.host.setup("zh-CN");
    expect(s.fake.workbook.sheetNames()).toContain("资产");
  });

  it("the first refresh (chart, dashboard and history sheets to add) writes nothing; once they exist, refresh works protected", async () => {
    const s = await scoredBook(12);
    protectStructure(s);
    const before = JSON.stringify(s.fake.workbook.dump());
    const error = await outcome(s.host.refresh("zh-CN"));
    expect(error).toMatchObject({ kind: "structure", sheet: "象限图" });
    expect(JSON.stringify(s.fake.workbook.dump())).toBe(before);

    protectStructure(s, false);
    await s.host.refresh("zh-CN");
    const sheets = s.fake.workbook.sheetNames();
    protectStructure(s);
    s.fake.workbook.user.setValues("购买记录", "D2", [[99_999]]);
    const { written } = await s.host.refresh("zh-CN");
    expect(written).toBe(12);
    expect(s.fake.workbook.sheetNames()).toEqual(sheets);
  });

  it("a review of a new client, or of one whose review sheet the user hid, writes nothing and says so", async () => {
    const s = open();
    const u = s.fake.workbook.user;
    u.renameSheet("Sheet1", "客户");
    u.setValues("客户", "A1", [
      ["客户编号", "客户名称"],
      ["C1", "张三"],
      ["C2", "李四"],
    ] as Row[]);
    u.addSheet("资产");
    u.setValues("资产", "A1", [
      ["客户编号", "回顾日期", "资产类别", "名称", "机构", "风险等级", "市值"],
      ["C1", serial("2026-03-31"), "存款", "定期", "本行", "R1", 120_000],
      ["C2", serial("2026-03-31"), "基金", "稳健", "本行", "R2", 80_000],
    ] as Row[]);
    const first = await s.host.buildReview("zh-CN", "C1");
    if (!first.ok) throw new Error(first.code);
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("客户").activate();
      ctx.workbook.worksheets.getItem(first.sheet).visibility = "Hidden";
      await ctx.sync();
    });
    protectStructure(s);
    const before = JSON.stringify(s.fake.workbook.dump());
    expect(await outcome(s.host.buildReview("zh-CN", "C1"))).toMatchObject({ kind: "structure", sheet: first.sheet });
    expect(await outcome(s.host.buildReview("zh-CN", "C2"))).toMatchObject({ kind: "structure" });
    expect(JSON.stringify(s.fake.workbook.dump())).toBe(before);
  });
});
