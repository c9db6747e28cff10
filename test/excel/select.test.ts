import { scoredBook } from "./support";

describe("select", () => {
  test("goes to a problem's cell on its sheet in one round trip", async () => {
    const { fake, host } = await scoredBook(5);
    fake.stats.resetCounts();
    await host.select({ sheet: "购买记录", row: 3, columnIndex: 3 });
    expect(fake.workbook.selection()).toEqual({ sheet: "购买记录", address: "D3" });
    expect(fake.stats.syncs).toBe(1);
  });

  test("selects the whole row when the place has no column", async () => {
    const { fake, host } = await scoredBook(5);
    await host.select({ sheet: "客户", row: 4 });
    expect(fake.workbook.selection()).toEqual({ sheet: "客户", address: "4:4" });
  });
});
