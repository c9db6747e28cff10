/**
 * Setup: make the workbook the add-in's without disturbing what the user typed. Every dataset of
 * SPEC section 2 ends up as an Excel table with the add-in's name:
 *   - a table already named crmX is kept as it is;
 *   - a user's table on a sheet named for the dataset (or carrying its columns) is renamed;
 *   - a user's plain range is converted to a table in place (no value moves);
 *   - a dataset with no sheet at all gets a new sheet and table in the book's language (its
 *     customer sheet's; the UI language for a book without one).
 * Then the customer table gets the computed columns it lacks, the settings table the keys it lacks
 * (a user's value is never overwritten), and the columns their drop-downs and formats where the
 * user has not chosen any. Four syncs whatever the size: discover, inspect, build, format. Running
 * it again finds everything in place and changes nothing.
 */
import type { Cell, TableKey } from "../core/table";
import { type Lang, t } from "../core/i18n";
import { TABLES, TABLE_ORDER, caption } from "../core/schema";
import { type ColumnChoices, columnIndexes, mapHeaders, proposeColumnMap } from "../core/columns";
import { SETTING_KEYS, defaultSettingValue, settingKeyOf, settingLabel } from "../core/settings";
import { QUADRANTS } from "../core/strategy";
import { TableReader } from "../core/rows";
import type { SetupResult } from "./host";
import { type Discovery, type RangeRead, ReadMeter, discover, hintKey, rangeInfo } from "./readBook";
import { type LongWork, type Progress, noProgress, throwIfCancelled } from "../core/progress";
import { type TableSeen, formattedColumns, inspect } from "./inspect";
import { estimateRowBytes } from "./readPlan";
import { readAreas } from "./readAreas";
import { isOfficeError } from "./errors";
import { quietFromHere, quietSynced } from "./quiet";
import { refuseFarRight, refuseMerged, refuseProtected, refuseStructure, refusedAdoption, usedBeside } from "./limits";
import { skipKind } from "../core/columns/skip";
import { ledgerOf } from "../core/book";
import { type Found, locate } from "./locate";
import { COLUMN_MAP_TABLE, parseColumnMap } from "../core/columns/stored";
import { queueColumnMap } from "./columnMapTable";
import { ownedIndexes } from "./owned";
import type { ComputedKey } from "../core/computed";
import { addedColumns, columnsToAdd, queueAddColumns } from "./computedColumns";
import { type BesideUser, besideUser } from "../core/besideUser";
import { computedKeys } from "./writeScores";
import {
  formatsWhereGeneral,
  isGeneral,
  queueComputedHeaderStyle,
  queueListValidation,
  queueQuadrantColors,
  setUniformNumberFormat,
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
  /** The first body rows as found (to size the next read); empty for a new table. */
  sample: Cell[][];
  /** A new table: every cell of its body is still General. */
  created?: boolean;
  /** Customer table only: index of each computed column after the build. */
  computed?: Map<ComputedKey, number>;
  /** The user's choices in the workbook's column map for this dataset. */
  choices?: ColumnChoices;
}

/**
 * Sync count: discover, inspect, build, format — at any size. More only when a large column's
 * sampled formats are mixed (some cells General, some the user's): that column is then read whole,
 * in slices, to format only its General cells.
 */
export async function setupBook(
  ctx: Excel.RequestContext,
  lang: Lang,
  state: HostState,
  work: LongWork = {},
): Promise<SetupResult> {
  for (;;) {
    try {
      return await setupOnce(ctx, lang, state, work);
    } catch (e) {
      // A response past the host's limit (the build sync's format reads are sized by the read
      // budget): setup finds what it already did in place, so it simply runs again with half.
      if (!isOfficeError(e, "ResponsePayloadSizeLimitExceeded") || state.readBudgetBytes <= MIN_READ_BUDGET) throw e;
      state.readBudgetBytes = Math.max(MIN_READ_BUDGET, Math.floor(state.readBudgetBytes / 2));
    }
  }
}

