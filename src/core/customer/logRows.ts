/**
 * The rows the rep records from the pane, in the workbook's own words (enum captions in the book's
 * language): a follow-up when a plan entry is done or postponed, a purchase, a new customer.
 */
import type { Analysis } from "../analyze";
import type { Day } from "../dates";
import { CHANNELS, PAYMENT_STATUSES, caption } from "../schema";
import type { Lang } from "../i18n";
import type { Quadrant } from "../strategy";
import { RESCHEDULED } from "../plan/nextContact";
import type { NewRow } from "./newRows";

/** The channel the quadrant's strategy calls for (SPEC 4): a visit, or a phone call for III. */
export function defaultChannel(q: Quadrant): string {
  return q === "III" ? "phone" : "visit";
}

/** The channels a contact can be logged with: every one but 改约, which is not a contact. */
export const CONTACT_CHANNELS = CHANNELS.filter((c) => c.key !== RESCHEDULED);

export interface FollowUpInput {
  day: Day;
  /** Channel key (`visit`, `phone` …). */
  channel: string;
  summary: string;
  outcome: string;
  nextDay?: Day;
  nextAction?: string;
}

function enumCaption(values: typeof CHANNELS, key: string, lang: Lang): string {
  const v = values.find((x) => x.key === key);
  return v ? caption(v, lang) : key;
}

export function followUpRow(a: Analysis, index: number, f: FollowUpInput): NewRow {
  return {
    id: a.book.customers[index].id,
    date: { day: f.day },
    channel: enumCaption(CHANNELS, f.channel, a.lang),
    summary: f.summary,
    outcome: f.outcome,
    nextDate: f.nextDay === undefined ? undefined : { day: f.nextDay },
    nextAction: f.nextAction,
  };
}

/** A rescheduling (SPEC 4): a follow-up dated today, channel 改约, the new day as its next date. */
export function rescheduleRow(a: Analysis, index: number, to: Day, why: string): NewRow {
  return followUpRow(a, index, { day: a.asOf, channel: RESCHEDULED, summary: why, outcome: "", nextDay: to });
}

export interface PurchaseInput {
  day: Day;
  product: string;
  amount: number;
  /** Payment status key (`paid` …). */
  status: string;
}

export function purchaseRow(a: Analysis, index: number, p: PurchaseInput): NewRow {
  return {
    id: a.book.customers[index].id,
    date: { day: p.day },
    product: p.product,
    amount: p.amount,
    paymentStatus: enumCaption(PAYMENT_STATUSES, p.status, a.lang),
  };
}

/** Why a follow-up's dates are refused before anything is written (SPEC 4 logging). */
export type FollowUpDateIssue =
  | { field: "date"; code: "missing" | "invalid" | "afterToday" }
  | { field: "nextDate"; code: "missing" | "invalid" | "beforeVisit" | "beforeToday" };

/**
 * The dates of a follow-up logged from the pane, checked against the as-of day: a contact not
 * after today, a next date not before the contact; a rescheduling's new date not before today.
 * `null` = typed but not a date; undefined = left empty.
 */
export function followUpDateIssues(
  mode: "log" | "reschedule",
  day: Day | null | undefined,
  next: Day | null | undefined,
  asOf: Day,
): FollowUpDateIssue[] {
  const issues: FollowUpDateIssue[] = [];
  if (mode === "reschedule") {
    if (next === undefined || next === null) issues.push({ field: "nextDate", code: next === null ? "invalid" : "missing" });
    else if (next < asOf) issues.push({ field: "nextDate", code: "beforeToday" });
    return issues;
  }
  if (day === undefined || day === null) issues.push({ field: "date", code: day === null ? "invalid" : "missing" });
  else if (day > asOf) issues.push({ field: "date", code: "afterToday" });
  if (next === null) issues.push({ field: "nextDate", code: "invalid" });
  else if (next !== undefined && typeof day === "number" && next < day) issues.push({ field: "nextDate", code: "beforeVisit" });
  return issues;
}
