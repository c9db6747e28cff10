/**
 * Today's candidates (SPEC 4), each customer once under the first reason that applies, in the
 * spec's order: appointments, overdue, borderline, birthdays, renewals, maturities. Capacity
 * (capacity.ts) then decides which of them are today's and which are later.
 */
import type { Analysis, CustomerScore } from "../analyze";
import type { Day } from "../dates";
import { type Quadrant, QUADRANT_PRIORITY } from "../strategy";
import { maturityCalendar } from "../review";
import { classLabel } from "../reviewView";
import { cadenceOf, followUpFacts } from "./nextContact";
import { daysToBirthday } from "./birthday";

export type PlanReason = "appointment" | "overdue" | "borderline" | "birthday" | "renewal" | "maturity";
export const PLAN_REASONS: readonly PlanReason[] = ["appointment", "overdue", "borderline", "birthday", "renewal", "maturity"];

/** What a candidate needs of the rep's day: a visit, or a call (phone, SMS, WeChat or email). */
export type Slot = "visit" | "call";

/**
 * The channel to use, as a follow-up channel key (what "done" preselects): a visit for I, II and
 * IV; a phone call (or SMS, email) for III and for renewals and maturities; WeChat (or SMS) for a
 * birthday greeting.
 */
export type PlanChannel = "visit" | "phone" | "wechat";

export interface PlanItem {
  index: number;
  id: string;
  name: string;
  row: number;
  reason: PlanReason;
  quadrant: Quadrant;
  borderline: boolean;
  slot: Slot;
  channel: PlanChannel;
  /**
   * Overdue and borderline: days since the contact fell due (`D − N`; absent when never
   * contacted). Birthday, renewal, maturity: days until the date.
   */
  days?: number;
  /** Never contacted and not booked (overdue only): the most overdue. */
  neverContacted?: true;
  /** The booking that was not kept (overdue only). */
  missed?: Day;
  /** The birthday, policy end or maturity date (birthday, renewal, maturity). */
  date?: Day;
  /** The holding that matures (maturity only). */
  holding?: string;
  /** Within today's capacity (false: still due, later). */
  today: boolean;
}

/** Every candidate in candidate order, `today` not decided yet (all false). */
export function planCandidates(a: Analysis): PlanItem[] {
  const { asOf, scores, book } = a;
  const s = book.settings;
  const listed = new Uint8Array(scores.length);
  // Dealt with today — contacted, or rescheduled (SPEC 4: logging done or reschedule takes the
  // customer off today's list at once): off today's plan whatever else would list them, unless
  // booked for today itself.
  for (const f of book.followUps) if (f.customer >= 0 && f.day === asOf) listed[f.customer] = 2;
  const out: PlanItem[] = [];
  const add = (sc: CustomerScore, reason: PlanReason, extra: Partial<PlanItem> = {}) => {
    if (listed[sc.index] === 1 || (listed[sc.index] === 2 && reason !== "appointment")) return;
    listed[sc.index] = 1;
    const person = reason === "appointment" || reason === "overdue" || reason === "borderline";
    const call = !person || sc.quadrant === "III";
    out.push({
      index: sc.index,
      id: sc.id,
      name: sc.name,
      row: sc.row,
      reason,
      quadrant: sc.quadrant,
      borderline: sc.borderline,
      slot: call ? "call" : "visit",
      channel: reason === "birthday" ? "wechat" : call ? "phone" : "visit",
      today: false,
      ...extra,
    });
  };

  // 1. Booked for today, in customer-sheet order.
  for (const sc of scores) if (sc.booking === asOf) add(sc, "appointment");

  // 2–3. Due: overdue for any reason but the shorter borderline cadence alone; then those.
  const overdue: Due[] = [];
  const edge: Due[] = [];
  for (const sc of scores) {
    if (sc.booking === asOf) continue;
    const due = dueOf(sc, asOf, s);
    if (due) (due.edgeOnly ? edge : overdue).push(due);
  }
  for (const d of overdue.sort(byUrgency)) add(d.score, "overdue", d.extra);
  for (const d of edge.sort(byUrgency)) add(d.score, "borderline", d.extra);

  // 4–6 hold unless the rep already reached out in the window (a follow-up other than 改约).
  const contacted = followUpFacts(book.followUps, scores.length, asOf).lastContact;
  const reachedSince = (index: number, from: Day) => contacted[index] >= from;

  const birthdays: { sc: CustomerScore; days: number }[] = [];
  for (const sc of scores) {
    const days = daysToBirthday(book.customers[sc.index].birthday, asOf);
    if (days !== undefined && days <= s.birthdayDays && !reachedSince(sc.index, asOf + days - s.birthdayDays))
      birthdays.push({ sc, days });
  }
  birthdays.sort((x, y) => x.days - y.days || x.sc.index - y.sc.index);
  for (const { sc, days } of birthdays) add(sc, "birthday", { days, date: asOf + days });

  const renewals = book.policies
    .filter((p) => p.customer >= 0 && !p.endBeforeStart && p.endDay !== undefined && p.endDay >= asOf && p.endDay <= asOf + s.renewalDays)
    .filter((p) => !reachedSince(p.customer, p.endDay! - s.renewalDays))
    .sort((x, y) => x.endDay! - y.endDay! || x.customer - y.customer);
  for (const p of renewals) add(scores[p.customer], "renewal", { days: p.endDay! - asOf, date: p.endDay });

  // A maturing deposit, bond or wealth product is the next conversation (SPEC 5): after renewals.
  for (const m of maturityCalendar(book, asOf))
    if (m.days <= s.maturityDays && !reachedSince(m.customer, m.maturity - s.maturityDays))
      add(scores[m.customer], "maturity", { days: m.days, date: m.maturity, holding: m.name || classLabel(m.class, a.lang) });

  return out;
}

interface Due {
  score: CustomerScore;
  /** D − N; Infinity when never contacted (first within its quadrant). */
  overdue: number;
  /** Due only because the borderline cadence is shorter. */
  edgeOnly: boolean;
  extra: Partial<PlanItem>;
}

function dueOf(sc: CustomerScore, asOf: Day, s: Analysis["book"]["settings"]): Due | undefined {
  const last = sc.lastContact;
  if (sc.booking !== undefined) {
    if (sc.booking > asOf) return undefined;
    // A booking in the past that no contact followed: not kept.
    return { score: sc, overdue: asOf - sc.booking, edgeOnly: false, extra: { days: asOf - sc.booking, missed: sc.booking } };
  }
  if (last === undefined) return { score: sc, overdue: Infinity, edgeOnly: false, extra: { neverContacted: true } };
  const next = last + cadenceOf(sc.quadrant, sc.borderline, s);
  if (next > asOf) return undefined;
  const edgeOnly = sc.borderline && last + s.cadence[sc.quadrant] > asOf;
  return { score: sc, overdue: asOf - next, edgeOnly, extra: { days: asOf - next } };
}

/** Quadrant priority II > I > IV > III, then the most overdue, then sheet order. */
function byUrgency(x: Due, y: Due): number {
  return (
    QUADRANT_PRIORITY[x.score.quadrant] - QUADRANT_PRIORITY[y.score.quadrant] ||
    (y.overdue === x.overdue ? 0 : y.overdue > x.overdue ? 1 : -1) ||
    x.score.index - y.score.index
  );
}
