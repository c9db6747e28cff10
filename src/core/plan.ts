/**
 * Today's plan (SPEC section 4): whom to contact on the as-of date, each customer once, under
 * the first reason that applies, with the channel and the quadrant's strategy.
 */
import type { Analysis, CustomerScore } from "./analyze";
import { type Day, dayFromYmd, ymdOfDay } from "./dates";
import { type Channel, type Quadrant, QUADRANT_PRIORITY, channelOf, channelText, strategyText } from "./strategy";
import { type Lang, t } from "./i18n";
import { maturityCalendar } from "./review";
import { classLabel } from "./reviewView";

export type PlanReason = "appointment" | "overdue" | "borderline" | "birthday" | "renewal" | "maturity";
export const PLAN_REASONS: readonly PlanReason[] = ["appointment", "overdue", "borderline", "birthday", "renewal", "maturity"];

export interface PlanItem {
  index: number;
  id: string;
  name: string;
  row: number;
  reason: PlanReason;
  quadrant: Quadrant;
  channel: Channel;
  /** Days overdue (overdue; absent when never contacted), days until the birthday or the policy end. */
  days?: number;
  /** Never contacted (overdue only). */
  neverContacted?: boolean;
  /** The holding that matures (maturity only). */
  holding?: string;
}

const BIRTHDAY_DAYS = 7;

/**
 * Today's plan as the pane shows it: SPEC 4's list split into what is still to do and what the rep
 * has already dealt with today (a follow-up dated the as-of day: logged "done" or "postpone" from
 * the pane, or typed in). `todayPlan` itself stays exactly SPEC 4, the contract of `crm plan` and
 * `CRM.PLAN` (docs/DECISIONS.md).
 */
export function planForPane(a: Analysis): { todo: PlanItem[]; done: PlanItem[] } {
  const dealtWith = new Set(a.book.followUps.filter((f) => f.customer >= 0 && f.day === a.asOf).map((f) => f.customer));
  const todo: PlanItem[] = [];
  const done: PlanItem[] = [];
  for (const item of todayPlan(a)) (dealtWith.has(item.index) ? done : todo).push(item);
  return { todo, done };
}

export function todayPlan(a: Analysis): PlanItem[] {
  const { asOf, scores, book } = a;
  const listed = new Set<number>();
  const plan: PlanItem[] = [];
  const add = (s: CustomerScore, reason: PlanReason, extra: Partial<PlanItem> = {}) => {
    if (listed.has(s.index)) return;
    listed.add(s.index);
    plan.push({ index: s.index, id: s.id, name: s.name, row: s.row, reason, quadrant: s.quadrant, channel: channelOf(s.quadrant), ...extra });
  };

  const appointments = new Set(book.followUps.filter((f) => f.customer >= 0 && f.nextDay === asOf).map((f) => f.customer));
  for (const s of scores) if (appointments.has(s.index)) add(s, "appointment");

  const overdue = scores
    .filter((s) => s.lastContact === undefined || s.lastContact + book.settings.cadence[s.quadrant] <= asOf)
    .map((s) => ({ s, days: s.lastContact === undefined ? Infinity : asOf - (s.lastContact + book.settings.cadence[s.quadrant]) }))
    .sort((x, y) => QUADRANT_PRIORITY[x.s.quadrant] - QUADRANT_PRIORITY[y.s.quadrant] || y.days - x.days || x.s.index - y.s.index);
  for (const { s, days } of overdue) add(s, "overdue", days === Infinity ? { neverContacted: true } : { days });

  for (const s of scores) if (s.borderline) add(s, "borderline");

  const birthdays = scores
    .map((s) => ({ s, days: daysToBirthday(book.customers[s.index].birthday, asOf) }))
    .filter((x): x is { s: CustomerScore; days: number } => x.days !== undefined && x.days < BIRTHDAY_DAYS)
    .sort((x, y) => x.days - y.days || x.s.index - y.s.index);
  for (const { s, days } of birthdays) add(s, "birthday", { days });

  const horizon = asOf + book.settings.renewalDays;
  const renewals = book.policies
    .filter((p) => p.customer >= 0 && p.endDay !== undefined && p.endDay >= asOf && p.endDay <= horizon)
    .sort((x, y) => x.endDay! - y.endDay! || x.customer - y.customer);
  for (const p of renewals) add(scores[p.customer], "renewal", { days: p.endDay! - asOf });

  // A maturing deposit, bond or wealth product is the next conversation (SPEC 5): after renewals.
  for (const m of maturityCalendar(book, asOf))
    if (m.days <= book.settings.maturityDays) add(scores[m.customer], "maturity", { days: m.days, holding: m.name || classLabel(m.class, a.lang) });

  return plan;
}

/** Days from `asOf` to the next birthday (0 = today); 29 February falls on 28 February in other years. */
export function daysToBirthday(birthday: Day | undefined, asOf: Day): number | undefined {
  if (birthday === undefined) return undefined;
  const b = ymdOfDay(birthday);
  const today = ymdOfDay(asOf);
  for (const year of [today.year, today.year + 1]) {
    const day = dayFromYmd(year, b.month, b.day) ?? dayFromYmd(year, 2, 28)!;
    if (day >= asOf) return day - asOf;
  }
  return undefined;
}

/** Why the customer is on today's list, in the user's language. */
export function planReasonText(item: PlanItem, lang: Lang): string {
  if (item.reason === "overdue" && item.neverContacted) return t(lang, "plan.reason.neverContacted");
  if (item.reason === "overdue" && item.days === 0) return t(lang, "plan.reason.dueToday");
  return t(lang, `plan.reason.${item.reason}`, { days: item.days ?? 0, holding: item.holding ?? "" });
}

/** What to do: the channel and the quadrant's strategy (a greeting for a birthday). */
export function planAction(item: PlanItem, lang: Lang): string {
  return t(lang, `plan.action.${item.reason === "birthday" ? "birthday" : "contact"}`, {
    channel: channelText(item.channel, lang),
    strategy: strategyText(item.quadrant, lang),
  });
}
