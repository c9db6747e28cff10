/**
 * The four-quadrant rule, exactly as SPEC section 3 states it. Pure arithmetic over the linked
 * book: amount and frequency in the window, the bad-payment penalty, median-of-positive
 * thresholds, quadrant and borderline.
 */
import type { LinkedBook, PurchaseRec } from "./book";
import { isBadCode } from "./purchases";
import type { Settings, Threshold } from "./settings";
import { type Day, subtractMonths } from "./dates";
import type { Quadrant } from "./strategy";

export interface Figures {
  /** Sum of amounts in the window (refunds included). */
  amount: number;
  /** Purchases in the window (refunds included). */
  transactions: number;
  /** Transactions per month: transactions / window months. */
  frequency: number;
  /** A purchase in the window is overdue or a bad debt. */
  badPayment: boolean;
  /** Frequency, reduced by the penalty when there is a bad payment. */
  closeness: number;
}

export interface Thresholds {
  amount: number;
  closeness: number;
}

export interface Placement {
  quadrant: Quadrant;
  borderline: boolean;
}

/** The window's open start: a purchase counts when `windowStart < day ≤ asOf`. */
export function windowStart(asOf: Day, months: number): Day {
  return subtractMonths(asOf, months);
}

export function inWindow(day: Day, start: Day, asOf: Day): boolean {
  return day > start && day <= asOf;
}

/** Per customer (index = customer index): the window's amount sum, purchase count and bad-payment flag. */
export interface WindowSums {
  amount: Float64Array;
  count: Uint32Array;
  bad: Uint8Array;
}

/** One pass over the purchase columns: each customer's sums in the window, in book order. */
export function windowSums(book: LinkedBook, asOf: Day, settings: Settings): WindowSums {
  const n = book.customers.length;
  const amount = new Float64Array(n);
  const count = new Uint32Array(n);
  const bad = new Uint8Array(n);
  const start = windowStart(asOf, settings.windowMonths);
  const { customer, day, status } = book.purchases;
  const sums = book.purchases.amount;
  const length = book.purchases.length;
  for (let i = 0; i < length; i++) {
    const c = customer[i];
    const d = day[i];
    if (c < 0 || d <= start || d > asOf) continue;
    amount[c] += sums[i];
    count[c]++;
    if (isBadCode(status[i])) bad[c] = 1;
  }
  return { amount, count, bad };
}

/** Aggregates one pass over the purchases into per-customer figures (index = customer index). */
export function figuresOf(book: LinkedBook, asOf: Day, settings: Settings): Figures[] {
  const { amount, count, bad } = windowSums(book, asOf, settings);
  const figures: Figures[] = new Array(amount.length);
  for (let i = 0; i < amount.length; i++) figures[i] = makeFigures(amount[i], count[i], bad[i] === 1, settings);
  return figures;
}

export function isBadPayment(p: Pick<PurchaseRec, "status">): boolean {
  return p.status === "overdue" || p.status === "badDebt";
}

export function makeFigures(amount: number, transactions: number, badPayment: boolean, s: Settings): Figures {
  const frequency = transactions / s.windowMonths;
  return {
    amount: roundMoney(amount),
    transactions,
    frequency,
    badPayment,
    closeness: badPayment ? frequency * (1 - s.badPaymentPenalty) : frequency,
  };
}

/** Sums of decimal amounts drift (0.1 + 0.2); users compare against what they typed. */
export function roundMoney(x: number): number {
  if (x === 0) return 0;
  // Far from a rounding tie, x rounds to k millionths and k / 1e6 is the double nearest to them:
  // exactly what the decimal string of toFixed(6) reads back as, without making the string. Below
  // 2^49 the product x × 1e6 is off by at most 1/16, so "within 0.01 of k" means "nowhere near k ± ½".
  const k = Math.round(x * 1e6);
  if (Math.abs(x * 1e6 - k) < 0.01 && Math.abs(k) < 2 ** 49) return k / 1e6;
  return Number(x.toFixed(6));
}

/** The median of the positive values; 0 when there are none (customers without purchases don't pull it to zero). */
export function medianOfPositive(values: ArrayLike<number>): number {
  let positive = 0;
  for (let i = 0; i < values.length; i++) if (values[i] > 0) positive++;
  if (positive === 0) return 0;
  const sorted = new Float64Array(positive);
  for (let i = 0, j = 0; i < values.length; i++) if (values[i] > 0) sorted[j++] = values[i];
  sorted.sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function resolveThreshold(setting: Threshold, values: ArrayLike<number>): number {
  return setting === "median" ? medianOfPositive(values) : setting;
}

export function thresholdsOf(figures: readonly Figures[], s: Settings): Thresholds {
  const amounts = new Float64Array(figures.length);
  const closeness = new Float64Array(figures.length);
  for (let i = 0; i < figures.length; i++) {
    amounts[i] = figures[i].amount;
    closeness[i] = figures[i].closeness;
  }
  return { amount: resolveThreshold(s.amountThreshold, amounts), closeness: resolveThreshold(s.closenessThreshold, closeness) };
}

/** High means at or above the threshold and above zero. */
export function high(value: number, threshold: number): boolean {
  return value >= threshold && value > 0;
}

/** Within margin × threshold of the threshold; never when the threshold is 0. */
function near(value: number, threshold: number, margin: number): boolean {
  if (threshold <= 0) return false;
  // A relative epsilon keeps 0.1 × 0.3 from missing an exact edge by float noise.
  return Math.abs(value - threshold) <= margin * threshold * (1 + 1e-12);
}

export function place(amount: number, closeness: number, t: Thresholds, margin: number): Placement {
  const a = high(amount, t.amount);
  const k = high(closeness, t.closeness);
  const quadrant: Quadrant = a ? (k ? "I" : "II") : k ? "IV" : "III";
  return { quadrant, borderline: near(amount, t.amount, margin) || near(closeness, t.closeness, margin) };
}
