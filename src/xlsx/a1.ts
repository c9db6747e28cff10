/** A1 references ↔ zero-based positions, for the ranges that tables and validations name. */

/** Zero-based, inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

import { columnIndex, columnLetters } from "../core/a1";

/**
 * `B3:D5`, `$B$3`, and whole rows or columns (`C:C`, `2:2`, as validations use them) → a range;
 * undefined for anything else.
 */
export function parseRange(ref: string): CellRange | undefined {
  const parts = ref.replace(/\$/g, "").trim().split(":");
  if (parts.length < 1 || parts.length > 2) return undefined;
  const ends = parts.map(parseEnd);
  if (ends.some((e) => e === undefined)) return undefined;
  const [a, b] = [ends[0]!, ends[ends.length - 1]!];
  return {
    top: Math.min(a.row ?? 0, b.row ?? MAX_ROW),
    left: Math.min(a.col ?? 0, b.col ?? MAX_COL),
    bottom: Math.max(a.row ?? 0, b.row ?? MAX_ROW),
    right: Math.max(a.col ?? 0, b.col ?? MAX_COL),
  };
}

function parseEnd(text: string): { row?: number; col?: number } | undefined {
  const m = /^([A-Za-z]{0,3})(\d{0,7})$/.exec(text);
  if (!m || (!m[1] && !m[2])) return undefined;
  return { col: m[1] ? columnIndex(m[1]) : undefined, row: m[2] ? Number(m[2]) - 1 : undefined };
}

export function formatRange(r: CellRange): string {
  return `${columnLetters(r.left)}${r.top + 1}:${columnLetters(r.right)}${r.bottom + 1}`;
}

export function rangeCells(r: CellRange): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}
