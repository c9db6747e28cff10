/**
 * `Excel.run` as every operation of the add-in sends it. While the user is typing in a cell, Excel
 * refuses a batch (`InvalidOperationInCellEditMode`) — and the custom functions re-read 30 ms after
 * each edit, so a user typing into the next cell would otherwise leave them stale. Where Excel can
 * hold the batch until the edit ends (`delayForCellEdit`, ExcelApi 1.11) it is asked to; elsewhere
 * the operation is sent again a few times, a little later. A refused batch ran nothing, so sending
 * it again is safe.
 */
import { isOfficeError } from "./errors";

/** Attempts on an Excel without `delayForCellEdit`, and the wait between them. */
const EDIT_RETRIES = 20;
const EDIT_RETRY_MS = 300;

/** `Office.context.requirements.isSetSupported("ExcelApi", version)`; false outside Office. */
export function excelApiSupported(version: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
  } catch {
    return false;
  }
}

export async function excelRun<T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
  if (excelApiSupported("1.11")) return Excel.run({ delayForCellEdit: true }, batch);
  for (let attempt = 1; ; attempt++) {
    try {
      return await Excel.run(batch);
    } catch (e) {
      if (attempt >= EDIT_RETRIES || !isOfficeError(e, "InvalidOperationInCellEditMode")) throw e;
      await new Promise((resolve) => setTimeout(resolve, EDIT_RETRY_MS));
    }
  }
}
