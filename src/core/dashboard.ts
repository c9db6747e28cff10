/**
 * The dashboard's content (SPEC section 5, 仪表板 / Dashboard), decided without any host: per
 * quadrant count, amount and shares; the thresholds in use and where they come from; the
 * borderline customers; the movements of this refresh, worst first; quadrant counts over the last
 * refreshes; the revenue mix against the 75/15/10 rule of thumb. The hosts only lay it out.
 */
import type { Analysis, CustomerScore } from "./analyze";
import { type Quadrant, QUADRANTS } from "./strategy";
import { type HistoryRow, countsOverRefreshes, historyDiff } from "./history";
import { type Movement, orderMovements, thresholdCause } from "./movements";
import type { ShapeVerdict } from "./inputShape";
import type { Thresholds } from "./quadrant";
import { type RevenueMix, revenueMix } from "./revenueMix";
import { type GapItem, type RenewalItem, bookCoverage } from "./coverage/lists";

/** Refreshes shown in the trend chart. */
export const TREND_REFRESHES = 12;

export interface QuadrantTotals {
  quadrant: Quadrant;
  count: number;
  amount: number;
  /** Share of customers; undefined without customers. */
  countShare?: number;
  /** Share of the total amount; undefined when the total is not positive. */
  amountShare?: number;
}

export interface Dashboard {
  asOf: number;
  /** This refresh's time (an Excel date-time serial). */
  stamp: number;
  totals: QuadrantTotals[];
  customers: number;
  amount: number;
  thresholds: { amount: number; closeness: number; amountSet: boolean; closenessSet: boolean };
  borderline: CustomerScore[];
  /** The history rows this refresh appends (what the host writes to crmHistory). */
  appended: HistoryRow[];
  /** True when the history was empty: this refresh recorded the starting quadrants. */
  first: boolean;
  /** When the history last changed before this refresh (undefined on the first). */
  previousStamp?: number;
  movements: Movement[];
  /** The thresholds before and now, when some customer moved only because one of them did. */
  thresholdMove?: { before: Thresholds; now: Thresholds };
  trend: { stamp: number; counts: Record<Quadrant, number> }[];
  /**
   * How this refresh recorded its quadrants (inputShape.ts): `hold` — the input changed shape,
   * nothing recorded; `reset` — the new shape stayed, differences recorded as `reset`.
   */
  shape: ShapeVerdict;
  mix: RevenueMix;
  /** Household protection (SPEC 5b): the book's gap list and the policies ending within `renewalDays`. */
  gaps: GapItem[];
  renewals: RenewalItem[];
  renewalDays: number;
}

/**
 * `previous` is what the previous refresh scored with (the refresh memo), to tell a move caused by
 * a threshold from one caused by the customer's own figures; `shape` how the input's shape
 * compares with the history's (inputShape.ts).
 */
export function buildDashboard(
  analysis: Analysis,
  history: readonly HistoryRow[],
  stamp: number,
  previous?: Thresholds,
  shape: ShapeVerdict = "record",
): Dashboard {
  const { scores } = analysis;
  const totals = QUADRANTS.map((q): QuadrantTotals => ({ quadrant: q, count: 0, amount: 0 }));
  for (const s of scores) {
    const x = totals[QUADRANTS.indexOf(s.quadrant)];
    x.count++;
    x.amount += s.amount;
  }
  const amount = totals.reduce((a, x) => a + x.amount, 0);
  for (const x of totals) {
    x.amount = Number(x.amount.toFixed(6));
    if (scores.length) x.countShare = x.count / scores.length;
    if (amount > 0) x.amountShare = x.amount / amount;
  }
  const s = analysis.book.settings;
  const diff = historyDiff(history, scores, stamp, thresholdCause(analysis.thresholds, previous, s.borderlineMargin));
  const first = history.length === 0;
  // A change of the input's shape is no movement: held back, or recorded as a reset (inputShape.ts).
  const appended = first || shape === "record" ? diff : shape === "hold" ? [] : diff.map((r) => ({ ...r, cause: "reset" as const }));
  const previousStamp = first ? undefined : Math.max(...history.map((r) => r.stamp));
  const trend = countsOverRefreshes([...history, ...appended], TREND_REFRESHES);
  const movements = first || shape !== "record" ? [] : orderMovements(appended);
  return {
    asOf: analysis.asOf,
    stamp,
    totals,
    customers: scores.length,
    amount: Number(amount.toFixed(6)),
    thresholds: {
      ...analysis.thresholds,
      amountSet: s.amountThreshold !== "median",
      closenessSet: s.closenessThreshold !== "median",
    },
    borderline: scores.filter((x) => x.borderline),
    appended,
    first,
    previousStamp,
    movements,
    ...(previous && movements.some((m) => m.cause === "threshold") ? { thresholdMove: { before: previous, now: analysis.thresholds } } : {}),
    trend,
    shape,
    mix: revenueMix(analysis.book, analysis.asOf, s.windowMonths),
    ...protection(analysis),
  };
}

function protection(analysis: Analysis): Pick<Dashboard, "gaps" | "renewals" | "renewalDays"> {
  const { gaps, renewals } = bookCoverage(analysis);
  return { gaps, renewals, renewalDays: analysis.book.settings.renewalDays };
}
