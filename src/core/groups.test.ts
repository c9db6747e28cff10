import { analyze } from "./analyze";
import { groupFix, groupMessage, groupProblems } from "./groups";
import { problemMessage } from "./quality";
import { book, customers, day, purchases } from "../../test/support/rawBook";

const AS_OF = day("2026-11-23");

/** 1,855 purchases dated as text, two bad amounts and one orphan. */
function noisyBook() {
  const rows: Parameters<typeof purchases>[0] = [];
  for (let i = 0; i < 1855; i++) rows.push(["C1", "2026/3/5", 10]);
  rows.push(["C1", "2026-03-05", "abc"], ["C9", "2026-03-05", 5], ["C1", "2026-03-05", "x"]);
  return analyze(book({ customers: customers(1), purchases: purchases(rows) }), { asOf: AS_OF });
}

describe("grouped problems", () => {
  it("makes one line of 1,855 dates typed as text, with the count, the first rows and the fix", () => {
    const a = noisyBook();
    expect(a.problems).toHaveLength(1858);
    const groups = groupProblems(a.problems);
    expect(groups.map((g) => [g.severity, g.code, g.sheet, g.column, g.count])).toEqual([
      ["error", "amount.invalid", "购买记录", "金额", 2],
      ["error", "orphan", "购买记录", "客户编号", 1],
      ["warning", "date.text", "购买记录", "日期", 1855],
    ]);
    const dates = groups[2];
    expect(groupMessage(dates, "en-US")).toBe("1,855 dates typed as text in 购买记录 “日期”, rows 2, 3, 4, 5, 6 …");
    expect(groupMessage(dates, "zh-CN")).toBe("购买记录「日期」：1,855 处以文本输入的日期（第 2、3、4、5、6 … 行）");
    expect(groupFix(dates, "en-US")).toBe("Retype them as dates, or leave them: they are understood.");
    expect(groups[0].rows).toEqual([1857, 1859]);
    expect(groupMessage(groups[0], "en-US")).toBe("2 cells that are not amounts (left out) in 购买记录 “金额”, rows 1857, 1859");
  });

  it("keeps a problem that is alone in its group as its own full message", () => {
    const a = noisyBook();
    const orphan = groupProblems(a.problems)[1];
    expect(groupMessage(orphan, "zh-CN")).toBe(problemMessage(orphan.first, "zh-CN"));
  });

  it("counts every problem exactly once", () => {
    const a = noisyBook();
    expect(groupProblems(a.problems).reduce((n, g) => n + g.count, 0)).toBe(a.problems.length);
  });

  it("says the first message, how many more and at which rows for a code without a group wording", () => {
    const p = { severity: "error" as const, code: "column.missing" as const, table: "purchases" as const, sheet: "S", row: 1, column: "金额", params: {} };
    const [two] = groupProblems([p, { ...p, row: 2 }]);
    expect(groupMessage(two, "en-US")).toBe(`${problemMessage(p, "en-US")} (and one more like it, at row 2)`);
    const [many] = groupProblems([2, 3, 4, 5, 6, 7, 8, 9].map((row) => ({ ...p, row })));
    expect(groupMessage(many, "zh-CN")).toBe(`${problemMessage(many.first, "zh-CN")}（另有 7 处同类问题，在第 3、4、5、6、7 … 行）`);
  });
});
