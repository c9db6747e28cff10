/**
 * The name is for the user, not for scoring (issue 24): 客户简称 / 短名 / Short name is a name, and a
 * customer sheet with no name column at all is scored by ID with a warning — never refused.
 */
import { buildXlsx, tempDir, writeTemp } from "../fixtures/workbooks";
import { crm } from "../cli/harness";
import { CUSTOMERS, PURCHASES, TIDY, analyzeSheets, scoreTable } from "./book";

const tidy = scoreTable(analyzeSheets(TIDY));
const dir = tempDir();

describe("a customer sheet's name column", () => {
  it.each([["客户简称"], ["短名"], ["简称"], ["Short name"], ["Customer short name"]])("is found under the caption %s", (caption) => {
    const a = analyzeSheets({ 客户: [["客户代码", caption], ...CUSTOMERS], 购买记录: TIDY.购买记录 });
    expect(scoreTable(a)).toEqual(tidy);
    expect(a.scores.map((s) => s.name)).toEqual(["张三", "李四", "王五", "赵六"]);
    expect(a.problems).toEqual([]);
  });

  it("may be absent: `score` scores by ID and says on stderr that no name column was found", async () => {
    const path = await writeTemp(
      dir,
      "noname.xlsx",
      await buildXlsx([
        { name: "客户", rows: [["客户代码", "联系电话"], ...CUSTOMERS.map(([id], i) => [id, `1380000000${i}`])] },
        { name: "购买记录", rows: [["客户编号", "日期", "金额", "回款状态"], ...PURCHASES] },
      ]),
    );
    const r = await crm(["score", path, "--as-of", "2026-11-23", "--json", "--lang", "zh-CN"]);
    expect(r.code).toBe(0);
    const scores = JSON.parse(r.stdout) as { id: string; quadrant: string; amount: number }[];
    expect(scores.map((s) => [s.id, s.quadrant, s.amount])).toEqual(tidy);
    expect(r.stderr).toContain("找不到客户名称列：照常计算，客户以编号显示");
    const check = await crm(["check", path, "--as-of", "2026-11-23", "--json", "--lang", "en-US"]);
    expect((JSON.parse(check.stdout) as { code: string; severity: string }[]).map((p) => [p.code, p.severity])).toEqual([["column.noName", "warning"]]);
  });
});