const MIN_READ_BUDGET = 16_000;

async function setupOnce(
  ctx: Excel.RequestContext,
  lang: Lang,
  state: HostState,
  work: LongWork,
): Promise<SetupResult> {
  const progress = work.onProgress ?? noProgress;
  progress({ stage: "reading", done: 0, total: 2 });
  const meter = new ReadMeter(work);
  const d = await discover(ctx, state, meter);
  meter.check();
  const { seen, seenByName, ranges, columnMap, settingsUsed, merged, customersUsed } = await inspect(ctx, d);
  meter.synced(0);
  // The sheets the user chose in the column map decide between sheets that fit a dataset alike.
  const stored = parseColumnMap(columnMap);
  const located = locate(d.tables, ranges.map((r) => rangeInfo(r, d)), stored.sheets);
  // What set-up adds to a book the rep already keeps (sheets, computed columns, the column map) is
  // named in that book's language, not the pane's; a new book takes the pane's.
  const customersFound = located.found.customers;
  const written: Lang = customersFound
    ? sheetLang(customersFound.sheet, "headers" in customersFound ? customersFound.headers : [])
    : lang;
  // Nothing is written before every sheet set-up touches is known writable and every range it
  // makes a table of is known free of merged cells (Excel would refuse half-way through the batch).
  refuseProtected(d.protectedSheets, [
    ...Object.values(located.found).map((f) => f.sheet),
    // A missing dataset's table goes on the sheet of its name if there is one.
    ...TABLE_ORDER.filter((key) => !located.found[key]).map((key) => caption(TABLES[key], written)),
  ]);
  // A missing dataset's new sheet, when the workbook's structure is protected: said before anything is written.
  const existing = new Set(d.sheets.map((s) => s.name.toLowerCase()));
  refuseStructure(
    d.structureProtected,
    TABLE_ORDER.filter(
      (key) =>
        !located.found[key] &&
        !located.unusable.some((u) => u.key === key) &&
        !(located.ambiguous.some((a) => a.key === key) && unanswered(located, key)),
    )
      .map((key) => caption(TABLES[key], lang))
      .filter((name) => !existing.has(name.toLowerCase())),
  );
  const adoptions = new Map<TableKey, AdoptArea>();
  for (const key of TABLE_ORDER) {
    const f = located.found[key];
    if (f?.kind !== "range" || unanswered(located, key)) continue;
    const area = adoptArea(f, ranges.find((r) => r.sheet === f.sheet)!);
    refuseMerged(merged, { sheet: f.sheet, row0: f.headerRow0, col0: f.col0, row1: area.lastRow0, col1: f.col1 });
    adoptions.set(key, area);
  }
  await refuseFarRightOfCustomers(ctx, d, located.found.customers, {
    table: seen.get("customers"),
    adoption: adoptions.get("customers"),
    sheetUsed: located.found.customers?.kind === "range" ? ranges.find((r) => r.sheet === located.found.customers!.sheet)?.address : customersUsed,
  });
  // The last moment a cancel is honoured: the next sync creates and renames tables, and the
  // format syncs after it run to the end (docs/DECISIONS.md).
  throwIfCancelled(work.signal);

  progress({ stage: "writing", done: 0, total: 1 });
  const result: SetupResult = {
    created: [],
    adopted: [],
    existing: [],
    ask: [],
    problems: locationProblems(located, lang).filter((p) => p.code !== "table.missing"),
    // A ledger: the pane offers to make the customer sheet from it (ledgerSheet.ts).
    ...(!located.found.customers && located.found.purchases ? { ledger: located.found.purchases.sheet } : {}),
  };
  const sheetNames = new Set(d.sheets.map((s) => s.name.toLowerCase()));
  // The ranges become tables first in the batch: if Excel still refuses one, nothing else was written before it.
  // All of it is the add-in's own writing (tables, headers, formats): no change event for it.
  const quietEnd = quietFromHere(ctx, state);
  const adopted = new Map<TableKey, Built>();
  for (const [key, area] of adoptions) {
    const f = located.found[key] as Extract<Found, { kind: "range" }>;
    adopted.set(key, adoptRange(ctx, f, area, result));
  }
  const built: Built[] = [];
  for (const key of TABLE_ORDER) {
    const f = located.found[key];
    // Two sheets fit this dataset alike and the user has not said which: nothing is renamed or
    // converted on a guess; the set-up screen asks (the choice goes into the column map).
    const question = located.ambiguous.find((a) => a.key === key);
    if (question && unanswered(located, key)) {
      result.ask.push({ table: key, sheets: [question.used, ...question.others] });
      continue;
    }
    if (f?.kind === "table") built.push(keepTable(ctx, f, seenByName.get(f.tableName.toLowerCase()) ?? seen.get(key)!, result));
    else if (f?.kind === "range") built.push(adopted.get(key)!);
    // A ledger (purchases, no customer sheet): an empty customer table would orphan every purchase.
    else if (key === "customers" && located.found.purchases) continue;
    else if (!located.unusable.some((u) => u.key === key)) built.push(createTable(ctx, key, written, sheetNames, result));
  }
  for (const b of built) {
    if (b.key === "customers") {
      const beside = addComputedColumns(ctx, b, d, written, state);
      if (beside.length > 0) result.besideUser = beside;
    }
    if (b.key === "settings") {
      addMissingSettings(b, located.found.settings, seen.get("settings"), ranges);
      const used = settingsUsed ?? ranges.find((r) => r.sheet === b.sheet)?.address;
      const mapBody = queueColumnMap(ctx, { sheet: b.sheet, headerRow0: b.headerRow0, col0: b.col0, width: b.headers.length }, columnMap, used, written);
      state.readHints[hintKey(COLUMN_MAP_TABLE)] = { rows: mapBody.length, cols: 3, bytesPerRow: estimateRowBytes(mapBody, 3) };
    }
    if (result.created.includes(b.key)) continue;
    // Required columns a user's table lacks are reported, never invented.
    const table = { sheet: b.sheet, headerRow: b.headerRow0 + 1, firstColumn: b.col0, headers: b.headers, rows: [] };
    // A ledger keyed by name has no ID column to lack: its customers are its names.
    const ledger = b.key === "purchases" && !located.found.customers ? ledgerOf({ tables: { purchases: table }, date1904: false, ledger: { by: "id" } }) : undefined;
    new TableReader(b.key, table, false, result.problems, b.lang, ledger?.by === "name" ? { id: ledger.column } : undefined);
  }
  // Formats and drop-downs go on the columns the user chose in the column map, not on the proposal's.
  for (const b of built) b.choices = stored.choices[b.key];
  const columns = queueFormatReads(ctx, built, state.readBudgetBytes);
  const finishing = built.map((b) => queueFinishingReads(b));
  quietEnd();
  try {
    await ctx.sync();
    quietSynced(state);
  } catch (e) {
    // Below ExcelApi 1.13 merged cells cannot be seen first; Excel's refusal of the table says it:
    // MergedRangeConflict is the code Excel documents for a table over merged cells.
    if (adopted.size === 0 || !isOfficeError(e, "MergedRangeConflict", "InvalidOperation")) throw e;
    throw await refusedAdoption(
      ctx,
      [...adopted].map(([key, b]) => ({ tableName: TABLES[key].tableName, sheet: b.sheet })),
    );
  }
  rememberSizes(built, state);
  progress({ stage: "writing", done: 1, total: 1 });

  progress({ stage: "formatting", done: 0 });
  const formats = await formatPlan(ctx, columns, state, progress);
  await sendFormats(
    ctx,
    formats.cells,
    () => {
      for (const u of formats.whole) setUniformNumberFormat(u.range, u.format);
      finishing.forEach((f) => f.others());
    },
    state,
  );
  progress({ stage: "done", done: 1, total: 1 });
  return result;
}

