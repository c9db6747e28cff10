/**
 * Reading large areas in slices, for books whose data do not fit one response (Excel on the web
 * answers at most 5 MB per request). Used by setup for a large column whose number formats are
 * mixed (read whole to format only its General cells). The slices are spread over `parts` syncs of about
 * equal cell counts, each slice a plain address on its sheet.
 */
import type { Cell } from "../core/table";
import { type Area, a1 } from "./address";

export type AreaProp = "values" | "numberFormat";

export interface AreaRequest {
  area: Area;
  props: readonly AreaProp[];
}

export interface AreaResult {
  values: Cell[][];
  numberFormat: unknown[][];
}

export async function readAreas(
  ctx: Excel.RequestContext,
  requests: readonly AreaRequest[],
  parts: number,
  /** After each sync: syncs done, and the syncs planned (at least that many). */
  onSync?: (done: number, total: number) => void,
): Promise<AreaResult[]> {
  const size = (r: AreaRequest) => (r.area.row1 - r.area.row0 + 1) * (r.area.col1 - r.area.col0 + 1) * r.props.length;
  const total = requests.reduce((n, r) => n + size(r), 0);
  const perPart = Math.max(1, Math.ceil(total / Math.max(1, parts)));
  const out: AreaResult[] = requests.map(() => ({ values: [], numberFormat: [] }));
  let batch: { index: number; range: Excel.Range; props: readonly AreaProp[] }[] = [];
  let cells = 0;
  let synced = 0;
  const flush = async () => {
    if (!batch.length) return;
    await ctx.sync();
    synced++;
    onSync?.(synced, Math.max(synced, parts));
    for (const s of batch) {
      // A loop, not push(...rows): a spread of 100,000+ rows overflows the call stack.
      if (s.props.includes("values")) for (const row of s.range.values as Cell[][]) out[s.index].values.push(row);
      if (s.props.includes("numberFormat")) for (const row of s.range.numberFormat) out[s.index].numberFormat.push(row);
    }
    batch = [];
    cells = 0;
  };
  for (let i = 0; i < requests.length; i++) {
    const { area: a, props } = requests[i];
    if (props.length === 0) continue;
    const width = (a.col1 - a.col0 + 1) * props.length;
    let row = a.row0;
    while (row <= a.row1) {
      const room = Math.max(1, Math.floor((perPart - cells) / width));
      const last = Math.min(a.row1, row + room - 1);
      const range = ctx.workbook.worksheets
        .getItem(a.sheet)
        .getRange(a1(row, a.col0, last, a.col1))
        .load(props.join(","));
      batch.push({ index: i, range, props });
      cells += (last - row + 1) * width;
      row = last + 1;
      if (cells >= perPart) await flush();
    }
  }
  await flush();
  return out;
}
