/**
 * Two sheets fitting one dataset (issue 24): this year's deals and an archive, or the same deals in
 * 元 and in 万元. One is used and the warning names both and the --map that chooses; the other is
 * never taken as a different dataset (the follow-ups) because it lost the contest for its own.
 */
import type { Cell } from "../../src/core/table";
import { buildXlsx, tempDir, writeTemp } from "../fixtures/workbooks";
import { crm } from "../cli/harness";
import { PURCHASES, TIDY, analyzeSheets, scoreTable } from "./book";

const tidy = scoreTable(analyzeSheets(TIDY));
const dir = tempDir();
const inWan: Cell[][] = [["客户编号", "日期", "金额(万元)", "回款状态"], ...PURCHASES.map(([id, d, a, s]) => [id, d, (a as number) / 10_000, s])];

describe("two sheets that both fit the purchases", () => {
  it("are both named in a warning, and the one left over is not read as follow-ups", () => {
    const a = analyzeSheets({ 客户名单: TIDY.客户, "2026": TIDY.购买记录, "2026万元": inWan });
    expect(scoreTable(a)).toEqual(tidy);
    expect(a.book.tables.followUps).toBeUndefined();
    expect(a.book.followUps).toEqual([]);
    const w = a.problems.find((p) => p.code === "table.ambiguous")!;
    expect([w.sheet, w.params.others, w.severity]).toEqual(["2026", "“2026万元”", "warning"]);
  });

  it("say so on stderr with the --map that chooses, and --map takes the other", async () => {
    const path = writeTemp(dir, "two.xlsx", await buildXlsx([
      { name: "客户名单", rows: TIDY.客户 },
      { name: "本年", rows: TIDY.购买记录 },
      { name: "归档", rows: [TIDY.购买记录[0], ...PURCHASES.slice(0, 2)] },
    ]));
    const r = await crm(["score", path, "--as-of", "2026-11-23", "--json", "--lang", "zh-CN"]);
    expect(r.stderr).toContain("“归档” 也像这张表");
    expect(r.stderr).toContain('--map purchases.sheet="工作表名"');
    expect(r.stderr).not.toMatch(/跟进记录/);
    const other = await crm(["score", path, "--as-of", "2026-11-23", "--json", "--lang", "zh-CN", "--map", "purchases.sheet=归档"]);
    expect((JSON.parse(other.stdout) as { amount: number }[]).map((s) => s.amount)).toEqual([100, 5000, 0, 0]);
  });

  it("are named even when one of them is named for the dataset and the other is recognised by its columns", () => {
    const a = analyzeSheets({ 客户: TIDY.客户, 购买记录: TIDY.购买记录, 旧表: TIDY.购买记录 });
    expect(a.problems.map((p) => [p.code, p.sheet, p.params.others])).toEqual([["table.ambiguous", "购买记录", "“旧表”"]]);
    expect(a.book.tables.followUps).toBeUndefined();
  });
});
