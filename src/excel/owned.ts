/**
 * Which columns of the customer table are the add-in's own. Each computed column is recorded by a
 * hidden workbook name (`crmColumn_quadrant` → its header cell). A name is a reference, so Excel
 * moves it with the column when the user inserts, moves or renames columns, and turns it into #REF!
 * when the column is deleted — the record follows the column, not its caption. A column that
 * merely looks like ours (a user's own "Amount") is never written.
 *
 * Excel may give the name's formula in either of two forms: a cell (`=客户!$S$1`) or, because the
 * cell is a table's header, a structured reference (`=crmCustomers[[#Headers],[象限]]`, where the
 * column's caption follows a renamed header). Both are read; anything else is "unreadable" and
 * the caller falls back on the header marker (the computed header fill, `palette.ts`).
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

/** A computed column's header cell as its name records it: a cell, or a table's header by caption. */
export type OwnedRef =
  | { kind: "cell"; sheet: string; row0: number; col0: number }
  | { kind: "header"; table: string; column: string }
  /** The name exists and is no #REF!, but its formula is in no form we read. */
  | { kind: "unreadable" };

/** `crmCustomers[[#Headers],[象限]]` → the table and the caption (`'` escapes `[ ] # '` in it). */
export function parseStructuredHeader(text: string): { table: string; column: string } | undefined {
  const m = /^([^[\]!'"\s]+)\[\[#Headers\],\s*\[((?:'.|[^'\]])*)\]\]$/i.exec(text.trim());
  return m ? { table: m[1], column: m[2].replace(/'(.)/g, "$1") } : undefined;
}

/** Reads the add-in's names (`formula` as Office.js gives it: "=客户!$S$1", "=crmCustomers[[#Headers],[象限]]", "=#REF!"). */
export function parseOwned(names: readonly { name: string; formula: string }[]): Map<string, OwnedRef> {
  const out = new Map<string, OwnedRef>();
  for (const n of names) {
    if (!n.name.toLowerCase().startsWith(OWNED_NAME_PREFIX.toLowerCase())) continue;
    const key = COMPUTED_COLUMNS.find((c) => ownedName(c.key).toLowerCase() === n.name.toLowerCase())?.key;
    if (!key) continue;
    const text = String(n.formula ?? "").replace(/^=/, "");
    if (text.includes("#REF!")) continue; // the column was deleted
    const structured = parseStructuredHeader(text);
    if (structured) {
      out.set(key, { kind: "header", ...structured });
      continue;
    }
    try {
      if (!text.includes("!")) throw new Error("no sheet");
      const a = parseArea(text.replace(/\$/g, ""));
      out.set(key, { kind: "cell", sheet: a.sheet, row0: a.row0, col0: a.col0 });
    } catch {
      out.set(key, { kind: "unreadable" });
    }
  }
  return out;
}

/** The customer table's geometry, as far as ownership needs it. */
export interface HeaderGeometry {
  sheet: string;
  /** The Excel table's name (structured references name it). */
  table: string;
  /** 0-based sheet row of the header row and column of the first column. */
  headerRow0: number;
  col0: number;
  headers: readonly string[];
  /** Which headers wear the add-in's header marker, when known (the fallback for unreadable names). */
  marked?: readonly boolean[];
}

/**
 * Computed key → index of its column within the table: the columns the names still point into,
 * and — when the header marker is known — the columns whose name is gone (a copy saved by a
 * program that drops hidden names, a `score --out` copy made before it wrote names) recognised
 * by marker and caption (`adoptedKeys` says which, so their names are written again).
 */
export function ownedIndexes(owned: ReadonlyMap<string, OwnedRef>, g: HeaderGeometry): Map<ComputedKey, number> {
  const out = new Map<ComputedKey, number>();
  const width = g.headers.length;
  for (const [key, ref] of owned) {
    let i = -1;
    if (ref.kind === "cell" && ref.sheet === g.sheet && ref.row0 === g.headerRow0) i = ref.col0 - g.col0;
    else if (ref.kind === "header" && ref.table.toLowerCase() === g.table.toLowerCase())
      i = g.headers.findIndex((h) => h === ref.column);
    else if (ref.kind === "unreadable") i = markedColumn(key as ComputedKey, g);
    if (i >= 0 && i < width) out.set(key as ComputedKey, i);
  }
  if (!g.marked) return out;
  const taken = new Set(out.values());
  for (const def of COMPUTED_COLUMNS) {
    if (owned.has(def.key)) continue;
    const i = markedColumn(def.key, g);
    if (i >= 0 && !taken.has(i)) {
      out.set(def.key, i);
      taken.add(i);
    }
  }
  return out;
}

/** The keys `ownedIndexes` found by their marker alone (no name of theirs exists): their names are added again. */
export function adoptedKeys(owned: ReadonlyMap<string, OwnedRef>, found: ReadonlyMap<ComputedKey, number>): ComputedKey[] {
  return [...found.keys()].filter((k) => !owned.has(k));
}

/**
 * The fallback for a name Excel gave in a form we cannot read: the one header that wears the
 * add-in's marker and carries one of this column's captions (either language, or the "(CRM)"
 * form). None or several → not ours (the column is appended again: a visible duplicate, never a
 * write into a user's column).
 */
function markedColumn(key: ComputedKey, g: HeaderGeometry): number {
  if (!g.marked) return -1;
  const plain = captionsOf(key);
  const hits = g.headers
    .map((h, i) => ({ h: matchKey(String(h)), i }))
    .filter(({ h, i }) => g.marked![i] && plain.some((p) => h === p || h.startsWith(p)));
  return hits.length === 1 ? hits[0].i : -1;
}

/**
 * True when the header marker must be loaded: a name of ours could not be read, or a computed
 * column has no name while a header carries one of its captions (either language, or the
 * "(CRM)" form) — it may be ours with its name lost. A book without such headers costs nothing.
 */
export function needsMarker(owned: ReadonlyMap<string, OwnedRef>, headers: readonly string[] = []): boolean {
  if ([...owned.values()].some((r) => r.kind === "unreadable")) return true;
  const keys = headers.map((h) => matchKey(String(h)));
  return COMPUTED_COLUMNS.some(
    (def) => !owned.has(def.key) && keys.some((h) => captionsOf(def.key).some((p) => h === p || h.startsWith(p))),
  );
}

/** A computed column's captions in every language, as matching keys. */
function captionsOf(key: ComputedKey): string[] {
  const def = COMPUTED_COLUMNS.find((c) => c.key === key)!;
  return [caption(def, "zh-CN"), caption(def, "en-US")].map((c) => matchKey(c));
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
