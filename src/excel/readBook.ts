/**
 * Reading the workbook in as few round trips as Office.js allows: one sync to learn which tables
 * and sheets exist (names, header captions, the add-in's ownership names, the date system), one
 * sync to load every dataset's header and data body at once. Row count never adds a sync; only a
 * book whose data exceeds the host's response limit is read in slices (see `readParts`).
 */
import type { Cell, RawBook, RawTable, TableKey } from "../core/table";
import { TABLES, matchesSheet } from "../core/schema";
import { type Found, type Located, type RangeInfo, type TableInfo, HEADER_SEARCH_ROWS, locate } from "./locate";
import { OWNED_NAME_PREFIX, type OwnedRef, parseOwned } from "./owned";
import { parseArea } from "./address";
import { readAreas } from "./readAreas";
import { isOfficeError } from "./errors";

/** One dataset as read: where it sits and its cells. */
export interface ReadTable {
  key: TableKey;
  /** The Excel table's name; undefined when the dataset is a plain range (not yet set up). */
  tableName?: string;
  raw: RawTable;
}

export interface Snapshot {
  book: RawBook;
  tables: Partial<Record<TableKey, ReadTable>>;
  owned: Map<string, OwnedRef>;
  /** The add-in's column names present in the workbook (valid or broken), to replace rather than duplicate. */
  ownedNames: string[];
  located: Located;
}

export interface Discovery {
  tables: TableInfo[];
  sheets: { name: string; hasTable: boolean }[];
  owned: Map<string, OwnedRef>;
  ownedNames: string[];
  date1904: boolean;
}

/**
 * Sync 1: what is there. Column names come with the tables, so a table is recognised by its
 * headers without a second look.
 */
export async function discover(ctx: Excel.RequestContext, fallback1904 = false): Promise<Discovery> {
  const wb = ctx.workbook;
  const sheets = wb.worksheets.load("items/name");
  const tables = wb.tables.load("items/name,items/worksheet/name,items/columns/items/name");
  const names = wb.names.load("items/name,items/formula");
  const probe = queueDate1904Probe(ctx, fallback1904);
  await ctx.sync();
  const tableInfos: TableInfo[] = tables.items.map((t) => ({
    name: t.name,
    sheet: t.worksheet.name,
    headers: t.columns.items.map((c) => c.name),
  }));
  const withTables = new Set(tableInfos.map((t) => t.sheet));
  return {
    tables: tableInfos,
    sheets: sheets.items.map((s) => ({ name: s.name, hasTable: withTables.has(s.name) })),
    owned: parseOwned(names.items.map((n) => ({ name: n.name, formula: String(n.formula ?? "") }))),
    ownedNames: names.items
      .map((n) => n.name)
      .filter((n) => n.toLowerCase().startsWith(OWNED_NAME_PREFIX.toLowerCase())),
    date1904: probe(),
  };
}

/**
 * The workbook's date system. Office.js has no property for it in the API sets this project
 * targets, but `DATE(1904,1,1)` evaluated by the workbook (Functions API, ExcelApi 1.2) is 0 in
 * the 1904 system and 1462 in the 1900 system — read in the same sync, without touching a cell.
 * A host without the Functions API (the in-memory Excel) gives `fallback` — the host's option, by
 * default the 1900 system, Excel's default.
 */
function queueDate1904Probe(ctx: Excel.RequestContext, fallback: boolean): () => boolean {
  const functions = (ctx.workbook as { functions?: Excel.Functions }).functions;
  if (!functions || typeof functions.date !== "function") return () => fallback;
  const result = functions.date(1904, 1, 1);
  result.load("value");
  return () => result.value === 0;
}

/** A sheet's used range as read: a dataset not (yet) in a table, its header row among the first rows. */
export interface RangeRead {
  sheet: string;
  address: string;
  values: Cell[][];
  /** Number formats of the same cells, when asked for (setup keeps the user's formats). */
  numberFormat?: unknown[][];
}

/**
 * How many syncs the data bodies are spread over. 1 for every book Excel's response limit allows;
 * the host raises it after a response-size error and remembers it.
 */
export interface ReadOptions {
  parts: number;
  /** Sheets whose used range is read as a plain-range candidate (datasets not in a table). */
  rangeSheets: readonly string[];
}

interface TableTarget {
  found: Extract<Found, { kind: "table" }>;
  header: Excel.Range;
  body: Excel.Range;
}

