/**
 * Rows the pane appends (a follow-up, a purchase, a new customer): what they hold, how they are
 * checked before anything is written, and the ID a new customer is offered. Pure: the host turns
 * the values into cells (text stays text, dates become serials).
 */
import type { LinkedBook } from "../book";
import type { TableKey } from "../table";
import type { Day } from "../dates";
import { TABLES } from "../schema";
import { normalizeIdText } from "../parse/id";

/** A value to write: text as typed, a number, or a calendar day. */
export type NewCell = string | number | { day: Day };
/** Field key (schema column key) → value; fields left out are written empty. */
export type NewRow = Record<string, NewCell | undefined>;

export interface RowIssue {
  field: string;
  code: "missing" | "unknownCustomer" | "duplicateId" | "notANumber" | "unknownValue";
}

export function isDayCell(v: NewCell | undefined): v is { day: Day } {
  return typeof v === "object" && v !== null && typeof v.day === "number";
}

function blank(v: NewCell | undefined): boolean {
  return v === undefined || (typeof v === "string" && v.trim() === "");
}

/** What stops the row from being written, field by field (empty = fine). */
export function validateNewRow(book: LinkedBook, key: TableKey, row: NewRow): RowIssue[] {
  const issues: RowIssue[] = [];
  for (const col of TABLES[key].columns) {
    const v = row[col.key];
    if (blank(v)) {
      if (col.required) issues.push({ field: col.key, code: "missing" });
      continue;
    }
    if ((col.kind === "amount" || col.kind === "number") && (typeof v !== "number" || !Number.isFinite(v))) {
      issues.push({ field: col.key, code: "notANumber" });
    }
    if (col.kind === "date" && !isDayCell(v)) issues.push({ field: col.key, code: "notANumber" });
    if (col.kind === "enum" && typeof v === "string" && !(col.values ?? []).some((e) => e.zh === v || e.en === v || e.key === v)) {
      issues.push({ field: col.key, code: "unknownValue" });
    }
  }
  const id = row.id;
  if (!blank(id)) {
    const known = book.byKey.has(normalizeIdText(String(id)));
    if (key === "customers" && known) issues.push({ field: "id", code: "duplicateId" });
    if (key !== "customers" && key !== "settings" && !known) issues.push({ field: "id", code: "unknownCustomer" });
  }
  return issues;
}

/**
 * The next ID in the book's own pattern: the most common prefix with the largest number after it,
 * plus one, zero-padded as the others are (C0041 → C0042). A book without such IDs starts at C0001.
 */
export function suggestCustomerId(book: LinkedBook): string {
  const groups = new Map<string, { count: number; max: number; width: number }>();
  for (const c of book.customers) {
    const m = /^(.*?)(\d+)$/.exec(c.id);
    if (!m) continue;
    const g = groups.get(m[1]) ?? { count: 0, max: 0, width: 0 };
    g.count++;
    g.max = Math.max(g.max, Number(m[2]));
    g.width = Math.max(g.width, m[2].length);
    groups.set(m[1], g);
  }
  let best: [string, { count: number; max: number; width: number }] | undefined;
  for (const entry of groups) if (!best || entry[1].count > best[1].count) best = entry;
  if (!best) return "C0001";
  const [prefix, g] = best;
  for (let n = g.max + 1; ; n++) {
    const id = prefix + String(n).padStart(g.width, "0");
    if (!book.byKey.has(normalizeIdText(id))) return id;
  }
}
