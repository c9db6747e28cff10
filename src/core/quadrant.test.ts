import { analyze } from "./analyze";
import fc from "fast-check";
import { medianOfPositive, place, roundMoney } from "./quadrant";
import { book, customers, day, purchases, table } from "../../test/support/rawBook";

const AS_OF = day("2026-11-23");
const scoreOf = (b: ReturnType<typeof book>, asOf = AS_OF) => analyze(b, { asOf }).scores;

describe("the purchase window (SPEC 3)", () => {
  it("counts a purchase dated exactly on the as-of date", () => {
    const [c] = scoreOf(book({ customers: customers(1), purchases: purchases([["C1", "2026-11-23", 100]]) }));
    expect(c.amount).toBe(100);
    expect(c.transactions).toBe(1);
  });

  it("leaves out a purchase dated exactly W months before the as-of date", () => {
    const [c] = scoreOf(book({ customers: customers(1), purchases: purchases([["C1", "2025-11-23", 100], ["C1", "2025-11-24", 7]]) }));
    expect(c.amount).toBe(7);
    expect(c.transactions).toBe(1);
  });

  it("clamps the window start to the end of a shorter month (2026-03-31 − 1 month = 2026-02-28)", () => {
    const settings = table("设置", ["键", "值"], [["windowMonths", 1]]);
    const b = book({
      customers: customers(1),
      purchases: purchases([["C1", "2026-02-28", 1], ["C1", "2026-03-01", 10], ["C1", "2026-03-31", 100]]),
      settings,
    });
    const [c] = scoreOf(b, day("2026-03-31"));
    expect(c.amount).toBe(110);
    expect(c.frequency).toBe(2);
  });

  it("does not count a purchase after the as-of date, and warns about it", () => {
    const a = analyze(book({ customers: customers(1), purchases: purchases([["C1", "2026-12-01", 100]]) }), { asOf: AS_OF });
    expect(a.scores[0].amount).toBe(0);
    expect(a.problems).toEqual([expect.objectContaining({ code: "date.future", severity: "warning", row: 2, column: "日期" })]);
  });
});

describe("amount, frequency and closeness", () => {
  it("lets a refund lower the amount while still counting as a transaction", () => {
    const [c] = scoreOf(book({ customers: customers(1), purchases: purchases([["C1", "2026-10-01", 1000], ["C1", "2026-10-02", -300]]) }));
    expect(c.amount).toBe(700);
    expect(c.transactions).toBe(2);
    expect(c.frequency).toBeCloseTo(2 / 12, 12);
  });

  it("counts an invalid purchase row nowhere: not in amount, not in frequency", () => {
    const b = book({
      customers: customers(1),
      purchases: purchases([["C1", "2026-10-01", 1000], ["C1", "2026-10-02", "abc"], ["C1", "3/5/2026", 50], ["", "2026-10-03", 70]]),
    });
    const a = analyze(b, { asOf: AS_OF });
    expect(a.scores[0].amount).toBe(1000);
    expect(a.scores[0].transactions).toBe(1);
    expect(a.problems.filter((p) => p.severity === "error").map((p) => [p.code, p.row, p.column])).toEqual([
      ["amount.invalid", 3, "金额"],
      ["date.invalid", 4, "日期"],
      ["id.missing", 5, "客户编号"],
    ]);
  });

  it("halves closeness when a purchase in the window is overdue or a bad debt", () => {
    const b = book({
      customers: customers(3),
      purchases: purchases([
        ["C1", "2026-10-01", 100, "逾期"],
        ["C1", "2026-10-02", 100],
        ["C2", "2026-10-01", 100, "Bad debt"],
        ["C2", "2026-10-02", 100],
        ["C3", "2026-10-01", 100, "待回款"],
        ["C3", "2026-10-02", 100],
      ]),
    });
    const [c1, c2, c3] = scoreOf(b);
    expect([c1.badPayment, c2.badPayment, c3.badPayment]).toEqual([true, true, false]);
    expect(c1.closeness).toBeCloseTo(c3.closeness / 2, 12);
    expect(c2.closeness).toBeCloseTo(c3.closeness / 2, 12);
  });

  it("ignores a bad payment that lies outside the window", () => {
    const b = book({ customers: customers(1), purchases: purchases([["C1", "2024-01-01", 100, "坏账"], ["C1", "2026-10-02", 100]]) });
    expect(scoreOf(b)[0].badPayment).toBe(false);
  });
});

