/**
 * Setup's second sync: what the tables found look like (headers, positions, the settings' keys, a
 * sample of the first body rows to size later reads) and, for every plain sheet, its used range's
 * address and top rows (where the header row is searched). Data bodies are never read: adopting a
 * range needs its header and extent only, and the number formats are looked at in the build sync
 * (setup.ts), once the columns are known. So this sync stays small at any size.
 */
import type { Cell, RawTable, TableKey } from "../core/table";
import { COLUMN_MAP_TABLE } from "../core/columns/stored";
import { TABLES, matchesSheet } from "../core/schema";
import { type ColumnChoices, columnIndexes, proposeColumnMap } from "../core/columns";
import type { Discovery, RangeRead } from "./readBook";
import { HEADER_SEARCH_ROWS, locate } from "./locate";
import { type Area, parseArea } from "./address";
import { AMOUNT_FORMAT, DATE_FORMAT } from "./writeScores";
import { SAMPLE_ROWS } from "./readPlan";
import { mergedProbeSupported, queueMergedProbe } from "./limits";

/** What the inspect sync learnt about a table found by name, sheet or headers. */
export interface TableSeen {
  headerRow0: number;
  col0: number;
  sheet: string;
  headers: string[];
  bodyRow0: number;
  bodyRow1: number;
  /** The settings table's rows (to add only the keys it lacks); empty for the others. */
  body: Cell[][];
  /** The first body rows (at most SAMPLE_ROWS), to estimate the bytes of a later read. */
  sample: Cell[][];
}

export interface Inspection {
  seen: Map<TableKey, TableSeen>;
  /** Every table inspected, by lower-case name: those found and those that fit a dataset as well. */
  seenByName: Map<string, TableSeen>;
  ranges: RangeRead[];
  /** Merged areas of each plain sheet's used range (ExcelApi 1.13; undefined on an older Excel or when Excel refused to list them). */
  merged?: Map<string, Area[]>;
  /** The add-in's column map (crmColumnMap) as it is, when the workbook has one. */
  columnMap?: RawTable & { bodyRow1: number };
  /** The used range of the sheet holding a settings table (the column map is placed to its right). */
  settingsUsed?: string;
  /** The used range (values) of the sheet holding a customer table: is anything far to its right (limits.ts)? */
  customersUsed?: string;
}

/** Rows read from the top of a plain sheet's used range: the header search and a sample below it. */
export const TOP_ROWS = HEADER_SEARCH_ROWS + 60;

/** Columns whose body formats setup may set: dates and amounts (by the headers the table has). */
export function formattedColumns(key: TableKey, headers: readonly string[], choices?: ColumnChoices): { index: number; format: string }[] {
  if (key === "settings") return [];
  const cols = columnIndexes(proposeColumnMap(key, headers, [], choices));
  const out: { index: number; format: string }[] = [];
  for (const col of TABLES[key].columns) {
    const i = cols.get(col.key);
    if (i === undefined || (col.kind !== "date" && col.kind !== "amount")) continue;
    out.push({ index: i, format: col.kind === "date" ? DATE_FORMAT : AMOUNT_FORMAT });
  }
  return out;
}

/**
 * Sync 2: headers, positions and samples of the tables found, and every plain sheet's extent, top
 * rows, last row (a 合计 row under the data stays out of the table) and merged areas. Excel lists
 * at most 512 merged areas per range: past that it refuses the batch, which is then sent again
 * without asking (Excel's own refusal to make a table still tells, later).
 */
export async function inspect(ctx: Excel.RequestContext, d: Discovery): Promise<Inspection> {
  try {
    return await inspectOnce(ctx, d, true);
  } catch (e) {
    if (!mergedProbeSupported()) throw e;
    return inspectOnce(ctx, d, false);
  }
}

