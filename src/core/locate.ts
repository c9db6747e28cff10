/**
 * Which of a workbook's tables and sheets holds which dataset (SPEC sections 2, 2a and 8) — the one
 * locator every host feeds (Office.js, an .xlsx file, the in-memory workbook). Pure: it sees sheet
 * names and visibility, Excel tables' headers, and the top rows of plain sheets.
 *
 * Evidence, strongest first:
 *   1. an Excel table with the add-in's name (crmCustomers …);
 *   2. a visible sheet named for the dataset (客户, Clients …), then a visible sheet whose columns
 *      mean the dataset (ID + name: customers; ID + date + amount: purchases …), then the same two
 *      among hidden sheets — a hidden, outdated 客户 never beats the visible customer list.
 *   Within a rank an Excel table comes before a plain range, and the better fit first. Two
 *   sheets that fit about as well are reported (`ambiguous`): the left one is used, the user asked.
 * A plain range's header row is searched in its first HEADER_SEARCH_ROWS rows (a bank export puts a
 * metadata block above it); a two-row header (a merged group row above the captions) is read as
 * one; the title rows above are reported, not read. A named sheet without the dataset's ID column
 * is reported as missing that column rather than adopted.
 */
import type { Cell, TableKey } from "./table";
import { TABLES, TABLE_ORDER, type TableDef, matchKey, matchesSheet } from "./schema";
import { proposeColumnMap } from "./columns";
import { COLUMN_MAP_TABLE } from "./columns/stored";

export interface TableInfo {
  name: string;
  sheet: string;
  /** Header captions (the table's column names). */
  headers: string[];
  /** False on a hidden or very hidden sheet. */
  visible?: boolean;
  /** A few body rows, when the host has them (values help read the captions). */
  sample?: Cell[][];
}

export interface RangeInfo {
  sheet: string;
  /** 0-based sheet row and column of the used range's top-left cell. */
  row0: number;
  col0: number;
  /** The used range's first rows (where a header row may sit below a title). */
  top: Cell[][];
  visible?: boolean;
}

/** How a dataset was recognised: the add-in's table name, the sheet's name, or its columns' meaning. */
export type Via = "name" | "sheet" | "headers";

export type Found =
  | {
      kind: "table";
      key: TableKey;
      tableName: string;
      sheet: string;
      headers: string[];
      via: Via;
      hidden: boolean;
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
      via: Exclude<Via, "name">;
      hidden: boolean;
      /** 1-based worksheet rows above the header skipped as a title or metadata block. */
      titleRows?: { from: number; to: number };
    };

/** A sheet named for a dataset that lacks the dataset's ID column: reported, never adopted. */
export interface Unusable {
  key: TableKey;
  sheet: string;
  headerRow0: number;
  col0: number;
  headers: string[];
}

/** Other sheets that would fit a dataset as well as the one used. */
export interface Ambiguity {
  key: TableKey;
  used: string;
  others: string[];
}

export interface Located {
  found: Partial<Record<TableKey, Found>>;
  unusable: Unusable[];
  ambiguous: Ambiguity[];
  /** Datasets found on the sheet the user chose. */
  chosen: TableKey[];
  /** Chosen sheets that do not exist or do not hold their dataset (the locator's own pick is used). */
  unmet: { key: TableKey; sheet: string }[];
  /** The sheets a user may choose between for a dataset that was ambiguous or chosen (the one used first). */
  sheetOptions: Partial<Record<TableKey, string[]>>;
  /**
   * No customer sheet and no purchases sheet with IDs, but a sheet of deals whose customers are
   * named (客户 / 客户名称 + date + amount): the purchases found there, keyed by that column (issue 24).
   */
  ledgerName?: string;
}

/** The sheet the user chose for a dataset (`--map customers.sheet=…`, the workbook's column map). */
export type SheetChoices = Partial<Record<TableKey, string>>;

/** Rows of a used range searched for the header row (a bank export's metadata block sits above it). */
export const HEADER_SEARCH_ROWS = 30;
/** Rows under a candidate header whose values help read its captions. */
const SAMPLE_ROWS = 20;
/** A second candidate this close to the best one is as plausible: an ambiguity. */
const AMBIGUOUS_SHARE = 0.9;

/** The column a dataset cannot be recognised without. */
function anchorKey(key: TableKey): string {
  return key === "settings" ? "key" : "id";
}