describe("thresholds and quadrants", () => {
  it("takes the median over customers with a positive value only, so customers without purchases don't pull it to zero", () => {
    const b = book({
      customers: customers(5),
      purchases: purchases([["C1", "2026-10-01", 100], ["C2", "2026-10-01", 300], ["C3", "2026-10-01", 200]]),
    });
    const a = analyze(b, { asOf: AS_OF });
    expect(a.thresholds.amount).toBe(200);
    // All three buy once, so their closeness is the closeness median: C1 is low amount, high closeness.
    expect(a.scores.map((s) => s.quadrant)).toEqual(["IV", "I", "I", "III", "III"]);
  });

  it("places a customer with no purchase in the window in quadrant III", () => {
    const b = book({ customers: customers(2), purchases: purchases([["C1", "2026-10-01", 100]]) });
    expect(scoreOf(b)[1].quadrant).toBe("III");
  });

  it("places the four quadrants by amount high/low × closeness high/low", () => {
    const t = { amount: 100, closeness: 1 };
    expect(place(200, 2, t, 0.1).quadrant).toBe("I");
    expect(place(200, 0.5, t, 0.1).quadrant).toBe("II");
    expect(place(50, 0.5, t, 0.1).quadrant).toBe("III");
    expect(place(50, 2, t, 0.1).quadrant).toBe("IV");
  });

  it("counts a value equal to the threshold as high, but never a zero value", () => {
    expect(place(100, 1, { amount: 100, closeness: 1 }, 0.1).quadrant).toBe("I");
    expect(place(0, 0, { amount: 0, closeness: 0 }, 0.1).quadrant).toBe("III");
  });

  it("uses a fixed threshold from the settings table instead of the median", () => {
    const settings = table("设置", ["键", "值"], [["amountThreshold", 150], ["closenessThreshold", "median"]]);
    const b = book({ customers: customers(2), purchases: purchases([["C1", "2026-10-01", 100], ["C2", "2026-10-01", 200]]), settings });
    const a = analyze(b, { asOf: AS_OF });
    expect(a.thresholds.amount).toBe(150);
    expect(a.scores.map((s) => s.quadrant)).toEqual(["IV", "I"]);
  });

  it("gives threshold 0 when no customer has a positive value", () => {
    expect(medianOfPositive([0, 0, -5])).toBe(0);
    expect(medianOfPositive([1, 2, 3, 4])).toBe(2.5);
  });

  it("finds the same median as sorting the positive values, with many ties, sorted, reversed or shuffled", () => {
    const sortedMedian = (values: number[]) => {
      const p = values.filter((v) => v > 0).sort((a, b) => a - b);
      if (p.length === 0) return 0;
      const mid = p.length >> 1;
      return p.length % 2 ? p[mid] : (p[mid - 1] + p[mid]) / 2;
    };
    // Few distinct values (a closeness column: counts over 12 months), or any doubles; in any order.
    const value = fc.oneof(fc.integer({ min: -2, max: 6 }).map((n) => n / 12), fc.double({ min: -1e6, max: 1e9, noNaN: true }));
    const order = fc.constantFrom("as drawn", "ascending", "descending");
    fc.assert(
      fc.property(fc.array(value, { maxLength: 400 }), order, (values, how) => {
        if (how !== "as drawn") values.sort((a, b) => (how === "ascending" ? a - b : b - a));
        expect(medianOfPositive(values)).toBe(sortedMedian(values));
      }),
      { numRuns: 500 },
    );
  });
});

describe("borderline (the dynamic principle)", () => {
  it("marks a customer within the margin of either threshold", () => {
    const t = { amount: 1000, closeness: 1 };
    expect(place(1100, 5, t, 0.1).borderline).toBe(true);
    expect(place(900.0, 5, t, 0.1).borderline).toBe(true);
    expect(place(1101, 5, t, 0.1).borderline).toBe(false);
    expect(place(5000, 0.9, t, 0.1).borderline).toBe(true);
  });

  it("never marks borderline against a threshold of 0", () => {
    expect(place(0, 0, { amount: 0, closeness: 0 }, 0.1).borderline).toBe(false);
    expect(place(0.01, 0, { amount: 0, closeness: 0 }, 0.5).borderline).toBe(false);
  });
});

