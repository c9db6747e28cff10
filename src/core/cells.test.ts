/**
 * Cells that hold no value although they are not empty: Excel error values, numbers in date
 * columns that are no plausible date, formulas saved without their result (issue 10).
 */
import { analyze } from "./analyze";
import { problemMessage } from "./quality";
import { UnsavedFormula } from "./table";
import { book, customers, day, purchases, serial, table, CUSTOMER_HEADERS } from "../../test/support/rawBook";

const AS_OF = day("2026-11-23");
const codes = (a: ReturnType<typeof analyze>) => a.problems.map((p) => [p.severity, p.code, p.sheet, p.row, p.column]);

/** Five customers with different purchases, so the thresholds depend on who is counted. */
function bookWith(extraCustomer: string[] | undefined, extraPurchases: Parameters<typeof purchases>[0] = []) {
  const c = customers(5);
  if (extraCustomer) c.rows.push(extraCustomer);
  const p = purchases([
    ["C1", "2026-10-01", 100],
    ["C2", "2026-10-01", 2000],
    ["C3", "2026-09-01", 30000],
    ["C3", "2026-10-01", 30000],
    ["C4", "2026-10-01", 400],
    ["C5", "2026-08-01", 5000],
    ...extraPurchases,
  ]);
  return book({ customers: c, purchases: p });
}

describe("Excel error values", () => {
  it("never makes a customer of #N/A, reports it at its cell, and leaves the thresholds as they were", () => {
    const clean = analyze(bookWith(undefined), { asOf: AS_OF });
    const withError = analyze(bookWith(["#N/A", "客户X"], [["#N/A", "2026-10-05", 900000]]), { asOf: AS_OF });
    expect(withError.scores.map((s) => s.id)).toEqual(["C1", "C2", "C3", "C4", "C5"]);
    expect(withError.thresholds).toEqual(clean.thresholds);
    expect(withError.scores.map((s) => s.quadrant)).toEqual(clean.scores.map((s) => s.quadrant));
    expect(codes(withError)).toEqual([
      ["error", "value.excelError", "客户", 7, "客户编号"],
      ["error", "value.excelError", "购买记录", 8, "客户编号"],
    ]);
  });

  it("reports #REF! in a purchase's ID as an Excel error, not as an orphan", () => {
    const a = analyze(bookWith(undefined, [["#REF!", "2026-10-05", 10]]), { asOf: AS_OF });
    expect(codes(a)).toEqual([["error", "value.excelError", "购买记录", 8, "客户编号"]]);
    expect(problemMessage(a.problems[0], "en-US")).toContain("#REF!");
    expect(problemMessage(a.problems[0], "zh-CN")).toContain("Excel 错误值 #REF!");
  });

  it("never reads an error value as an amount, a date, a name or a listed value", () => {
    const all = ["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!", "#SPILL!", "#CALC!"];
    const rows: [string, string | number, string | number, string?][] = all.flatMap((e) => [
      ["C1", e, 10] as [string, string, number],
      ["C1", "2026-10-01", e] as [string, string, string],
      ["C1", "2026-10-01", 10, e] as [string, string, number, string],
    ]);
    const a = analyze(book({ customers: customers(1), purchases: purchases(rows) }), { asOf: AS_OF });
    // Only the rows whose error sits in an optional column (the payment status) count.
    expect(a.scores[0].amount).toBe(10 * all.length);
    expect(a.problems.every((p) => p.code === "value.excelError")).toBe(true);
    expect(a.problems.map((p) => p.severity)).toEqual(all.flatMap(() => ["error", "error", "warning"]));
    const named = analyze(book({ customers: table("客户", CUSTOMER_HEADERS, [["C1", "#N/A", null]]) }), { asOf: AS_OF });
    expect(named.scores[0].name).toBe("");
    expect(codes(named)).toEqual([["warning", "value.excelError", "客户", 2, "客户名称"]]);
  });
});

describe("numbers in date columns", () => {
  it("reads a serial as a date only when it is a plausible purchase date; 3.5, 2026 and 17 are errors at their cell", () => {
    const a = analyze(
      book({
        customers: customers(1),
        purchases: purchases([
          ["C1", serial("2026-03-05"), 100],
          ["C1", 3.5, 1],
          ["C1", 2026, 2],
          ["C1", 17, 4],
        ]),
      }),
      { asOf: AS_OF },
    );
    expect(a.scores[0].amount).toBe(100);
    expect(codes(a)).toEqual([
      ["error", "date.serial", "购买记录", 3, "日期"],
      ["error", "date.serial", "购买记录", 4, "日期"],
      ["error", "date.serial", "购买记录", 5, "日期"],
    ]);
    expect(problemMessage(a.problems[1], "en-US")).toContain("the number 2026 is not a plausible date (as a date serial it is 1905-07-18");
  });

  it("treats a file library's Date from a number typed in a date-formatted cell the same way", () => {
    const a = analyze(book({ customers: customers(1), purchases: purchases([["C1", new Date(Date.UTC(1905, 6, 18)), 5]]) }), { asOf: AS_OF });
    expect(codes(a)).toEqual([["error", "date.serial", "购买记录", 2, "日期"]]);
  });

  it("keeps a 1950s birthday but not a 17 typed in the birthday column", () => {
    const a = analyze(
      book({ customers: table("客户", CUSTOMER_HEADERS, [["C1", "甲", serial("1955-06-01")], ["C2", "乙", 17]]) }),
      { asOf: AS_OF },
    );
    expect(a.book.customers[0].birthday).toBe(day("1955-06-01"));
    expect(a.book.customers[1].birthday).toBeUndefined();
    expect(codes(a)).toEqual([["warning", "date.serial", "客户", 3, "生日"]]);
  });
});

describe("formulas without a saved value", () => {
  it("says so instead of calling the cell empty", () => {
    const a = analyze(book({ customers: customers(1), purchases: purchases([["C1", "2026-10-01", new UnsavedFormula("SUM(B2:B9)")]]) }), { asOf: AS_OF });
    expect(codes(a)).toEqual([["error", "value.unsavedFormula", "购买记录", 2, "金额"]]);
    expect(problemMessage(a.problems[0], "en-US")).toContain("the formula =SUM(B2:B9) has no saved value");
  });
});