/** How well headers fit a dataset: 0 without the anchor column, else matched columns weighed by confidence (required double). */
export function headerScore(def: TableDef, headers: readonly string[], sample: readonly Cell[][] = []): number {
  const map = proposeColumnMap(def.key, headers, sample);
  if (map.fields[anchorKey(def.key)].index === undefined) return 0;
  let score = 0;
  for (const c of def.columns) {
    const f = map.fields[c.key];
    if (f.index !== undefined) score += f.confidence * (c.required ? 2 : 1);
  }
  return score;
}

function hasAllRequired(def: TableDef, headers: readonly string[], sample: readonly Cell[][] = []): boolean {
  const map = proposeColumnMap(def.key, headers, sample);
  return def.columns.every((c) => !c.required || map.fields[c.key].index !== undefined);
}

/** Settings are matched by name only: "Key / Value" headers are too common to claim. */
const CONTENT_MATCHED: readonly TableKey[] = TABLE_ORDER.filter((k) => k !== "settings");

interface Candidate {
  key: TableKey;
  sheet: string;
  /** 0 visible+named, 1 visible+by content, 2 hidden+named, 3 hidden+by content. */
  rank: number;
  kind: "table" | "range";
  score: number;
  found: Found;
  /** What the candidate claims: a table's name, or a plain sheet. */
  claim: string;
}

/**
 * `chosen` sheets decide between candidates (any rank, any fit, as long as the sheet could hold the
 * dataset); they never override a table the add-in named, which setup made from the choice.
 */
