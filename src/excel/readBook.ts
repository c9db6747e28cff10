/**
 * Reading the workbook in as few round trips as Office.js allows: one sync to learn which tables
 * and sheets exist (names, header captions, the add-in's ownership names, the date system), one
 * sync to load every dataset's header and data body at once. Row count never adds a sync; only a
 * book whose data exceed the host's response limit is read in slices, as few as the bytes allow
 * (readPlan.ts).
 */
import type { Cell, RawBook, RawTable, TableKey } from "../core/table";
import { TABLES, matchesSheet } from "../core/schema";
import { type Found, type Located, type RangeInfo, type TableInfo, HEADER_SEARCH_ROWS, locate } from "./locate";
import { OWNED_NAME_PREFIX, type OwnedRef, parseOwned } from "./owned";
import { OWNED_SHEET_PREFIX, sheetOfFormula } from "./ownedSheet";
import { parseArea } from "./address";
import { isOfficeError } from "./errors";
import { type DateSystemState, date1904Of, queueDate1904Probe } from "./dateSystem";
import type { ReadHint } from "./state";
import { HISTORY_TABLE } from "../core/history";
import { COLUMN_MAP_TABLE, parseColumnMap } from "../core/columns/stored";
import { type BodySize, SAMPLE_ROWS, estimateRowBytes, planSlices, sliceBytes } from "./readPlan";
import { type LongWork, throwIfCancelled } from "../core/progress";
import { FILTER_LOAD, type TableFilter, filterOf } from "./filter";

/**
 * The read's progress, counted in syncs (a large book's slices): a sync done moves it on, the
 * syncs still planned make the total. Nothing is written while reading, so a cancel is honoured
 * before any of its syncs.
 */
export class ReadMeter {
  private done = 0;
  constructor(private readonly work: LongWork = {}) {}

  /** Before a sync: stop here if the user cancelled. */
  check(): void {
    throwIfCancelled(this.work.signal);
  }

  /** After a sync, with the syncs still planned and the rows read so far. */
  synced(remaining: number, rows?: number): void {
    this.done++;
    this.work.onProgress?.({ stage: "reading", done: this.done, total: this.done + remaining, rows });
  }
}

/** One dataset as read: where it sits and its cells. */
export interface ReadTable {
  key: TableKey;
  /** The Excel table's name; undefined when the dataset is a plain range (not yet set up). */
  tableName?: string;
  raw: RawTable;
}

export interface Snapshot {
  book: RawBook;
  /** Sheets the user protected (the add-in writes nothing there: limits.ts). */
  protectedSheets: string[];
  /** The workbook's structure is protected: no sheet can be added, shown or hidden (limits.ts). */
  structureProtected: boolean;
  /** The workbook's names and what they refer to (the add-in's owned-sheet records among them). */
  names: { name: string; formula: string }[];
  /** Every sheet's name, in order (an owned sheet whose hidden name is gone is looked for among them). */
  sheets: string[];
  tables: Partial<Record<TableKey, ReadTable>>;
  owned: Map<string, OwnedRef>;
  /** The add-in's column names present in the workbook (valid or broken), to replace rather than duplicate. */
  ownedNames: string[];
  located: Located;
}

export interface Discovery {
  tables: TableInfo[];
  sheets: { name: string; hasTable: boolean; visible: boolean }[];
  /** Sheets the user protected (ExcelApi 1.2): nothing may be written there (limits.ts). */
  protectedSheets: string[];
  /** Review → Protect Workbook (ExcelApi 1.7): no sheet may be added, shown or hidden (limits.ts). */
  structureProtected: boolean;
  /** With `{ filters: true }`: the filtered tables' filters, by lower-case table name (filter.ts). */
  filters?: Map<string, TableFilter>;
  names: { name: string; formula: string }[];
  owned: Map<string, OwnedRef>;
  ownedNames: string[];
  date1904: boolean;
}

/**
 * Sync 1: what is there. Column names come with the tables, so a table is recognised by its
 * headers without a second look. The first discovery of a host also asks the date system
 * (`dateSystem.ts`); if Excel refuses that batch, the discovery is sent again without the probe
 * (the read never fails for it) and the probe waits for the next read.
 */
