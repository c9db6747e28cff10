/**
 * Following the user's selection (the 360 view shows the customer of the row they are on). One
 * `worksheets.onSelectionChanged` handler (ExcelApi 1.9) for every sheet; its args carry the sheet
 * ID and the address, so the event costs no round trip — only a sheet added or renamed since the
 * subscription makes the handler look the sheet names up again.
 */
import { excelRun } from "./run";
import { parseArea } from "./address";

export interface SelectedRow {
  sheet: string;
  /** Worksheet row number as Excel shows it (the selection's first row). */
  row: number;
}

export async function subscribeSelection(handler: (at: SelectedRow) => void): Promise<() => Promise<void>> {
  const names = new Map<string, string>();
  const loadNames = async () =>
    excelRun(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load("items/id,items/name");
      await ctx.sync();
      names.clear();
      for (const s of sheets.items) names.set(s.id, s.name);
    });

  const onSelection = async (args: Excel.WorksheetSelectionChangedEventArgs) => {
    if (!names.has(args.worksheetId)) await loadNames();
    const sheet = names.get(args.worksheetId);
    if (sheet === undefined) return;
    let row: number;
    try {
      row = parseArea(args.address).row0 + 1;
    } catch {
      return; // an address this parser does not know names no row worth following
    }
    handler({ sheet, row });
  };

  const registration = await Excel.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load("items/id,items/name");
    const result = ctx.workbook.worksheets.onSelectionChanged.add(onSelection);
    await ctx.sync();
    for (const s of sheets.items) names.set(s.id, s.name);
    return result;
  });

  return async () => {
    await Excel.run(registration.context, async (ctx) => {
      registration.remove();
      await ctx.sync();
    });
  };
}
