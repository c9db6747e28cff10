/**
 * What typing into a cell does: Excel reads "12" as a number, "2026-03-05" as a date, "=…" as a
 * formula. Office.js applies the same parsing to values it is given, so the formula bar's text goes
 * in through `Excel.run` (the in-memory Excel installed as the global).
 */
export async function typeIntoCell(sheet: string, address: string, text: string): Promise<void> {
  await Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(sheet).getRange(address).values = [[text]];
    await ctx.sync();
  });
}