export async function discover(
  ctx: Excel.RequestContext,
  dates: DateSystemState = {},
  meter = new ReadMeter(),
  options: { filters?: boolean } = {},
): Promise<Discovery> {
  const wb = ctx.workbook;
  const filterLoad = options.filters ? `,${FILTER_LOAD.split(",").map((p) => `items/autoFilter/${p}`).join(",")}` : "";
  const queueLoads = () => ({
    // Visibility (ExcelApi 1.1): a hidden, outdated sheet must not beat the visible one.
    // Protection (1.2): a protected sheet is refused by name before anything is written.
    sheets: wb.worksheets.load("items/name,items/visibility,items/protection/protected"),
    tables: wb.tables.load(`items/name,items/worksheet/name,items/columns/items/name${filterLoad}`),
    names: wb.names.load("items/name,items/formula"),
    structure: wb.protection.load("protected"),
  });
  meter.check();
  let loads = queueLoads();
  const probe = queueDate1904Probe(ctx, dates);
  try {
    await ctx.sync();
  } catch (e) {
    if (!probe) throw e;
    loads = queueLoads();
    await ctx.sync();
    probe.refused();
  }
  // The data read follows: one sync for most books (readData says more once it has planned).
  meter.synced(1);
  const { sheets, tables, names, structure } = loads;
  const hidden = new Set(sheets.items.filter((s) => s.visibility !== "Visible").map((s) => s.name));
  const tableInfos: TableInfo[] = tables.items.map((t) => ({
    name: t.name,
    sheet: t.worksheet.name,
    headers: t.columns.items.map((c) => c.name),
    visible: !hidden.has(t.worksheet.name),
  }));
  const withTables = new Set(tableInfos.map((t) => t.sheet));
  const nameList = names.items.map((n) => ({ name: n.name, formula: String(n.formula ?? "") }));
  return {
    protectedSheets: sheets.items.filter((s) => s.protection.protected).map((s) => s.name),
    structureProtected: structure.protected,
    ...(options.filters ? { filters: tableFilters(tables.items) } : {}),
    names: nameList,
    tables: tableInfos,
    sheets: sheets.items.map((s) => ({ name: s.name, hasTable: withTables.has(s.name), visible: !hidden.has(s.name) })),
    owned: parseOwned(nameList),
    ownedNames: names.items
      .map((n) => n.name)
      .filter((n) => n.toLowerCase().startsWith(OWNED_NAME_PREFIX.toLowerCase())),
    date1904: probe ? probe.read() : date1904Of(dates),
  };
}

function tableFilters(tables: Excel.Table[]): Map<string, TableFilter> {
  const out = new Map<string, TableFilter>();
  for (const t of tables) {
    const f = filterOf(t.name, t.autoFilter);
    if (f) out.set(t.name.toLowerCase(), f);
  }
  return out;
}

/** A sheet's used range as read: a dataset not (yet) in a table, its header row among the first rows. */
export interface RangeRead {
  sheet: string;
  /** The whole used range. */
  address: string;
  /** Its rows from the top: all of them (refresh, a settings sheet) or the first few (setup's inspect). */
  values: Cell[][];
  /** Its last row (setup's inspect): a 合计 row there stays out of the table set-up makes. */
  lastRow?: Cell[];
}

/** What a read needs to know and learns: sizes that fit, and each table's body size as last seen. */
export interface ReadState {
  readParts: number;
  readBudgetBytes: number;
  readHints: Record<string, ReadHint>;
  date1904?: boolean;
  date1904Known?: boolean;
}

/** The smallest planned read budget worth retrying with. */
const MIN_READ_BUDGET = 16_000;

/** Thrown inside a read whose plan no longer fits the book (the state says what was learnt): read again. */
class ReadAgain extends Error {
  constructor() {
    super("the workbook kept changing while it was read");
  }
}

/** A table read in sync 2: a located dataset (with its key), another that fits it, or one of the add-in's own (without). */
interface TableRead {
  key?: TableKey;
  /** Read because it fits this dataset about as well as the one found (the user may have chosen it). */
  alternative?: TableKey;
  tableName: string;
  sheet: string;
  headers: string[];
}

