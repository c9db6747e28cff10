/**
 * Which numbers in a date column are dates. A date cell is a number (a serial), so `3.5` typed for
 * 3月5日, `2026` typed for the year or `17` for the 17th would otherwise read as days of 1900 or
 * 1905 — and the purchase would silently leave the window. A serial is taken as a date only inside
 * its column's plausible span; outside it, it is an error at its cell. The span depends on what the
 * column holds (a birthday may be in the 1950s, a purchase not), and not on the as-of date: the
 * core reads dates before it knows it (records after the as-of date are reported separately as
 * `date.future`). Rule and figures: docs/DECISIONS.md.
 */
import type { TableKey } from "../table";
import { type Day, dayFromYmd } from "../dates";

export interface DateSpan {
  min: Day;
  max: Day;
}

const day = (y: number, m: number, d: number): Day => dayFromYmd(y, m, d)!;

/** Purchases, follow-ups, appointments, reviews, card dates: what a rep records today. */
const RECORD: DateSpan = { min: day(1990, 1, 1), max: day(2099, 12, 31) };
/** A living customer's birthday. Serials below 3,654 (1910) are all typed numbers such as 17 or 2026. */
const BIRTH: DateSpan = { min: day(1910, 1, 1), max: day(2099, 12, 31) };
/** Holdings and policies run for decades, both ways: a house held since 1978, a life policy to 2080. */
const LONG: DateSpan = { min: day(1950, 1, 1), max: day(9999, 12, 31) };

const SPANS: Partial<Record<TableKey, Record<string, DateSpan>>> = {
  customers: { birthday: BIRTH },
  assets: { heldSince: LONG, maturity: LONG },
  policies: { startDate: LONG, endDate: LONG },
};

/** The plausible span of a date column's serials. */
export function dateSpan(table: TableKey, column: string): DateSpan {
  return SPANS[table]?.[column] ?? RECORD;
}

/** True when a serial-borne day (a number or a file library's Date) falls inside the span. */
export function plausible(d: Day, span: DateSpan): boolean {
  return d >= span.min && d <= span.max;
}

