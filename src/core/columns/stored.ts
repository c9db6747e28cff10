/**
 * The column map as kept in the workbook (SPEC 2a; shape in docs/DECISIONS.md): the visible
 * table `crmColumnMap` beside the settings, one row per dataset × field — the dataset, the field
 * (as the user reads them) and the column the user chose: `(自动)`/`(auto)` or blank for the
 * proposal, `(无)`/`(none)` for "this sheet has no such column", else a header caption. One more
 * row per dataset, field 工作表/Sheet, names the sheet when two sheets fit it about as well.
 *
 * The user may edit it by hand: a row that cannot be read is reported at its sheet, row and
 * column and ignored; nothing here throws on what a person typed.
 */
import type { Cell, RawTable, TableKey } from "../table";
import type { Problem, ProblemCode } from "../quality";
import { TABLES, TABLE_ORDER, caption, matchKey } from "../schema";
import { type Lang, t } from "../i18n";
import type { ColumnChoices } from "./match";
import { excelError } from "../parse/excelError";

/** The Excel table that holds the map (the add-in owns the name, like crmSettings). */
export const COLUMN_MAP_TABLE = "crmColumnMap";
/** The pseudo-field whose row names a dataset's sheet. */
export const SHEET_FIELD = "sheet";
/** Datasets the map covers (the settings table is the add-in's own). */
export const MAPPED_TABLES: readonly TableKey[] = TABLE_ORDER.filter((k) => k !== "settings");

/** The map table's three columns, by their i18n keys. */
const HEADER_KEYS = ["table", "field", "column"] as const;

export function columnMapHeaders(lang: Lang): string[] {
  return HEADER_KEYS.map((k) => t(lang, `columnMap.header.${k}`));
}

/** Positions of the map's three columns (dataset, field, choice) among `headers` (-1: absent), in either language. */
export function mapColumnIndexes(headers: readonly string[]): number[] {
  return HEADER_KEYS.map((key) => {
    const names = [t("zh-CN", `columnMap.header.${key}`), t("en-US", `columnMap.header.${key}`), key].map(matchKey);
    return headers.findIndex((h) => names.includes(matchKey(String(h ?? ""))));
  });
}

/** Rows of [dataset, field, choice] laid out under a map's own headers (the user may have moved its columns). */
export function layOutRows(rows: readonly string[][], headers: readonly string[]): string[][] {
  const cols = mapColumnIndexes(headers);
  return rows.map((r) => headers.map((_, i) => (cols.indexOf(i) >= 0 ? r[cols.indexOf(i)] : "")));
}

/** Spellings of "use the proposal" and "no such column" (both languages, any width or case). */
const AUTO = new Set(["", "auto", "(auto)", "自动", "(自动)", "automatic"].map(matchKey));
const NONE = new Set(["none", "(none)", "无", "(无)", "没有", "-", "—", "n/a"].map(matchKey));

/** What one row chose for a field: the proposal, no column, or a caption. */
export type StoredChoice = { kind: "auto" } | { kind: "none" } | { kind: "caption"; caption: string };

export interface StoredEntry {
  table: TableKey;
  /** A field key of the dataset, or SHEET_FIELD. */
  field: string;
  choice: StoredChoice;
  /** Worksheet row of the map row (for messages and for writing it back). */
  row: number;
}

export interface StoredMap {
  /** Field choices per dataset (auto rows are absent: the proposal applies). */
  choices: Partial<Record<TableKey, ColumnChoices>>;
  /** The sheet chosen for a dataset. */
  sheets: Partial<Record<TableKey, string>>;
  /** Every readable row, auto ones included. */
  entries: StoredEntry[];
  /** Rows that could not be read (warnings, on the map's sheet). */
  problems: Problem[];
}

export const EMPTY_STORED_MAP: StoredMap = { choices: {}, sheets: {}, entries: [], problems: [] };

const text = (c: Cell | undefined): string | undefined =>
  c === null || c === undefined ? "" : typeof c === "string" ? c : typeof c === "number" ? String(c) : undefined;

function tableOf(label: string): TableKey | undefined {
  const k = matchKey(label);
  return MAPPED_TABLES.find((key) => [key, TABLES[key].tableName, TABLES[key].zh, TABLES[key].en].some((n) => matchKey(n) === k));
}

function fieldOf(table: TableKey, label: string): string | undefined {
  const k = matchKey(label);
  if ([SHEET_FIELD, t("zh-CN", "columnMap.field.sheet"), t("en-US", "columnMap.field.sheet")].some((n) => matchKey(n) === k)) return SHEET_FIELD;
  return TABLES[table].columns.find((c) => [c.key, c.zh, c.en].some((n) => matchKey(n) === k))?.key;
}

