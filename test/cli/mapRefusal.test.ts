/**
 * `--map` refuses a column that cannot hold the field (issue 22): pointing the purchase amount at
 * the product column is no way to score a book.
 */
import { crm } from "./harness";
import { buildXlsx, date, tempDir, writeTemp, zhTableBook } from "../fixtures/workbooks";

describe("--map refuses nonsense", () => {
  const dir = tempDir();

  test("score --map purchases.amount=产品 exits 2 with one line naming the column and what it holds", async () => {
    const book = writeTemp(dir, "zh.xlsx", await zhTableBook());
    const r = await crm(["score", book, "--as-of", "2026-03-31", "--map", "purchases.amount=产品"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("purchases.amount=产品");
    expect(lines[0]).toContain("“产品”");
    expect(lines[0]).toContain("“购买记录”");
    expect(lines[0]).toMatch(/存的是文字（如“(稳健理财|债券基金|定投)”/);
    expect(lines[0]).toContain("不是数字");
  });

  test("says it in English for an English session", async () => {
    const book = writeTemp(dir, "zh2.xlsx", await zhTableBook());
    const r = await crm(["check", book, "--lang", "en", "--map", "purchases.date=产品"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/holds text \(e\.g\. “[^”]+”.*\), not dates/);
  });

  test("a column of amounts typed as text (¥1,200) is still an amount", async () => {
    const bytes = await buildXlsx([
      { name: "客户", rows: [["客户编号", "客户名称"], ["C1", "甲"], ["C2", "乙"]] },
      {
        name: "购买记录",
        rows: [
          ["客户编号", "日期", "成交", "金额备注"],
          ["C1", date("2026-01-05"), "¥1,200", "首单"],
          ["C2", date("2026-02-05"), "1.2万", "复购"],
        ],
      },
    ]);
    const book = writeTemp(dir, "text-amounts.xlsx", bytes);
    const r = await crm(["score", book, "--as-of", "2026-03-31", "--json", "--map", "purchases.amount=成交"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((c: { amount: number }) => c.amount)).toEqual([1200, 12000]);
  });

  test("a required field bound to a mostly empty column is refused: most rows would not be read", async () => {
    const bytes = await buildXlsx([
      { name: "客户", rows: [["客户编号", "客户名称"], ["C1", "甲"], ["C2", "乙"]] },
      {
        name: "购买记录",
        rows: [
          ["客户编号", "日期", "金额", "备用金额"],
          ["C1", date("2026-01-05"), 100, 5],
          ["C2", date("2026-02-05"), 200, null],
          ["C1", date("2026-02-06"), 300, null],
          ["C2", date("2026-02-07"), 400, null],
          ["C1", date("2026-02-08"), 500, null],
        ],
      },
    ]);
    const book = writeTemp(dir, "sparse.xlsx", bytes);
    const r = await crm(["score", book, "--as-of", "2026-03-31", "--map", "purchases.amount=备用金额"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("4");
    expect(r.stderr).toContain("“备用金额”");
  });
});
