/**
 * The text a cell shows when it is opened for editing (F2, a double-click, the formula bar): what
 * typing it back would store again, as Excel shows it — the formula; a number in full, not as its
 * format rounds it ("1234.5678", not "1,235"); a date as a date; and text that would otherwise be
 * read as something else ("007", "TRUE", "2026-03-05") with the apostrophe that keeps it text.
 */
import type { CellSnapshot } from "../fake-excel";
import { parseEntered, serialToParts } from "../fake-excel/values";

export function editText(cell: CellSnapshot | undefined, date1904: boolean): string {
  if (!cell) return "";
  if (cell.formula !== undefined) return cell.formula;
  const { value } = cell;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return isDateFormat(cell.numberFormat) && Number.isInteger(value) && value >= 0 ? isoDay(value, date1904) : String(value);
  if (value === "" || cell.numberFormat === "@") return value;
  const typed = parseEntered(value, cell.numberFormat, date1904);
  return typed.kind === "constant" && typed.value === value ? value : `'${value}`;
}

function isDateFormat(format: string | undefined): boolean {
  return format !== undefined && format !== "General" && /[yd]/i.test(format.replace(/"[^"]*"/g, ""));
}

function isoDay(serial: number, date1904: boolean): string {
  const { y, m, d } = serialToParts(serial, date1904);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
