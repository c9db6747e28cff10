/**
 * The computed columns are added at the customer table's right edge, which moves everything to
 * the right of the table in its rows. A note the user typed in a far-right column makes that
 * impossible: Excel cannot push a non-blank cell off the sheet, and Excel on the web refuses an
 * operation moving more than its cell limit (OperationCellsExceedLimit). The in-memory Excel
 * refuses both; the add-in looks first and says what sits where, with nothing written.
 */
import { ExcelLimit } from "../../src/excel/limits";
import { hostErrorText } from "../../src/taskpane/hostError";
import { type Setup, chinesePlainBook, open, scoredBook } from "./support";

async function addColumnCode(tableName: string): Promise<string> {
  return Excel.run(async (ctx) => {
    ctx.workbook.tables.getItem(tableName).columns.add(undefined, undefined, "新列");
    await ctx.sync();
  }).then(
    () => "ok",
    (e: { code?: string }) => String(e.code),
  );
}

const dump = (s: Setup) => JSON.stringify(s.fake.workbook.dump());

describe("the in-memory Excel adding a table column", () => {
  it("refuses to push a note in the last column off the sheet, and to move more cells than Excel's limit; a note in other rows is no matter", async () => {
    const s = open({ sheets: ["S"] });
    const u = s.fake.workbook.user;
    const rows = [["ID", "名称"], ...Array.from({ length: 2_100 }, (_, i) => [`C${i + 1}`, `客户${i + 1}`])];
    u.setValues("S", "A1", rows);
    u.addTable("S", `A1:B${rows.length}`, "T");
    u.setValues("S", "XFD5", [["备注"]]);
    expect(await addColumnCode("T")).toBe("InvalidOperation");
    u.clear("S", "XFD5");
    u.setValues("S", "XEZ5", [["备注"]]);
    // 2,101 rows × 16,378 columns to move: past 33,554,000 cells.
    expect(await addColumnCode("T")).toBe("OperationCellsExceedLimit");
    u.clear("S", "XEZ5");
    u.setValues("S", "XFD3000", [["备注"]]);
    expect(await addColumnCode("T")).toBe("ok");
    expect(s.fake.workbook.values("S", "XFD3000")).toEqual([["备注"]]);
  });
});

describe("the add-in with something far to the right of the customers", () => {
  it("set-up says what sits where and writes nothing, in both languages", async () => {
    const s = open();
    chinesePlainBook(s.fake, 10);
    s.fake.workbook.user.setValues("客户", "XFD4", [["别删"]]);
    const before = dump(s);
    const error = await s.host.setup("zh-CN").then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ExcelLimit);
    expect(error).toMatchObject({ kind: "farRight", sheet: "客户", range: "XFD4" });
    expect(dump(s)).toBe(before);
    expect(hostErrorText(error, "setup", "zh-CN").message).toMatch(/^工作表“客户”中客户表格右侧很远处（XFD4）有内容，Excel 无法在表格右边添加计算列/);
    expect(hostErrorText(error, "setup", "en-US").message).toMatch(/^Something sits far to the right of the customer table on the sheet “客户” \(XFD4\)/);
  });

  it("refresh that must add back a deleted computed column says so before writing", async () => {
    const s = await scoredBook(12);
    await s.host.refresh("zh-CN");
    const header = s.fake.workbook.values("客户")[0];
    s.fake.workbook.user.deleteColumns("客户", header.indexOf("象限"));
    s.fake.workbook.user.setValues("客户", "XFD2", [["别删"]]);
    const before = dump(s);
    const error = await s.host.refresh("zh-CN").then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ kind: "farRight", sheet: "客户", range: "XFD2" });
    expect(dump(s)).toBe(before);
    // A note in the last column below the customers moves with nothing: the column comes back.
    s.fake.workbook.user.clear("客户", "XFD2");
    s.fake.workbook.user.setValues("客户", "XFD30", [["别删"]]);
    await s.host.refresh("zh-CN");
    expect(s.fake.workbook.values("客户")[0]).toContain("象限");
    expect(s.fake.workbook.values("客户", "XFD30")).toEqual([["别删"]]);
  });
});
