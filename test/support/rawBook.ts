/**
 * Small hand-written books for core tests: rows as a person would type them, with the
 * worksheet row numbers the problems must name.
 */
import type { Cell, RawBook, RawTable, TableKey } from "../../src/core/table";
import { dayFromYmd, serialFromDay } from "../../src/core/dates";

export function table(sheet: string, headers: string[], rows: Cell[][], headerRow = 1, firstColumn = 0): RawTable {
  return { sheet, headerRow, firstColumn, headers, rows };
}

export function book(tables: Partial<Record<TableKey, RawTable>>, date1904 = false): RawBook {
  return { tables, date1904 };
}

/** Excel serial (1900 system) of an ISO date, as Office.js hands date cells over. */
export function serial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return serialFromDay(dayFromYmd(y, m, d)!, false);
}

export function day(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return dayFromYmd(y, m, d)!;
}

export const CUSTOMER_HEADERS = ["客户编号", "客户名称", "生日"];
export const PURCHASE_HEADERS = ["客户编号", "日期", "产品", "金额", "回款状态"];
export const FOLLOWUP_HEADERS = ["客户编号", "日期", "方式", "下次约见"];

/** Customers C1…Cn named 客户1…客户n. */
export function customers(n: number, extra: (i: number) => Cell[] = () => []): RawTable {
  return table(
    "客户",
    CUSTOMER_HEADERS,
    Array.from({ length: n }, (_, i) => [`C${i + 1}`, `客户${i + 1}`, ...extra(i + 1)]),
  );
}

/** Purchases as [id, isoDate, amount, status?]. */
export function purchases(rows: [Cell, string | Cell, Cell, string?][]): RawTable {
  return table(
    "购买记录",
    PURCHASE_HEADERS,
    rows.map(([id, date, amount, status]) => [id, typeof date === "string" && /^\d{4}-\d\d-\d\d$/.test(date) ? serial(date) : date, "基金", amount, status ?? "正常"]),
  );
}
