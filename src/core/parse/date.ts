import type { Cell } from "../table";
import { type Day, dayFromDate, dayFromSerial, dayFromYmd } from "../dates";
import { type Parsed, invalid, isBlank, missing } from "./result";

export interface ParsedDate {
  day: Day;
  /** Typed as text (`2026/3/5`) rather than as a date: understood, worth a warning. */
  fromText: boolean;
}

/** Year first only: `3/5/2026` could be March or May, so it is refused rather than guessed. */
const YMD = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const YMD_ZH = /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]$/;

/**
 * Reads a date cell: an Excel serial (in the workbook's date system), a Date from a file
 * library, or text in one of the unambiguous forms of SPEC section 7.
 */
export function parseDate(cell: Cell, date1904: boolean): Parsed<ParsedDate> {
  if (isBlank(cell)) return missing;
  if (typeof cell === "number") return wrap(dayFromSerial(cell, date1904), false);
  if (cell instanceof Date) return wrap(dayFromDate(cell), false);
  if (typeof cell !== "string") return invalid;
  const s = cell.normalize("NFKC").trim();
  const m = YMD.exec(s);
  if (m) return wrap(dayFromYmd(+m[1], +m[3], +m[4]), true);
  const z = YMD_ZH.exec(s.replace(/\s+/g, ""));
  if (z) return wrap(dayFromYmd(+z[1], +z[2], +z[3]), true);
  return invalid;
}

function wrap(day: Day | undefined, fromText: boolean): Parsed<ParsedDate> {
  return day === undefined ? invalid : { ok: true, value: { day, fromText } };
}
