/**
 * Incremental scoring: the quadrant table of `scoreBook`, kept current as purchases are added,
 * removed or changed one at a time (a row typed into the purchase table), without a full pass.
 *
 * Per customer it keeps the purchase handles in book order and recomputes only the touched
 * customer's figures from them (so sums add up in the same order as a full pass and come out
 * bit-identical). Each value column (amount, closeness) is kept sorted by (value, customer), so
 * the median of the positive values is a binary search and the customers whose placement can
 * flip when a threshold moves are the ones between its old and new position (and between the old
 * and new edges of the borderline band). One edit costs O(log n + purchases of the customer +
 * customers crossing a threshold) plus a memmove of at most n entries.
 *
 * @example
 *   const index = new ScoreIndex(linkBook(raw), asOf);
 *   const { changed } = index.addPurchase({ customer: 3, row: 901, day, amount: 1200, product: "基金" });
 *   for (const c of changed) write(index.score(c)); // everything else kept its quadrant
 */
import type { CustomerRec, LinkedBook, PurchaseRec } from "./book";
import { Purchases } from "./purchases";
import { type CustomerScore, makeScore } from "./analyze";
import type { Settings, Threshold } from "./settings";
import type { Day } from "./dates";
import {
  type Figures,
  type Placement,
  type Thresholds,
  makeFigures,
  place,
  windowStart,
} from "./quadrant";
import type { Quadrant } from "./strategy";
import { followUpFacts } from "./plan/nextContact";

/** The customer code of a removed purchase's handle (a live one is a customer index or -1). */
const REMOVED = -2;

/** A purchase's place in the index: stable across other edits, given by `addPurchase`. */
export type PurchaseHandle = number;

export interface IndexUpdate {
  /** The handle of the purchase added, removed or changed. */
  handle: PurchaseHandle;
  /**
   * Customers whose score may have changed (ascending): the customers the edit touched, and
   * every customer whose quadrant or borderline flag moved because a threshold did. Every other
   * customer's `score` is exactly what it was before.
   */
  changed: number[];
}

const QUADRANT_CODES: readonly Quadrant[] = ["I", "II", "III", "IV"];

/** Quadrant and borderline flag as one small number, to notice a flip cheaply. */
function placementCode(p: Placement): number {
  return QUADRANT_CODES.indexOf(p.quadrant) * 2 + (p.borderline ? 1 : 0);
}

/**
 * Every customer's value of one figure, sorted by (value, customer index). Positions are found
 * by binary search; a value change moves one entry, shifting the ones in between.
 */
export class SortedColumn {
  private readonly values: Float64Array;
  private readonly owners: Int32Array;
  /** Current value per customer (what its entry in `values` holds). */
  private readonly current: Float64Array;

