/**
 * Several money columns in one purchases sheet (issue 24): received/net/actual is the amount, over
 * list price, gross, receivable, discount and refund; two that remain equally plausible are used
 * with a warning naming both and the --map that chooses — never a silent pick.
 */
import type { Cell } from "../../src/core/table";
import { buildXlsx, tempDir, writeTemp } from "../fixtures/workbooks";
import { crm } from "../cli/harness";
import { PURCHASES, TIDY, analyzeSheets, scoreTable } from "./book";

const tidy = scoreTable(analyzeSheets(TIDY));
const dir = tempDir();

/** The tidy purchases with the amount in the column `captions[at]`, the other money columns holding other figures. */
function moneySheet(captions: string[], at: number): Cell[][] {
  return [
    ["客户编号", "日期", ...captions, "回款状态"],
    ...PURCHASES.map(([id, d, amount, status]) => [id, d, ...captions.map((_, i) => (i === at ? amount : (amount as number) * (i + 2) + 7)), status]),
  ];
}

const amountCaption = (captions: string[], at: number) => {
  const a = analyzeSheets({ 客户: TIDY.客户, 购买记录: moneySheet(captions, at) });
  return { scores: scoreTable(a), caption: a.book.tables.purchases!.map!.fields.amount.caption, problems: a.problems.map((p) => p.code) };
};

describe("the amount among several money columns", () => {
  it.each([
    [["标价", "优惠金额", "实收金额"], 2],
    [["应收金额", "实收金额"], 1],
    [["金额", "实收金额"], 1],
    [["订单金额", "退款金额"], 0],
    [["Discount", "List price", "Net amount"], 2],
    [["Gross amount", "Refund", "Amount received"], 2],
  ])("is the received, net or plain amount — never list price, gross, discount or refund — among %j", (captions, at) => {
    const r = amountCaption(captions, at);
    expect(r.caption).toBe(captions[at]);
    expect(r.scores).toEqual(tidy);
    expect(r.problems).toEqual([]);
  });

  it("is the list price only when no other money column is there", () => {
    expect(amountCaption(["标价", "优惠金额"], 0).caption).toBe("标价");
  });

  it("asks when tax-inclusive and tax-exclusive amounts are equally plausible: check and stderr name both and the --map", async () => {
    const path = writeTemp(dir, "tax.xlsx", await buildXlsx([
      { name: "客户", rows: TIDY.客户 },
      { name: "购买记录", rows: moneySheet(["含税金额", "不含税金额"], 0) },
    ]));
    const score = await crm(["score", path, "--as-of", "2026-11-23", "--json", "--lang", "zh-CN"]);
    expect(score.stderr).toContain("“含税金额”和 “不含税金额” 都可能是“金额”");
    expect(score.stderr).toContain('--map purchases.amount="列标题"');
    const check = await crm(["check", path, "--as-of", "2026-11-23", "--lang", "en-US"]);
    expect(check.stdout).toContain("“含税金额” and “不含税金额” could both be “Amount”");
    expect(check.stdout).toContain('--map purchases.amount="Caption"');
    const chosen = await crm(["score", path, "--as-of", "2026-11-23", "--json", "--lang", "zh-CN", "--map", "purchases.amount=不含税金额"]);
    expect(chosen.stderr).not.toContain("都可能是");
    expect((JSON.parse(chosen.stdout) as { amount: number }[]).map((s) => s.amount)).not.toEqual((JSON.parse(score.stdout) as { amount: number }[]).map((s) => s.amount));
  });
});
