/**
 * The grid's other edits, through `Excel.run` like typing (typeIntoCell.ts), so the in-memory
 * Excel refuses what Excel refuses (a protected sheet, a row through a table's header) and the
 * add-in hears the change events Excel would raise. A refusal becomes a sentence for the page.
 */
import type { Lang } from "../core/i18n";
import { t } from "../core/i18n";
import { officeErrorCode } from "../excel/errors";

/** Delete: the contents of the selected cells go, their formats stay. */
export async function clearContents(sheet: string, address: string): Promise<void> {
  await Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(sheet).getRange(address).clear("Contents");
    await ctx.sync();
  });
}

/** Home → Delete → Delete Sheet Rows: rows `first`…`last` (0-based) go, the rows below move up. */
export async function deleteRows(sheet: string, first: number, last: number): Promise<void> {
  await Excel.run(async (ctx) => {
    ctx.workbook.worksheets
      .getItem(sheet)
      .getRangeByIndexes(first, 0, last - first + 1, 1)
      .getEntireRow()
      .delete("Up");
    await ctx.sync();
  });
}

/** What the page says when Excel refused an edit of `sheet`. */
export function refusalMessage(e: unknown, sheet: string, lang: Lang): string {
  const code = officeErrorCode(e);
  if (code === "AccessDenied") return t(lang, "taskpane.workbench.refused.protected", { sheet });
  const detail = e instanceof Error ? e.message : String(e);
  return t(lang, "taskpane.workbench.refused.other", { sheet, code: code ?? "Error", detail });
}
