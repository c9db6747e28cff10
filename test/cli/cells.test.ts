/**
 * Cells of a real .xlsx that hold no value (issue 10): Excel error values, numbers in date
 * columns, formulas without a saved value — read through exceljs exactly as the CLI reads them.
 */
import { crm } from "./harness";
import { buildXlsx, date, tempDir, writeTemp } from "../fixtures/workbooks";

interface ProblemOut {
  severity: string;
  code: string;
  sheet: string;
  row: number;
  column: string;
  message: string;
}

const dir = tempDir();

async function bookFile(name: string, customers: unknown[][], purchases: unknown[][]): Promise<string> {
  return writeTemp(
    dir,
    name,
    await buildXlsx([
      { name: "客户", rows: [["客户编号", "客户名称"], ...customers] as never },
      { name: "购买记录", rows: [["客户编号", "日期", "金额", "回款状态"], ...purchases] as never },
    ]),
  );
}

const CUSTOMERS = [
  ["C1", "甲"],
  ["C2", "乙"],
  ["C3", "丙"],
];
const PURCHASES = [
  ["C1", date("2026-10-01"), 100],
  ["C2", date("2026-10-01"), 5000],
  ["C3", date("2026-09-01"), 80000],
];

describe("Excel error values in a file", () => {
  it("leaves a #N/A customer out of the scores and the thresholds, and check names it as an Excel error", async () => {
    const clean = await bookFile("clean.xlsx", CUSTOMERS, PURCHASES);
    const file = await bookFile(
      "na.xlsx",
      [...CUSTOMERS, [{ formula: "VLOOKUP(A9,X!A:B,2,0)", result: { error: "#N/A" } }, "丁"]],
      [...PURCHASES, [{ error: "#REF!" }, date("2026-10-02"), 999999]],
    );
    const args = ["--as-of", "2026-11-23", "--json"];
    const [before, after] = [JSON.parse((await crm(["score", clean, ...args])).stdout), JSON.parse((await crm(["score", file, ...args])).stdout)];
    expect(after).toEqual(before);
    const check = await crm(["check", file, ...args]);
    expect(check.code).toBe(1);
    const problems = JSON.parse(check.stdout) as ProblemOut[];
    expect(problems.map((p) => [p.code, p.sheet, p.row, p.column])).toEqual([
      ["value.excelError", "客户", 5, "客户编号"],
      ["value.excelError", "购买记录", 5, "客户编号"],
    ]);
    expect(problems[1].message).toContain("#REF!");
  });
});

describe("numbers in date columns of a file", () => {
  it("reports 3.5, 2026 and 17 typed in the date column at their cells instead of reading them as 1900 dates", async () => {
    const file = await bookFile("serials.xlsx", CUSTOMERS, [...PURCHASES, ["C1", 3.5, 7], ["C1", 2026, 8], ["C1", 17, 9]]);
    const check = JSON.parse((await crm(["check", file, "--as-of", "2026-11-23", "--json"])).stdout) as ProblemOut[];
    expect(check.map((p) => [p.severity, p.code, p.row])).toEqual([
      ["error", "date.serial", 5],
      ["error", "date.serial", 6],
      ["error", "date.serial", 7],
    ]);
  });
});

describe("formulas without a saved value", () => {
  it("say so, instead of 'required cell empty'", async () => {
    const file = await bookFile("nocache.xlsx", CUSTOMERS, [...PURCHASES, ["C1", date("2026-10-05"), { formula: "B2*2" }]]);
    const check = await crm(["check", file, "--as-of", "2026-11-23", "--json", "--lang", "en-US"]);
    const problems = JSON.parse(check.stdout) as ProblemOut[];
    expect(problems.map((p) => [p.code, p.row, p.column])).toEqual([["value.unsavedFormula", 5, "金额"]]);
    expect(problems[0].message).toContain("the formula =B2*2 has no saved value");
  });
});
