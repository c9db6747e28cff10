/**
 * Which of the workbook's tables and sheets holds which dataset. Pure: it sees names and header
 * captions only, so the same rules serve setup (which then adopts or renames) and every read.
 *
 * Order of evidence, strongest first (SPEC section 2):
 *   1. an Excel table with the add-in's name (crmCustomers …);
 *   2. a table on a sheet whose name is one of the dataset's sheet names or synonyms;
 *   3. a table whose headers carry every required column of the dataset;
 *   4. a plain range (a sheet without tables) with a header row in its first rows, on a sheet
 *      named for the dataset, or carrying every required column.
 * A candidate must have the ID column (the key column for settings): a sheet called 客户 without
 * 客户编号 is reported as missing that column rather than adopted.
 */
import type { Cell, TableKey } from "../core/table";
import { TABLES, TABLE_ORDER, type TableDef, matchKey, matchesSheet } from "../core/schema";
import { mapHeaders } from "../core/columns";
import { HISTORY_TABLE } from "../core/history";

export interface TableInfo {
  name: string;
  sheet: string;
  /** Header captions (the table's column names). */
  headers: string[];
}

export interface RangeInfo {
  sheet: string;
  /** 0-based sheet row and column of the used range's top-left cell. */
  row0: number;
  col0: number;
  /** The used range's first rows (where a header row may sit below a title). */
  top: Cell[][];
}

export type Found =
  | {
      kind: "table";
      key: TableKey;
      tableName: string;
      sheet: string;
      headers: string[];
      via: "name" | "sheet" | "headers";
    }
  | {
      kind: "range";
      key: TableKey;
      sheet: string;
      /** 0-based sheet row of the header and the header's column span. */
      headerRow0: number;
      col0: number;
      col1: number;
      headers: string[];
      via: "sheet" | "headers";
    };

/** A sheet named for a dataset that lacks the dataset's ID column: reported, never adopted. */
export interface Unusable {
  key: TableKey;
  sheet: string;
  headerRow0: number;
  col0: number;
  headers: string[];
}

export interface Located {
  found: Partial<Record<TableKey, Found>>;
  unusable: Unusable[];
}

/** Rows of a used range searched for the header row (a title row above it is common). */
export const HEADER_SEARCH_ROWS = 5;

/** The column a dataset cannot be recognised without. */
function anchorKey(key: TableKey): string {
  return key === "settings" ? "key" : "id";
}

/** How well headers fit a dataset: 0 without the anchor column, else matched columns (required weigh double). */
export function headerScore(def: TableDef, headers: readonly string[]): number {
  const cols = mapHeaders(def, headers);
  if (!cols.has(anchorKey(def.key))) return 0;
  let score = 0;
  for (const c of def.columns) if (cols.has(c.key)) score += c.required ? 2 : 1;
  return score;
}

function hasAllRequired(def: TableDef, headers: readonly string[]): boolean {
  const cols = mapHeaders(def, headers);
  return def.columns.every((c) => !c.required || cols.has(c.key));
}

/** Settings are matched by name only: "Key / Value" headers are too common to claim. */
const HEADER_MATCHED: readonly TableKey[] = TABLE_ORDER.filter((k) => k !== "settings");

