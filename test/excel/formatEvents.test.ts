/**
 * `onChanged` fires for format changes too: "onChanged fires when either the format or value of
 * the data changes" (Microsoft's tables and worksheets pages, "Detect data changes"). The in-memory
 * Excel does so; the pane's "data changed" hint must not take a user's bold row for new data, and
 * set-up's own formatting is the add-in's own write, which raises nothing.
 */
import type { TableKey } from "../../src/core/table";
import { createFakeExcel } from "../../src/fake-excel";
import { scoredBook } from "./support";

describe("format changes and change events", () => {
  it("a format change raises onChanged (RangeEdited) in the in-memory Excel, as Microsoft documents", async () => {
    const fake = createFakeExcel();
    fake.workbook.user.setValues("Sheet1", "A1", [["ID"], ["C1"]]);
    fake.workbook.user.addTable("Sheet1", "A1:A2", "T");
    const seen: string[] = [];
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.tables.onChanged.add(async (e) => void seen.push(`${e.changeType} ${e.address}`));
      await ctx.sync();
    });
    fake.workbook.user.setFormat("Sheet1", "A2", { bold: true });
    await fake.workbook.whenIdle();
    expect(seen).toEqual(["RangeEdited A2"]);
  });

  it("a user bolding a customer row does not make the pane say the data changed; typing in it does", async () => {
    const { fake, host } = await scoredBook(5);
    await host.refresh("zh-CN");
    await fake.workbook.whenIdle();
    const heard: TableKey[][] = [];
    const unsubscribe = await host.onDataChanged!((tables) => heard.push(tables));
    fake.workbook.user.setFormat("客户", "A3:D3", { bold: true, fill: "#FFFF00" });
    await fake.workbook.whenIdle();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard).toEqual([]);
    fake.workbook.user.setValues("客户", "B3", [["新名字"]]);
    await fake.workbook.whenIdle();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard).toEqual([["customers"]]);
    await unsubscribe();
  });

  it("set-up's own formatting (dates the user's paste left General) raises no change event", async () => {
    const { fake, host } = await scoredBook(5);
    await host.refresh("zh-CN");
    fake.workbook.user.setNumberFormat("购买记录", "B2:B3", "General");
    await fake.workbook.whenIdle();
    const heard: TableKey[][] = [];
    const unsubscribe = await host.onTablesChanged((tables) => heard.push(tables));
    await host.setup("zh-CN");
    await fake.workbook.whenIdle();
    expect(fake.workbook.cells("购买记录")[1][1].numberFormat).toBe("yyyy-mm-dd");
    expect(heard).toEqual([]);
    await unsubscribe();
  });
});
