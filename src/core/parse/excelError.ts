/**
 * Excel's error values (`#N/A` from a failed VLOOKUP, `#REF!` after a deleted column …). Every
 * host hands them on as the text Excel shows: Office.js `values` gives "#N/A" (its `valueTypes`
 * says "Error"), exceljs gives `{ error: "#N/A" }`, which the file reader turns into the same
 * text. Recognizing the text costs nothing per read; loading `valueTypes` would double the read.
 * The only text it can confuse is an error literal typed with a leading apostrophe, which is no
 * ID, date or amount either (docs/DECISIONS.md).
 */
import type { Cell } from "../table";

/** Every error value Excel shows (the in-memory Excel recognises the same set). */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#BLOCKED!",
  "#CONNECT!",
  "#FIELD!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
  "#TIMEOUT!",
]);

/** The error's text when the cell holds an Excel error value, else undefined. */
export function excelError(cell: Cell): string | undefined {
  if (typeof cell !== "string" || cell.length > 14 || cell.charCodeAt(0) !== 0x23) return undefined;
  const text = cell.toUpperCase();
  return EXCEL_ERRORS.has(text) ? text : undefined;
}
