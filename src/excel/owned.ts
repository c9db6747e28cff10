/**
 * Which columns of the customer table are the add-in's own. Each computed column is recorded by a
 * hidden workbook name (`crmColumn_quadrant` → `=客户!$S$1`, its header cell). A name is a
 * reference, so Excel moves it with the column when the user inserts, moves or renames columns,
 * and turns it into #REF! when the column is deleted — the record follows the column, not its
 * caption. A column that merely looks like ours (a user's own "Amount") is never written.
 */
import { COMPUTED_COLUMNS, caption, matchKey } from "../core/schema";
import type { ComputedKey } from "../core/computed";
import type { Lang } from "../core/i18n";
import { t } from "../core/i18n";
import { columnLetters, parseArea, quoteSheet } from "./address";


export const OWNED_NAME_PREFIX = "crmColumn_";

export function ownedName(key: string): string {
  return OWNED_NAME_PREFIX + key;
}

/** A computed column's header cell as its name records it. */
export interface OwnedRef {
  sheet: string;
  row0: number;
  col0: number;
}

/** Reads the add-in's names (`formula` as Office.js gives it: "=客户!$S$1", "=#REF!"). */
export function parseOwned(names: readonly { name: string; formula: string }[]): Map<string, OwnedRef> {
  const out = new Map<string, OwnedRef>();
  for (const n of names) {
    if (!n.name.toLowerCase().startsWith(OWNED_NAME_PREFIX.toLowerCase())) continue;
    const key = COMPUTED_COLUMNS.find((c) => ownedName(c.key).toLowerCase() === n.name.toLowerCase())?.key;
    if (!key) continue;
    const text = String(n.formula ?? "")
      .replace(/^=/, "")
      .replace(/\$/g, "");
    if (!text.includes("!") || text.includes("#REF!")) continue;
    try {
      const a = parseArea(text);
      out.set(key, { sheet: a.sheet, row0: a.row0, col0: a.col0 });
    } catch {
      // A name the user re-pointed at something odd no longer marks a column of ours.
    }
  }
  return out;
}

/** The customer table's geometry, as far as ownership needs it. */
export interface HeaderGeometry {
  sheet: string;
  /** 0-based sheet row of the header row and column of the first column. */
  headerRow0: number;
  col0: number;
  width: number;
}

/** Computed key → index of its column within the table, for the columns the names still point into. */
export function ownedIndexes(owned: ReadonlyMap<string, OwnedRef>, g: HeaderGeometry): Map<ComputedKey, number> {
  const out = new Map<ComputedKey, number>();
  for (const [key, ref] of owned) {
    const i = ref.col0 - g.col0;
    if (ref.sheet === g.sheet && ref.row0 === g.headerRow0 && i >= 0 && i < g.width) out.set(key as ComputedKey, i);
  }
  return out;
}

/**
 * The caption for a computed column about to be added: the plain caption in the UI language, or
 * "象限 (CRM)" when the user already has a column by that name (Excel needs unique headers, and the
 * user's column stays theirs).
 */
export function newCaption(key: ComputedKey, lang: Lang, headers: readonly string[]): string {
  const def = COMPUTED_COLUMNS.find((c) => c.key === key)!;
  const taken = new Set(headers.map((h) => matchKey(String(h))));
  const plain = caption(def, lang);
  if (!taken.has(matchKey(plain))) return plain;
  const suffixed = t(lang, "excel.computed.suffixed", { caption: plain });
  let candidate = suffixed;
  for (let n = 2; taken.has(matchKey(candidate)); n++) candidate = `${suffixed} ${n}`;
  return candidate;
}

/** Absolute reference to a header cell, as a name's formula. */
export function ownedFormula(sheet: string, row0: number, col0: number): string {
  return `=${quoteSheet(sheet)}!$${columnLetters(col0)}$${row0 + 1}`;
}