export function locate(tables: readonly TableInfo[], ranges: readonly RangeInfo[], chosen: SheetChoices = {}): Located {
  const found: Partial<Record<TableKey, Found>> = {};
  const unusable: Unusable[] = [];
  const ambiguous: Ambiguity[] = [];
  const chosenFound: TableKey[] = [];
  const unmet: { key: TableKey; sheet: string }[] = [];
  const claimed = new Set<string>();
  // The add-in's own tables — datasets, and the column map beside the settings — are never candidates.
  const isOwnName = (name: string) =>
    matchKey(name) === matchKey(COLUMN_MAP_TABLE) || TABLE_ORDER.some((k) => matchKey(TABLES[k].tableName) === matchKey(name));
  const namedFor = (sheet: string) => TABLE_ORDER.filter((k) => matchesSheet(TABLES[k], sheet));

  // 1. By the add-in's table name (Excel table names are case-insensitive).
  for (const key of TABLE_ORDER) {
    const t = tables.find((x) => matchKey(x.name) === matchKey(TABLES[key].tableName));
    if (!t) continue;
    found[key] = { kind: "table", key, tableName: t.name, sheet: t.sheet, headers: t.headers, via: "name", hidden: t.visible === false };
    claimed.add(`table:${t.name}`);
  }

  // 2. Every other table and plain range, for every dataset still open, ranked.
  const candidates: Candidate[] = [];
  const ranged = ranges.map(headerSearch);
  for (const key of TABLE_ORDER) {
    if (found[key]) continue;
    const def = TABLES[key];
    for (const t of tables) {
      if (isOwnName(t.name)) continue;
      const named = matchesSheet(def, t.sheet);
      const score = headerScore(def, t.headers, t.sample);
      if (!named && !(CONTENT_MATCHED.includes(key) && score > 0 && hasAllRequired(def, t.headers, t.sample))) continue;
      if (score <= 0) continue;
      const hidden = t.visible === false;
      candidates.push({
        key,
        sheet: t.sheet,
        rank: (hidden ? 2 : 0) + (named ? 0 : 1),
        kind: "table",
        score,
        claim: `table:${t.name}`,
        found: { kind: "table", key, tableName: t.name, sheet: t.sheet, headers: t.headers, via: named ? "sheet" : "headers", hidden },
      });
    }
    for (const r of ranged) {
      const named = matchesSheet(def, r.sheet);
      // A sheet named for another dataset is that dataset's, whatever its columns.
      if (!named && (!CONTENT_MATCHED.includes(key) || namedFor(r.sheet).length > 0)) continue;
      const h = r.best(def);
      if (h.score <= 0 || (!named && !h.allRequired)) continue;
      const hidden = r.visible === false;
      candidates.push({
        key,
        sheet: r.sheet,
        rank: (hidden ? 2 : 0) + (named ? 0 : 1),
        kind: "range",
        score: h.score,
        claim: `sheet:${r.sheet}`,
        found: { kind: "range", key, ...h.place, via: named ? "sheet" : "headers", hidden },
      });
    }
  }
  candidates.sort(
    (a, b) =>
      a.rank - b.rank ||
      (a.kind === b.kind ? 0 : a.kind === "table" ? -1 : 1) ||
      b.score - a.score ||
      TABLE_ORDER.indexOf(a.key) - TABLE_ORDER.indexOf(b.key),
  );
  // The user's sheet first: the question of which sheet is answered.
  for (const key of TABLE_ORDER) {
    const sheet = chosen[key];
    if (sheet === undefined || found[key]) continue;
    const c = candidates.find((x) => x.key === key && matchKey(x.sheet) === matchKey(sheet) && !claimed.has(x.claim));
    if (!c) continue;
    found[key] = c.found;
    claimed.add(c.claim);
    chosenFound.push(key);
  }
  // What each sheet fits best by its columns: a sheet recognised by its columns is taken only as
  // that dataset — one that lost the contest for its own is never taken as another (issue 24).
  const own = new Map<string, Candidate>();
  for (const c of candidates) if (!own.has(c.claim) || own.get(c.claim)!.score < c.score) own.set(c.claim, c);
  const ownKey = (c: Candidate) => c.found.via !== "headers" || own.get(c.claim)?.key === c.key;
  // A rival: another visible sheet (or one of the same rank) that fits this dataset about as well.
  const rival = (o: Candidate, c: Candidate) =>
    o.key === c.key && o.claim !== c.claim && !claimed.has(o.claim) && ownKey(o) && (o.rank === c.rank || (o.rank < 2 && c.rank < 2)) && o.score >= c.score * AMBIGUOUS_SHARE;
  for (const c of candidates) {
    if (found[c.key] || claimed.has(c.claim) || !ownKey(c)) continue;
    found[c.key] = c.found;
    claimed.add(c.claim);
    const others = candidates.filter((o) => rival(o, c));
    if (others.length > 0) ambiguous.push({ key: c.key, used: c.sheet, others: [...new Set(others.map((o) => o.sheet))] });
  }

  // 3. A visible sheet named for a dataset, not used, and without the dataset's ID column.
  for (const key of TABLE_ORDER) {
    if (found[key]) continue;
    const def = TABLES[key];
    const t = tables.find((x) => !isOwnName(x.name) && x.visible !== false && matchesSheet(def, x.sheet) && !claimed.has(`table:${x.name}`));
    if (t) {
      unusable.push({ key, sheet: t.sheet, headerRow0: -1, col0: -1, headers: t.headers });
      continue;
    }
    const r = ranged.find((x) => x.visible !== false && x.nonEmpty && matchesSheet(def, x.sheet) && !claimed.has(`sheet:${x.sheet}`));
    if (r) {
      const { headerRow0, col0, headers } = r.best(def).place;
      unusable.push({ key, sheet: r.sheet, headerRow0, col0, headers });
    }
  }
  for (const key of TABLE_ORDER) {
    const sheet = chosen[key];
    if (sheet !== undefined && !chosenFound.includes(key) && found[key]?.via !== "name") unmet.push({ key, sheet });
  }
  // A ledger keyed by customer name: only when nothing else holds customers or purchases.
  let ledgerName: string | undefined;
  if (!found.customers && !found.purchases) {
    const fits = ranged
      .filter((r) => r.visible !== false && !claimed.has(`sheet:${r.sheet}`) && namedFor(r.sheet).every((k) => k === "purchases"))
      .map((r) => r.ledger())
      .filter((l) => l !== undefined)
      .sort((a, b) => b.score - a.score);
    const best = fits[0];
    if (best) {
      found.purchases = { kind: "range", key: "purchases", ...best.place, via: "headers", hidden: false };
      ledgerName = best.name;
      // A sheet named for the purchases without an ID column is this ledger, not a sheet missing its IDs.
      for (let i = unusable.length - 1; i >= 0; i--) if (unusable[i].key === "purchases" && unusable[i].sheet === best.place.sheet) unusable.splice(i, 1);
      const others = fits.slice(1).filter((l) => l.score >= best.score * AMBIGUOUS_SHARE).map((l) => l.place.sheet);
      if (others.length > 0) ambiguous.push({ key: "purchases", used: best.place.sheet, others });
    }
  }
  const sheetOptions: Partial<Record<TableKey, string[]>> = {};
  for (const a of ambiguous) sheetOptions[a.key] = [a.used, ...a.others];
  for (const key of chosenFound)
    sheetOptions[key] = [...new Set([found[key]!.sheet, ...candidates.filter((c) => c.key === key).map((c) => c.sheet)])];
  return { found, unusable, ambiguous, chosen: chosenFound, unmet, sheetOptions, ...(ledgerName !== undefined ? { ledgerName } : {}) };
}