/** Two sheets fit this dataset alike and the user has not said which (the set-up screen asks). */
function unanswered(located: ReturnType<typeof locate>, key: TableKey): boolean {
  return located.ambiguous.some((a) => a.key === key) && !located.chosen.includes(key);
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

/** The rows of a plain range set-up makes a table of, and the first of them as read. */
interface AdoptArea {
  lastRow0: number;
  sample: Cell[][];
}

/**
 * From the header to the used range's last row — except a 合计 / Total row there: it stays under
 * the table (Excel then inserts rows logged later above it) and is never read as a record.
 */
function adoptArea(found: Extract<Found, { kind: "range" }>, range: RangeRead): AdoptArea {
  const used = parseArea(range.address);
  const c0 = found.col0 - used.col0;
  const last = range.lastRow?.slice(c0, c0 + found.headers.length);
  const idIndex = mapHeaders(TABLES[found.key], found.headers).get("id");
  const totalBelow = used.row1 > found.headerRow0 + 1 && last && skipKind(last, found.headers, idIndex) === "total";
  // A header with nothing under it still needs one body row to be a table.
  const lastRow0 = Math.max(used.row1 - (totalBelow ? 1 : 0), found.headerRow0 + 1);
  const sample = range.values
    .slice(found.headerRow0 - used.row0 + 1, lastRow0 - used.row0 + 1)
    .map((row) => row.slice(c0, c0 + found.headers.length));
  return { lastRow0, sample };
}

function adoptRange(
  ctx: Excel.RequestContext,
  found: Extract<Found, { kind: "range" }>,
  area: AdoptArea,
  result: SetupResult,
): Built {
  const { lastRow0, sample } = area;
  const table = ctx.workbook.worksheets
    .getItem(found.sheet)
    .tables.add(a1(found.headerRow0, found.col0, lastRow0, found.col1), true);
  table.name = TABLES[found.key].tableName;
  result.adopted.push(found.key);
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
    sample,
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
    sample: [],
    created: true,
  };
}

