/**
 * The user hid an asset review sheet the add-in made, then builds the review again from the pane:
 * a hidden sheet cannot be activated, so the batch would fail after the content was written. The
 * add-in shows its sheet again before activating it.
 */
import { buildReviewSheet } from "../../src/excel/reviewSheet";
import { initialState } from "../../src/excel/state";
import { createFakeExcel } from "../../src/fake-excel";
import { TODAY, firstReviewBook } from "./support";

describe("building a review sheet the user hid", () => {
  it("shows the sheet again and activates it, instead of failing after writing", async () => {
    const fake = createFakeExcel();
    firstReviewBook(fake);
    fake.install(globalThis);
    const state = initialState({ today: () => TODAY });
    const first = await fake.Excel.run((ctx) => buildReviewSheet(ctx, state, "zh-CN", "C1"));
    if (!first.ok) throw new Error(first.code);
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("客户").activate();
      ctx.workbook.worksheets.getItem(first.sheet).visibility = "Hidden";
      await ctx.sync();
    });
    const again = await fake.Excel.run((ctx) => buildReviewSheet(ctx, state, "zh-CN", "C1"));
    if (!again.ok) throw new Error(again.code);
    const shown = await fake.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(again.sheet).load("visibility");
      const active = ctx.workbook.worksheets.getActiveWorksheet().load("name");
      await ctx.sync();
      return [ws.visibility, active.name];
    });
    expect(shown).toEqual(["Visible", again.sheet]);
  });
});