/** Table names are case-insensitive in Excel: so are the remembered sizes. */
export const hintKey = (tableName: string) => tableName.toLowerCase();
/** A table-less sheet's used range, remembered like a table's body (no table name has a ":"). */
export const sheetHintKey = (sheet: string) => `sheet:${sheet.toLowerCase()}`;

/**
 * Sync 2 (2 and 3 for a book past the response limit): every located table's header and body, and
 * the candidate ranges. Bodies whose size is known (`readHints`) are read in slices planned against
 * the budget — the first sync also carries the headers and positions, so a large book costs
 * ⌈bytes / budget⌉ syncs and nothing more. Without sizes (a new host), everything is asked for in
 * one sync; only if that is refused are positions and samples read first.
 */
export async function readData(
  ctx: Excel.RequestContext,
  d: Discovery,
  rangeSheets: readonly string[],
  state: ReadState,
  meter = new ReadMeter(),
): Promise<Snapshot> {
  const wb = ctx.workbook;
  const first = locate(d.tables, []);
  const found: TableRead[] = Object.values(first.found).filter(
    (f): f is Extract<Found, { kind: "table" }> => f.kind === "table",
  );
  // Tables that fit a dataset as well as the one found are read too (the user's column map may
  // choose one of them; it is read in this same sync), so the choice costs no round trip.
  for (const a of first.ambiguous)
    for (const t of d.tables)
      if (a.others.includes(t.sheet) && !found.some((f) => f.tableName === t.name))
        found.push({ alternative: a.key, tableName: t.name, sheet: t.sheet, headers: t.headers });
  // The add-in's migration history and column map are read in the same sync, by name (no datasets).
  const history = d.tables.find((t) => t.name.toLowerCase() === HISTORY_TABLE.toLowerCase());
  if (history) found.push({ tableName: history.name, sheet: history.sheet, headers: history.headers });
  const columnMap = d.tables.find((t) => t.name.toLowerCase() === COLUMN_MAP_TABLE.toLowerCase());
  if (columnMap) found.push({ tableName: columnMap.name, sheet: columnMap.sheet, headers: columnMap.headers });
  // Table-less sheets are read as their used ranges, planned like the tables' bodies (after them):
  // a large plain book is read in slices under the budget like a set-up one.
  const rangeHints = rangeSheets.map((sheet) => state.readHints[sheetHintKey(sheet)]);
  const widths = [...found.map((f) => f.headers.length), ...rangeHints.map((h) => h?.cols ?? 1)];
  const hints = [
    ...found.map((f, i) => {
      const h = state.readHints[hintKey(f.tableName)];
      // A column added or removed since: the same rows, their bytes scaled to the new width.
      return (
        h && { rows: h.rows, bytesPerRow: Math.ceil((h.bytesPerRow * Math.max(1, widths[i])) / Math.max(1, h.cols)) }
      );
    }),
    ...rangeHints.map((h) => h && { rows: h.rows, bytesPerRow: h.bytesPerRow }),
  ];
  const tables = found.map((f) => wb.tables.getItem(f.tableName));
  const headers = tables.map((t) => t.getHeaderRowRange().load("address,values"));
  // A blank sheet's used range is its top-left cell (`getUsedRange` never fails, unlike a null
  // object, on which the slices could not be taken).
  const usedRanges = rangeSheets.map((sheet) => wb.worksheets.getItem(sheet).getUsedRange(true));
  const bodies = [...tables.map((t) => t.getDataBodyRange()), ...usedRanges];
  const keys = [...found.map((f) => hintKey(f.tableName)), ...rangeSheets.map(sheetHintKey)];

  let rows: Cell[][][];
  if (hints.every((h) => h !== undefined)) {
    rows = await readPlanned(ctx, bodies, headers, widths, hints as BodySize[], state, meter, keys);
  } else if (state.readParts === 1) {
    bodies.forEach((b) => b.load("address,values"));
    meter.check();
    try {
      await ctx.sync();
    } catch (e) {
      // Too many bytes for one response (Excel on the web) or too many cells for one read (5 million):
      // positions and samples first, then the planned read.
      if (!isOfficeError(e, "ResponsePayloadSizeLimitExceeded", "RangeExceedsLimit") || state.readParts >= 1 << 12)
        throw e;
      state.readParts *= 2;
      throw new ReadAgain();
    }
    rows = bodies.map((b) => b.values as Cell[][]);
    meter.synced(0, rows.reduce((n, r) => n + r.length, 0));
  } else {
    // Sizes unknown and the whole too large: positions and a sample of each body, then the planned read.
    bodies.forEach((b) => b.load("address"));
    // The first rows at the body's full width (a used range's width is not known yet).
    const samples = bodies.map((b) =>
      b.getIntersectionOrNullObject(b.getRow(0).getResizedRange(SAMPLE_ROWS - 1, 0)).load("values"),
    );
    meter.check();
    await ctx.sync();
    // Positions and samples: the planned read (at least one more sync) follows.
    meter.synced(1);
    keys.forEach((key, i) => {
      const cols = i < found.length ? widths[i] : colsOf(bodies[i].address);
      state.readHints[key] = {
        rows: rowsOf(bodies[i].address),
        cols,
        bytesPerRow: estimateRowBytes(samples[i].isNullObject ? [] : (samples[i].values as Cell[][]), cols),
      };
    });
    throw new ReadAgain();
  }

  const tablesRead: Partial<Record<TableKey, ReadTable>> = {};
  const byName = new Map<string, RawTable>();
  found.forEach((f, i) => {
    const h = parseArea(headers[i].address);
    const headerRow = (headers[i].values[0] ?? []).map((v) => String(v ?? ""));
    state.readHints[hintKey(f.tableName)] = {
      rows: rows[i].length,
      cols: headerRow.length,
      bytesPerRow: estimateRowBytes(rows[i], headerRow.length),
    };
    const raw: RawTable = {
      sheet: h.sheet || f.sheet,
      headerRow: h.row0 + 1,
      firstColumn: h.col0,
      headers: headerRow,
      rows: rows[i],
    };
    byName.set(f.tableName.toLowerCase(), raw);
    if (f.key) tablesRead[f.key] = { key: f.key, tableName: f.tableName, raw };
  });
  const historyRead = history && byName.get(history.name.toLowerCase());
  const mapRead = columnMap && byName.get(columnMap.name.toLowerCase());

  const ranges: RangeRead[] = [];
  rangeSheets.forEach((sheet, j) => {
    const i = found.length + j;
    const values = rows[i];
    const address = usedRanges[j].address;
    state.readHints[sheetHintKey(sheet)] = {
      rows: values.length,
      cols: colsOf(address),
      bytesPerRow: estimateRowBytes(values, colsOf(address)),
    };
    // A blank sheet: its used range is its first cell, empty.
    if (values.length === 1 && values[0].length === 1 && values[0][0] === "") return;
    ranges.push({ sheet, address, values });
  });
  const chosen = parseColumnMap(mapRead).sheets;
  const located = locate(d.tables, ranges.map((r) => rangeInfo(r, d)), chosen);
  for (const f of Object.values(located.found)) {
    const mine = located.chosen.includes(f.key);
    let use = tablesRead[f.key];
    let chosenUsed = false;
    if (mine && f.kind === "table" && byName.has(f.tableName.toLowerCase())) {
      use = { key: f.key, tableName: f.tableName, raw: byName.get(f.tableName.toLowerCase())! };
      chosenUsed = true;
    } else if (f.kind === "range" && (mine || !use)) {
      use = { key: f.key, raw: rangeTable(f, ranges.find((x) => x.sheet === f.sheet)!) };
      chosenUsed = mine;
    }
    if (!use) continue;
    // Where the user chose the sheet, the question is answered; otherwise the other fits are said.
    if (chosenUsed) use.raw = { ...use.raw, sheetFrom: "workbook" };
    else {
      const others = located.ambiguous.find((a) => a.key === f.key)?.others.filter((s) => s !== use!.raw.sheet);
      if (others?.length) use.raw = { ...use.raw, alsoFits: others };
    }
    const unmet = located.unmet.find((u) => u.key === f.key);
    if (unmet && !chosenUsed) use.raw = { ...use.raw, chosenSheetMissing: unmet.sheet };
    const options = located.sheetOptions[f.key];
    if (options) use.raw = { ...use.raw, sheetOptions: [use.raw.sheet, ...options.filter((s) => s !== use!.raw.sheet)] };
    tablesRead[f.key] = use;
  }
  const book: RawBook = { tables: {}, date1904: d.date1904 };
  if (historyRead) book.history = historyRead;
  if (mapRead) book.columnMap = mapRead;
  for (const [key, t] of Object.entries(tablesRead)) book.tables[key as TableKey] = t.raw;
  // No customer sheet: the purchases' customers are the book's (ledger mode, issue 24).
  if (!book.tables.customers && book.tables.purchases)
    book.ledger = located.ledgerName !== undefined ? { by: "name", column: located.ledgerName } : { by: "id" };
  return {
    book,
    tables: tablesRead,
    owned: d.owned,
    ownedNames: d.ownedNames,
    located,
    protectedSheets: d.protectedSheets,
    structureProtected: d.structureProtected,
    names: d.names,
    sheets: d.sheets.map((x) => x.name),
  };
}