  constructor(initial: ArrayLike<number>) {
    const n = initial.length;
    this.current = Float64Array.from(initial);
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => this.current[a] - this.current[b] || a - b);
    this.owners = Int32Array.from(order);
    this.values = new Float64Array(n);
    for (let i = 0; i < n; i++) this.values[i] = this.current[order[i]];
  }

  get size(): number {
    return this.values.length;
  }

  valueOf(customer: number): number {
    return this.current[customer];
  }

  /** First position whose entry sorts at or after (value, owner). */
  private lowerBound(value: number, owner: number): number {
    let lo = 0;
    let hi = this.values.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.values[mid];
      if (v < value || (v === value && this.owners[mid] < owner)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** First position whose value is > x (or ≥ x when `inclusive`). */
  private valueBound(x: number, inclusive: boolean): number {
    let lo = 0;
    let hi = this.values.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.values[mid] < x || (!inclusive && this.values[mid] === x)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  set(customer: number, value: number): void {
    const old = this.current[customer];
    if (old === value) {
      // Same place in the order (0 and -0 compare equal); keep the exact bits anyway.
      this.current[customer] = value;
      this.values[this.lowerBound(old, customer)] = value;
      return;
    }
    const from = this.lowerBound(old, customer);
    this.current[customer] = value;
    const at = this.lowerBound(value, customer);
    const { values, owners } = this;
    if (at > from) {
      // `at` counted the entry being moved, which sorts before the new key: it lands at at − 1.
      values.copyWithin(from, from + 1, at);
      owners.copyWithin(from, from + 1, at);
      values[at - 1] = value;
      owners[at - 1] = customer;
    } else {
      values.copyWithin(at + 1, at, from);
      owners.copyWithin(at + 1, at, from);
      values[at] = value;
      owners[at] = customer;
    }
  }

  /**
   * The median of the positive values; 0 when none is positive. The same arithmetic as
   * `medianOfPositive`, so the result is bit-identical.
   */
  medianOfPositive(): number {
    const first = this.valueBound(0, false);
    const count = this.values.length - first;
    if (count === 0) return 0;
    const mid = first + (count >> 1);
    return count % 2 ? this.values[mid] : (this.values[mid - 1] + this.values[mid]) / 2;
  }

  /** Calls `fn` with every customer whose value lies in [lo, hi]. */
  forEachIn(lo: number, hi: number, fn: (customer: number) => void): void {
    for (let i = this.valueBound(lo, true); i < this.values.length && this.values[i] <= hi; i++) fn(this.owners[i]);
  }
}

export class ScoreIndex {
  readonly asOf: Day;
  readonly settings: Settings;
  private readonly start: Day;
  private readonly customers: readonly CustomerRec[];
  /** By handle (= position), in book order; a removed one's customer is `REMOVED`. */
  private readonly purchases: Purchases;
  /** Per customer, the handles of its live purchases, ascending (= book order). */
  private readonly byCustomer: number[][];
  private readonly figures: Figures[];
  /** Latest purchase ≤ as-of per customer, -1 = none (follow-ups are kept apart, fixed). */
  private readonly lastPurchase: Int32Array;
  /** From the follow-ups, fixed: the latest contact (改约 aside) and the latest follow-up's next date. */
  private readonly lastFollowUp: Int32Array;
  private readonly latestNext: Int32Array;
  private readonly amounts: SortedColumn;
  private readonly closeness: SortedColumn;
  private current: Thresholds;
  private readonly placed: Uint8Array;
  /** Dedupes candidates within one update without clearing an array per edit. */
  private readonly stamp: Uint32Array;
  private epoch = 0;

  /**
   * Indexes `book` for scoring at `asOf` with `settings` (default: the book's). Equivalent to
   * `scoreBook({ ...book, settings }, asOf, lang).scores` and stays so through every edit.
   * Follow-ups are read once; a change to them (or to the as-of date, the settings or the
   * customers) needs a new index.
   */
  constructor(book: LinkedBook, asOf: Day, settings: Settings = book.settings) {
    this.asOf = asOf;
    this.settings = settings;
    this.start = windowStart(asOf, settings.windowMonths);
    this.customers = book.customers;
    const n = book.customers.length;
    this.purchases = book.purchases.clone();
    this.byCustomer = Array.from({ length: n }, () => []);
    const owner = this.purchases.customer;
    for (let handle = 0; handle < this.purchases.length; handle++) {
      if (owner[handle] >= 0) this.listOf(owner[handle]).push(handle);
    }
    const facts = followUpFacts(book.followUps, n, asOf);
    this.lastFollowUp = facts.lastContact;
    this.latestNext = facts.latestNext;
    this.lastPurchase = new Int32Array(n).fill(-1);
    this.figures = new Array(n);
    for (let c = 0; c < n; c++) this.recompute(c);
    this.amounts = new SortedColumn(this.figures.map((f) => f.amount));
    this.closeness = new SortedColumn(this.figures.map((f) => f.closeness));
    this.current = this.computeThresholds();
    this.placed = new Uint8Array(n);
    for (let c = 0; c < n; c++) this.placed[c] = placementCode(this.placement(c));
    this.stamp = new Uint32Array(n);
  }

  get thresholds(): Thresholds {
    return { ...this.current };
  }

  get size(): number {
    return this.customers.length;
  }

  /** The live purchases in book order: the `purchases` of the book this index now stands for. */
  livePurchases(): Purchases {
    const out = new Purchases(this.purchases.length);
    for (let h = 0; h < this.purchases.length; h++) if (this.isLive(h)) out.add(this.purchases.at(h));
    return out;
  }

  purchase(handle: PurchaseHandle): PurchaseRec | undefined {
    return this.isLive(handle) ? this.purchases.at(handle) : undefined;
  }

  /** Appends a purchase after every other (as a new row at the bottom of the table). */
  addPurchase(rec: PurchaseRec): IndexUpdate {
    this.checkCustomer(rec.customer);
    const handle = this.purchases.add(rec);
    if (rec.customer >= 0) this.listOf(rec.customer).push(handle);
    return { handle, changed: this.rescore([rec.customer]) };
  }

  removePurchase(handle: PurchaseHandle): IndexUpdate {
    const oldCustomer = this.ownerOf(handle);
    this.purchases.customer[handle] = REMOVED;
    if (oldCustomer >= 0) this.unlist(oldCustomer, handle);
    return { handle, changed: this.rescore([oldCustomer]) };
  }

  /** Replaces a purchase in place (same position in book order), possibly for another customer. */
  updatePurchase(handle: PurchaseHandle, rec: PurchaseRec): IndexUpdate {
    const oldCustomer = this.ownerOf(handle);
    this.checkCustomer(rec.customer);
    this.purchases.set(handle, rec);
    if (oldCustomer !== rec.customer) {
      if (oldCustomer >= 0) this.unlist(oldCustomer, handle);
      if (rec.customer >= 0) {
        const list = this.listOf(rec.customer);
        list.splice(upperBound(list, handle), 0, handle);
      }
    }
    return { handle, changed: this.rescore([oldCustomer, rec.customer]) };
  }

  quadrant(customer: number): Quadrant {
    return QUADRANT_CODES[this.placed[customer] >> 1];
  }

  /** The customer's score, equal to the one `scoreBook` gives for the current purchases. */
  score(customer: number): CustomerScore {
    return makeScore(this.customers[customer], this.figures[customer], this.placement(customer), {
      last: Math.max(this.lastPurchase[customer], this.lastFollowUp[customer]),
      latestNext: this.latestNext[customer],
      asOf: this.asOf,
      settings: this.settings,
    });
  }

  scores(): CustomerScore[] {
    const out: CustomerScore[] = new Array(this.customers.length);
    for (let c = 0; c < out.length; c++) out[c] = this.score(c);
    return out;
  }

  private listOf(customer: number): number[] {
    return this.byCustomer[customer];
  }

  private unlist(customer: number, handle: PurchaseHandle): void {
    const list = this.listOf(customer);
    list.splice(upperBound(list, handle) - 1, 1);
  }

  private isLive(handle: PurchaseHandle): boolean {
    return Number.isInteger(handle) && handle >= 0 && handle < this.purchases.length && this.purchases.customer[handle] !== REMOVED;
  }

  /** The live purchase's customer (throws for a handle never given or already removed). */
  private ownerOf(handle: PurchaseHandle): number {
    if (!this.isLive(handle)) throw new RangeError(`no live purchase with handle ${handle}`);
    return this.purchases.customer[handle];
  }

  private checkCustomer(customer: number): void {
    if (!Number.isInteger(customer) || customer < -1 || customer >= this.customers.length) {
      throw new RangeError(`no customer ${customer} (orphans are -1)`);
    }
  }

  /** The customer's figures from its own purchases, summed in book order as `figuresOf` does. */
  private recompute(customer: number): void {
    const { start, asOf } = this;
    let amount = 0;
    let count = 0;
    let bad = false;
    let last = -1;
    const { day, amount: amounts } = this.purchases;
    for (const handle of this.byCustomer[customer]) {
      const d = day[handle];
      if (d <= asOf && d > last) last = d;
      if (d <= start || d > asOf) continue;
      amount += amounts[handle];
      count++;
      if (this.purchases.isBad(handle)) bad = true;
    }
    this.figures[customer] = makeFigures(amount, count, bad, this.settings);
    this.lastPurchase[customer] = last;
  }

  private computeThresholds(): Thresholds {
    const resolve = (setting: Threshold, column: SortedColumn) =>
      setting === "median" ? column.medianOfPositive() : setting;
    return {
      amount: resolve(this.settings.amountThreshold, this.amounts),
      closeness: resolve(this.settings.closenessThreshold, this.closeness),
    };
  }

  private placement(customer: number): Placement {
    const f = this.figures[customer];
    return place(f.amount, f.closeness, this.current, this.settings.borderlineMargin);
  }

  /** Recomputes the touched customers, then the thresholds, then whoever a threshold move can flip. */
  private rescore(touched: number[]): number[] {
    const epoch = ++this.epoch;
    const changed: number[] = [];
    for (const c of touched) {
      if (c < 0 || this.stamp[c] === epoch) continue;
      this.stamp[c] = epoch;
      changed.push(c);
      this.recompute(c);
      this.amounts.set(c, this.figures[c].amount);
      this.closeness.set(c, this.figures[c].closeness);
    }
    const before = this.current;
    this.current = this.computeThresholds();
    for (const c of changed) this.placed[c] = placementCode(this.placement(c));
    const recheck = (c: number) => {
      if (this.stamp[c] === epoch) return;
      this.stamp[c] = epoch;
      const code = placementCode(this.placement(c));
      if (code === this.placed[c]) return;
      this.placed[c] = code;
      changed.push(c);
    };
    const margin = this.settings.borderlineMargin;
    for (const [lo, hi] of flipRanges(before.amount, this.current.amount, margin))
      this.amounts.forEachIn(lo, hi, recheck);
    for (const [lo, hi] of flipRanges(before.closeness, this.current.closeness, margin)) {
      this.closeness.forEachIn(lo, hi, recheck);
    }
    return changed.sort((a, b) => a - b);
  }
}

/**
 * The value ranges in which a customer's placement can differ between threshold `t0` and `t1`:
 * "high" flips between the two thresholds, "borderline" between the old and new lower edges and
 * the old and new upper edges of the band `t ± margin·t` (the band vanishes at threshold 0, which
 * these ranges cover because its edges collapse to 0). Widened by a relative 1e-9 so float
 * rounding in `place` can never put a flip just outside.
 */
export function flipRanges(t0: number, t1: number, margin: number): [number, number][] {
  if (t0 === t1) return [];
  const eps = 1e-9 * Math.max(Math.abs(t0), Math.abs(t1));
  const range = (a: number, b: number): [number, number] => [Math.min(a, b) - eps, Math.max(a, b) + eps];
  return [range(t0, t1), range(t0 - margin * t0, t1 - margin * t1), range(t0 + margin * t0, t1 + margin * t1)];
}

/** First position in an ascending list whose value is > x. */
function upperBound(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
