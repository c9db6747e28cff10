/**
 * The user typing in a cell: Excel refuses every batch in cell-edit mode. The add-in's operations
 * must neither fail nor hang for it.
 */
import { chinesePlainBook, open } from "./support";

describe("while the user is typing in a cell", () => {
  test("the in-memory Excel refuses a batch, as Excel does", async () => {
    const { fake } = open({ api: { level: "1.9" } });
    fake.workbook.startCellEdit();
    await expect(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.load("items/name");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });

  test.each(["1.11", "1.9"])(
    "a read started during the edit completes after it (ExcelApi %s: Excel waits with delayForCellEdit, or the add-in tries again)",
    async (level) => {
      const { fake, host } = open({ api: { level } });
      chinesePlainBook(fake, 4);
      fake.workbook.startCellEdit();
      const reading = host.readBook();
      setTimeout(() => fake.workbook.endCellEdit(), 400);
      const book = await reading;
      expect(book.tables.customers!.rows).toHaveLength(4);
    },
  );

  test("a refresh during the edit writes its columns once the edit ends", async () => {
    const { fake, host } = open({ api: { level: "1.9" } });
    chinesePlainBook(fake, 4);
    await host.setup("zh-CN");
    fake.workbook.startCellEdit();
    const refreshing = host.refresh("zh-CN");
    setTimeout(() => fake.workbook.endCellEdit(), 400);
    const result = await refreshing;
    expect(result.written).toBe(4);
  });
});

describe("the pane's other operations while the user is typing in a cell", () => {
  test.each(["1.11", "1.9"])(
    "the quadrant filter and the coverage sheet wait for the edit to end instead of failing (ExcelApi %s)",
    async (level) => {
      const { fake, host } = open({ api: { level } });
      chinesePlainBook(fake, 4);
      await host.setup("zh-CN");
      await host.refresh("zh-CN");
      fake.workbook.startCellEdit();
      const filtering = host.filterQuadrant!("I");
      setTimeout(() => fake.workbook.endCellEdit(), 400);
      await expect(filtering).resolves.toBeUndefined();
      fake.workbook.startCellEdit();
      const coverage = host.coverageSheet!("zh-CN", "C1").then(
        () => "done",
        (e: { code?: string }) => e.code ?? "other",
      );
      setTimeout(() => fake.workbook.endCellEdit(), 400);
      expect(await coverage).not.toBe("InvalidOperationInCellEditMode");
    },
  );
});
