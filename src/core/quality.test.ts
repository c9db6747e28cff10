/**
 * SPEC section 7's bad-input examples, each either read correctly or reported with sheet, row
 * and column — never silently read as 0.
 */
import { analyze } from "./analyze";
import { problemMessage } from "./quality";
import { book, customers, day, purchases, table } from "../../test/support/rawBook";

const AS_OF = day("2026-11-23");

describe("bad input (SPEC 7)", () => {
  it("reads amounts typed as text and warns that they are stored as text", () => {
    const a = analyze(book({ customers: customers(1), purchases: purchases([["C1", "2026-10-01", "¥1,200.50"], ["C1", "2026-10-02", "1.2万"], ["C1", "2026-10-03", "1,200元"]]) }), { asOf: AS_OF });
    expect(a.scores[0].amount).toBe(14400.5);
    expect(a.problems.map((p) => [p.severity, p.code, p.row])).toEqual([
      ["warning", "amount.text", 2],
      ["warning", "amount.text", 3],
      ["warning", "amount.text", 4],
    ]);
  });

  it("reads dates typed as text in every listed form and refuses the ambiguous one", () => {
    const rows: [string, string, number][] = [
      ["C1", "2026-03-05", 1],
      ["C1", "2026/3/5", 2],
      ["C1", "2026.3.5", 4],
      ["C1", "2026年3月5日", 8],
      ["C1", "3/5/2026", 16],
    ];
    const a = analyze(book({ customers: customers(1), purchases: purchases(rows) }), { asOf: AS_OF });
    expect(a.scores[0].amount).toBe(15);
    expect(a.problems.filter((p) => p.severity === "error")).toEqual([expect.objectContaining({ code: "date.invalid", row: 6, column: "日期" })]);
  });

  it("names sheet, row and column in the message, in the user's language", () => {
    const a = analyze(book({ customers: customers(1), purchases: purchases([["C1", "2026-10-01", "abc"]]) }), { asOf: AS_OF });
    expect(problemMessage(a.problems[0], "zh-CN")).toBe("购买记录 第 2 行「金额」：无法识别的金额“abc”，该行未计入交易额和紧密度。");
    expect(problemMessage(a.problems[0], "en-US")).toMatch(/^购买记录, row 2, “金额”: “abc” is not an amount/);
  });

  it("reports a blank ID, and an ID that is only full-width spaces, as blank", () => {
    const a = analyze(book({ customers: table("客户", ["客户编号", "客户名称"], [["", "甲"], ["\u3000", "乙"], ["C1", "丙"]]) }), { asOf: AS_OF });
    expect(a.scores.map((s) => s.name)).toEqual(["丙"]);
    expect(a.problems.map((p) => [p.code, p.row])).toEqual([["id.missing", 2], ["id.missing", 3]]);
  });

  it("keeps formula-like text and markup in names as plain text", () => {
    const names = ["=HYPERLINK(\"http://x\",\"y\")", "+cmd", "@SUM(A1)", "<b>王</b>"];
    const a = analyze(book({ customers: table("客户", ["客户编号", "客户名称"], names.map((n, i) => [`C${i}`, n])) }), { asOf: AS_OF });
    expect(a.scores.map((s) => s.name)).toEqual(names);
  });

  it("scores an empty customer table as no customers and says the table is empty", () => {
    const a = analyze(book({ customers: customers(0), purchases: purchases([]) }), { asOf: AS_OF });
    expect(a.scores).toEqual([]);
    expect(a.problems).toEqual([expect.objectContaining({ code: "table.empty", severity: "warning", sheet: "客户", row: 1, column: "客户编号" })]);
  });

  it("skips entirely empty rows without reporting them", () => {
    const a = analyze(book({ customers: table("客户", ["客户编号", "客户名称"], [["C1", "甲"], [null, ""], ["C2", "乙"]]) }), { asOf: AS_OF });
    expect(a.scores.map((s) => s.row)).toEqual([2, 4]);
    expect(a.problems).toEqual([]);
  });

  it("reports an unknown payment status and does not treat it as a bad payment", () => {
    const a = analyze(book({ customers: customers(1), purchases: purchases([["C1", "2026-10-01", 10, "见合同"]]) }), { asOf: AS_OF });
    expect(a.scores[0].badPayment).toBe(false);
    expect(a.problems).toEqual([expect.objectContaining({ code: "enum.unknown", severity: "warning", column: "回款状态" })]);
  });

  it("reads dates from a 1904-system workbook", () => {
    const b = book({ customers: customers(1), purchases: table("购买记录", ["客户编号", "日期", "金额"], [["C1", 44624, 10]]) }, true);
    const a = analyze(b, { asOf: day("2026-03-05") });
    expect(a.scores[0].amount).toBe(10);
  });
});
