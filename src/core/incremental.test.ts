import fc from "fast-check";
import { ScoreIndex, SortedColumn, flipRanges } from "./incremental";
import { analyze, scoreBook } from "./analyze";
import { linkBook } from "./book";
import type { CustomerRec, FollowUpRec, LinkedBook, PaymentStatus, PurchaseRec } from "./book";
import { DEFAULT_SETTINGS, type Settings } from "./settings";
import { medianOfPositive } from "./quadrant";
import { Purchases } from "./purchases";
import { book, customers, day, purchases } from "../../test/support/rawBook";

const AS_OF = day("2026-03-31");

/** The book the index now stands for: the same customers and follow-ups, its live purchases. */
function fullScores(index: ScoreIndex, base: LinkedBook) {
  return scoreBook({ ...base, settings: index.settings, purchases: index.livePurchases() }, index.asOf, "en-US");
}

function expectSameAsFull(index: ScoreIndex, base: LinkedBook): void {
  const full = fullScores(index, base);
  expect(index.thresholds).toEqual(full.thresholds);
  expect(index.scores()).toEqual(full.scores);
}

describe("the incremental index", () => {
  it("starts equal to a full rescore of the linked book", () => {
    const raw = book({
      customers: customers(4),
      purchases: purchases([
        ["C1", "2026-03-01", 1000],
        ["C2", "2026-01-15", 500, "逾期"],
        ["C2", "2025-02-01", 99],
        ["C3", "2025-03-31", 700],
        ["C9", "2026-02-01", 5],
      ]),
    });
    const linked = linkBook(raw);
    const index = new ScoreIndex(linked, AS_OF);
    expect(index.scores()).toEqual(analyze(raw, { asOf: AS_OF }).scores);
  });

  it("moves the median when a purchase is appended and reports the customers that flipped", () => {
    const raw = book({
      customers: customers(3),
      purchases: purchases([
        ["C1", "2026-03-01", 100],
        ["C2", "2026-03-01", 300],
      ]),
    });
    const linked = linkBook(raw);
    const index = new ScoreIndex(linked, AS_OF);
    // Median of {100, 300} = 200: C2 is high, C1 low.
    expect(index.quadrant(1)).toBe("I");
    expect(index.thresholds.amount).toBe(200);
    // C3 buys 1000: median of {100, 300, 1000} = 300, C2 stays high (≥); add 2000 to C3: median (300+1000)/2.
    const first = index.addPurchase({ customer: 2, row: 4, day: day("2026-03-02"), amount: 1000, product: "" });
    expect(first.changed).toContain(2);
    expect(index.thresholds.amount).toBe(300);
    const bigger = index.addPurchase({ customer: 0, row: 5, day: day("2026-03-03"), amount: 2000, product: "" });
    // C1 now 2100: amounts {2100, 300, 1000} → median 1000; C2 (300) drops out of "high", C3 stays
    // I and borderline (its closeness sits on the closeness median all along): unchanged, not reported.
    expect(index.thresholds.amount).toBe(1000);
    expect(bigger.changed).toEqual([0, 1]);
    expect(index.quadrant(1)).not.toBe("I");
    expectSameAsFull(index, linked);
  });

  it("removes and updates purchases, moving one to another customer", () => {
    const raw = book({
      customers: customers(2),
      purchases: purchases([
        ["C1", "2026-03-01", 100],
        ["C1", "2026-03-02", 50, "坏账"],
        ["C2", "2026-03-03", 70],
      ]),
    });
    const linked = linkBook(raw);
    const index = new ScoreIndex(linked, AS_OF);
    index.removePurchase(1);
    expect(index.score(0).badPayment).toBe(false);
    index.updatePurchase(0, { ...index.purchase(0)!, customer: 1 });
    expect(index.score(0).transactions).toBe(0);
    expect(index.score(1).amount).toBe(170);
    expectSameAsFull(index, linked);
    expect(() => index.removePurchase(1)).toThrow(RangeError);
    expect(() => index.addPurchase({ customer: 5, row: 9, day: AS_OF, amount: 1, product: "" })).toThrow(RangeError);
  });

  it("keeps an orphan purchase (customer -1) without counting it anywhere", () => {
    const linked = linkBook(book({ customers: customers(1), purchases: purchases([["C1", "2026-03-01", 100]]) }));
    const index = new ScoreIndex(linked, AS_OF);
    const { changed } = index.addPurchase({ customer: -1, row: 3, day: AS_OF, amount: 1e6, product: "" });
    expect(changed).toEqual([]);
    expect(index.livePurchases()).toHaveLength(2);
    expectSameAsFull(index, linked);
  });
});

describe("the sorted column", () => {
  it("gives the same median of the positive values as medianOfPositive after every move", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -3, max: 6 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: -3, max: 6 })), { maxLength: 20 }),
        (initial, moves) => {
          const values = initial.map((v) => v / 2);
          const col = new SortedColumn(values);
          for (const [who, v] of moves) {
            const c = who % values.length;
            values[c] = v / 2;
            col.set(c, v / 2);
            expect(col.medianOfPositive()).toBe(medianOfPositive(values));
            const seen: number[] = [];
            col.forEachIn(-Infinity, Infinity, (x) => seen.push(values[x]));
            expect(seen).toEqual([...values].sort((a, b) => a - b));
          }
        },
      ),
    );
  });

  it("has no flip ranges when the threshold does not move", () => {
    expect(flipRanges(5, 5, 0.1)).toEqual([]);
  });
});