function rowsOf(address: string): number {
  const a = parseArea(address);
  return a.row1 - a.row0 + 1;
}

function colsOf(address: string): number {
  const a = parseArea(address);
  return a.col1 - a.col0 + 1;
}

/**
 * The bodies in the planned slices. The first sync also loads the bodies' addresses: rows added
 * since the sizes were learnt are read by each body's last slice (it runs to the body's end), rows
 * removed are cut off. A refused response means the estimate was wrong: the budget is halved, the
 * sizes learnt again.
 */
async function readPlanned(
  ctx: Excel.RequestContext,
  bodies: Excel.Range[],
  headers: Excel.Range[],
  widths: number[],
  sizes: BodySize[],
  state: ReadState,
  meter: ReadMeter,
  keys: readonly string[],
): Promise<Cell[][][]> {
  const plan = planSlices(sizes, state.readBudgetBytes);
  const out: Cell[][][] = bodies.map(() => []);
  bodies.forEach((b) => b.load("address"));
  const actual: number[] = [];
  for (let s = 0; s < plan.length; s++) {
    const loaded = plan[s].map((sl) => {
      const b = bodies[sl.t];
      const start = b.getCell(sl.r0, 0);
      const range = sl.toEnd
        ? b.getIntersectionOrNullObject(start.getBoundingRect(b.getLastCell()))
        : start.getAbsoluteResizedRange(sl.n, Math.max(1, widths[sl.t]));
      return { sl, range: range.load("values") };
    });
    meter.check();
    try {
      await ctx.sync();
    } catch (e) {
      const refused = sliceBytes(plan[s], sizes);
      if (!isOfficeError(e, "ResponsePayloadSizeLimitExceeded") || state.readBudgetBytes <= MIN_READ_BUDGET) throw e;
      // Half of what was refused — but an estimate far under the budget says the estimate was wrong,
      // not the budget (the sizes are learnt again below): then half the budget. One refusal never
      // takes the budget below a quarter, however wrong an estimate was.
      const basis = refused >= state.readBudgetBytes / 8 ? Math.min(state.readBudgetBytes, refused) : state.readBudgetBytes;
      state.readBudgetBytes = Math.max(MIN_READ_BUDGET, Math.floor(basis / 2));
      state.readHints = {};
      state.readParts = Math.max(2, state.readParts);
      throw new ReadAgain();
    }
    if (s === 0) {
      bodies.forEach((b, t) => (actual[t] = rowsOf(b.address)));
      // A column added or removed between the discovery and this sync: the slices' widths are wrong.
      if (headers.some((h, t) => (h.values[0] ?? []).length !== widths[t])) throw new ReadAgain();
      // A table-less sheet grown wider since its size was learnt: learn it again.
      const wider = bodies.findIndex((b, t) => t >= headers.length && colsOf(b.address) !== widths[t]);
      if (wider >= 0) {
        delete state.readHints[keys[wider]];
        throw new ReadAgain();
      }
    }
    for (const { sl, range } of loaded) {
      if ((sl.toEnd && actual[sl.t] <= sl.r0) || range.isNullObject) continue;
      // A loop, not push(...rows): a spread of 100,000+ rows overflows the call stack.
      const into = out[sl.t];
      for (const row of range.values as Cell[][]) into.push(row);
    }
    meter.synced(plan.length - s - 1, out.reduce((n, r) => n + r.length, 0));
  }
  return out.map((r, t) => (r.length > actual[t] ? r.slice(0, actual[t]) : r));
}