describe("linking by customer ID (SPEC 2)", () => {
  it("links IDs typed with extra spaces, full-width characters or another case", () => {
    const b = book({
      customers: customers(1),
      purchases: purchases([["  C1 ", "2026-10-01", 1], ["Ｃ１", "2026-10-02", 2], ["c1", "2026-10-03", 4]]),
    });
    const a = analyze(b, { asOf: AS_OF });
    expect(a.scores[0].amount).toBe(7);
    expect(a.problems).toEqual([]);
  });

  it("keeps text 001 and number 1 as different customers and reports the pair as a likely mistake", () => {
    const b = book({
      customers: table("客户", ["客户编号", "客户名称"], [["001", "甲"], [1, "乙"]]),
      purchases: purchases([[1, "2026-10-01", 100]]),
    });
    const a = analyze(b, { asOf: AS_OF });
    expect(a.scores.map((s) => [s.id, s.amount])).toEqual([["001", 0], ["1", 100]]);
    expect(a.problems).toEqual([expect.objectContaining({ code: "id.lookalike", severity: "warning", sheet: "客户", row: 3 })]);
  });

  it("reports a duplicate customer ID and lets the first row win", () => {
    const b = book({ customers: table("客户", ["客户编号", "客户名称"], [["C1", "first"], ["c1", "second"]]) });
    const a = analyze(b, { asOf: AS_OF });
    expect(a.scores.map((s) => s.name)).toEqual(["first"]);
    expect(a.problems).toEqual([expect.objectContaining({ code: "id.duplicate", severity: "error", row: 3, params: expect.objectContaining({ firstRow: 2 }) })]);
  });

  it("reports an orphan purchase as an error, counts it for nobody and invents no customer", () => {
    const b = book({ customers: customers(1), purchases: purchases([["C9", "2026-10-01", 100]]) });
    const a = analyze(b, { asOf: AS_OF });
    expect(a.scores).toHaveLength(1);
    expect(a.scores[0].amount).toBe(0);
    expect(a.book.purchases.toArray()).toEqual([expect.objectContaining({ customer: -1, row: 2 })]);
    expect(a.problems).toEqual([expect.objectContaining({ code: "orphan", severity: "error", sheet: "购买记录", row: 2, column: "客户编号" })]);
  });

  it("reports a missing required column at the header row and does not guess it", () => {
    const b = book({ customers: customers(1), purchases: table("购买记录", ["客户编号", "日期", "产品"], [["C1", 46000, "x"]]) });
    const a = analyze(b, { asOf: AS_OF });
    expect(a.scores[0].transactions).toBe(0);
    expect(a.problems).toEqual([expect.objectContaining({ code: "column.missing", severity: "error", row: 1, column: "金额" })]);
  });

  it("finds columns by English captions and synonyms, ignoring case, width and spaces", () => {
    const b = book({
      customers: table("Customers", ["ｃｕｓｔｏｍｅｒ ｉｄ", "NAME"], [["C1", "Ann"]]),
      purchases: table("Purchases", ["ID", "Date", "Amount"], [["C1", "2026-10-01", 5]]),
    });
    const a = analyze(b, { asOf: AS_OF });
    expect(a.scores[0]).toEqual(expect.objectContaining({ id: "C1", name: "Ann", amount: 5 }));
  });

  it("reads a header row that is not on row 1 and names the right worksheet rows", () => {
    const b = book({ customers: table("客户", ["客户编号", "客户名称"], [["C1", "甲"], ["", "乙"]], 4) });
    expect(analyze(b, { asOf: AS_OF }).problems).toEqual([expect.objectContaining({ code: "id.missing", row: 6 })]);
  });
});

describe("contacts", () => {
  it("takes the last contact from follow-ups and purchases on or before the as-of date", () => {
    const b = book({
      customers: customers(2),
      purchases: purchases([["C1", "2026-11-01", 1]]),
      followUps: table("跟进记录", ["客户编号", "日期"], [["C1", 46000 + 0], ["C1", "2026-11-10"], ["C1", "2026-12-01"]]),
    });
    const a = analyze(b, { asOf: AS_OF });
    expect(a.scores[0].lastContact).toBe(day("2026-11-10"));
    expect(a.scores[1].lastContact).toBeUndefined();
    expect(a.scores[1].nextVisit).toBe(AS_OF);
  });
});

describe("amounts rounded to the millionth", () => {
  it("reads back exactly as the six-decimal text of the sum does, for sums of cents, refunds, ties and huge values", () => {
    const cents = fc.array(fc.integer({ min: -10_000_000, max: 10_000_000 }), { maxLength: 40 }).map((xs) => xs.reduce((s, x) => s + x / 100, 0));
    const ties = fc.integer({ min: -1e9, max: 1e9 }).map((k) => (k + 0.5) / 1e6);
    const any = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e13, max: 1e13 });
    fc.assert(
      fc.property(fc.oneof(cents, ties, any), (x) => {
        expect(Object.is(roundMoney(x), x === 0 ? 0 : Number(x.toFixed(6)))).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });
});