/**
 * The computed columns go beside the customer table: anything far to its right would make Excel
 * refuse them (limits.ts) after the tables were made. Checked on the sheet's used range; only when
 * that says "maybe", one sync on the table's own rows decides.
 */
async function refuseFarRightOfCustomers(
  ctx: Excel.RequestContext,
  d: Discovery,
  found: Found | undefined,
  seen: { table?: TableSeen; adoption?: AdoptArea; sheetUsed?: string },
): Promise<void> {
  if (!found) return;
  const head =
    found.kind === "table" && seen.table
      ? { row0: seen.table.headerRow0, col0: seen.table.col0, headers: seen.table.headers, row1: seen.table.bodyRow1 }
      : found.kind === "range" && seen.adoption
        ? { row0: found.headerRow0, col0: found.col0, headers: found.headers, row1: seen.adoption.lastRow0 }
        : undefined;
  if (!head) return;
  const owned = ownedIndexes(d.owned, { sheet: found.sheet, table: TABLES.customers.tableName, headerRow0: head.row0, col0: head.col0, headers: head.headers });
  const n = computedKeys().filter((k) => !owned.has(k)).length;
  const table = { sheet: found.sheet, row0: head.row0, row1: Math.max(head.row0 + 1, head.row1), col1: head.col0 + head.headers.length - 1 };
  try {
    refuseFarRight(table, seen.sheetUsed, n);
  } catch {
    refuseFarRight(table, await usedBeside(ctx, table), n);
  }
}

