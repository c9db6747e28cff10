/**
 * The purchase table as columns. A full sheet holds hundreds of thousands of purchases; as record
 * objects they were most of the linked book's memory and a third of its scoring time went to the
 * garbage collector tracing them. Here each field is one typed array (customer, row, day, amount,
 * payment status, product) and a `PurchaseRec` is made only when a view asks for one (the 360
 * view, explain, the card). Products are interned: a sheet names a handful of products over
 * hundreds of thousands of rows, so each row holds the number of its text in `productTexts`
 * (work per product, such as the revenue mix's normalizing, is then done once per text).
 *
 * The scoring loops read the columns directly. A column array is replaced when the store grows,
 * so read it from the store after the last `push`, not before.
 *
 * @example
 *   const { customer, day, amount } = book.purchases;
 *   for (let i = 0; i < book.purchases.length; i++) if (customer[i] === c) total += amount[i];
 */
import type { Day } from "./dates";

export type PaymentStatus = "paid" | "pending" | "overdue" | "badDebt";

/** One purchase as a view sees it (made on demand from the columns). */
export interface PurchaseRec {
  /** Index of the customer in `customers`, or -1 for an orphan. */
  customer: number;
  row: number;
  day: Day;
  amount: number;
  status?: PaymentStatus;
  product: string;
}

/** Status codes in the `status` column: 0 = no status given. */
const STATUSES: readonly (PaymentStatus | undefined)[] = [undefined, "paid", "pending", "overdue", "badDebt"];
/** Codes at or above this are the bad payments (overdue, bad debt) that bring the penalty. */
const FIRST_BAD = 3;

/** The code of a status in `STATUSES` (a switch: a keyed lookup per purchase row was measurable). */
export function statusCode(status: PaymentStatus | undefined): number {
  switch (status) {
    case "paid":
      return 1;
    case "pending":
      return 2;
    case "overdue":
      return 3;
    case "badDebt":
      return 4;
    default:
      return 0;
  }
}

export function statusOfCode(code: number): PaymentStatus | undefined {
  return STATUSES[code];
}

/** An overdue or bad-debt status code. */
export function isBadCode(code: number): boolean {
  return code >= FIRST_BAD;
}

export class Purchases implements Iterable<PurchaseRec> {
  customer: Int32Array;
  row: Int32Array;
  day: Int32Array;
  amount: Float64Array;
  /** `statusCode` of each purchase. */
  status: Uint8Array;
  /** Each purchase's product as its index in `productTexts`. */
  productCode: Uint32Array;
  /** The distinct product texts, in order of first use (index 0 is the blank product). */
  readonly productTexts: string[] = [""];
  private readonly productIndex: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, { "": 0 });
  private count = 0;

  /** `capacity`: how many purchases to make room for at once (a table's row count). */
  constructor(capacity = 16) {
    const n = Math.max(capacity, 1);
    this.customer = new Int32Array(n);
    this.row = new Int32Array(n);
    this.day = new Int32Array(n);
    this.amount = new Float64Array(n);
    this.status = new Uint8Array(n);
    this.productCode = new Uint32Array(n);
  }

  static from(recs: Iterable<PurchaseRec>): Purchases {
    const out = new Purchases(Array.isArray(recs) ? recs.length : 16);
    for (const p of recs) out.add(p);
    return out;
  }

  /** A copy that can change without changing this one. */
  clone(): Purchases {
    const out = new Purchases(this.count);
    out.customer.set(this.customer.subarray(0, this.count));
    out.row.set(this.row.subarray(0, this.count));
    out.day.set(this.day.subarray(0, this.count));
    out.amount.set(this.amount.subarray(0, this.count));
    out.status.set(this.status.subarray(0, this.count));
    for (let i = 0; i < this.count; i++) out.productCode[i] = out.intern(this.productTexts[this.productCode[i]]);
    out.count = this.count;
    return out;
  }

  get length(): number {
    return this.count;
  }

  /** Appends a purchase; returns its position. */
  push(customer: number, row: number, day: Day, amount: number, status: number, product: string): number {
    return this.pushCoded(customer, row, day, amount, status, this.intern(product));
  }

  /** `push` with the product already interned (`intern`): the reading loop interns each distinct cell once. */
  pushCoded(customer: number, row: number, day: Day, amount: number, status: number, productCode: number): number {
    const i = this.count;
    if (i === this.customer.length) this.grow();
    this.customer[i] = customer;
    this.row[i] = row;
    this.day[i] = day;
    this.amount[i] = amount;
    this.status[i] = status;
    this.productCode[i] = productCode;
    this.count = i + 1;
    return i;
  }

  /** The product text of purchase `i`. */
  product(i: number): string {
    return this.productTexts[this.productCode[i]];
  }

  /** The number of a product text in `productTexts`, added on first use. */
  intern(text: string): number {
    let code = this.productIndex[text];
    if (code === undefined) {
      code = this.productTexts.length;
      this.productTexts.push(text);
      this.productIndex[text] = code;
    }
    return code;
  }

  add(p: PurchaseRec): number {
    return this.push(p.customer, p.row, p.day, p.amount, statusCode(p.status), p.product);
  }

  /** Replaces the purchase at `i`. */
  set(i: number, p: PurchaseRec): void {
    this.check(i);
    this.customer[i] = p.customer;
    this.row[i] = p.row;
    this.day[i] = p.day;
    this.amount[i] = p.amount;
    this.status[i] = statusCode(p.status);
    this.productCode[i] = this.intern(p.product);
  }

  /** The purchase at `i` as a record (a new object each call). */
  at(i: number): PurchaseRec {
    this.check(i);
    return {
      customer: this.customer[i],
      row: this.row[i],
      day: this.day[i],
      amount: this.amount[i],
      status: STATUSES[this.status[i]],
      product: this.productTexts[this.productCode[i]],
    };
  }

  isBad(i: number): boolean {
    return this.status[i] >= FIRST_BAD;
  }

  /** A customer's purchases in book order, as records. */
  ofCustomer(customer: number): PurchaseRec[] {
    const out: PurchaseRec[] = [];
    const c = this.customer;
    for (let i = 0; i < this.count; i++) if (c[i] === customer) out.push(this.at(i));
    return out;
  }

  toArray(): PurchaseRec[] {
    const out: PurchaseRec[] = new Array(this.count);
    for (let i = 0; i < this.count; i++) out[i] = this.at(i);
    return out;
  }

  *[Symbol.iterator](): Iterator<PurchaseRec> {
    for (let i = 0; i < this.count; i++) yield this.at(i);
  }

  private check(i: number): void {
    if (!Number.isInteger(i) || i < 0 || i >= this.count) throw new RangeError(`no purchase at ${i}`);
  }

  private grow(): void {
    const n = this.customer.length * 2;
    const widen = <T extends Int32Array | Uint32Array | Float64Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.customer = widen(this.customer, (k) => new Int32Array(k));
    this.row = widen(this.row, (k) => new Int32Array(k));
    this.day = widen(this.day, (k) => new Int32Array(k));
    this.amount = widen(this.amount, (k) => new Float64Array(k));
    this.status = widen(this.status, (k) => new Uint8Array(k));
    this.productCode = widen(this.productCode, (k) => new Uint32Array(k));
  }
}
