/**
 * The column map (SPEC 2a): which column holds which field of a table, proposed from the captions'
 * meaning and, where a caption is not enough, the column's values. Every field says how it was
 * matched and how sure the match is; a user's choice wins; two columns that could both be a field
 * are reported as such (the left one is used), never chosen between in silence.
 */
import type { Cell, TableKey } from "../table";
import { type ColumnDef, TABLES, type TableDef } from "../schema";
import { isBlank } from "../parse/result";
import { parseDate } from "../parse/date";
import { type NormalCaption, normalizeCaption } from "./normalize";
import { LEXICON, type Sense } from "./lexicon";
import { enumByMeaning } from "./values";

/** How a field was matched: its exact caption or a synonym, its caption's meaning, its values, the user. */
export type MatchHow = "caption" | "meaning" | "values" | "user";

export interface FieldMatch {
  field: string;
  /** Position among the headers; undefined when no column was matched. */
  index?: number;
  /** The header as written. */
  caption?: string;
  /** 0–1: 1 for an exact caption or the user's choice. */
  confidence: number;
  how?: MatchHow;
  /** Cells of an amount column are multiplied by this (`金额(万元)` → 10,000). */
  multiplier: number;
  /** The unit named by the caption, as written. */
  unit?: string;
  /** Other columns that fit as well: the user is asked which one is meant. */
  alternatives: number[];
  /** The user chose a caption the table does not have. */
  chosenMissing?: string;
  /** Where a user's choice came from: `--map`, or the column map kept in the workbook. */
  from?: "option" | "workbook";
}

export interface ColumnMap {
  table: TableKey;
  fields: Record<string, FieldMatch>;
}

/** A user's choices: field → caption, or null for "this table has no such column". */
export type ColumnChoices = Record<string, string | null>;

/** Below this a column is not taken for a field. */
export const MIN_CONFIDENCE = 0.5;
/** Columns within this of the best one are as plausible: an ambiguity. */
const TIE = 0.05;
/** Sample rows a proposal looks at. */
export const SAMPLE_SIZE = 50;

const exactKeys = new WeakMap<ColumnDef, { own: Set<string>; synonyms: Set<string> }>();

function exactOf(col: ColumnDef) {
  let e = exactKeys.get(col);
  if (!e) {
    e = {
      own: new Set([col.zh, col.en].map((c) => normalizeCaption(c).key)),
      synonyms: new Set((col.synonyms ?? []).map((c) => normalizeCaption(c).key)),
    };
    exactKeys.set(col, e);
  }
  return e;
}

/** How well a caption means a field, from the caption alone: [confidence, how]. */
export function captionScore(table: TableKey, col: ColumnDef, c: NormalCaption): [number, MatchHow | undefined] {
  if (!c.key) return [0, undefined];
  const exact = exactOf(col);
  if (exact.own.has(c.key)) return [1, "caption"];
  if (exact.synonyms.has(c.key)) return [0.95, "caption"];
  const sense: Sense | undefined = LEXICON[table]?.[col.key];
  if (!sense) return [0, undefined];
  if (sense.not && (sense.not.test(c.key) || (c.words && sense.not.test(c.words)))) return [0, undefined];
  let best = 0;
  for (const [re, score] of sense.zh ?? []) if (score > best && re.test(c.key)) best = score;
  if (c.words) for (const [re, score] of sense.en ?? []) if (score > best && re.test(c.words)) best = score;
  // A money unit says "amount" even when the words do not (`成交(万元)`).
  if (col.kind === "amount" && c.unit && best < 0.8) best = 0.8;
  return best > 0 ? [best, "meaning"] : [0, undefined];
}

/** Share of a column's non-blank sample cells that read as the field's kind of value (undefined: too few to say). */
function valueShare(col: ColumnDef, cells: readonly Cell[]): number | undefined {
  const filled = cells.filter((c) => !isBlank(c));
  if (filled.length < 2) return undefined;
  let fit = 0;
  for (const cell of filled) {
    if (col.kind === "enum") fit += enumByMeaning(col.values ?? [], String(cell).trim()) ? 1 : 0;
    else if (col.kind === "date") fit += cell instanceof Date || (typeof cell === "number" ? cell > 20000 && cell < 80000 : parseDate(cell, false).ok) ? 1 : 0;
    else return undefined;
  }
  return fit / filled.length;
}

/** Caption and values together: values confirm a weak caption, stand in for a missing one (enums), or overrule it. */
function fieldScore(table: TableKey, col: ColumnDef, c: NormalCaption, cells: readonly Cell[]): [number, MatchHow | undefined] {
  const [score, how] = captionScore(table, col, c);
  if (score >= 0.95) return [score, how];
  const share = valueShare(col, cells);
  if (share === undefined) return [score, how];
  if (score >= MIN_CONFIDENCE) {
    if (share < 0.3) return [score * 0.5, how]; // `状态` holding 已签约 is no payment status
    return share >= 0.8 ? [Math.min(0.9, score + 0.1), how] : [score, how];
  }
  // Values alone: a column of 逾期 / 坏账 / Paid is a payment status whatever its caption.
  if (col.kind === "enum" && share >= 0.6 && (col.values?.length ?? 0) > 2) return [0.7, "values"];
  return [score, how];
}

