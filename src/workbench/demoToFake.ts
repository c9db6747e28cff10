/**
 * The demo workbook typed into the in-memory Excel as a rep would have it: one sheet per table,
 * each an Excel table named as the add-in names it, dates formatted as dates — and, on the
 * customer sheet, a column of the rep's own with `=CRM.QUADRANT(A2)` formulas (`=CRM.客户象限(A2)` in
 * Chinese), to show the custom
 * functions at work in the grid (and that the add-in leaves a user's column alone).
 */
import { type FakeExcel, type FakeExcelOptions, createFakeExcel } from "../fake-excel";
import { demoBook } from "../demo/demoBook";
import { TABLE_ORDER } from "../core/schema";
import type { Day } from "../core/dates";
import { type Lang, t } from "../core/i18n";
import { columnLetters } from "../core/a1";

export const DATE_FORMAT = "yyyy-mm-dd";
/** Rows of the formula column that get a formula (the rest stay empty, as a user's column would). */
const FORMULA_ROWS = 5;

export interface DemoOptions {
  lang: Lang;
  asOf: Day;
  customers?: number;
  /** Options of the in-memory Excel (an API level, limits). */
  excel?: FakeExcelOptions;
}

export function demoToFake({ lang, asOf, customers, excel }: DemoOptions): FakeExcel {
  const fake = createFakeExcel({ ...excel, sheets: [] });
  const book = demoBook({ lang, asOf, customers });
  const user = fake.workbook.user;
  for (const key of TABLE_ORDER) {
    const table = book.tables[key];
    const headers = [...table.headers];
    const rows = table.rows.map((r) => [...r]);
    if (key === "customers") {
      headers.push(t(lang, "taskpane.workbench.formulaColumn"));
      // In the workbook's language, as a user of that Excel types it (CRM.客户象限 in Chinese).
      const name = t(lang, "functions.QUADRANT.name");
      rows.forEach((row, i) => row.push(i < FORMULA_ROWS ? `=CRM.${name}(A${i + 2})` : null));
    }
    user.addSheet(table.sheet);
    const last = columnLetters(headers.length - 1);
    user.setValues(table.sheet, "A1", [headers, ...rows]);
    for (const c of table.dateColumns) {
      const col = columnLetters(c);
      if (rows.length > 0) user.setNumberFormat(table.sheet, `${col}2:${col}${rows.length + 1}`, DATE_FORMAT);
    }
    user.addTable(table.sheet, `A1:${last}${Math.max(2, rows.length + 1)}`, table.tableName);
  }
  user.select(book.tables.customers.sheet, "A1");
  return fake;
}
