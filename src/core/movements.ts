/**
 * Movements since the previous refresh, worst first (SPEC section 5, the dynamic principle of
 * seeds/000): the loyal I customer slipping to II is the method's first warning, a III that woke
 * up its good news. Each movement carries the strategy of the quadrant the customer is in now.
 *
 * The order (docs/DECISIONS.md, "Movements"):
 *   warnings   I→II, I→III, I→IV, II→III, IV→III
 *   sideways   II→IV (amount fell, contact rose), IV→II (amount rose, contact fell)
 *   good news  II→I, IV→I, III→I, III→II, III→IV
 *   the table  customers that left the customer table, customers new to it
 * then, within one kind, the larger amount first (the bigger customer matters more), then by ID.
 * A customer moved by a threshold, not by their own figures (cause `threshold`), is listed apart,
 * after the customers' own moves and before the table's comings and goings: it is no news about
 * the customer.
 */
import type { CurrentCustomer, HistoryRow, MoveCause } from "./history";
import { type Quadrant } from "./strategy";
import { type Thresholds, place } from "./quadrant";

export type MoveKind = "warning" | "sideways" | "good" | "left" | "entered";

const ORDER: readonly string[] = [
  "I>II",
  "I>III",
  "I>IV",
  "II>III",
  "IV>III",
  "II>IV",
  "IV>II",
  "II>I",
  "IV>I",
  "III>I",
  "III>II",
  "III>IV",
];
const WARNINGS = 5;
const SIDEWAYS = 7;

export interface Movement {
  id: string;
  key: string;
  from?: Quadrant;
  to?: Quadrant;
  kind: MoveKind;
  amount?: number;
  closeness?: number;
  /** Blank: the customer's own figures moved them. */
  cause?: MoveCause;
}

/** Rank of a move in the worst-first order (lower = listed earlier). */
export function moveRank(from: Quadrant | undefined, to: Quadrant | undefined): number {
  if (from && to) {
    const i = ORDER.indexOf(`${from}>${to}`);
    if (i >= 0) return i;
  }
  return to ? ORDER.length + 1 : ORDER.length;
}

export function moveKind(from: Quadrant | undefined, to: Quadrant | undefined): MoveKind {
  if (!to) return "left";
  if (!from) return "entered";
  const i = ORDER.indexOf(`${from}>${to}`);
  return i < WARNINGS ? "warning" : i < SIDEWAYS ? "sideways" : "good";
}

/** The rows of the latest refresh in `rows` (the one with the largest stamp). */
export function latestRefresh(rows: readonly HistoryRow[]): HistoryRow[] {
  if (rows.length === 0) return [];
  let stamp = rows[0].stamp;
  for (const r of rows) if (r.stamp > stamp) stamp = r.stamp;
  return rows.filter((r) => r.stamp === stamp);
}

/** Movements of one refresh's history rows, worst first. */
export function orderMovements(rows: readonly HistoryRow[]): Movement[] {
  return rows
    .map(
      (r): Movement => ({
        id: r.id,
        key: r.key,
        from: r.from,
        to: r.to,
        kind: moveKind(r.from, r.to),
        amount: r.amount,
        closeness: r.closeness,
        ...(r.cause ? { cause: r.cause } : {}),
      }),
    )
    .sort(
      (a, b) =>
        group(a) - group(b) ||
        moveRank(a.from, a.to) - moveRank(b.from, b.to) ||
        (b.amount ?? 0) - (a.amount ?? 0) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}

/** Own moves, then moves with a cause (threshold, reset), then customers who left or entered. */
function group(m: Movement): number {
  return !m.from || !m.to ? 2 : m.cause ? 1 : 0;
}

/**
 * Why a customer moved, when a threshold did it (`threshold`): the customer's own figures are
 * those the history last recorded for them, and held against the thresholds of the previous
 * refresh they would have kept the customer where they were. A customer who bought (or whose
 * figures drifted since their last row) gets no cause: their own figures changed. Unknown previous
 * thresholds (the first refresh with this rule) or unchanged ones: no cause, as before.
 */
export function thresholdCause(
  now: Thresholds,
  before: Thresholds | undefined,
  margin: number,
): (c: CurrentCustomer, last: HistoryRow & { to: Quadrant }) => MoveCause | undefined {
  if (!before || (before.amount === now.amount && before.closeness === now.closeness)) return () => undefined;
  return (c, last) =>
    same(c.amount, last.amount) && same(c.closeness, last.closeness) && place(c.amount, c.closeness, before, margin).quadrant === last.to
      ? "threshold"
      : undefined;
}

/** Equal as read back from a cell (Excel keeps 15 significant digits). */
function same(now: number, recorded: number | undefined): boolean {
  return recorded !== undefined && Math.abs(now - recorded) <= 1e-9 * Math.max(1, Math.abs(now));
}
