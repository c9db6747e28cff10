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

/**
 * Per customer (index = customer index): the window's amount sum, purchase count and bad-payment
 * flag, and the latest purchase day up to the as-of date (-1 = none: L(c)'s purchase part);
 * `future`: the purchases dated after the as-of date, in book order (orphans too).
 */
export interface WindowSums {
  amount: Float64Array;
  count: Uint32Array;
  bad: Uint8Array;
  lastPurchase: Int32Array;
  future: number[];
}

/**
 * One pass over the purchase columns: each customer's sums in the window, in book order, and what
 * scoring needs besides (the latest purchase, the future-dated rows) — one pass, not three.
 */
export function windowSums(book: LinkedBook, asOf: Day, settings: Settings): WindowSums {
  const n = book.customers.length;
  const amount = new Float64Array(n);
  const count = new Uint32Array(n);
  const bad = new Uint8Array(n);
  const lastPurchase = new Int32Array(n).fill(-1);
  const future: number[] = [];
  const start = windowStart(asOf, settings.windowMonths);
  const { customer, day, status } = book.purchases;
  const sums = book.purchases.amount;
  const length = book.purchases.length;
  for (let i = 0; i < length; i++) {
    const c = customer[i];
    const d = day[i];
    if (d > asOf) {
      future.push(i);
      continue;
    }
    if (c < 0) continue;
    if (d > lastPurchase[c]) lastPurchase[c] = d;
    if (d <= start) continue;
    amount[c] += sums[i];
    count[c]++;
    if (isBadCode(status[i])) bad[c] = 1;
  }
  return { amount, count, bad, lastPurchase, future };
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
  const a = new Float64Array(positive);
  for (let i = 0, j = 0; i < values.length; i++) if (values[i] > 0) a[j++] = values[i];
  // The middle value(s) by selection, not a sort: the same values a sort puts there, in linear time.
  const mid = positive >> 1;
  const upper = selectNth(a, mid);
  if (positive % 2) return upper;
  // Everything before `mid` is ≤ the selected value: the lower middle is the largest of them.
  let lower = a[0];
  for (let i = 1; i < mid; i++) if (a[i] > lower) lower = a[i];
  return (lower + upper) / 2;
}

/**
 * The value a sort would put at `k`, with `a` rearranged so that everything before `k` is ≤ it
 * and everything after is ≥ it (quickselect with a three-way partition: many equal values, as a
 * closeness column has, end a round at once). Falls back to sorting a range that keeps resisting.
 */
function selectNth(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  for (let rounds = 0; hi > lo; rounds++) {
    if (rounds > 64) {
      a.subarray(lo, hi + 1).sort();
      return a[k];
    }
    const x = a[lo];
    const y = a[(lo + hi) >> 1];
    const z = a[hi];
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let lt = lo;
    let gt = hi;
    for (let i = lo; i <= gt; ) {
      const v = a[i];
      if (v < pivot) {
        a[i++] = a[lt];
        a[lt++] = v;
      } else if (v > pivot) {
        a[i] = a[gt];
        a[gt--] = v;
      } else i++;
    }
    if (k < lt) hi = lt - 1;
    else if (k > gt) lo = gt + 1;
    else return pivot;
  }
  return a[k];
}

export function resolveThreshold(setting: Threshold, values: ArrayLike<number>): number {
  return setting === "median" ? medianOfPositive(values) : setting;
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
