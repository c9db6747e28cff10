import { linkBook } from "./book";
import { revenueMix } from "./revenueMix";
import { type Cell } from "./table";
import { book, customers, day, serial, table } from "../../test/support/rawBook";

const asOf = day("2026-11-23");
/** Purchases as [id, iso date, product, amount]. */
const bought = (rows: [string, string, string, Cell][], headers = ["客户编号", "日期", "产品", "金额"]) =>
  linkBook(
    book({
      customers: customers(3),
      purchases: table(
        "购买记录",
        headers,
        rows.map(([id, d, p, a]) => (headers.length === 4 ? [id, serial(d), p, a] : [id, serial(d), a])),
      ),
    }),
  );

describe("the revenue mix of the window (seeds/003)", () => {
  it("splits the window's amount into existing products, cross-selling and new customers", () => {
    const b = bought([
      // C1 is an existing customer (bought before the window): 基金 again is existing, 保险 is new to C1.
      ["C1", "2025-06-01", "基金", 999],
      ["C1", "2026-03-01", "基金", 750],
      ["C1", "2026-04-01", "保险", 150],
      // C2's first purchase is in the window: everything C2 buys counts as a new customer's.
      ["C2", "2026-05-01", "基金", 60],
      ["C2", "2026-06-01", "保险", 40],
    ]);
    const mix = revenueMix(b, asOf, 12);
    expect(mix.amount).toEqual({ existing: 750, crossSell: 150, newCustomers: 100 });
    expect(mix.share).toEqual({ existing: 0.75, crossSell: 0.15, newCustomers: 0.1 });
    expect(mix.unplaced).toBe(0);
  });

  it("compares products the way a person reads them (width, case, spaces)", () => {
    const b = bought([
      ["C1", "2025-01-01", "Fund A", 1],
      ["C1", "2026-02-01", " ＦＵＮＤ a ", 80],
    ]);
    expect(revenueMix(b, asOf, 12).amount.existing).toBe(80);
  });

  it("keeps an existing customer's purchase without a product apart instead of guessing", () => {
    const b = bought([
      ["C1", "2025-01-01", "基金", 1],
      ["C1", "2026-02-01", "", 80],
      ["C1", "2026-02-02", "基金", 20],
    ]);
    const mix = revenueMix(b, asOf, 12);
    expect(mix.unplaced).toBe(80);
    expect(mix.share).toEqual({ existing: 1, crossSell: 0, newCustomers: 0 });
  });

  it("counts only the window: a purchase on the window's start is before it, one after the as-of date is not yet", () => {
    const b = bought([
      ["C1", "2025-11-23", "基金", 5], // the window is 2025-11-23 < date ≤ 2026-11-23: C1 is existing
      ["C1", "2026-11-23", "保险", 30],
      ["C1", "2026-11-24", "债券", 1000],
    ]);
    const mix = revenueMix(b, asOf, 12);
    expect(mix.amount).toEqual({ existing: 0, crossSell: 30, newCustomers: 0 });
  });

  it("says when the book has no product column, and still tells new from existing customers", () => {
    const b = bought(
      [
        ["C1", "2025-01-01", "", 1],
        ["C1", "2026-02-01", "", 70],
        ["C2", "2026-02-01", "", 30],
      ],
      ["客户编号", "日期", "金额"],
    );
    const mix = revenueMix(b, asOf, 12);
    expect(mix.noProductColumn).toBe(true);
    expect(mix.amount.newCustomers).toBe(30);
    expect(mix.unplaced).toBe(70);
  });

  it("gives no shares when nothing positive was bought in the window", () => {
    expect(revenueMix(bought([["C1", "2024-01-01", "基金", 10]]), asOf, 12).share).toBeUndefined();
  });
});
