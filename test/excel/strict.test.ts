import * as fakeErrors from "../../src/fake-excel/errors";
import type { TableKey } from "../../src/core/table";
import { chinesePlainBook, englishTableBook, open } from "./support";

describe("load-before-read, as Office.js enforces it", () => {
  test("reading a property that was not loaded throws PropertyNotLoaded in the in-memory Excel, as Office.js does", async () => {
    const spy = jest.spyOn(fakeErrors, "propertyNotLoaded");
    const { fake } = open();
    fake.workbook.user.setValues("Sheet1", "A1", [[1]]);
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.load("address");
      await ctx.sync();
      expect(range.address).toBe("Sheet1!A1");
      let error: unknown;
      try {
        void range.values;
      } catch (e) {
        error = e;
      }
      expect(error).toMatchObject({ code: "PropertyNotLoaded" });
    });
    // The counter the next test relies on sees such a read.
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });

  test("setup, refresh, readBook, select and change events never read a property they did not load", async () => {
    const spy = jest.spyOn(fakeErrors, "propertyNotLoaded");
    try {
      for (const build of [() => undefined, chinesePlainBook, englishTableBook]) {
        const { fake, host } = open();
        build(fake);
        const seen: TableKey[][] = [];
        const unsubscribe = await host.onTablesChanged((k) => seen.push(k));
        await host.setup("zh-CN");
        await host.refresh("zh-CN");
        await host.readBook();
        const customers = fake.workbook.tablesInfo().find((t) => t.name === "crmCustomers")!;
        await host.select({ sheet: customers.sheet, row: 2, columnIndex: 1 });
        const settings = fake.workbook.tablesInfo().find((t) => t.name === "crmSettings")!;
        fake.workbook.user.setValues(settings.sheet, "B2", [[6]]);
        await fake.workbook.whenIdle();
        await unsubscribe();
        expect(fake.workbook.eventHandlerErrors()).toEqual([]);
      }
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});
