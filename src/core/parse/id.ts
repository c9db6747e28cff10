import type { Cell } from "../table";
import { type Parsed, invalid, isBlank, missing } from "./result";
import { excelError } from "./excelError";

export interface ParsedId {
  /** Comparison key: trimmed, NFKC (full-width → half-width), case-folded. */
  key: string;
  /** The ID as written, trimmed — what the user sees and what the CLI prints. */
  text: string;
  /** Typed as a number (1) rather than text ("001"); only used to spot look-alikes. */
  numeric: boolean;
}

/**
 * Reads a customer ID. Text `"001"` and the number `1` stay different IDs (Excel treats them
 * differently too); `lookalikeKey` lets the quality report point out such pairs.
 */
export function parseId(cell: Cell): Parsed<ParsedId> {
  if (isBlank(cell)) return missing;
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return invalid;
    const text = String(cell);
    return { ok: true, value: { key: text, text, numeric: true } };
  }
  // `#N/A` from a failed VLOOKUP is no customer, wherever an ID is read (a list, a function's argument).
  if (typeof cell !== "string" || excelError(cell) !== undefined) return invalid;
  const text = cell.trim();
  const key = normalizeIdText(text);
  return { ok: true, value: { key, text, numeric: false } };
}

// Hoisted: a regex literal makes a new RegExp object each time it is evaluated (10,000 customers).
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const DIGITS = /^\d+$/;
const LEADING_ZEROS = /^0+(?=\d)/;

export function normalizeIdText(text: string): string {
  // Printable ASCII is already NFKC; skipping normalize() matters at 200,000 purchase rows.
  const nfkc = PRINTABLE_ASCII.test(text) ? text : text.normalize("NFKC");
  return nfkc.trim().toLowerCase();
}

/** IDs that differ only by leading zeros share this key (`001` and `1` → `1`). */
export function lookalikeKey(key: string): string | undefined {
  return DIGITS.test(key) ? key.replace(LEADING_ZEROS, "") : undefined;
}
