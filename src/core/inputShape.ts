/**
 * History that never lies (issue 22): a refresh whose input changed shape — the column map edited,
 * a table gone unreadable, many rows newly invalid — is no evidence that customers moved. The
 * refresh memo (`refreshMemo.ts`) keeps the shape of the input the history's last quadrants were
 * scored from (the baseline); a refresh compares its own input with it:
 *
 *   same shape                      movements are recorded as usual;
 *   a new shape, first seen         nothing is recorded (`hold`): a mistake saved and undone
 *                                   leaves the history as it was, and the trend has no spike;
 *   the same new shape again        it is the book's shape now (`reset`): customers whose quadrant
 *                                   differs from the history are recorded with the cause `reset`,
 *                                   which the dashboard's trend and movements leave out.
 */
import type { Analysis } from "./analyze";
import type { TableKey } from "./table";

/**
 * The fields that decide the scores, by table: the column each is read from is the input's shape
 * (a rename of another column, or of the sheet, is not).
 */
const SHAPED: readonly [TableKey, readonly string[]][] = [
  ["customers", ["id"]],
  ["purchases", ["id", "date", "amount", "paymentStatus"]],
  ["followUps", ["id", "date", "channel"]],
];
/** Newly invalid rows that change the shape: more than this many, and more than this share of the rows. */
const SURGE_ROWS = 5;
const SURGE_SHARE = 0.2;

export interface InputShape {
  /** The tables read and the column each field was read from, hashed (a few hex digits fit the memo). */
  shape: string;
  /** Rows located by an error (excluded from scoring, orphans): a surge of them is a change of shape. */
  invalid: number;
  /** Rows of the scored tables, for the surge's share. */
  rows: number;
}

export function inputShape(analysis: Analysis): InputShape {
  const parts: string[] = [];
  let rows = 0;
  for (const [key, fields] of SHAPED) {
    const t = analysis.book.tables[key];
    if (!t?.map) {
      parts.push(`${key}:-`);
      continue;
    }
    rows += t.table.rows.length;
    parts.push(`${key}:${fields.map((f) => `${f}=${t.map!.fields[f]?.caption ?? ""}`).join(",")}`);
  }
  const invalid = new Set(
    analysis.problems.filter((p) => p.severity === "error" && p.row !== undefined).map((p) => `${p.sheet}\u0000${p.row}`),
  ).size;
  return { shape: fnv(parts.join("|")), invalid, rows };
}

/** What the memo says about the baseline, and about a new shape seen once. */
export interface ShapeMemo {
  shape?: string;
  invalid?: number;
  pending?: string;
}

export type ShapeVerdict = "record" | "hold" | "reset";

/** How this refresh records its quadrants, and the memo it leaves. */
export function judgeShape(memo: ShapeMemo, now: InputShape): { verdict: ShapeVerdict; memo: Required<Pick<ShapeMemo, "shape" | "invalid">> & ShapeMemo } {
  const baseline = { shape: now.shape, invalid: now.invalid };
  if (memo.shape === undefined) return { verdict: "record", memo: baseline };
  const surge = memo.invalid !== undefined && now.invalid - memo.invalid > Math.max(SURGE_ROWS, SURGE_SHARE * now.rows);
  const seen = surge ? `${now.shape}!` : now.shape;
  if (seen === memo.shape) return { verdict: "record", memo: baseline };
  if (seen === memo.pending) return { verdict: "reset", memo: baseline };
  return { verdict: "hold", memo: { shape: memo.shape, invalid: memo.invalid ?? now.invalid, pending: seen } };
}

function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, "0");
}
