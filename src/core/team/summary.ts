/**
 * A manager's view of one rep's book (SPEC 8, `crm team`; seeds/003: balanced teams, the 75/15/10
 * revenue mix per person): the figures a manager compares across reps, each computed by the
 * core's own rules on that rep's book — its own settings and thresholds, so the quadrants are
 * relative to the rep's book, as the rep sees them. Plain data, small enough to send from a
 * worker thread.
 */
import type { Analysis } from "../analyze";
import { isContact, todayPlan } from "../plan";
import { type MixPart, MIX_PARTS, revenueMix } from "../revenueMix";
import { QUADRANTS, type Quadrant } from "../strategy";
import { readHistory } from "../history";
import { latestRefresh, moveKind, type MoveKind } from "../movements";
import type { RawTable } from "../table";
import { roundMoney } from "../quadrant";

/** The window of `contactsLast30Days`: the as-of day and the 29 before it. */
export const CONTACT_DAYS = 30;

export interface QuadrantFigures {
  count: number;
  amount: number;
}

export interface RepFigures {
  customers: number;
  quadrants: Record<Quadrant, QuadrantFigures>;
  problems: { errors: number; warnings: number };
  planToday: number;
  contactsLast30Days: number;
  /** Amount of the scoring window by where it came from (seeds/003), and what could not be placed. */
  revenueMix: Record<MixPart, number> & { unplaced: number };
  /**
   * The latest refresh recorded in the book's crmHistory: the customers' own moves by kind, and
   * apart the customers a moved threshold carried (`threshold`); null when the book has none.
   */
  movements: (Record<MoveKind | "threshold", number> & { refreshed: number }) | null;
}

export interface RepSummary extends RepFigures {
  rep: string;
  file: string;
}

/** One rep's figures from the analysis of their book (and its crmHistory, when it has one). */
export function repFigures(a: Analysis, history?: RawTable): RepFigures {
  const quadrants = Object.fromEntries(QUADRANTS.map((q) => [q, { count: 0, amount: 0 }])) as Record<Quadrant, QuadrantFigures>;
  for (const s of a.scores) {
    quadrants[s.quadrant].count++;
    quadrants[s.quadrant].amount += s.amount;
  }
  for (const q of QUADRANTS) quadrants[q].amount = roundMoney(quadrants[q].amount);
  const errors = a.problems.filter((p) => p.severity === "error").length;
  const mix = revenueMix(a.book, a.asOf, a.book.settings.windowMonths);
  return {
    customers: a.scores.length,
    quadrants,
    problems: { errors, warnings: a.problems.length - errors },
    planToday: todayPlan(a).length,
    contactsLast30Days: contactsIn(a, CONTACT_DAYS),
    revenueMix: { ...mix.amount, unplaced: mix.unplaced },
    movements: movementsOf(history),
  };
}

/**
 * Contacts the rep logged in the last `days` days (the as-of day included): follow-ups of the
 * book's customers, except reschedulings (改约 is no contact, SPEC 4). Purchases are not counted:
 * they measure the customers' activity, not the rep's.
 */
function contactsIn(a: Analysis, days: number): number {
  let n = 0;
  for (const f of a.book.followUps) if (f.customer >= 0 && isContact(f) && f.day > a.asOf - days && f.day <= a.asOf) n++;
  return n;
}

function movementsOf(history: RawTable | undefined): RepFigures["movements"] {
  if (!history) return null;
  const rows = latestRefresh(readHistory(history).rows);
  const out = { warning: 0, sideways: 0, good: 0, left: 0, entered: 0, threshold: 0, refreshed: rows[0]?.stamp ?? 0 };
  for (const r of rows) {
    // A reset row records a change of the refresh's input, not a movement (crmHistory's cause column).
    if (r.cause === "reset") continue;
    if (r.cause === "threshold") out.threshold++;
    else out[moveKind(r.from, r.to)]++;
  }
  return out;
}

/** The team's figures: every rep's summed (movements over the reps whose book has a history; null when none has). */
export function teamTotals(reps: readonly RepFigures[]): Omit<RepFigures, "movements"> & { movements: Record<MoveKind | "threshold", number> | null } {
  const quadrants = Object.fromEntries(QUADRANTS.map((q) => [q, { count: 0, amount: 0 }])) as Record<Quadrant, QuadrantFigures>;
  const mix = { existing: 0, crossSell: 0, newCustomers: 0, unplaced: 0 };
  const movements = { warning: 0, sideways: 0, good: 0, left: 0, entered: 0, threshold: 0 };
  const out = { customers: 0, quadrants, problems: { errors: 0, warnings: 0 }, planToday: 0, contactsLast30Days: 0, revenueMix: mix, movements };
  for (const r of reps) {
    out.customers += r.customers;
    for (const q of QUADRANTS) {
      quadrants[q].count += r.quadrants[q].count;
      quadrants[q].amount += r.quadrants[q].amount;
    }
    out.problems.errors += r.problems.errors;
    out.problems.warnings += r.problems.warnings;
    out.planToday += r.planToday;
    out.contactsLast30Days += r.contactsLast30Days;
    for (const k of [...MIX_PARTS, "unplaced"] as const) mix[k] += r.revenueMix[k];
    if (r.movements) for (const k of Object.keys(movements) as (MoveKind | "threshold")[]) movements[k] += r.movements[k];
  }
  const anyHistory = reps.some((r) => r.movements);
  for (const q of QUADRANTS) quadrants[q].amount = roundMoney(quadrants[q].amount);
  for (const k of [...MIX_PARTS, "unplaced"] as const) mix[k] = roundMoney(mix[k]);
  return { ...out, movements: anyHistory ? movements : null };
}

/** Shares of the placed amount (existing, cross-selling, new customers), or undefined when nothing was placed. */
export function mixShares(mix: Record<MixPart, number>): Record<MixPart, number> | undefined {
  const placed = mix.existing + mix.crossSell + mix.newCustomers;
  return placed > 0 ? { existing: mix.existing / placed, crossSell: mix.crossSell / placed, newCustomers: mix.newCustomers / placed } : undefined;
}