export function locate(tables: readonly TableInfo[], ranges: readonly RangeInfo[]): Located {
  const found: Partial<Record<TableKey, Found>> = {};
  const unusable: Unusable[] = [];
  const claimed = new Set<string>();
  const claim = (key: TableKey, t: TableInfo, via: "name" | "sheet" | "headers") => {
    found[key] = { kind: "table", key, tableName: t.name, sheet: t.sheet, headers: t.headers, via };
    claimed.add(t.name);
  };
  // The add-in's own tables, datasets or not (the migration history is never a dataset to claim).
  const isOwnName = (name: string) =>
    [...TABLE_ORDER.map((k) => TABLES[k].tableName), HISTORY_TABLE].some((n) => matchKey(n) === matchKey(name));

  // 1. By the add-in's table name (Excel table names are case-insensitive).
  for (const key of TABLE_ORDER) {
    const t = tables.find((x) => matchKey(x.name) === matchKey(TABLES[key].tableName));
    if (t) claim(key, t, "name");
  }
  const free = () => tables.filter((t) => !claimed.has(t.name) && !isOwnName(t.name));

  // 2. A table on a sheet named for the dataset.
  for (const key of TABLE_ORDER) {
    if (found[key]) continue;
    const def = TABLES[key];
    const onSheet = free().filter((t) => matchesSheet(def, t.sheet));
    const best = bestBy(onSheet, (t) => headerScore(def, t.headers));
    if (best) claim(key, best, "sheet");
    else if (onSheet.length)
      unusable.push({ key, sheet: onSheet[0].sheet, headerRow0: -1, col0: -1, headers: onSheet[0].headers });
  }

  // 3. Any other table carrying every required column, best fit first.
  const pairs: { key: TableKey; t: TableInfo; score: number }[] = [];
  for (const key of HEADER_MATCHED) {
    if (found[key]) continue;
    for (const t of free()) {
      const score = headerScore(TABLES[key], t.headers);
      if (score > 0 && hasAllRequired(TABLES[key], t.headers)) pairs.push({ key, t, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score || TABLE_ORDER.indexOf(a.key) - TABLE_ORDER.indexOf(b.key));
  for (const p of pairs) if (!found[p.key] && !claimed.has(p.t.name)) claim(p.key, p.t, "headers");

  // 4. Plain ranges.
  const candidates = ranges.map(headerOf);
  const used = new Set<string>();
  for (const key of TABLE_ORDER) {
    if (found[key]) continue;
    const def = TABLES[key];
    const named = candidates.filter((c) => matchesSheet(def, c.sheet) && !used.has(c.sheet));
    const best = bestBy(named, (c) => headerScore(def, c.best(def).headers));
    if (best) {
      found[key] = { kind: "range", key, ...best.best(def), via: "sheet" };
      used.add(best.sheet);
    } else {
      for (const c of named) if (c.nonEmpty) unusable.push({ key, ...c.best(def) });
    }
  }
  const rangePairs: { key: TableKey; c: (typeof candidates)[number]; score: number }[] = [];
  for (const key of HEADER_MATCHED) {
    if (found[key]) continue;
    for (const c of candidates) {
      if (used.has(c.sheet) || TABLE_ORDER.some((k) => matchesSheet(TABLES[k], c.sheet))) continue;
      const h = c.best(TABLES[key]);
      const score = headerScore(TABLES[key], h.headers);
      if (score > 0 && hasAllRequired(TABLES[key], h.headers)) rangePairs.push({ key, c, score });
    }
  }
  rangePairs.sort((a, b) => b.score - a.score || TABLE_ORDER.indexOf(a.key) - TABLE_ORDER.indexOf(b.key));
  for (const p of rangePairs) {
    if (found[p.key] || used.has(p.c.sheet)) continue;
    found[p.key] = { kind: "range", key: p.key, ...p.c.best(TABLES[p.key]), via: "headers" };
    used.add(p.c.sheet);
  }
  return { found, unusable: unusable.filter((u) => !found[u.key]) };
}

function bestBy<T>(items: readonly T[], score: (t: T) => number): T | undefined {
  let best: T | undefined;
  let bestScore = 0;
  for (const item of items) {
    const s = score(item);
    if (s > bestScore) {
      best = item;
      bestScore = s;
    }
  }
  return best;
}

/** A used range seen as a table: the header is the row among the first few that fits best. */
function headerOf(r: RangeInfo) {
  const rows = r.top.map((row) => row.map((v) => (v === null || v === undefined ? "" : String(v))));
  const nonEmpty = rows.some((row) => row.some((v) => v.trim() !== ""));
  const at = (i: number) => {
    const row = rows[i] ?? [];
    let first = row.findIndex((v) => v.trim() !== "");
    let last = row.length - 1;
    while (last >= 0 && row[last].trim() === "") last--;
    if (first < 0) first = last = 0;
    return {
      sheet: r.sheet,
      headerRow0: r.row0 + i,
      col0: r.col0 + first,
      col1: r.col0 + Math.max(first, last),
      headers: row.slice(first, last + 1),
    };
  };
  return {
    sheet: r.sheet,
    nonEmpty,
    best(def: TableDef) {
      let bestRow = 0;
      let bestScore = 0;
      rows.forEach((_, i) => {
        const s = headerScore(def, at(i).headers);
        if (s > bestScore) {
          bestScore = s;
          bestRow = i;
        }
      });
      return at(bestRow);
    },
  };
}
