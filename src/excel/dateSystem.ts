/**
 * The workbook's date system (1900 or 1904), which turns serials into days. Office.js has no
 * property for it in the API sets this project targets, but `DATE(1904,1,1)` evaluated by the
 * workbook (`workbook.functions`, ExcelApi 1.2) is 0 in the 1904 system and 1462 in the 1900 one,
 * without touching a cell.
 *
 * Asked once per host, inside the first discovery sync (no extra round trip). Excel may refuse to
 * evaluate (e.g. while it recalculates) and a refused command rejects the whole batch, so
 * `discover` sends the batch again without the probe and this answers the safe default: the host
 * option, else Excel's default 1900 system — and the probe is tried again at the next read.
 */
export interface DateSystemState {
  date1904?: boolean;
  date1904Known?: boolean;
}

export function date1904Of(state: DateSystemState): boolean {
  return state.date1904 ?? false;
}

export interface Date1904Probe {
  /** The answer after the sync (the default when Excel answered an error value); remembered. */
  read(): boolean;
  /** The batch carrying the probe was refused: the default, asked again next time. */
  refused(): void;
}

/** Queues the probe, unless this host already knows the answer or the workbook has no Functions API. */
export function queueDate1904Probe(ctx: Excel.RequestContext, state: DateSystemState): Date1904Probe | undefined {
  if (state.date1904Known) return undefined;
  const functions = (ctx.workbook as { functions?: Excel.Functions }).functions;
  if (!functions || typeof functions.date !== "function") return undefined;
  const result = functions.date(1904, 1, 1).load("value,error");
  let refused = false;
  return {
    read() {
      if (refused || (result.error !== null && result.error !== undefined && result.error !== "")) return date1904Of(state);
      state.date1904 = result.value === 0;
      state.date1904Known = true;
      return state.date1904;
    },
    refused() {
      refused = true;
    },
  };
}
