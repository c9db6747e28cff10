/**
 * The pane's quadrant filter on the in-memory Excel: the customer table's AutoFilter on the
 * quadrant column, one sync, no cell changed — and the imitation refuses what Excel refuses.
 */
import { type Setup, cellMap, scoredBook } from "./support";

async function refreshed(): Promise<Setup> {
  const s = await scoredBook(12);
  await s.host.refresh("zh-CN");
  return s;
}

const customers = (s: Setup) => s.fake.workbook.tablesInfo().find((t) => t.name === "crmCustomers")!;

describe("filtering the customer table to a quadrant", () => {
  it("hides every customer row of the other quadrants, in one sync, changing no cell; clearing shows them all again", async () => {
    const s = await refreshed();
    const before = cellMap(s.fake, "客户");
    const grid = s.fake.workbook.values("客户");
    const q = grid[0].indexOf("象限");
    const others = grid.map((r, i) => ({ i, q: r[q] })).filter((x) => x.i > 0 && x.q !== "II").map((x) => x.i);
    expect(others.length).toBeGreaterThan(0);
    s.fake.stats.resetCounts();
    await s.host.filterQuadrant!("II");
    expect(s.fake.stats.syncs).toBe(1);
    expect(customers(s).filter).toEqual({ column: q, values: ["II"] });
    expect(customers(s).hiddenRows).toEqual(others);
    expect(cellMap(s.fake, "客户")).toEqual(before);
    await s.host.filterQuadrant!(undefined);
    expect(customers(s).filter).toBeUndefined();
    expect(cellMap(s.fake, "客户")).toEqual(before);
  });

  it("says to refresh first when the quadrant column is not known yet", async () => {
    const s = await scoredBook(3);
    await expect(s.host.filterQuadrant!("I")).rejects.toThrow("refresh first");
  });
});

describe("the in-memory Excel's table AutoFilter is as strict as Excel", () => {
  async function apply(args: (t: Excel.Table) => void): Promise<unknown> {
    return Excel.run(async (ctx) => {
      args(ctx.workbook.tables.getItem("crmCustomers"));
      await ctx.sync();
    }).then(
      () => "ok",
      (e: { code?: string }) => e.code,
    );
  }

  it("refuses a range other than the table's, a column outside it, and criteria it does not model", async () => {
    await refreshed();
    expect(await apply((t) => t.autoFilter.apply("A1:B3", 0, { filterOn: "Values", values: ["I"] }))).toBe("InvalidArgument");
    expect(await apply((t) => t.autoFilter.apply(t.getRange(), 99, { filterOn: "Values", values: ["I"] }))).toBe("InvalidArgument");
    expect(await apply((t) => t.autoFilter.apply(t.getRange(), 0, { filterOn: "TopItems", criterion1: "3" }))).toBe("InvalidArgument");
    expect(await apply((t) => t.autoFilter.apply(t.getRange(), 0, { filterOn: "Values", values: [] }))).toBe("InvalidArgument");
    expect(await apply((t) => t.autoFilter.apply(t.getRange(), 0, { filterOn: "Values", values: ["C1"] }))).toBe("ok");
  });

  it("reports the filter through isDataFiltered and criteria", async () => {
    await refreshed();
    const read = () =>
      Excel.run(async (ctx) => {
        const f = ctx.workbook.tables.getItem("crmCustomers").autoFilter.load("isDataFiltered,criteria");
        await ctx.sync();
        return { on: f.isDataFiltered, first: f.criteria[0] };
      });
    expect((await read()).on).toBe(false);
    await apply((t) => t.autoFilter.apply(t.getRange(), 0, { filterOn: "Values", values: ["C1"] }));
    expect(await read()).toEqual({ on: true, first: { filterOn: "Values", values: ["C1"] } });
  });
});