// ---- Property: any book, any sequence of edits → the index equals a full rescore. ----

const DAYS = [
  day("2025-03-30"),
  day("2025-03-31"), // the window's open start for 12 months: out
  day("2025-04-01"),
  day("2025-12-15"),
  day("2026-02-28"), // the open start for 1 month (2026-03-31 − 1 month): out
  day("2026-03-01"),
  AS_OF, // in
  day("2026-04-01"), // after the as-of date: not counted
];
const STATUSES: (PaymentStatus | undefined)[] = [undefined, "paid", "pending", "overdue", "badDebt"];

const settingsArb: fc.Arbitrary<Settings> = fc
  .record({
    windowMonths: fc.constantFrom(1, 12),
    badPaymentPenalty: fc.constantFrom(0, 0.5, 1),
    amountThreshold: fc.constantFrom<Settings["amountThreshold"]>("median", "median", 0, 150),
    closenessThreshold: fc.constantFrom<Settings["closenessThreshold"]>("median", "median", 0, 0.25),
    borderlineMargin: fc.constantFrom(0, 0.1, 0.5, 1),
  })
  .map((s) => ({ ...DEFAULT_SETTINGS, cadence: { ...DEFAULT_SETTINGS.cadence }, ...s }));

/** Few distinct amounts (ties at the median), refunds, zero and cents that don't add up exactly. */
const amountArb = fc.constantFrom(0, 0.1, 0.2, 0.3, 50, 100, 100, 150, 300, -100, -0.1, 1234.56);

function purchaseArb(n: number): fc.Arbitrary<PurchaseRec> {
  return fc.record({
    customer: fc.integer({ min: n === 0 ? -1 : -1, max: n - 1 }).map((c) => (c < -1 ? -1 : c)),
    row: fc.nat(1000),
    day: fc.constantFrom(...DAYS),
    amount: amountArb,
    status: fc.constantFrom(...STATUSES),
    product: fc.constant("基金"),
  });
}

function followUpArb(n: number): fc.Arbitrary<FollowUpRec> {
  return fc.record({
    customer: fc.integer({ min: -1, max: Math.max(n - 1, -1) }),
    row: fc.nat(1000),
    day: fc.constantFrom(...DAYS),
    nextDay: fc.option(fc.constantFrom(...DAYS), { nil: undefined }),
    summary: fc.constant(""),
    outcome: fc.constant(""),
    nextAction: fc.constant(""),
  });
}

type Op =
  | { kind: "add"; rec: PurchaseRec }
  | { kind: "remove"; pick: number }
  | { kind: "update"; pick: number; rec: PurchaseRec };

const scenarioArb = fc.integer({ min: 0, max: 8 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    settings: settingsArb,
    purchases: fc.array(purchaseArb(n), { maxLength: 25 }),
    followUps: fc.array(followUpArb(n), { maxLength: 6 }),
    ops: fc.array(
      fc.oneof(
        { weight: 3, arbitrary: purchaseArb(n).map((rec): Op => ({ kind: "add", rec })) },
        { weight: 1, arbitrary: fc.nat().map((pick): Op => ({ kind: "remove", pick })) },
        {
          weight: 1,
          arbitrary: fc.tuple(fc.nat(), purchaseArb(n)).map(([pick, rec]): Op => ({ kind: "update", pick, rec })),
        },
      ),
      { maxLength: 15 },
    ),
  }),
);

function linkedOf(n: number, purchases: PurchaseRec[], followUps: FollowUpRec[], settings: Settings): LinkedBook {
  const customers: CustomerRec[] = Array.from({ length: n }, (_, i) => ({
    index: i,
    key: `c${i + 1}`,
    id: `C${i + 1}`,
    name: `Customer ${i + 1}`,
    row: i + 2,
    cells: [],
  }));
  return {
    customers,
    byKey: new Map(customers.map((c) => [c.key, c.index])),
    purchases: Purchases.from(purchases),
    followUps,
    assets: [],
    policies: [],
    opportunities: [],
    settings,
    problems: [],
    date1904: false,
    tables: {},
  };
}

describe("the incremental index (property)", () => {
  it("equals a full scoreBook after every add, remove and update, and reports every customer whose score changed", () => {
    fc.assert(
      fc.property(scenarioArb, ({ n, settings, purchases: initial, followUps, ops }) => {
        const base = linkedOf(n, initial, followUps, settings);
        const index = new ScoreIndex(base, AS_OF);
        expectSameAsFull(index, base);
        let before = index.scores();
        const handles = initial.map((_, h) => h);
        for (const op of ops) {
          let changed: number[];
          if (op.kind === "add") {
            const u = index.addPurchase(op.rec);
            handles.push(u.handle);
            changed = u.changed;
          } else if (handles.length === 0) {
            continue;
          } else if (op.kind === "remove") {
            const [h] = handles.splice(op.pick % handles.length, 1);
            changed = index.removePurchase(h).changed;
          } else {
            changed = index.updatePurchase(handles[op.pick % handles.length], op.rec).changed;
          }
          const after = fullScores(index, base).scores;
          expectSameAsFull(index, base);
          const moved = after.filter((s, i) => JSON.stringify(s) !== JSON.stringify(before[i])).map((s) => s.index);
          for (const c of moved) expect(changed).toContain(c);
          before = after;
        }
      }),
      { numRuns: 300 },
    );
  });
});