/** Proposes the column map of one table from its headers and a sample of its rows; `choices` win. */
export function proposeColumnMap(
  table: TableKey,
  headers: readonly string[],
  sampleRows: readonly Cell[][] = [],
  choices: ColumnChoices = {},
): ColumnMap {
  const def: TableDef = TABLES[table];
  const captions = headers.map((h) => normalizeCaption(String(h ?? "")));
  const sample = sampleRows.slice(0, SAMPLE_SIZE);
  const fields: Record<string, FieldMatch> = {};
  const taken = new Set<number>();
  const unitOf = (col: ColumnDef, i: number) =>
    col.kind === "amount" && captions[i].unit
      ? { multiplier: captions[i].unit!.multiplier, unit: captions[i].unit!.label }
      : { multiplier: 1 };

  for (const col of def.columns) {
    if (!(col.key in choices)) continue;
    const chosen = choices[col.key];
    const i = chosen === null ? -1 : findCaption(headers, chosen);
    if (i >= 0) {
      taken.add(i);
      fields[col.key] = { field: col.key, index: i, caption: headers[i], confidence: 1, how: "user", ...unitOf(col, i), alternatives: [] };
    } else {
      fields[col.key] = { field: col.key, confidence: 1, how: "user", multiplier: 1, alternatives: [], chosenMissing: chosen ?? undefined };
    }
  }

  const candidates: { col: ColumnDef; order: number; i: number; score: number; how: MatchHow }[] = [];
  def.columns.forEach((col, order) => {
    if (fields[col.key]) return;
    captions.forEach((c, i) => {
      if (taken.has(i)) return;
      const [score, how] = fieldScore(table, col, c, sample.map((r) => r[i] ?? null));
      if (how && score >= MIN_CONFIDENCE) candidates.push({ col, order, i, score, how });
    });
  });
  // Best evidence first; on a tie the schema's order (ID before name) and the left column.
  candidates.sort((a, b) => b.score - a.score || a.order - b.order || a.i - b.i);
  for (const cand of candidates) {
    if (fields[cand.col.key] || taken.has(cand.i)) continue;
    taken.add(cand.i);
    fields[cand.col.key] = {
      field: cand.col.key,
      index: cand.i,
      caption: headers[cand.i],
      confidence: Math.round(cand.score * 100) / 100,
      how: cand.how,
      ...unitOf(cand.col, cand.i),
      alternatives: [],
    };
  }
  // Roles (money columns): received/net/actual over plain over list/gross, whatever the confidences.
  const role = (col: ColumnDef, i: number) => roleOf(table, col, captions[i]);
  for (const col of def.columns) {
    const f = fields[col.key];
    const sense = LEXICON[table]?.[col.key];
    if (!f || f.index === undefined || f.how === "user" || !(sense?.prefer || sense?.demote)) continue;
    let best = candidates.find((c) => c.col === col && c.i === f.index)!;
    for (const c of candidates)
      if (c.col === col && !taken.has(c.i) && (role(col, c.i) > role(col, best.i) || (role(col, c.i) === role(col, best.i) && c.score > best.score))) best = c;
    if (best.i === f.index) continue;
    taken.delete(f.index);
    taken.add(best.i);
    fields[col.key] = { ...f, index: best.i, caption: headers[best.i], confidence: Math.round(best.score * 100) / 100, how: best.how, ...unitOf(col, best.i) };
  }
  // Ambiguity: an unused column that fits a field about as well as the one taken (and in the same role).
  for (const cand of candidates) {
    const f = fields[cand.col.key];
    if (!f || f.how === "user" || f.index === undefined || f.index === cand.i || taken.has(cand.i)) continue;
    if (role(cand.col, cand.i) !== role(cand.col, f.index)) continue;
    if (cand.score >= f.confidence - TIE) f.alternatives.push(cand.i);
  }
  for (const col of def.columns) fields[col.key] ??= { field: col.key, confidence: 0, multiplier: 1, alternatives: [] };
  return { table, fields };
}

/** A column's role for a field with roles (lexicon `prefer` / `demote`): 2 received/net/actual, 0 list/gross, 1 any other. */
function roleOf(table: TableKey, col: ColumnDef, c: NormalCaption): number {
  const sense = LEXICON[table]?.[col.key];
  const has = (re: RegExp | undefined) => re !== undefined && (re.test(c.key) || (c.words !== "" && re.test(c.words)));
  return has(sense?.prefer) ? 2 : has(sense?.demote) ? 0 : 1;
}

/** The header a chosen caption names: as written, else by normalized text. */
export function findCaption(headers: readonly string[], chosen: string): number {
  const exact = headers.indexOf(chosen);
  if (exact >= 0) return exact;
  const key = normalizeCaption(chosen).key;
  return headers.findIndex((h) => normalizeCaption(String(h ?? "")).key === key);
}

/** Field → column position, for the fields matched. */
export function columnIndexes(map: ColumnMap): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of Object.values(map.fields)) if (f.index !== undefined) out.set(f.field, f.index);
  return out;
}

/** The matched columns of a table by caption meaning (no values, no choices): for finding tables. */
export function mapHeaders(def: TableDef, headers: readonly string[], sampleRows: readonly Cell[][] = []): Map<string, number> {
  return columnIndexes(proposeColumnMap(def.key, headers, sampleRows));
}