/** Queues the used range (cells with values) of each sheet; after the sync, the non-empty ones. */
export function queueUsedRanges(ctx: Excel.RequestContext, sheets: readonly string[]): () => RangeRead[] {
  const used = sheets.map((sheet) => ({
    sheet,
    range: ctx.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true).load("address,values"),
  }));
  return () =>
    used
      .filter((u) => !u.range.isNullObject)
      .map((u) => ({ sheet: u.sheet, address: u.range.address, values: u.range.values as Cell[][] }));
}

export function rangeInfo(r: RangeRead, d?: Pick<Discovery, "sheets">): RangeInfo {
  const a = parseArea(r.address);
  const visible = d?.sheets.find((s) => s.name === r.sheet)?.visible !== false;
  // The header search and a sample of the rows under it (their values help read the captions).
  return { sheet: r.sheet, row0: a.row0, col0: a.col0, top: r.values.slice(0, HEADER_SEARCH_ROWS + 20), visible };
}

/** A plain range as a RawTable: the rows under the header row, within the header's columns. */
export function rangeTable(f: Extract<Found, { kind: "range" }>, r: RangeRead): RawTable {
  const a = parseArea(r.address);
  const from = f.headerRow0 - a.row0 + 1;
  const c0 = f.col0 - a.col0;
  const c1 = f.col1 - a.col0;
  return {
    sheet: f.sheet,
    headerRow: f.headerRow0 + 1,
    firstColumn: f.col0,
    headers: f.headers,
    rows: r.values.slice(from).map((row) => row.slice(c0, c1 + 1)),
    titleRows: f.titleRows,
    hidden: f.hidden || undefined,
    via: f.via,
  };
}

