import type { TableKey } from "../../src/core/table";
import type { TableEdit } from "../../src/core/edits";
import { betweenSyncs, scoredBook } from "./support";

describe("what changed, for reading back only those rows", () => {
  async function editsAfter(act: (fake: Awaited<ReturnType<typeof scoredBook>>["fake"]) => void, level?: string) {
    const { fake, host } = await scoredBook(5, level ? { api: { level } } : {});
    await fake.workbook.whenIdle();
    const seen: TableEdit[] = [];
    const unsubscribe = await host.onTablesChanged((_, edits) => seen.push(...edits));
    act(fake);
    await fake.workbook.whenIdle();
    await unsubscribe();
    return seen;
  }

  test("a typed cell and a pasted block are cell edits with their rows and columns", async () => {
    const seen = await editsAfter((fake) => {
      fake.workbook.user.setValues("购买记录", "D4", [[999]]);
      fake.workbook.user.setValues("购买记录", "A6:B7", [["C1", 46000], ["C2", 46001]]);
    });
    expect(seen).toEqual([
      { table: "purchases", tableName: "crmPurchases", kind: "cells", row0: 3, col0: 3, row1: 3, col1: 3 },
      { table: "purchases", tableName: "crmPurchases", kind: "cells", row0: 5, col0: 0, row1: 6, col1: 1 },
    ]);
  });

  test("a sort and a deleted row cannot be localized", async () => {
    const seen = await editsAfter((fake) => {
      fake.workbook.user.sortTable("crmPurchases", "金额", false);
      fake.workbook.user.deleteRows("购买记录", 3);
    });
    expect(seen).toEqual([
      { table: "purchases", kind: "unknown" },
      { table: "purchases", kind: "unknown" },
    ]);
  });

  test("on an Excel without onRowSorted (ExcelApi 1.9) nothing can be localized: a sort there would go unheard", async () => {
    const seen = await editsAfter((fake) => fake.workbook.user.setValues("购买记录", "D4", [[999]]), "1.9");
    expect(seen).toEqual([{ table: "purchases", kind: "unknown" }]);
  });

  test("the first change after the add-in's own quiet writes cannot be localized (an edit meanwhile was not told)", async () => {
    const { fake, host } = await scoredBook(5);
    await fake.workbook.whenIdle();
    const seen: TableEdit[] = [];
    const unsubscribe = await host.onTablesChanged((_, edits) => seen.push(...edits));
    await host.refresh("zh-CN");
    fake.workbook.user.setValues("购买记录", "D4", [[999]]);
    await fake.workbook.whenIdle();
    fake.workbook.user.setValues("购买记录", "D5", [[998]]);
    await fake.workbook.whenIdle();
    await unsubscribe();
    expect(seen.map((e) => e.kind)).toEqual(["cells", "unknown", "cells"]);
  });
});

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
