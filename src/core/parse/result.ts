/** Data problems are values, not exceptions: every parser returns one of these. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: ParseProblem };

/** What went wrong with one cell; the caller adds sheet, row and column. */
export interface ParseProblem {
  /** `missing` for an empty cell, `invalid` for a value that cannot be read. */
  kind: "missing" | "invalid";
}

export const missing = { ok: false, problem: { kind: "missing" } } as const;
export const invalid = { ok: false, problem: { kind: "invalid" } } as const;

/** Empty as Excel means it: no value, or only white space (`\s` covers the full-width space too). */
export function isBlank(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && /^\s*$/.test(cell));
}