/** A column cell as a choice; undefined when it is no text (a boolean, an error value). */
export function readChoice(cell: Cell | undefined): StoredChoice | undefined {
  const s = text(cell);
  if (s === undefined || excelError(cell ?? null)) return undefined;
  const k = matchKey(s);
  if (AUTO.has(k)) return { kind: "auto" };
  if (NONE.has(k)) return { kind: "none" };
  return { kind: "caption", caption: s.trim() };
}

/** How a choice is written into the map's column cell. */
export function choiceText(choice: StoredChoice, lang: Lang): string {
  return choice.kind === "caption" ? choice.caption : t(lang, `columnMap.value.${choice.kind}`);
}

/** Reads the map table (absent: an empty map). */
export function parseColumnMap(table: RawTable | undefined): StoredMap {
  const out: StoredMap = { choices: {}, sheets: {}, entries: [], problems: [] };
  if (!table) return out;
  const report = (code: ProblemCode, row: number, index: number, params: Problem["params"] = {}) =>
    out.problems.push({
      severity: "warning",
      code,
      table: "settings",
      sheet: table.sheet,
      row,
      column: table.headers[index] ?? "",
      columnIndex: table.firstColumn + index,
      params,
    });
  const cols = mapColumnIndexes(table.headers);
  const missing = HEADER_KEYS.filter((_, k) => cols[k] < 0);
  if (missing.length) {
    report("columnMap.header", table.headerRow, 0, { columns: missing.map((k) => `“${t("zh-CN", `columnMap.header.${k}`)}/${t("en-US", `columnMap.header.${k}`)}”`).join(", ") });
    return out;
  }
  const [ti, fi, ci] = cols;
  const seen = new Map<string, number>();
  table.rows.forEach((cells, r) => {
    const row = table.headerRow + 1 + r;
    const tableText = text(cells[ti]) ?? "";
    const fieldText = text(cells[fi]) ?? "";
    if (tableText.trim() === "" && fieldText.trim() === "" && (text(cells[ci]) ?? "x").trim() === "") return;
    const key = tableOf(tableText);
    if (!key) return report("columnMap.table", row, ti, { value: tableText });
    const field = fieldOf(key, fieldText);
    if (!field) return report("columnMap.field", row, fi, { value: fieldText, table: caption(TABLES[key], "zh-CN") + "/" + TABLES[key].en });
    const choice = readChoice(cells[ci]);
    if (!choice) return report("columnMap.value", row, ci, {});
    if (field === SHEET_FIELD && choice.kind === "none") return report("columnMap.value", row, ci, {});
    const id = `${key}.${field}`;
    const first = seen.get(id);
    if (first !== undefined) return report("columnMap.duplicate", row, fi, { first });
    seen.set(id, row);
    out.entries.push({ table: key, field, choice, row });
    if (choice.kind === "auto") return;
    if (field === SHEET_FIELD) out.sheets[key] = (choice as { caption: string }).caption;
    else (out.choices[key] ??= {})[field] = choice.kind === "none" ? null : choice.caption;
  });
  return out;
}

/** The field's label as the map shows it. */
export function fieldLabel(table: TableKey, field: string, lang: Lang): string {
  if (field === SHEET_FIELD) return t(lang, "columnMap.field.sheet");
  return caption(TABLES[table].columns.find((c) => c.key === field)!, lang);
}

/** Every dataset × field the map has a row for, in the order setup writes them. */
export function mapKeys(): { table: TableKey; field: string }[] {
  return MAPPED_TABLES.flatMap((table) => [
    { table, field: SHEET_FIELD },
    ...TABLES[table].columns.map((c) => ({ table, field: c.key })),
  ]);
}

/** Body rows for `keys`: [dataset, field, choice] in `lang`; a key without a choice is written as auto. */
export function mapRows(
  keys: readonly { table: TableKey; field: string }[],
  lang: Lang,
  choose: (table: TableKey, field: string) => StoredChoice = () => ({ kind: "auto" }),
): string[][] {
  return keys.map(({ table, field }) => [caption(TABLES[table], lang), fieldLabel(table, field, lang), choiceText(choose(table, field), lang)]);
}

/** The stored choice for a field from user choices (field → caption | null; absent = auto). */
export function choiceOf(choices: ColumnChoices | undefined, field: string): StoredChoice {
  if (!choices || !(field in choices)) return { kind: "auto" };
  const c = choices[field];
  return c === null ? { kind: "none" } : { kind: "caption", caption: c };
}

/** `--map` choices over the stored ones, field by field, with where each came from. */
export function mergeChoices(
  stored: ColumnChoices | undefined,
  option: ColumnChoices | undefined,
): { choices: ColumnChoices; from: Record<string, "option" | "workbook"> } {
  const choices: ColumnChoices = {};
  const from: Record<string, "option" | "workbook"> = {};
  for (const [source, given] of [["workbook", stored], ["option", option]] as const)
    for (const [f, c] of Object.entries(given ?? {})) {
      choices[f] = c;
      from[f] = source;
    }
  return { choices, from };
}