/** Appends the computed columns the customer table lacks (its own columns are never touched). */
/** Returns the columns added beside the user's own column of that caption (the pane says so). */
function addComputedColumns(ctx: Excel.RequestContext, b: Built, d: Discovery, lang: Lang, state: HostState): BesideUser[] {
  const owned = ownedIndexes(d.owned, {
    sheet: b.sheet,
    table: TABLES.customers.tableName,
    headerRow0: b.headerRow0,
    col0: b.col0,
    headers: b.headers,
  });
  const add = columnsToAdd(
    computedKeys().filter((k) => !owned.has(k)),
    b.headers,
    lang,
  );
  queueAddColumns(ctx, b.table, add, d.ownedNames, lang);
  const beside = besideUser(b.sheet, addedColumns(add), b.headers, lang);
  const index = new Map<ComputedKey, number>(owned);
  add.keys.forEach((k, j) => index.set(k, b.headers.length + j));
  b.headers = [...b.headers, ...add.captions];
  b.computed = index;
  state.computed = {
    tableName: TABLES.customers.tableName,
    sheet: b.sheet,
    columns: computedKeys().map((k) => b.col0 + index.get(k)!),
  };
  return beside;
}

/** Rows for settings keys, laid out to the settings table's own columns. */
function settingRows(keys: readonly string[], headers: readonly string[], lang: Lang): (string | number)[][] {
  const cols = mapHeaders(TABLES.settings, headers);
  return keys.map((key) => {
    const row: (string | number)[] = headers.map(() => "");
    row[cols.get("key")!] = settingLabel(key as (typeof SETTING_KEYS)[number], lang);
    row[cols.get("value")!] = defaultSettingValue(key as (typeof SETTING_KEYS)[number], lang);
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
  // A row names its setting by key or, for a gap rule, by its name in either language.
  const present = new Set(body.map((row) => settingKeyOf(String(row[keyCol] ?? ""))));
  const missing = SETTING_KEYS.filter((k) => !present.has(k));
  if (missing.length) b.table.rows.add(undefined, settingRows(missing, b.headers, b.lang));
}

/**
 * Queues the small reads the format sync needs (validation already on listed-value columns, the
 * quadrant column's rules) and returns what to do once they are known.
 */
function queueFinishingReads(b: Built): { others: () => void } {
  const actions: Array<() => void> = [];
  if (b.key !== "settings") {
    const cols = columnIndexes(proposeColumnMap(b.key, b.headers, [], b.choices));
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
  return { others: () => actions.forEach((a) => a()) };
}

/** The next read's plan starts from these sizes: rows as built, bytes per row from the sample. */
function rememberSizes(built: readonly Built[], state: HostState): void {
  for (const b of built)
    state.readHints[hintKey(TABLES[b.key].tableName)] = {
      rows: b.bodyRow1 - b.bodyRow0 + 1,
      cols: b.headers.length,
      bytesPerRow: estimateRowBytes(b.sample, b.headers.length),
    };
}

/**
 * The build sync reads number formats (≈12 bytes of response a cell) within a quarter of the read
 * budget: whole columns, the smallest first, while they fit; a larger column is sampled — up to 32
 * blocks of `BLOCK_ROWS` rows, evenly spaced, its first and last rows included.
 */
const FORMAT_CELL_BYTES = 12;
const BLOCK_ROWS = 32;

/** A date or amount column whose body setup may format, and what the build sync loads of it. */
interface FormatColumn {
  sheet: string;
  col: number;
  row0: number;
  rows: number;
  format: string;
  /** The whole body column (to set one format on all of it). */
  range: Excel.Range;
  /** Loaded: the whole column's formats (exact) or sample blocks'. */
  reads: Excel.Range[];
  exact: boolean;
  created: boolean;
}

function queueFormatReads(ctx: Excel.RequestContext, built: readonly Built[], budget: number): FormatColumn[] {
  const blocks = Math.max(2, Math.min(32, Math.floor(budget / 6_000)));
  const columns: FormatColumn[] = [];
  for (const b of built) {
    const rows = b.bodyRow1 - b.bodyRow0 + 1;
    const ws = ctx.workbook.worksheets.getItem(b.sheet);
    for (const c of formattedColumns(b.key, b.headers, b.choices)) {
      const col = b.col0 + c.index;
      columns.push({
        sheet: b.sheet,
        col,
        row0: b.bodyRow0,
        rows,
        format: c.format,
        range: ws.getRange(a1(b.bodyRow0, col, b.bodyRow1, col)),
        reads: [],
        exact: false,
        created: b.created === true,
      });
    }
  }
  let exactCells = Math.floor(budget / 4 / FORMAT_CELL_BYTES);
  for (const c of [...columns].sort((x, y) => x.rows - y.rows)) {
    if (c.created) continue;
    if (c.rows <= exactCells || c.rows <= blocks * BLOCK_ROWS) {
      exactCells = Math.max(0, exactCells - c.rows);
      c.exact = true;
      c.reads.push(c.range.load("numberFormat"));
      continue;
    }
    const ws = ctx.workbook.worksheets.getItem(c.sheet);
    const stride = (c.rows - BLOCK_ROWS) / (blocks - 1);
    for (let k = 0; k < blocks; k++) {
      const from = c.row0 + Math.round(k * stride);
      c.reads.push(ws.getRange(a1(from, c.col, from + BLOCK_ROWS - 1, c.col)).load("numberFormat"));
    }
  }
  return columns;
}

/** Past this many runs of General cells in a column, its formats are sent as one matrix instead. */
const MAX_RUNS = 2_000;

/** [first, last] row offsets of each run of consecutive General cells. */
export function generalRuns(current: readonly (readonly unknown[])[]): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= current.length; i++) {
    const general = i < current.length && isGeneral(current[i][0]);
    if (general && start < 0) start = i;
    else if (!general && start >= 0) {
      runs.push([start, i - 1]);
      start = -1;
    }
  }
  return runs;
}

/**
 * What the format sync sets: one format on a whole column where every cell (read or sampled) is
 * still General; where the user formatted some cells, one format on each run of General cells
 * between them (a matrix of per-cell formats only past `MAX_RUNS` runs); nothing where the user
 * formatted them all. A large column whose sample is mixed is read whole first, in slices.
 */
async function formatPlan(
  ctx: Excel.RequestContext,
  columns: readonly FormatColumn[],
  state: HostState,
  progress: Progress,
): Promise<{ whole: { range: Excel.Range; format: string }[]; cells: FormatWrite[] }> {
  const whole: { range: Excel.Range; format: string }[] = [];
  const cells: FormatWrite[] = [];
  const mixed: FormatColumn[] = [];
  const perCell = (c: FormatColumn, current: readonly (readonly unknown[])[]) => {
    // The runs of General cells, one format each: the user's cells are not even rewritten.
    const runs = generalRuns(current);
    if (runs.length <= MAX_RUNS) {
      const ws = ctx.workbook.worksheets.getItem(c.sheet);
      for (const [from, to] of runs)
        whole.push({ range: ws.getRange(a1(c.row0 + from, c.col, c.row0 + to, c.col)), format: c.format });
      return;
    }
    const next = formatsWhereGeneral(current, c.format);
    if (next) cells.push({ sheet: c.sheet, row0: c.row0, col: c.col, formats: next });
  };
  for (const c of columns) {
    const seen = c.reads.flatMap((r) => r.numberFormat.map((row) => row[0]));
    const general = seen.filter(isGeneral).length;
    if (c.created || general === seen.length) whole.push({ range: c.range, format: c.format });
    else if (general === 0) continue;
    else if (c.exact) perCell(c, c.reads[0].numberFormat);
    else mixed.push(c);
  }
  if (mixed.length) {
    const bytes = mixed.reduce((n, c) => n + c.rows * FORMAT_CELL_BYTES, 0);
    const read = await readAreas(
      ctx,
      mixed.map((c) => ({
        area: { sheet: c.sheet, row0: c.row0, col0: c.col, row1: c.row0 + c.rows - 1, col1: c.col },
        props: ["numberFormat"] as const,
      })),
      Math.ceil(bytes / state.readBudgetBytes),
      // The slices of a large column read whole: the one part of set-up whose syncs grow with size.
      (done, total) => progress({ stage: "formatting", done, total }),
    );
    mixed.forEach((c, i) => perCell(c, read[i].numberFormat));
  }
  return { whole, cells };
}
