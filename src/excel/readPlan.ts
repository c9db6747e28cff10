/**
 * Planning the data read against the response limit (pure). A body's size is known from the last
 * look at it (setup or the previous read: rows, and bytes per row from a sample of its values), so
 * the read is cut into as few syncs as the budget allows — the row count never adds a sync, only
 * the bytes do: ⌈bytes / budget⌉.
 */
import type { Cell } from "../core/table";
import { jsonBytes } from "../core/utf8";

/** Rows sampled (evenly spaced) to estimate a body's bytes per row. */
export const SAMPLE_ROWS = 200;

/**
 * A column empty in the sample may fill later (the computed columns before the first refresh):
 * counted at this many bytes per cell rather than the 3 of `"",`.
 */
export const EMPTY_COLUMN_BYTES = 12;

/** Response bytes per row of `cols` columns, estimated from sample rows (UTF-8 JSON of their values). */
export function estimateRowBytes(rows: readonly (readonly Cell[])[], cols: number): number {
  const width = Math.max(1, cols);
  if (rows.length === 0) return width * EMPTY_COLUMN_BYTES + 3;
  const step = Math.max(1, Math.floor(rows.length / SAMPLE_ROWS));
  const perColumn = new Array<number>(width).fill(0);
  const filled = new Array<boolean>(width).fill(false);
  let n = 0;
  for (let i = 0; i < rows.length; i += step) {
    n++;
    for (let j = 0; j < width; j++) {
      const v = rows[i][j] ?? "";
      if (v !== "") filled[j] = true;
      perColumn[j] += jsonBytes(v) + 1;
    }
  }
  let bytes = 3; // [ ] and the comma between rows
  for (let j = 0; j < width; j++) bytes += filled[j] ? perColumn[j] / n : EMPTY_COLUMN_BYTES;
  return Math.ceil(bytes);
}

/** Rows r0 … r0+n-1 of body `t`; `toEnd` reads from r0 to the body's last row, however many there are. */
export interface Slice {
  t: number;
  r0: number;
  n: number;
  toEnd: boolean;
}

export interface BodySize {
  rows: number;
  bytesPerRow: number;
}

/**
 * Slices per sync, each sync's estimate within `budget` (a single row over it still gets a sync of
 * its own). Always at least one sync: the first also carries the headers and positions. Each
 * body's last slice reads to the body's end, so rows added since the size was learnt are read too.
 */
export function planSlices(bodies: readonly BodySize[], budget: number): Slice[][] {
  const syncs: Slice[][] = [];
  let current: Slice[] = [];
  let room = budget;
  bodies.forEach((b, t) => {
    const rows = Math.max(1, b.rows);
    const per = Math.max(1, b.bytesPerRow);
    let r0 = 0;
    while (r0 < rows) {
      let fit = Math.floor(room / per);
      if (fit < 1) {
        if (current.length) {
          syncs.push(current);
          current = [];
          room = budget;
          continue;
        }
        fit = 1;
      }
      const n = Math.min(rows - r0, fit);
      current.push({ t, r0, n, toEnd: r0 + n >= rows });
      room -= n * per;
      r0 += n;
    }
  });
  if (current.length || syncs.length === 0) syncs.push(current);
  return syncs;
}

/** Estimated bytes of one sync's slices. */
export function sliceBytes(slices: readonly Slice[], bodies: readonly BodySize[]): number {
  return slices.reduce((n, s) => n + s.n * Math.max(1, bodies[s.t].bytesPerRow), 0);
}
