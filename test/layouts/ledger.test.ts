/**
 * Ledger mode (issue 24): a rep's only sheet is a sales ledger (customer, date, product, amount,
 * payment) — no customer sheet. The customers are derived from it (by ID, or by the normalized name
 * where the book has no IDs), said once on stderr and in `check`, and `score`, `plan` and `check`
 * work on it — the scores are those of the same book with a customer sheet.
 */
import { existsSync } from "node:fs";
import type { Cell } from "../../src/core/table";
import { buildXlsx, date, tempDir, writeTemp } from "../fixtures/workbooks";
import { crm } from "../cli/harness";
import { TIDY, analyzeSheets, scoreTable } from "./book";

const dir = tempDir();
const AS_OF = "2026-11-23";
const NAMES: Record<string, string> = { C001: "张三", C002: "李四", C003: "王五", C004: "赵六" };
/** The tidy purchases as a ledger: ID, name, date, product, amount, payment (xlsx dates). */
const LEDGER: Cell[][] = [
  ["C001", "张三", date("2026-10-01"), "基金", 100, "正常"],
  ["C002", "李四", date("2026-10-01"), "理财", 5000, "正常"],
  ["C002", "李四", date("2026-09-01"), "理财", 5000, "逾期"],
  ["C003", "王五", date("2026-09-01"), "保险", 80000, "正常"],
  ["C004", "赵六", date("2026-08-01"), "存款", 300, "正常"],
  ["C004", "赵六", date("2026-07-01"), "存款", 300, "正常"],
];
const tidy = scoreTable(analyzeSheets(TIDY));

async function run(name: string, rows: Cell[][], cmd: string[] = ["score"]) {
  const path = writeTemp(dir, name, await buildXlsx([{ name: "销售台账", rows }]));
  return crm([...cmd, path, "--as-of", AS_OF, "--json", "--lang", "zh-CN"]);
}

describe("a book whose only sheet is a sales ledger", () => {
  it("is scored by the ledger's customer IDs, with their names, as the book with a customer sheet", async () => {
    const r = await run("ledger-id.xlsx", [["客户编号", "客户名称", "日期", "产品", "金额", "回款状态"], ...LEDGER]);
    expect(r.code).toBe(0);
    const scores = JSON.parse(r.stdout) as { id: string; name: string; quadrant: string; amount: number }[];
    expect(scores.map((s) => [s.id, s.quadrant, s.amount])).toEqual(tidy);
    expect(scores.map((s) => s.name)).toEqual(["张三", "李四", "王五", "赵六"]);
    expect(r.stderr.match(/没有客户表/g)).toHaveLength(1);
  });

  it("is scored by the customer's normalized name where the book has no IDs", async () => {
    const byName = LEDGER.map(([, name, ...rest], i) => [i === 2 ? ` ${name as string} ` : name, ...rest]);
    const r = await run("ledger-name.xlsx", [["客户", "日期", "产品", "金额", "回款状态"], ...byName]);
    expect(r.code).toBe(0);
    const scores = JSON.parse(r.stdout) as { id: string; quadrant: string; amount: number }[];
    expect(scores.map((s) => [s.id, s.quadrant, s.amount])).toEqual(tidy.map(([id, q, a]) => [NAMES[id], q, a]));
    expect(r.stderr).toContain("没有客户表，也没有客户编号：客户取自本表的“客户”列");
  });

  it("is not written as a half-book by score --out: the refusal names the ledger and what to do, and no copy is made", async () => {
    const path = writeTemp(dir, "ledger-out.xlsx", await buildXlsx([{ name: "销售台账", rows: [["客户编号", "客户名称", "日期", "产品", "金额", "回款状态"], ...LEDGER] }]));
    const out = `${path}.scored.xlsx`;
    const r = await crm(["score", path, "--as-of", AS_OF, "--out", out, "--lang", "zh-CN"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("“销售台账”是台账");
    expect(r.stderr).toContain("新建客户表");
    expect(existsSync(out)).toBe(false);
    const en = await crm(["score", path, "--as-of", AS_OF, "--out", out, "--lang", "en-US"]);
    expect(en.stderr).toContain("“销售台账” is a ledger");
  });

  it("is checked with the ledger said once, and planned", async () => {
    const rows = [["客户名称", "成交日期", "成交金额", "付款情况"], ...LEDGER.map(([, n, d, , a, s]) => [n, d, a, s])];
    const check = await run("ledger-check.xlsx", rows, ["check"]);
    expect((JSON.parse(check.stdout) as { code: string }[]).map((p) => p.code)).toEqual(["table.ledgerByName"]);
    const plan = await run("ledger-plan.xlsx", rows, ["plan"]);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain("王五");
  });
});

describe("crm import on a book whose only sheet is a sales ledger", () => {
  it("refuses a customer list by naming the ledger and what to do (not 'no customer sheet'), in either language, and writes no copy", async () => {
    const path = writeTemp(dir, "ledger-import.xlsx", await buildXlsx([{ name: "销售台账", rows: [["客户编号", "客户名称", "日期", "产品", "金额", "回款状态"], ...LEDGER] }]));
    const list = writeTemp(dir, "ledger-import.csv", "客户编号,客户名称,电话\nC009,孙七,13800000000\n");
    const out = `${path}.imported.xlsx`;
    const zh = await crm(["import", path, list, "--table", "customers", "--out", out, "--lang", "zh-CN"]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain("“销售台账”是台账");
    expect(zh.stderr).toContain("新建客户表");
    expect(zh.stderr).toContain("--table purchases");
    expect(existsSync(out)).toBe(false);
    const en = await crm(["import", path, list, "--table", "customers", "--out", out, "--lang", "en-US"]);
    expect(en.stderr).toContain("“销售台账” is a ledger");
    expect(en.stderr).toContain("Add customer sheet");
  });
});
