/**
 * The demo workbook as a real .xlsx: one sheet per table, each holding an Excel table named as
 * the add-in names it (`crmCustomers` …), headers and sheet names in the chosen language, date
 * columns formatted as dates. Works in Node and in the browser (returns the bytes).
 */
import ExcelJS from "exceljs";
import { type DemoBook, type DemoOptions, demoBook } from "./demoBook";
import { TABLE_ORDER } from "../core/schema";
import { dayFromSerial } from "../core/dates";

const MS_PER_DAY = 86_400_000;
const DATE_FORMAT = "yyyy-mm-dd";
/** Fixed document properties, so the same options give the same content (zip entry times still vary). */
const FIXED_TIME = new Date(Date.UTC(2026, 0, 1));

export async function demoXlsx(options: DemoOptions): Promise<Uint8Array> {
  return bookToXlsx(demoBook(options));
}

export async function bookToXlsx(book: DemoBook): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = FIXED_TIME;
  wb.creator = wb.lastModifiedBy = "quadrant-crm demo";
  for (const key of TABLE_ORDER) {
    const table = book.tables[key];
    const ws = wb.addWorksheet(table.sheet, { views: [{ state: "frozen", ySplit: 1 }] });
    const dates = new Set(table.dateColumns);
    ws.addTable({
      name: table.tableName,
      ref: "A1",
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: table.headers.map((name) => ({ name, filterButton: true })),
      // exceljs writes a Date as a serial in the workbook's date system; the demo's serials are 1900-system.
      rows: table.rows.map((row) =>
        row.map((cell, c) =>
          dates.has(c) && typeof cell === "number" ? new Date(dayFromSerial(cell, false)! * MS_PER_DAY) : cell,
        ),
      ),
    });
    table.headers.forEach((header, c) => {
      const column = ws.getColumn(c + 1);
      column.width =
        Math.min(40, Math.max(10, widthOf(header), ...table.rows.map((r) => widthOf(String(r[c] ?? ""))))) + 2;
      if (dates.has(c)) column.numFmt = DATE_FORMAT;
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Rough display width: CJK characters are twice as wide. */
function widthOf(text: string): number {
  return [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
}
