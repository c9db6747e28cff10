/**
 * When a customer is next due for contact (SPEC 4): the last contact L, the booking Bk, the
 * cadence C (shorter on the edge) and the next contact N. One rule for today's plan, the 下次拜访
 * column and `CRM.NEXTVISIT` (through `CustomerScore`, made by `analyze.ts` and `incremental.ts`).
 */
import type { FollowUpRec } from "../book";
import type { Day } from "../dates";
import type { Settings } from "../settings";
import type { Quadrant } from "../strategy";

/** The follow-up channel that records a rescheduling: not a contact (SPEC 2, 4). */
export const RESCHEDULED = "rescheduled";

/** A follow-up that is a contact: anything but a rescheduling (a blank channel counts as a contact). */
export const isContact = (f: Pick<FollowUpRec, "channel">): boolean => f.channel !== RESCHEDULED;

/** What the follow-ups say of each customer up to the as-of date (-1 = none). */
export interface FollowUpFacts {
  /** Latest contact follow-up (any channel but 改约) dated ≤ D. */
  lastContact: Int32Array;
  /** The 下次约见 of the latest follow-up dated ≤ D (any channel; on a tie the lower row); -1 when blank. */
  latestNext: Int32Array;
}

export function followUpFacts(followUps: readonly FollowUpRec[], customers: number, asOf: Day): FollowUpFacts {
  const lastContact = new Int32Array(customers).fill(-1);
  const latestNext = new Int32Array(customers).fill(-1);
  const latestDay = new Int32Array(customers).fill(-1);
  // Sheet order: on a tie of dates the row further down wins (`>=`).
  for (const f of followUps) {
    const c = f.customer;
    if (c < 0 || f.day > asOf) continue;
    if (isContact(f) && f.day > lastContact[c]) lastContact[c] = f.day;
    if (f.day >= latestDay[c]) {
      latestDay[c] = f.day;
      latestNext[c] = f.nextDay ?? -1;
    }
  }
  return { lastContact, latestNext };
}

/**
 * The booking: the latest follow-up's next date when it is not before the last contact (a
 * contact made after it lapses it; a contact logged without a next date ends it). -1 = none.
 */
export function bookingOf(last: number, latestNext: number): number {
  return latestNext >= 0 && latestNext >= last ? latestNext : -1;
}

/**
 * Days between contacts: the quadrant's cadence, or `floor(C × borderlineCadence)` on the edge —
 * never below one day, so a customer contacted today is not due again today (docs/DECISIONS.md).
 */
export function cadenceOf(quadrant: Quadrant, borderline: boolean, settings: Settings): number {
  const c = settings.cadence[quadrant];
  return borderline ? Math.max(1, Math.floor(c * settings.borderlineCadence)) : c;
}

/**
 * N(c): the booking when there is one, else last contact + cadence; -1 when never contacted and
 * not booked (due, with no date: the most overdue).
 */
export function nextContactOf(last: number, booking: number, cadence: number): number {
  if (booking >= 0) return booking;
  return last >= 0 ? last + cadence : -1;
}
