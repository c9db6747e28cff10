/**
 * Setup: make the workbook the add-in's without disturbing what the user typed. Every dataset of
 * SPEC section 2 ends up as an Excel table with the add-in's name:
 *   - a table already named crmX is kept as it is;
 *   - a user's table on a sheet named for the dataset (or carrying its columns) is renamed;
 *   - a user's plain range is converted to a table in place (no value moves);
 *   - a dataset with no sheet at all gets a new sheet and table in the UI language.
 * Then the customer table gets the computed columns it lacks, the settings table the keys it lacks
 * (a user's value is never overwritten), and the columns their drop-downs and formats where the
 * user has not chosen any. Four syncs whatever the size: discover, inspect, build, format. Running
 * it again finds everything in place and changes nothing.
 */
import type { Cell, TableKey } from "../core/table";
import { type Lang, t } from "../core/i18n";
import { TABLES, TABLE_ORDER, caption, mapHeaders } from "../core/schema";
import { SETTING_KEYS, defaultSettingValue } from "../core/settings";
import { QUADRANTS } from "../core/strategy";
import { TableReader } from "../core/rows";
import type { OnProgress, SetupResult } from "./host";
import { type Discovery, type RangeRead, discover, rangeInfo } from "./readBook";
import { type TableSeen, formattedColumns, inspect } from "./inspect";
import { type Found, locate } from "./locate";
import { ownedIndexes } from "./owned";
import type { ComputedKey } from "../core/computed";
import { columnsToAdd, queueAddColumns } from "./computedColumns";
import { computedKeys } from "./writeScores";
import {
  formatsWhereGeneral,
  queueComputedHeaderStyle,
  queueListValidation,
  queueQuadrantColors,
  sheetLang,
} from "./format";
import { locationProblems } from "./problems";
import { a1, parseArea } from "./address";
import { type FormatWrite, sendFormats } from "./sendFormats";
import type { HostState } from "./state";

/** A dataset's table after the build sync, with what the format sync needs. */
interface Built {
  key: TableKey;
  table: Excel.Table;
  sheet: string;
  headerRow0: number;
  col0: number;
  /** Headers after the build (the customer table's include the computed columns). */
  headers: string[];
  lang: Lang;
  /** 0-based sheet rows of the data body. */
  bodyRow0: number;
  bodyRow1: number;
  /** Current number formats of the date and amount columns' bodies, by column index (absent = all General). */
  formats: Map<number, unknown[][]>;
  /** Customer table only: index of each computed column after the build. */
  computed?: Map<ComputedKey, number>;
}

/** Sync count: discover, inspect, build, format — plus read slices only for books past the response limit. */
export async function setupBook(
  ctx: Excel.RequestContext,
  lang: Lang,
  state: HostState,
  onProgress?: OnProgress,
): Promise<SetupResult> {
  const progress = onProgress ?? (() => undefined);
  progress("reading", 0);
  const d = await discover(ctx);
  const { seen, ranges } = await inspect(ctx, d, state);
  const located = locate(d.tables, ranges.map(rangeInfo));

  progress("writing", 0.4);
  const result: SetupResult = {
    created: [],
    adopted: [],
    existing: [],
    problems: locationProblems(located, lang).filter((p) => p.code !== "table.missing"),
  };
  const built: Built[] = [];
  const sheetNames = new Set(d.sheets.map((s) => s.name.toLowerCase()));
  for (const key of TABLE_ORDER) {
    const f = located.found[key];
    if (f?.kind === "table") built.push(keepTable(ctx, f, seen.get(key)!, result));
    else if (f?.kind === "range")
      built.push(
        adoptRange(
          ctx,
          f,
          ranges.find((r) => r.sheet === f.sheet)!,
          result,
        ),
      );
    else if (!located.unusable.some((u) => u.key === key)) built.push(createTable(ctx, key, lang, sheetNames, result));
  }
  for (const b of built) {
    if (b.key === "customers") addComputedColumns(ctx, b, d, lang, state);
    if (b.key === "settings") addMissingSettings(b, located.found.settings, seen.get("settings"), ranges);
    if (result.created.includes(b.key)) continue;
    // Required columns a user's table lacks are reported, never invented.
    new TableReader(
      b.key,
      { sheet: b.sheet, headerRow: b.headerRow0 + 1, firstColumn: b.col0, headers: b.headers, rows: [] },
      false,
      result.problems,
      b.lang,
    );
  }
  const finishing = built.map((b) => queueFinishingReads(b));
  await ctx.sync();

  progress("formatting", 0.7);
  await sendFormats(
    ctx,
    finishing.flatMap((f) => f.formats),
    () => finishing.forEach((f) => f.others()),
    state,
  );
  progress("done", 1);
  return result;
}

