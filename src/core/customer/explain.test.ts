import { analyze } from "../analyze";
import { demoBook } from "../../demo/demoBook";
import type { RawBook, RawTable, TableKey } from "../table";
import { book, customers, day, purchases, table } from "../../../test/support/rawBook";
import { explainCustomer } from "./explain";
import { keyAccounts } from "../accounts/accounts";
import { badDebtSentence, thresholdSentences } from "./whyText";
import type { Lang } from "../i18n";

const AS_OF = day("2026-03-15");

function demoRaw(lang: Lang): RawBook {
  const demo = demoBook({ lang, asOf: AS_OF });
  const tables: Partial<Record<TableKey, RawTable>> = {};
  for (const t of Object.values(demo.tables)) tables[t.key] = table(t.sheet, t.headers, t.rows);
  return book(tables);
}

function settings(rows: [string, string | number][]): RawTable {
  return table("设置", ["键", "值"], rows);
}

describe("explaining a customer's quadrant", () => {
  it.each<Lang>(["zh-CN", "en-US"])("gives every demo customer the scoring core's figures and quadrant (%s)", (lang) => {
    const a = analyze(demoRaw(lang), { today: AS_OF });
    expect(a.scores.length).toBeGreaterThan(20);
    for (const s of a.scores) {
      const e = explainCustomer(a, s.index);
      expect({ amount: e.amount, transactions: e.transactions, frequency: e.frequency, closeness: e.closeness, badPayment: e.badPayment, quadrant: e.quadrant, borderline: e.borderline }).toEqual({
        amount: s.amount,
        transactions: s.transactions,
        frequency: s.frequency,
        closeness: s.closeness,
        badPayment: s.badPayment,
        quadrant: s.quadrant,
        borderline: s.borderline,
      });
      // The traced purchases are the amount shown, row by row.
      expect(e.counted.reduce((sum, p) => sum + p.amount, 0)).toBeCloseTo(s.amount, 6);
      expect(e.counted).toHaveLength(s.transactions);
      expect(e.badRows.length > 0).toBe(s.badPayment);
    }
  });

  // Fixed thresholds: amount 1,000; closeness 0.25 a month = 3 purchases in 12 months.
  const fixed = settings([
    ["amountThreshold", 1000],
    ["closenessThreshold", 0.25],
  ]);

  it("says how many more purchases would lift a high-amount, low-closeness customer into I", () => {
    const a = analyze(book({ customers: customers(1), purchases: purchases([["C1", "2026-01-10", 1200]]), settings: fixed }), { asOf: AS_OF });
    const e = explainCustomer(a, 0);
    expect(e.quadrant).toBe("II");
    expect(e.closenessDistance).toEqual({ high: false, need: 2, to: "I" });
    expect(thresholdSentences(e, "en-US")).toContain("2 more purchases within the 12-month window would make them I (at today's thresholds).");
  });

  it("names the bad payment that halved closeness and the quadrant without it", () => {
    const rows: [string, string, number, string?][] = [
      ["C1", "2025-06-01", 100],
      ["C1", "2025-09-01", 100, "逾期"],
      ["C1", "2025-12-01", 100],
      ["C1", "2026-02-01", 100],
    ];
    const a = analyze(book({ customers: customers(1), purchases: purchases(rows), settings: fixed }), { asOf: AS_OF });
    const e = explainCustomer(a, 0);
    expect(e.badRows.map((p) => p.row)).toEqual([3]);
    expect(e.closeness).toBeCloseTo(4 / 12 / 2, 12);
    expect(e.quadrant).toBe("III");
    expect(e.withoutPenalty?.quadrant).toBe("IV");
    // Halved: 4 + 2 = 6 purchases → 6/12 × 0.5 = 0.25.
    expect(e.closenessDistance).toEqual({ high: false, need: 2, to: "IV" });
    expect(thresholdSentences(e, "en-US")).toContain("Without the bad payment on row 3 they would be IV.");
  });

  it("calls a customer exactly at the closeness threshold one purchase from dropping", () => {
    const rows: [string, string, number][] = [
      ["C1", "2025-06-01", 500],
      ["C1", "2025-09-01", 500],
      ["C1", "2026-02-01", 500],
    ];
    const a = analyze(book({ customers: customers(1), purchases: purchases(rows), settings: fixed }), { asOf: AS_OF });
    const e = explainCustomer(a, 0);
    expect(e.quadrant).toBe("I");
    expect(e.amountDistance).toEqual({ high: true, room: 500, to: "IV" });
    expect(e.closenessDistance).toEqual({ high: true, room: 0, to: "II" });
    expect(thresholdSentences(e, "en-US")).toContain("Closeness is right at the threshold: one purchase fewer in the window would make them II.");
  });

  it("does not count purchases outside the window, and asks for the money still missing", () => {
    const rows: [string, string, number][] = [
      ["C1", "2025-03-15", 5000], // the window's open start: not counted
      ["C1", "2025-03-16", 400],
    ];
    const a = analyze(book({ customers: customers(1), purchases: purchases(rows), settings: fixed }), { asOf: AS_OF });
    const e = explainCustomer(a, 0);
    expect(e.counted.map((p) => p.amount)).toEqual([400]);
    expect(e.amountDistance).toEqual({ high: false, need: 600, to: "II" });
    expect(thresholdSentences(e, "zh-CN")[0]).toBe("统计窗口（12 个月）内再购买 600，即升入 II 象限（按当前分界线）。");
  });

  it("says no number of purchases helps while a 100 % penalty applies", () => {
    const s = settings([
      ["amountThreshold", 1000],
      ["closenessThreshold", 0.25],
      ["badPaymentPenalty", 1],
    ]);
    const a = analyze(book({ customers: customers(1), purchases: purchases([["C1", "2026-01-10", 1200, "坏账"]]), settings: s }), { asOf: AS_OF });
    const e = explainCustomer(a, 0);
    expect(e.closenessDistance).toEqual({ high: false, need: null, to: "I" });
  });

  it("turns a bad debt into the extra sales it takes at the margin in settings (500 at 2 % → 25,000)", () => {
    const s = settings([["profitMargin", 0.02]]);
    const a = analyze(
      book({ customers: customers(2), purchases: purchases([["C1", "2026-01-10", 500, "坏账"], ["C2", "2026-01-10", 800]]), settings: s }),
      { asOf: AS_OF },
    );
    const e = explainCustomer(a, 0);
    expect(e.badDebt.amount).toBe(500);
    expect(e.badDebt.extraSales).toBe(25000);
    expect(badDebtSentence(e, "en-US")).toBe("Bad debt of 500: at a 2% margin it takes 25,000 of extra sales to make up.");
    expect(badDebtSentence(explainCustomer(a, 1), "en-US")).toBeUndefined();
  });

  it("counts only the window's bad debts and rounds the extra sales to the unit, as the key-accounts tab does", () => {
    const s = settings([["profitMargin", 0.06]]);
    const a = analyze(
      book({ customers: customers(1), purchases: purchases([["C1", "2024-01-10", 700, "坏账"], ["C1", "2026-01-10", 1000, "坏账"]]), settings: s }),
      { asOf: AS_OF },
    );
    const e = explainCustomer(a, 0);
    const k = keyAccounts(a);
    expect(e.badDebt.rows.map((r) => r.amount)).toEqual([1000]);
    expect([e.badDebt.amount, e.badDebt.extraSales]).toEqual([1000, 16667]);
    expect([k.badDebt.amount, k.badDebt.extraSales]).toEqual([e.badDebt.amount, e.badDebt.extraSales]);
  });
});
