/** Small books for the layout tests (issue 24): sheets as rows, read the way `crm` reads a file. */
import type { Cell } from "../../src/core/table";
import type { GridBook } from "../../src/xlsx/grid";
import { rawBookOf } from "../../src/xlsx/readBook";
import { type Analysis, analyze } from "../../src/core/analyze";
import { parseIsoDay } from "../../src/core/dates";
import type { Lang } from "../../src/core/i18n";

export const AS_OF = parseIsoDay("2026-11-23")!;
export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function gridBook(sheets: Record<string, Cell[][]>): GridBook {
  return { date1904: false, tables: [], sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows })) };
}

export function analyzeSheets(sheets: Record<string, Cell[][]>, lang: Lang = "zh-CN"): Analysis {
  return analyze(rawBookOf(gridBook(sheets)), { asOf: AS_OF, lang });
}

/** id → quadrant and amount: what a user reads off the scores. */
export function scoreTable(a: Analysis): [string, string, number][] {
  return a.scores.map((s) => [s.id, s.quadrant, s.amount]);
}

export const CUSTOMERS: Cell[][] = [
  ["C001", "张三"],
  ["C002", "李四"],
  ["C003", "王五"],
  ["C004", "赵六"],
];
export const PURCHASES: Cell[][] = [
  ["C001", day("2026-10-01"), 100, "正常"],
  ["C002", day("2026-10-01"), 5000, "正常"],
  ["C002", day("2026-09-01"), 5000, "逾期"],
  ["C003", day("2026-09-01"), 80000, "正常"],
  ["C004", day("2026-08-01"), 300, "正常"],
  ["C004", day("2026-07-01"), 300, "正常"],
];
export const TIDY = {
  客户: [["客户编号", "客户名称"], ...CUSTOMERS],
  购买记录: [["客户编号", "日期", "金额", "回款状态"], ...PURCHASES],
};
