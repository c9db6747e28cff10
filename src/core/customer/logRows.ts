/**
 * The rows the rep records from the pane, in the workbook's own words (enum captions in the book's
 * language): a follow-up when a plan entry is done or postponed, a purchase, a new customer.
 */
import type { Analysis } from "../analyze";
import type { Day } from "../dates";
import { CHANNELS, PAYMENT_STATUSES, caption } from "../schema";
import type { Quadrant } from "../strategy";
import { type Lang, t } from "../i18n";
import type { NewRow } from "./newRows";

/** The channel the quadrant's strategy calls for (SPEC 4): a visit, or a phone call for III. */
export function defaultChannel(q: Quadrant): string {
  return q === "III" ? "phone" : "visit";
}

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

/** Postponing records that the rep rescheduled (dated today) with the new appointment as its next date. */
export function postponeRow(a: Analysis, index: number, to: Day, channel: string): NewRow {
  return followUpRow(a, index, { day: a.asOf, channel, summary: t(a.lang, "log.postponed.summary"), outcome: "", nextDay: to });
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
