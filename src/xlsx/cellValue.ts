/**
 * One exceljs cell value → the plain `Cell` the core reads: what Excel shows in the cell,
 * never the formula or the markup behind it.
 */
import type ExcelJS from "exceljs";
import { type Cell, UnsavedFormula } from "../core/table";

const MS_PER_DAY = 86_400_000;
/** exceljs's conversion: serial 25569 = 1970-01-01 (1900 system). */
const EPOCH_SERIAL_1900 = 25_569;
/** 1900-03-01: serials before it are off by one in the 1900 system (Lotus's 1900-02-29). */
const FIRST_SAFE_SERIAL_1900 = 61;

/**
 * `date1904`: the date system exceljs read the book with (loadWorkbook makes it the right one).
 * `formula`: the cell's formula as exceljs spells it (a shared formula's copies carry only a
 * reference to the first), for the message about a formula without a saved value.
 */
export function toCell(value: ExcelJS.CellValue, date1904: boolean, formula?: string): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateCell(value, date1904);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("error" in value) return value.error;
  if ("hyperlink" in value) return toCell(value.text as ExcelJS.CellValue, date1904);
  if ("formula" in value || "sharedFormula" in value) {
    const result = value.result;
    // No cached result: not an empty cell (the user wrote something there), and not a value.
    if (result === undefined) return new UnsavedFormula(formula ?? ("formula" in value ? (value.formula ?? "") : ""));
    return toCell(result as ExcelJS.CellValue, date1904);
  }
  return null;
}

/** Days from the 1900 system's serial 0 to the 1904 system's. */
const DAYS_1900_TO_1904 = 1462;

/**
 * A date-formatted number as exceljs makes it a Date, for the streaming reader to give the same
 * grid. Multiplied step by step as exceljs does (× 24 × 3600 × 1000): one product by 86,400,000
 * rounds differently for about one serial in eight with a sub-millisecond fraction.
 */
export function dateOfSerial(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - EPOCH_SERIAL_1900 + (date1904 ? DAYS_1900_TO_1904 : 0)) * 24 * 3600 * 1000));
}

/**
 * exceljs converts date-formatted numbers to Dates arithmetically, which is right in the 1904
 * system and from 1900-03-01 on. Earlier 1900-system serials are handed on as numbers: only the
 * core's serial reading knows Lotus's phantom 29 February.
 */
export function dateCell(d: Date, date1904: boolean): Cell {
  if (date1904) return d;
  const serial = d.getTime() / MS_PER_DAY + EPOCH_SERIAL_1900;
  return serial < FIRST_SAFE_SERIAL_1900 ? serial : d;
}
