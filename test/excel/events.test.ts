import type { TableKey } from "../../src/core/table";
import { betweenSyncs, scoredBook } from "./support";

describe("onTablesChanged", () => {
  test("reports which dataset the user changed", async () => {
    const { fake, host } = await scoredBook(5);
    const seen: TableKey[][] = [];
    const unsubscribe = await host.onTablesChanged((keys) => seen.push(keys));
    fake.workbook.user.setValues("购买记录", "D2", [[999]]);
    await fake.workbook.whenIdle();
    fake.workbook.user.setValues("客户", "B3", [["新名字"]]);
    await fake.workbook.whenIdle();
    expect(seen).toEqual([["purchases"], ["customers"]]);
    await unsubscribe();
  });

  test("switches events off around its own writes (ExcelApi 1.8): a refresh reaches no handler at all", async () => {
    const { fake, host } = await scoredBook(8);
    await fake.workbook.whenIdle();
    const raw: string[] = [];
    await Excel.run(async (ctx) => {
      ctx.workbook.tables.onChanged.add(async (e) => {
        raw.push(e.address);
      });
      await ctx.sync();
    });
    await host.refresh("zh-CN");
    await fake.workbook.whenIdle();
    expect(raw).toEqual([]);
    // …and on again afterwards: the user's next edit is heard.
    fake.workbook.user.setValues("客户", "B3", [["新名字"]]);
    await fake.workbook.whenIdle();
    expect(raw).toHaveLength(1);
  });

  test("where events cannot be switched off, does not report the add-in's own writes to the computed columns", async () => {
    const { fake, host } = await scoredBook(8, { api: { level: "1.7" } });
    await fake.workbook.whenIdle();
    const seen: TableKey[][] = [];
    const unsubscribe = await host.onTablesChanged((keys) => seen.push(keys));
    // A plain listener shows the writes do raise events, as in Excel.
    const raw: string[] = [];
    await Excel.run(async (ctx) => {
      ctx.workbook.tables.onChanged.add(async (e) => {
        raw.push(e.address);
      });
      await ctx.sync();
    });
    await host.refresh("zh-CN");
    await fake.workbook.whenIdle();
    expect(raw.length).toBeGreaterThan(0);
    expect(seen).toEqual([]);
    await unsubscribe();
  });

  test("a refresh that re-adds a computed column the user deleted is not taken for a change by the user, even where events cannot be switched off and arrive before the refresh goes on", async () => {
    // ExcelApi 1.7: no enableEvents, the own-write filter is all there is.
    const { fake, host } = await scoredBook(6, { api: { level: "1.7" } });
    await host.refresh("zh-CN");
    const seen: TableKey[][] = [];
    const unsubscribe = await host.onTablesChanged((keys) => seen.push(keys));
    // The user adds a column of their own inside the table and deletes 象限: the add-in's columns
    // all move, and 象限 comes back at a position none of them had.
    fake.workbook.user.insertColumns("客户", 2);
    fake.workbook.user.deleteColumns("客户", fake.workbook.values("客户")[0].indexOf("象限"));
    await fake.workbook.whenIdle();
    seen.length = 0;
    // Each sync's events reach the handlers before the refresh's code resumes (Excel allows it):
    // the column appended in the verify sync must already be known as the add-in's.
    betweenSyncs(fake, () => fake.workbook.deliverEventsNow());
    await host.refresh("zh-CN");
    await fake.workbook.whenIdle();
    expect(seen).toEqual([]);
    await unsubscribe();
  });

  test("reports a sort, which Excel announces through onRowSorted and not onChanged", async () => {
    const { fake, host } = await scoredBook(5);
    await host.refresh("zh-CN");
    await fake.workbook.whenIdle();
    const seen: TableKey[][] = [];
    const unsubscribe = await host.onTablesChanged((keys) => seen.push(keys));
    fake.workbook.user.sortTable("crmCustomers", "客户名称", false);
    await fake.workbook.whenIdle();
    expect(seen).toEqual([["customers"]]);
    await unsubscribe();
  });

  test("a change Excel does not announce (a fill over filtered rows) is reported by the next read", async () => {
    const { fake, host } = await scoredBook(5);
    const seen: TableKey[][] = [];
    const unsubscribe = await host.onTablesChanged((keys) => seen.push(keys));
    await host.readBook();
    fake.workbook.silently(() => fake.workbook.user.setValues("购买记录", "D2", [[777]]));
    await fake.workbook.whenIdle();
    expect(seen).toEqual([]);
    await host.readBook();
    await fake.workbook.whenIdle();
    expect(seen).toEqual([["purchases"]]);
    // Nothing changed since: the read after that reports nothing.
    await host.readBook();
    await fake.workbook.whenIdle();
    expect(seen).toHaveLength(1);
    await unsubscribe();
  });

  test("reports a table the user renamed after subscribing, found again by its sheet", async () => {
    const { fake, host } = await scoredBook(3);
    const seen: TableKey[][] = [];
    const unsubscribe = await host.onTablesChanged((keys) => seen.push(keys));
    fake.workbook.user.renameTable("crmPurchases", "Orders2026");
    fake.workbook.user.setValues("购买记录", "D2", [[1]]);
    await fake.workbook.whenIdle();
    expect(seen).toEqual([["purchases"]]);
    await unsubscribe();
  });

  test("stops reporting once unsubscribed", async () => {
    const { fake, host } = await scoredBook(3);
    const before = fake.workbook.eventHandlerCount();
    const seen: TableKey[][] = [];
    const unsubscribe = await host.onTablesChanged((keys) => seen.push(keys));
    expect(fake.workbook.eventHandlerCount()).toBe(before + 2); // onChanged and onRowSorted
    await unsubscribe();
    expect(fake.workbook.eventHandlerCount()).toBe(before);
    fake.workbook.user.setValues("购买记录", "D2", [[5]]);
    await fake.workbook.whenIdle();
    expect(seen).toEqual([]);
    expect(fake.workbook.eventHandlerErrors()).toEqual([]);
  });
});
