/**
 * Sending number-format writes (a column of "yyyy-mm-dd" per date column) within the request
 * limit. A normal book sends them in one sync with the rest of the formatting; a book whose
 * columns would make one request too large is sent in several, the budget learnt and kept.
 */
import { a1 } from "./address";
import { isPayloadTooLarge } from "./errors";
import { type QuietState, quietFromHere, quietSynced } from "./quiet";
import { utf8Length } from "../core/utf8";

/** One column's formats over rows row0…row0+formats.length-1 of a sheet. */
export interface FormatWrite {
  sheet: string;
  row0: number;
  col: number;
  formats: string[][];
}

const OP_OVERHEAD = 200;
const MIN_BUDGET = 16_000;

function bytesOf(formats: readonly string[][]): number {
  let n = 2;
  for (const row of formats) n += utf8Length(row[0] ?? "") + 5;
  return n + OP_OVERHEAD;
}

/** Cuts writes into pieces of at most `budget` bytes and packs the pieces into syncs. */
export function packFormatWrites(writes: readonly FormatWrite[], budget: number): FormatWrite[][] {
  const pieces: { w: FormatWrite; bytes: number }[] = [];
  for (const w of writes) {
    const perRow = Math.max(1, utf8Length(w.formats[0]?.[0] ?? "") + 5);
    const rowsPerPiece = Math.max(1, Math.floor((budget - OP_OVERHEAD) / perRow));
    for (let i = 0; i < w.formats.length; i += rowsPerPiece) {
      const part = { ...w, row0: w.row0 + i, formats: w.formats.slice(i, i + rowsPerPiece) };
      pieces.push({ w: part, bytes: bytesOf(part.formats) });
    }
  }
  const syncs: FormatWrite[][] = [];
  let current: FormatWrite[] = [];
  let bytes = 0;
  for (const p of pieces) {
    if (current.length && bytes + p.bytes > budget) {
      syncs.push(current);
      current = [];
      bytes = 0;
    }
    current.push(p.w);
    bytes += p.bytes;
  }
  if (current.length) syncs.push(current);
  return syncs;
}

/**
 * Queues `others` (small formatting: rules, validation, header styles) and the format writes, and
 * syncs — once for a normal book. After a request-size error nothing of that request was applied,
 * so everything is sent again with half the budget.
 */
export async function sendFormats(
  ctx: Excel.RequestContext,
  writes: readonly FormatWrite[],
  others: () => void,
  state: QuietState & { writeBudgetBytes: number },
): Promise<void> {
  for (;;) {
    const budget = state.writeBudgetBytes;
    const syncs = packFormatWrites(writes, budget);
    let sending = 0;
    try {
      for (let i = 0; i < Math.max(1, syncs.length); i++) {
        // The add-in's own formatting: a format change raises onChanged like a data change does.
        const end = quietFromHere(ctx, state);
        if (i === 0) others();
        sending = (syncs[i] ?? []).reduce((n, w) => n + bytesOf(w.formats), 0);
        for (const w of syncs[i] ?? []) {
          ctx.workbook.worksheets
            .getItem(w.sheet)
            .getRange(a1(w.row0, w.col, w.row0 + w.formats.length - 1, w.col)).numberFormat = w.formats;
        }
        end();
        await ctx.sync();
        quietSynced(state);
      }
      return;
    } catch (e) {
      if (!isPayloadTooLarge(e) || budget / 2 < MIN_BUDGET) throw e;
      // Half of what was refused (not of the budget, which may be far above the host's limit).
      state.writeBudgetBytes = Math.max(MIN_BUDGET, Math.floor(Math.min(budget, sending || budget) / 2));
    }
  }
}
