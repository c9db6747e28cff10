import type { Cell } from "../table";
import { type Parsed, invalid, isBlank, missing } from "./result";

export interface ParsedAmount {
  value: number;
  /** The cell held text that reads as a number (`¥1,200.50`): fine, but worth a warning. */
  fromText: boolean;
}

const CURRENCY = /^(?:¥|\$|rmb|cny|usd|人民币)|(?:元|块|rmb|cny|usd)$/i;
const MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8 };
/** Digits with optional thousands separators in groups of three, or none at all. */
const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:e[+-]?\d+)?$|^\.\d+$/i;

/**
 * Reads an amount: a number, or text as reps type it — `¥1,200.50`, `1.2万`, `1,200元`,
 * `-300`, `(300)` for a refund. Anything else is invalid, never 0.
 */
export function parseAmount(cell: Cell): Parsed<ParsedAmount> {
  if (isBlank(cell)) return missing;
  if (typeof cell === "number") return Number.isFinite(cell) ? { ok: true, value: { value: cell, fromText: false } } : invalid;
  if (typeof cell !== "string") return invalid;
  const value = parseAmountText(cell);
  return value === undefined ? invalid : { ok: true, value: { value, fromText: true } };
}

function parseAmountText(raw: string): number | undefined {
  let s = raw.normalize("NFKC").replace(/\s+/g, "");
  let sign = 1;
  // Signs, brackets and currency marks come in any order: `-¥300`, `¥-300`, `(¥300)`, `300元`.
  for (let previous = ""; previous !== s; ) {
    previous = s;
    if (/^\(.*\)$/.test(s)) {
      sign = -sign;
      s = s.slice(1, -1);
    } else if (/^[-+]/.test(s)) {
      if (s[0] === "-") sign = -sign;
      s = s.slice(1);
    } else {
      s = s.replace(CURRENCY, "");
    }
  }
  let multiplier = 1;
  const last = s.slice(-1);
  if (last in MULTIPLIERS) {
    multiplier = MULTIPLIERS[last];
    s = s.slice(0, -1);
  }
  if (!NUMBER.test(s)) return undefined;
  const n = Number(s.replace(/,/g, ""));
  if (!Number.isFinite(n)) return undefined;
  // 1.2万 must be 12000, not 12000.000000000002.
  const value = multiplier === 1 ? n : Number((n * multiplier).toPrecision(15));
  return sign * value === 0 ? 0 : sign * value;
}

/**
 * `¥1,200.5` — the shortest text that reads back to exactly the same number, so an amount
 * shown to the user and typed back in is the same amount.
 */
export function formatAmount(value: number): string {
  const sign = value < 0 ? "-" : "";
  const repr = String(Math.abs(value));
  if (/e/i.test(repr)) return `${sign}¥${repr}`;
  const [int, frac] = repr.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}¥${grouped}${frac ? "." + frac : ""}`;
}
