/**
 * The pane's quadrant filter stays on the customer table after the user picks a quadrant; the next
 * refresh or import then writes into a filtered table. Excel documents FilteredRangeConflict for
 * operations that conflict with a filtered range, and OfficeDev/office-js#224 reports values landing
 * in the wrong cells of a filtered range. The in-memory Excel refuses such writes and keeps the rows
 * hidden as the filter hid them (Excel does not re-apply a filter by itself); the add-in clears the
 * filter, writes, and applies it again, in the same syncs.
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
