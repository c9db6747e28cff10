import fc from "fast-check";
import type { CustomerRec, LinkedBook } from "./book";
import { type PaymentStatus, type PurchaseRec, Purchases } from "./purchases";
import { type Figures, isBadPayment, makeFigures, windowStart } from "./quadrant";
import { scoreBook } from "./analyze";
import { DEFAULT_SETTINGS, type Settings } from "./settings";
import { day } from "../../test/support/rawBook";

const AS_OF = day("2026-03-31");
const STATUSES: (PaymentStatus | undefined)[] = [undefined, "paid", "pending", "overdue", "badDebt"];

const recArb = (customers: number): fc.Arbitrary<PurchaseRec> =>
  fc.record({
    customer: fc.integer({ min: -1, max: customers - 1 }),
    row: fc.integer({ min: 2, max: 1_048_576 }),
    day: fc.integer({ min: AS_OF - 800, max: AS_OF + 40 }),
    amount: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0.1, 0.2, -0.1, 1234.56)),
    status: fc.constantFrom(...STATUSES),
    product: fc.constantFrom("", "基金", "保险", " Bond "),
  });

const recsArb = fc.array(recArb(6), { maxLength: 60 });

/** The loop scoring ran over record objects before the columns: the reference. */
function figuresFromRecords(n: number, recs: PurchaseRec[], s: Settings): Figures[] {
  const amount = new Float64Array(n);
  const count = new Uint32Array(n);
  const bad = new Uint8Array(n);
  const start = windowStart(AS_OF, s.windowMonths);
  for (const p of recs) {
    if (p.customer < 0 || p.day <= start || p.day > AS_OF) continue;
    amount[p.customer] += p.amount;
    count[p.customer]++;
    if (isBadPayment(p)) bad[p.customer] = 1;
  }
  return Array.from({ length: n }, (_, i) => makeFigures(amount[i], count[i], bad[i] === 1, s));
}

function bookOf(n: number, purchases: Purchases, settings: Settings): LinkedBook {
  const customers: CustomerRec[] = Array.from({ length: n }, (_, i) => ({ index: i, key: `c${i}`, id: `C${i}`, name: "", row: i + 2, cells: [] }));
  return { customers, byKey: new Map(), purchases, followUps: [], assets: [], policies: [], opportunities: [], settings, problems: [], date1904: false, tables: {} };
}

describe("the purchase store", () => {
  it("gives back every purchase exactly as it was added, however far it grew", () => {
    fc.assert(
      fc.property(recsArb, (recs) => {
        const store = new Purchases(1);
        for (const p of recs) store.add(p);
        expect(store).toHaveLength(recs.length);
        expect(store.toArray()).toEqual(recs);
        expect([...store]).toEqual(recs);
        recs.forEach((p, i) => expect(Object.is(store.at(i).amount, p.amount)).toBe(true));
      }),
    );
  });

  it("lists a customer's purchases in book order, as filtering the records would", () => {
    fc.assert(
      fc.property(recsArb, fc.integer({ min: -1, max: 5 }), (recs, c) => {
        expect(Purchases.from(recs).ofCustomer(c)).toEqual(recs.filter((p) => p.customer === c));
      }),
    );
  });

  it("changes a clone without changing the original", () => {
    fc.assert(
      fc.property(recsArb.filter((r) => r.length > 0), recArb(6), (recs, other) => {
        const original = Purchases.from(recs);
        const copy = original.clone();
        copy.set(0, other);
        copy.add(other);
        expect(original.toArray()).toEqual(recs);
        expect(copy.at(0)).toEqual(other);
        expect(copy).toHaveLength(recs.length + 1);
      }),
    );
  });

  it("scores from the columns exactly as the record loop did", () => {
    const settingsArb = fc
      .record({ windowMonths: fc.constantFrom(1, 12, 18), badPaymentPenalty: fc.constantFrom(0, 0.5, 1) })
      .map((s): Settings => ({ ...DEFAULT_SETTINGS, ...s }));
    fc.assert(
      fc.property(recsArb, settingsArb, (recs, s) => {
        const scores = scoreBook(bookOf(6, Purchases.from(recs), s), AS_OF, "zh-CN").scores;
        const figures = scores.map(({ amount, transactions, frequency, badPayment, closeness }): Figures => ({ amount, transactions, frequency, badPayment, closeness }));
        expect(figures).toEqual(figuresFromRecords(6, recs, s));
      }),
    );
  });

  it("refuses a position it does not hold", () => {
    const store = Purchases.from([{ customer: 0, row: 2, day: AS_OF, amount: 1, product: "" }]);
    expect(() => store.at(1)).toThrow(RangeError);
    expect(() => store.at(-1)).toThrow(RangeError);
  });
});