function keepTable(
  ctx: Excel.RequestContext,
  found: Extract<Found, { kind: "table" }>,
  seen: TableSeen,
  result: SetupResult,
): Built {
  const table = ctx.workbook.tables.getItem(found.tableName);
  const name = TABLES[found.key].tableName;
  if (found.tableName !== name) {
    // Renaming a table changes no cell; it lets every later read find the dataset by name.
    table.name = name;
    result.adopted.push(found.key);
  } else result.existing.push(found.key);
  return { key: found.key, table, ...seen, lang: sheetLang(seen.sheet, seen.headers) };
}

function adoptRange(
  ctx: Excel.RequestContext,
  found: Extract<Found, { kind: "range" }>,
  range: RangeRead,
  result: SetupResult,
): Built {
  const used = parseArea(range.address);
  // A header with nothing under it still needs one body row to be a table.
  const lastRow0 = Math.max(used.row1, found.headerRow0 + 1);
  const table = ctx.workbook.worksheets
    .getItem(found.sheet)
    .tables.add(a1(found.headerRow0, found.col0, lastRow0, found.col1), true);
  table.name = TABLES[found.key].tableName;
  result.adopted.push(found.key);
  // The user's formats of the adopted cells, as read with the used range (rows past it are new: General).
  const formats = new Map<number, unknown[][]>();
  for (const c of formattedColumns(found.key, found.headers)) {
    const col = found.col0 + c.index - used.col0;
    const rows: unknown[][] = [];
    for (let r = found.headerRow0 + 1; r <= lastRow0; r++)
      rows.push([range.numberFormat?.[r - used.row0]?.[col] ?? "General"]);
    formats.set(c.index, rows);
  }
  return {
    key: found.key,
    table,
    sheet: found.sheet,
    headerRow0: found.headerRow0,
    col0: found.col0,
    headers: found.headers,
    lang: sheetLang(found.sheet, found.headers),
    bodyRow0: found.headerRow0 + 1,
    bodyRow1: lastRow0,
    formats,
  };
}

/** A new sheet (or an empty one of that name) with the dataset's headers in the UI language. */
function createTable(
  ctx: Excel.RequestContext,
  key: TableKey,
  lang: Lang,
  sheetNames: Set<string>,
  result: SetupResult,
): Built {
  const def = TABLES[key];
  const sheetName = caption(def, lang);
  const ws = sheetNames.has(sheetName.toLowerCase())
    ? ctx.workbook.worksheets.getItem(sheetName)
    : ctx.workbook.worksheets.add(sheetName);
  sheetNames.add(sheetName.toLowerCase());
  const headers = def.columns.map((c) => caption(c, lang));
  const body: (string | number)[][] =
    key === "settings" ? settingRows(SETTING_KEYS, headers, lang) : [headers.map(() => "")];
  ws.getRange(a1(0, 0, body.length, headers.length - 1)).values = [headers, ...body];
  const table = ws.tables.add(a1(0, 0, body.length, headers.length - 1), true);
  table.name = def.tableName;
  ws.freezePanes.freezeRows(1);
  result.created.push(key);
  return {
    key,
    table,
    sheet: sheetName,
    headerRow0: 0,
    col0: 0,
    headers,
    lang,
    bodyRow0: 1,
    bodyRow1: body.length,
    formats: new Map(),
  };
}

/** Appends the computed columns the customer table lacks (its own columns are never touched). */
function addComputedColumns(ctx: Excel.RequestContext, b: Built, d: Discovery, lang: Lang, state: HostState): void {
  const owned = ownedIndexes(d.owned, {
    sheet: b.sheet,
    headerRow0: b.headerRow0,
    col0: b.col0,
    width: b.headers.length,
  });
  const add = columnsToAdd(
    computedKeys().filter((k) => !owned.has(k)),
    b.headers,
    lang,
  );
  queueAddColumns(ctx, b.table, add, d.ownedNames, lang);
  const index = new Map<ComputedKey, number>(owned);
  add.keys.forEach((k, j) => index.set(k, b.headers.length + j));
  b.headers = [...b.headers, ...add.captions];
  b.computed = index;
  state.computed = {
    tableName: TABLES.customers.tableName,
    sheet: b.sheet,
    columns: computedKeys().map((k) => b.col0 + index.get(k)!),
  };
}

