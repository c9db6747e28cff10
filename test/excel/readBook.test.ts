import { TODAY, chinesePlainBook, open, scoredBook } from "./support";
import { analyze } from "../../src/core/analyze";

describe("readBook", () => {
  test("reads every linked table in two round trips, whatever the size", async () => {
    for (const n of [10, 5_000]) {
      const { fake, host } = await scoredBook(n);
      fake.stats.resetCounts();
      const book = await host.readBook();
      expect(fake.stats.syncs).toBe(2);
      expect(Object.keys(book.tables).sort()).toEqual([
        "assets",
        "customers",
        "followUps",
        "policies",
        "purchases",
        "settings",
      ]);
      expect(book.tables.customers).toMatchObject({ sheet: "客户", headerRow: 1, firstColumn: 0 });
      expect(book.tables.customers!.rows).toHaveLength(n);
      expect(book.date1904).toBe(false);
    }
  });

  test("reads sheets that are not set up yet as plain ranges, found by their names", async () => {
    const { fake, host } = open();
    chinesePlainBook(fake, 6);
    const book = await host.readBook();
    expect(book.tables.customers).toMatchObject({
      sheet: "客户",
      headerRow: 1,
      headers: ["客户编号", "客户名称", "电话", "微信号"],
    });
    expect(book.tables.customers!.rows).toHaveLength(6);
    expect(analyze(book, { today: TODAY }).scores).toHaveLength(6);
  });
});