type RangePlace = Omit<Extract<Found, { kind: "range" }>, "kind" | "key" | "via" | "hidden">;

const text = (v: Cell | undefined) => (v === null || v === undefined ? "" : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

/** A used range seen as a table: for each dataset, the header row among the first rows that fits best. */
function headerSearch(r: RangeInfo) {
  const rows = r.top.map((row) => row.map(text));
  const filled = (i: number) => (rows[i] ?? []).some((v) => v.trim() !== "");
  const firstFilled = rows.findIndex((_, i) => filled(i));
  const nonEmpty = firstFilled >= 0;
  /** Header i, or the two-row header i-1 + i: a caption missing on row i is taken from the group row above. */
  const at = (i: number, withGroup: boolean) => {
    const own = rows[i] ?? [];
    const above = withGroup ? (rows[i - 1] ?? []) : [];
    const width = Math.max(own.length, above.length);
    const merged: string[] = [];
    for (let c = 0; c < width; c++) merged.push((own[c] ?? "").trim() !== "" ? own[c] : (above[c] ?? ""));
    let first = merged.findIndex((v) => v.trim() !== "");
    let last = merged.length - 1;
    while (last >= 0 && merged[last].trim() === "") last--;
    if (first < 0) first = last = 0;
    const top = withGroup ? i - 1 : i;
    const place: RangePlace = {
      sheet: r.sheet,
      headerRow0: r.row0 + i,
      col0: r.col0 + first,
      col1: r.col0 + Math.max(first, last),
      headers: merged.slice(first, last + 1),
      ...(firstFilled >= 0 && firstFilled < top ? { titleRows: { from: r.row0 + firstFilled + 1, to: r.row0 + top } } : {}),
    };
    const sample = r.top.slice(i + 1, i + 1 + SAMPLE_ROWS).map((row) => row.slice(first, last + 1));
    return { place, sample };
  };
  const cache = new Map<TableKey, { place: RangePlace; score: number; allRequired: boolean }>();
  return {
    sheet: r.sheet,
    visible: r.visible,
    nonEmpty,
    best(def: TableDef) {
      const hit = cache.get(def.key);
      if (hit) return hit;
      let best = { ...at(Math.max(0, firstFilled), false), score: 0 };
      for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
        if (!filled(i)) continue;
        for (const withGroup of i > 0 && filled(i - 1) ? [false, true] : [false]) {
          const c = at(i, withGroup);
          const score = headerScore(def, c.place.headers, c.sample);
          if (score > best.score) best = { ...c, score };
        }
      }
      const out = { place: best.place, score: best.score, allRequired: best.score > 0 && hasAllRequired(def, best.place.headers, best.sample) };
      cache.set(def.key, out);
      return out;
    },
    /** The best header row read as a ledger of deals keyed by a customer-name column, if any. */
    ledger(): { place: RangePlace; score: number; name: string } | undefined {
      const purchases = TABLES.purchases;
      let best: { place: RangePlace; score: number; name: string } | undefined;
      for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
        if (!filled(i)) continue;
        const c = at(i, false);
        const nameAt = proposeColumnMap("customers", c.place.headers, c.sample).fields.name.index;
        if (nameAt === undefined) continue;
        // Scored as if the name column were the ID: the rest must be a purchases sheet.
        const headers = c.place.headers.map((h, j) => (j === nameAt ? TABLES.customers.columns[0].zh : h));
        const score = headerScore(purchases, headers, c.sample);
        if (score > (best?.score ?? 0) && hasAllRequired(purchases, headers, c.sample)) best = { place: c.place, score, name: c.place.headers[nameAt] };
      }
      return best;
    },
  };
}
