/**
 * What the held-out books (scripts/layout-eval.ts) found refused on this branch before it was
 * fixed: 发生日期 (the date it happened) read as holding 生日 (birthday), and a ledger keyed by
 * customer name on a sheet named 购买记录 refused for lacking the IDs a ledger does not have.
 */
import { PURCHASES, TIDY, analyzeSheets, scoreTable } from "./book";

const tidy = scoreTable(analyzeSheets(TIDY));
const NAMES: Record<string, string> = { C001: "张三", C002: "李四", C003: "王五", C004: "赵六" };

describe("held-out layouts", () => {
  it("read 发生日期 as the purchase date", () => {
    const a = analyzeSheets({ 客户: TIDY.客户, 购买记录: [["客户编号", "发生日期", "金额", "回款状态"], ...PURCHASES] });
    expect(scoreTable(a)).toEqual(tidy);
    expect(a.book.tables.purchases!.map!.fields.date.caption).toBe("发生日期");
  });

  it("read a sheet named 购买记录 holding customer names and no IDs as a ledger", () => {
    const a = analyzeSheets({ 购买记录: [["2026 年销售"], [], ["客户", "日期", "金额", "回款状态"], ...PURCHASES.map(([id, ...rest]) => [NAMES[id as string], ...rest])] });
    expect(scoreTable(a)).toEqual(tidy.map(([id, q, amount]) => [NAMES[id], q, amount]));
    expect(a.problems.map((p) => p.code)).toEqual(["rows.title", "table.ledgerByName"]);
  });
});