/**
 * Sheets without a table read as plain ranges, in the same sync: those named for a dataset not
 * found as a table and — while a dataset recognisable by its columns is still missing — every other
 * sheet without a table (its columns may say what it is: SPEC 2a).
 */
export function rangeSheetsFor(d: Discovery): string[] {
  const first = locate(d.tables, []);
  const open = (Object.keys(TABLES) as TableKey[]).filter((k) => !first.found[k]);
  const byColumns = open.some((k) => k !== "settings");
  // The add-in's own sheets (quadrant chart, dashboard, reviews, coverage) hold no dataset: not read.
  const owned = new Set(
    d.names
      .filter((n) => n.name.toLowerCase().startsWith(OWNED_SHEET_PREFIX.toLowerCase()))
      .map((n) => sheetOfFormula(n.formula)?.toLowerCase())
      .filter((x): x is string => x !== undefined),
  );
  return d.sheets
    .filter((s) => !s.hasTable && !owned.has(s.name.toLowerCase()))
    .filter((s) => byColumns || open.some((k) => matchesSheet(TABLES[k], s.name)))
    .map((s) => s.name);
}

/**
 * The whole read: discovery, then data. What a refused or outdated plan taught (`readParts`,
 * `readBudgetBytes`, `readHints`) stays in the state for the next read.
 */
export async function readSnapshot(ctx: Excel.RequestContext, state: ReadState, work: LongWork = {}): Promise<Snapshot> {
  const meter = new ReadMeter(work);
  work.onProgress?.({ stage: "reading", done: 0 });
  const d = await discover(ctx, state, meter);
  const rangeSheets = rangeSheetsFor(d);
  for (let attempt = 0; ; attempt++) {
    try {
      return await readData(ctx, d, rangeSheets, state, meter);
    } catch (e) {
      if (!(e instanceof ReadAgain) || attempt >= 32) throw e;
    }
  }
}
