/**
 * A linked book and its scores as one canonical text, and its digest: what the linking reference
 * test compares. What linking and scoring give is in it — records, problems in the order given,
 * column positions, scores, thresholds — written so that `undefined`, -0, NaN and Dates survive.
 * The settings object is not: it gains a key with each new setting, which changes no linking.
 */
import { createHash } from "node:crypto";
import type { LinkedBook } from "../../src/core/book";
import type { Analysis } from "../../src/core/analyze";
import { UnsavedFormula } from "../../src/core/table";

function canonical(value: unknown): unknown {
  if (value === undefined) return "<undefined>";
  if (typeof value === "number") return Object.is(value, -0) ? "<-0>" : Number.isFinite(value) ? value : `<${value}>`;
  if (value instanceof Date) return `<date ${value.getTime()}>`;
  if (value instanceof UnsavedFormula) return `<formula ${value.formula}>`;
  if (value instanceof Map) return [...value].map(canonical);
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) out[k] = canonical((value as Record<string, unknown>)[k]);
    return out;
  }
  return value;
}

export function linkedText(book: LinkedBook): string {
  return JSON.stringify(
    canonical({
      customers: book.customers.map(({ cells: _cells, ...c }) => c),
      byKey: book.byKey,
      purchases: book.purchases.toArray(),
      followUps: book.followUps,
      assets: book.assets,
      policies: book.policies,
      problems: book.problems,
      tables: Object.fromEntries(Object.entries(book.tables).map(([k, t]) => [k, t?.cols])),
    }),
  );
}

export function scoredText(a: Analysis): string {
  return JSON.stringify(canonical({ asOf: a.asOf, scores: a.scores, thresholds: a.thresholds, problems: a.problems }));
}

export function digest(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}
