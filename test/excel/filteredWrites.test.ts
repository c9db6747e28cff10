/**
 * The pane's quadrant filter stays on the customer table after the user picks a quadrant; the next
 * refresh or import then writes into a filtered table. Excel documents FilteredRangeConflict for
 * operations that conflict with a filtered range, and OfficeDev/office-js#224 reports values landing
 * in the wrong cells of a filtered range. The in-memory Excel refuses such writes and keeps the rows
 * hidden as the filter hid them (Excel does not re-apply a filter by itself); the add-in clears the
 * filter, writes, and applies it again, in the same syncs — the pane's own filter and one the user
 * set on a column of their own alike.
 */
import { type Setup, scoredBook } from "./support";

const customers = (s: Setup) => s.fake.workbook.tablesInfo().find((t) => t.name === "crmCustomers")!;

async function filteredToII(): Promise<Setup> {
  const s = await scoredBook(12);
  await s.host.refresh("zh-CN");
  await s.host.filterQuadrant!("II");
  expect(customers(s).hiddenRows!.length).toBeGreaterThan(0);
  return s;
}

describe("the in-memory Excel with a filtered table", () => {
  it("refuses a write of several rows across hidden rows, and added rows, with FilteredRangeConflict; one cell is fine", async () => {
    const s = await filteredToII();
    const hidden = customers(s).hiddenRows![0];
    const code = (batch: (ws: Excel.Worksheet, t: Excel.Table) => void) =>
      Excel.run(async (ctx) => {
        batch(ctx.workbook.worksheets.getItem("客户"), ctx.workbook.tables.getItem("crmCustomers"));
        await ctx.sync();
      }).then(
        () => "ok",
        (e: { code?: string }) => e.code,
      );
    expect(await code((ws) => (ws.getRange(`D${hidden}:D${hidden + 2}`).values = [["a"], ["b"], ["c"]]))).toBe(
      "FilteredRangeConflict",
    );
    expect(await code((_, t) => t.rows.add(undefined, [["C99", "新", "", ""]]))).toBe("FilteredRangeConflict");
    expect(await code((ws) => (ws.getRange(`D${hidden + 1}`).values = [["x"]]))).toBe("ok");
  });

  it("keeps the rows hidden that the filter hid, whatever is written later, until it is applied again", async () => {
    const s = await filteredToII();
    const before = customers(s).hiddenRows;
    const grid = s.fake.workbook.values("客户");
    const q = grid[0].indexOf("象限");
    const shown = grid.findIndex((r, i) => i > 0 && r[q] === "II");
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("客户").getRange(`A1`).getOffsetRange(shown, q).values = [["IV"]];
      await ctx.sync();
    });
    expect(customers(s).hiddenRows).toEqual(before);
  });
});

describe("refresh and import with the pane's quadrant filter on", () => {
  it("refresh clears the filter, writes every customer's row, and shows the quadrant again", async () => {
    const s = await filteredToII();
    s.fake.workbook.user.setValues("购买记录", "D2", [[99_999]]);
    const { analysis } = await s.host.refresh("zh-CN");
    const grid = s.fake.workbook.values("客户");
    const q = grid[0].indexOf("象限");
    expect(grid.slice(1).map((r) => r[q])).toEqual(analysis.scores.map((x) => x.quadrant));
    expect(customers(s).filter).toEqual({ column: q, values: ["II"] });
    const notII = grid
      .map((r, i) => ({ i, q: r[q] }))
      .filter((x) => x.i > 0 && x.q !== "II")
      .map((x) => x.i);
    expect(customers(s).hiddenRows).toEqual(notII);
  });

  it("an imported customer is added under the filtered table, and the filter is on again after", async () => {
    const s = await filteredToII();
    const result = await s.host.writeRows({ table: "customers", append: [{ id: "C99", name: "新客户" }] });
    expect(result.appended).toBe(1);
    expect(s.fake.workbook.values("客户").some((r) => r[0] === "C99")).toBe(true);
    expect(customers(s).filter?.values).toEqual(["II"]);
  });
});

/** The user filters a table by one column's values (the AutoFilter drop-down), as Excel stores it. */
async function userFilter(tableName: string, column: number, values: string[]): Promise<void> {
  await Excel.run(async (ctx) => {
    const t = ctx.workbook.tables.getItem(tableName);
    t.autoFilter.apply(t.getRange(), column, { filterOn: "Values", values });
    await ctx.sync();
  });
}

const table = (s: Setup, name: string) => s.fake.workbook.tablesInfo().find((t) => t.name === name)!;

describe("a filter the user set on their own table", () => {
  it("refresh with the customers filtered by name writes every row and leaves the user's filter as it was", async () => {
    const s = await scoredBook(12);
    await s.host.refresh("zh-CN");
    await userFilter("crmCustomers", 1, ["客户1", "客户5"]);
    s.fake.workbook.user.setValues("购买记录", "D2", [[99_999]]);
    const { analysis, written } = await s.host.refresh("zh-CN");
    expect(written).toBe(12);
    const grid = s.fake.workbook.values("客户");
    const q = grid[0].indexOf("象限");
    expect(grid.slice(1).map((r) => r[q])).toEqual(analysis.scores.map((x) => x.quadrant));
    expect(customers(s).filter).toEqual({ column: 1, values: ["客户1", "客户5"] });
    expect(customers(s).hiddenRows).toEqual(grid.map((r, i) => (i > 0 && r[1] !== "客户1" && r[1] !== "客户5" ? i : -1)).filter((i) => i >= 0));
  });

  it("a follow-up logged into the user's filtered follow-ups table is appended, and their filter is on again", async () => {
    const s = await scoredBook(12);
    await s.host.refresh("zh-CN");
    await userFilter("crmFollowUps", 0, ["C1"]);
    expect(table(s, "crmFollowUps").hiddenRows!.length).toBeGreaterThan(0);
    const result = await s.host.writeRows({ table: "followUps", append: [{ id: "C4", channel: "电话" }] });
    expect(result.appended).toBe(1);
    const rows = s.fake.workbook.values("跟进记录");
    expect(rows[rows.length - 1].slice(0, 1)).toEqual(["C4"]);
    expect(table(s, "crmFollowUps").filter).toEqual({ column: 0, values: ["C1"] });
    // As Data → Reapply: the new row, not C1's, is hidden with the others.
    expect(table(s, "crmFollowUps").hiddenRows).toContain(rows.length - 1);
  });

  it("an import into the customers filtered by the user fills and appends, and the filter is on again", async () => {
    const s = await scoredBook(12);
    await s.host.refresh("zh-CN");
    await userFilter("crmCustomers", 1, ["客户3"]);
    const result = await s.host.writeRows({ table: "customers", append: [{ id: "C99", name: "新客户" }, { id: "C98", name: "另一位" }] });
    expect(result.appended).toBe(2);
    expect(s.fake.workbook.values("客户").filter((r) => r[0] === "C99" || r[0] === "C98")).toHaveLength(2);
    expect(customers(s).filter).toEqual({ column: 1, values: ["客户3"] });
  });
});