/** Sync 2 (or 2 + slices): every located table's header and body, and the candidate ranges. */
export async function readData(ctx: Excel.RequestContext, d: Discovery, opts: ReadOptions): Promise<Snapshot> {
  const wb = ctx.workbook;
  const firstPass = locate(d.tables, []);
  const targets: TableTarget[] = [];
  for (const f of Object.values(firstPass.found)) {
    if (f.kind !== "table") continue;
    const t = wb.tables.getItem(f.tableName);
    const header = t.getHeaderRowRange().load("address,values");
    const body = t.getDataBodyRange().load(opts.parts > 1 ? "address" : "address,values");
    targets.push({ found: f, header, body });
  }
  const used = queueUsedRanges(ctx, opts.rangeSheets);
  await ctx.sync();

  const bodies =
    opts.parts > 1
      ? (
          await readAreas(
            ctx,
            targets.map((x) => ({ area: parseArea(x.body.address), props: ["values"] as const })),
            opts.parts,
          )
        ).map((r) => r.values)
      : targets.map((x) => x.body.values as Cell[][]);
  const tables: Partial<Record<TableKey, ReadTable>> = {};
  targets.forEach((x, i) => {
    const h = parseArea(x.header.address);
    tables[x.found.key] = {
      key: x.found.key,
      tableName: x.found.tableName,
      raw: {
        sheet: h.sheet || x.found.sheet,
        headerRow: h.row0 + 1,
        firstColumn: h.col0,
        headers: (x.header.values[0] ?? []).map((v) => String(v ?? "")),
        rows: bodies[i],
      },
    };
  });

  const ranges = used();
  const located = locate(d.tables, ranges.map(rangeInfo));
  for (const f of Object.values(located.found)) {
    if (f.kind !== "range" || tables[f.key]) continue;
    const r = ranges.find((x) => x.sheet === f.sheet)!;
    tables[f.key] = { key: f.key, raw: rangeTable(f, r) };
  }
  const book: RawBook = { tables: {}, date1904: d.date1904 };
  for (const [key, t] of Object.entries(tables)) book.tables[key as TableKey] = t.raw;
  return { book, tables, owned: d.owned, ownedNames: d.ownedNames, located };
}

/** Queues the used range (cells with values) of each sheet; after the sync, the non-empty ones. */
export function queueUsedRanges(
  ctx: Excel.RequestContext,
  sheets: readonly string[],
  withFormats = false,
): () => RangeRead[] {
  const props = withFormats ? "address,values,numberFormat" : "address,values";
  const used = sheets.map((sheet) => ({
    sheet,
    range: ctx.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true).load(props),
  }));
  return () =>
    used
      .filter((u) => !u.range.isNullObject)
      .map((u) => ({
        sheet: u.sheet,
        address: u.range.address,
        values: u.range.values as Cell[][],
        ...(withFormats ? { numberFormat: u.range.numberFormat } : {}),
      }));
}

export function rangeInfo(r: RangeRead): RangeInfo {
  const a = parseArea(r.address);
  return { sheet: r.sheet, row0: a.row0, col0: a.col0, top: r.values.slice(0, HEADER_SEARCH_ROWS) };
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
  };
}

/** Datasets not found as tables whose sheet, named for them, exists without a table: read as ranges. */
export function rangeSheetsFor(d: Discovery): string[] {
  const first = locate(d.tables, []);
  const out: string[] = [];
  for (const key of Object.keys(TABLES) as TableKey[]) {
    if (first.found[key]) continue;
    for (const s of d.sheets)
      if (!s.hasTable && !out.includes(s.name) && matchesSheet(TABLES[key], s.name)) out.push(s.name);
  }
  return out;
}

/**
 * The whole read: discovery, then data. If the data exceed the host's response limit, the read is
 * repeated in more parts; `state.readParts` keeps what worked for the next read.
 */
export async function readSnapshot(
  ctx: Excel.RequestContext,
  state: { readParts: number; date1904?: boolean },
): Promise<Snapshot> {
  const d = await discover(ctx, state.date1904);
  const rangeSheets = rangeSheetsFor(d);
  for (;;) {
    try {
      return await readData(ctx, d, { parts: state.readParts, rangeSheets });
    } catch (e) {
      if (!isOfficeError(e, "ResponsePayloadSizeLimitExceeded") || state.readParts >= 1 << 12) throw e;
      state.readParts *= 2;
    }
  }
}