/** Rows for settings keys, laid out to the settings table's own columns. */
function settingRows(keys: readonly string[], headers: readonly string[], lang: Lang): (string | number)[][] {
  const cols = mapHeaders(TABLES.settings, headers);
  return keys.map((key) => {
    const row: (string | number)[] = headers.map(() => "");
    row[cols.get("key")!] = key;
    row[cols.get("value")!] = defaultSettingValue(key as (typeof SETTING_KEYS)[number]);
    const desc = cols.get("description");
    if (desc !== undefined) row[desc] = t(lang, `setting.${key}`);
    return row;
  });
}

/** Adds the settings keys the table lacks; rows the user has are left exactly as they are. */
function addMissingSettings(
  b: Built,
  found: Found | undefined,
  seen: TableSeen | undefined,
  ranges: readonly RangeRead[],
): void {
  if (!found) return;
  const cols = mapHeaders(TABLES.settings, b.headers);
  const keyCol = cols.get("key");
  if (keyCol === undefined || cols.get("value") === undefined) return;
  let body: Cell[][] = [];
  if (seen) body = seen.body;
  else if (found.kind === "range") {
    const r = ranges.find((x) => x.sheet === found.sheet);
    const a = r && parseArea(r.address);
    if (r && a) body = r.values.slice(found.headerRow0 - a.row0 + 1).map((row) => row.slice(found.col0 - a.col0));
  }
  const present = new Set(
    body.map((row) =>
      String(row[keyCol] ?? "")
        .trim()
        .toLowerCase(),
    ),
  );
  const missing = SETTING_KEYS.filter((k) => !present.has(k.toLowerCase()));
  if (missing.length) b.table.rows.add(undefined, settingRows(missing, b.headers, b.lang));
}

/**
 * Queues the small reads the format sync needs (validation already on listed-value columns, the
 * quadrant column's rules) and returns what to do once they are known, plus the number formats to
 * set: by address over the body as inspected, only on cells still General.
 */
function queueFinishingReads(b: Built): { formats: FormatWrite[]; others: () => void } {
  const actions: Array<() => void> = [];
  const formats: FormatWrite[] = [];
  const rows = b.bodyRow1 - b.bodyRow0 + 1;
  for (const c of formattedColumns(b.key, b.headers)) {
    const current = b.formats.get(c.index) ?? Array.from({ length: rows }, () => ["General"]);
    const next = formatsWhereGeneral(current, c.format);
    if (next) formats.push({ sheet: b.sheet, row0: b.bodyRow0, col: b.col0 + c.index, formats: next });
  }
  if (b.key !== "settings") {
    const cols = mapHeaders(TABLES[b.key], b.headers);
    for (const col of TABLES[b.key].columns) {
      const i = cols.get(col.key);
      if (i === undefined || col.kind !== "enum" || !col.values) continue;
      const body = b.table.columns.getItemAt(i).getDataBodyRange();
      const validation = body.dataValidation.load("type");
      const values = col.values;
      actions.push(() => {
        // A rule the user set (or ours from an earlier run) stays.
        if (validation.type === "None") queueListValidation(body, values, b.lang);
      });
    }
  }
  const computed = b.computed;
  if (computed) {
    const quadrant = b.table.columns.getItemAt(computed.get("quadrant")!).getDataBodyRange();
    const rules = quadrant.conditionalFormats.load("items/type");
    actions.push(() => {
      for (const i of computed.values()) queueComputedHeaderStyle(b.table.columns.getItemAt(i).getHeaderRowRange());
      // Four value rules on the add-in's own column are its colours from an earlier run: keep them.
      const ours = rules.items.length === QUADRANTS.length && rules.items.every((r) => r.type === "CellValue");
      if (!ours) queueQuadrantColors(quadrant);
    });
  }
  return { formats, others: () => actions.forEach((a) => a()) };
}