async function inspectOnce(ctx: Excel.RequestContext, d: Discovery, probeMerged: boolean): Promise<Inspection> {
  const first = locate(d.tables, []);
  // Tables that fit a dataset as well as the one found: the column map may choose one of them.
  const alternatives = first.ambiguous.flatMap((a) =>
    d.tables
      .filter((t) => a.others.includes(t.sheet) && !Object.values(first.found).some((f) => f.kind === "table" && f.tableName === t.name))
      .map((t) => ({ kind: "table" as const, key: a.key, tableName: t.name, headers: t.headers, alternative: true })),
  );
  const toRead = [
    ...Object.values(first.found).flatMap((f) => (f.kind === "table" ? [{ kind: "table" as const, key: f.key, tableName: f.tableName, headers: f.headers, alternative: false }] : [])),
    ...alternatives,
  ];
  const reads = toRead.flatMap((found) => {
    const table = ctx.workbook.tables.getItem(found.tableName);
    const settings = found.key === "settings";
    // The settings' keys are needed to add only the missing ones; other bodies only by position.
    const body = settings ? table.getDataBodyRange().load("address,values") : table.getDataBodyRange().load("address");
    return [
      {
        key: found.key,
        tableName: found.tableName,
        alternative: found.alternative,
        header: table.getHeaderRowRange().load("address,values"),
        body,
        sample: settings
          ? undefined
          : body
              .getIntersectionOrNullObject(
                body.getCell(0, 0).getAbsoluteResizedRange(SAMPLE_ROWS, Math.max(1, found.headers.length)),
              )
              .load("values"),
      },
    ];
  });
  const used = d.sheets
    .filter((s) => !s.hasTable)
    .map((s) => {
      // A settings sheet is small and its keys are needed; of any other only the top rows.
      const whole = matchesSheet(TABLES.settings, s.name);
      const usedRange = ctx.workbook.worksheets.getItem(s.name).getUsedRangeOrNullObject(true);
      const range = whole ? usedRange.load("address,values") : usedRange.load("address");
      return {
        sheet: s.name,
        range,
        // Through a null-object intersection, as for `top`: an empty sheet has no used range.
        last: whole ? undefined : range.getIntersectionOrNullObject(range.getLastRow()).load("values"),
        top: whole
          ? undefined
          : range
              .getIntersectionOrNullObject(range.getCell(0, 0).getAbsoluteResizedRange(TOP_ROWS, 1).getEntireRow())
              .load("values"),
      };
    });
  // The column map (its rows: to add only those it lacks, and the sheets it chose) and, for a
  // settings table, its sheet's extent (a new column map goes to the right of everything there).
  const mapInfo = d.tables.find((t) => t.name.toLowerCase() === COLUMN_MAP_TABLE.toLowerCase());
  const mapReads = mapInfo && {
    header: ctx.workbook.tables.getItem(mapInfo.name).getHeaderRowRange().load("address,values"),
    body: ctx.workbook.tables.getItem(mapInfo.name).getDataBodyRange().load("address,values"),
  };
  const settingsFound = first.found.settings;
  const settingsUsed =
    settingsFound?.kind === "table"
      ? ctx.workbook.worksheets.getItem(settingsFound.sheet).getUsedRangeOrNullObject(true).load("address")
      : undefined;
  const customersFound = first.found.customers;
  const customersUsed =
    customersFound?.kind === "table"
      ? ctx.workbook.worksheets.getItem(customersFound.sheet).getUsedRangeOrNullObject(true).load("address")
      : undefined;
  const merged = probeMerged ? queueMergedProbe(used) : undefined;
  await ctx.sync();
  const seen = new Map<TableKey, TableSeen>();
  const seenByName = new Map<string, TableSeen>();
  for (const r of reads) {
    const h = parseArea(r.header.address);
    const b = parseArea(r.body.address);
    const look: TableSeen = {
      sheet: h.sheet,
      headerRow0: h.row0,
      col0: h.col0,
      headers: (r.header.values[0] ?? []).map((v) => String(v ?? "")),
      bodyRow0: b.row0,
      bodyRow1: b.row1,
      body: r.key === "settings" ? (r.body.values as Cell[][]) : [],
      sample: !r.sample ? (r.body.values as Cell[][]) : r.sample.isNullObject ? [] : (r.sample.values as Cell[][]),
    };
    seenByName.set(r.tableName.toLowerCase(), look);
    if (!r.alternative) seen.set(r.key, look);
  }
  let columnMap: Inspection["columnMap"];
  if (mapReads) {
    const h = parseArea(mapReads.header.address);
    columnMap = {
      sheet: h.sheet,
      headerRow: h.row0 + 1,
      firstColumn: h.col0,
      headers: (mapReads.header.values[0] ?? []).map((v) => String(v ?? "")),
      rows: mapReads.body.values as Cell[][],
      bodyRow1: parseArea(mapReads.body.address).row1,
    };
  }
  const ranges: RangeRead[] = used
    .filter((u) => !u.range.isNullObject)
    .map((u) => ({
      sheet: u.sheet,
      address: u.range.address,
      values: (u.top ? (u.top.isNullObject ? [] : u.top.values) : u.range.values) as Cell[][],
      lastRow: (u.last ? (u.last.isNullObject ? undefined : u.last.values[0]) : u.range.values[u.range.values.length - 1]) as
        | Cell[]
        | undefined,
    }));
  return {
    seen,
    seenByName,
    ranges,
    columnMap,
    settingsUsed: settingsUsed && !settingsUsed.isNullObject ? settingsUsed.address : undefined,
    customersUsed: customersUsed && !customersUsed.isNullObject ? customersUsed.address : undefined,
    merged: merged?.(),
  };
}
