/**
 * Calendar days as plain integers (days since 1970-01-01), so a date never carries a time zone
 * and comparisons in the window rule are integer comparisons.
 */
import { subMonths } from "date-fns";
import { UTCDate } from "@date-fns/utc";

export type Day = number;

const MS_PER_DAY = 86_400_000;
/** Excel serial of 1970-01-01 in the 1900 system (which counts a fictitious 1900-02-29 as 60). */
const SERIAL_1970_1900 = 25_569;
/** Excel serial of 1970-01-01 in the 1904 system (serial 0 = 1904-01-01). */
const SERIAL_1970_1904 = 24_107;
/** 9999-12-31 in the 1900 system, the largest date Excel shows. */
export const MAX_SERIAL = 2_958_465;

/** The day of a valid calendar date, or undefined (2026-02-30 is not a date). */
export function dayFromYmd(year: number, month: number, day: number): Day | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 9999) return undefined;
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCDate() !== day || d.getUTCMonth() !== month - 1) return undefined;
  return ms / MS_PER_DAY;
}

export function ymdOfDay(day: Day): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** `2026-03-05` → Day; anything else → undefined. */
export function parseIsoDay(text: string): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return m ? dayFromYmd(+m[1], +m[2], +m[3]) : undefined;
}

export function formatDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Today in the user's local calendar (what "today" means to a rep). */
export function todayDay(now: Date = new Date()): Day {
  return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / MS_PER_DAY;
}

/** A JavaScript Date read as a UTC calendar date (file libraries give dates at UTC midnight). */
export function dayFromDate(date: Date): Day | undefined {
  const ms = date.getTime();
  return Number.isFinite(ms) ? Math.floor(ms / MS_PER_DAY) : undefined;
}

/**
 * An Excel serial as a calendar day. The 1900 system keeps Lotus 1-2-3's fictitious 1900-02-29
 * (serial 60), which is no date; serials before it are one day off from the arithmetic.
 */
export function dayFromSerial(serial: number, date1904: boolean): Day | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const whole = Math.floor(serial);
  if (date1904) return whole >= 0 && whole <= MAX_SERIAL - 1462 ? whole - SERIAL_1970_1904 : undefined;
  if (whole < 1 || whole > MAX_SERIAL || whole === 60) return undefined;
  return whole < 60 ? whole - SERIAL_1970_1900 + 1 : whole - SERIAL_1970_1900;
}

export function serialFromDay(day: Day, date1904: boolean): number {
  if (date1904) return day + SERIAL_1970_1904;
  const serial = day + SERIAL_1970_1900;
  return serial <= 60 ? serial - 1 : serial;
}

/** D − n months, clamping the day to the end of a shorter month (2026-03-31 − 1 = 2026-02-28). */
export function subtractMonths(day: Day, months: number): Day {
  return Math.round(subMonths(new UTCDate(day * MS_PER_DAY), months).getTime() / MS_PER_DAY);
}
