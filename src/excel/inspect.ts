/**
 * Setup's second sync: what the tables found look like (headers, positions, the date and amount
 * columns' current number formats, the settings' keys) and every plain sheet's used range with its
 * formats — the user's formats must be known before setup adds its own. Read-only, so a book past
 * the response limit can safely be asked again in slices.
 */
import type { Cell, TableKey } from "../core/table";
import { TABLES, mapHeaders } from "../core/schema";
import { type Discovery, type RangeRead, queueUsedRanges } from "./readBook";
import { type AreaRequest, readAreas } from "./readAreas";
import { locate } from "./locate";
import { parseArea } from "./address";
import { isPayloadTooLarge } from "./errors";
import { AMOUNT_FORMAT, DATE_FORMAT } from "./writeScores";
import type { HostState } from "./state";

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
  formats: Map<number, unknown[][]>;
}

export interface Inspection {
  seen: Map<TableKey, TableSeen>;
  ranges: RangeRead[];
}

/** Sync 2: headers, positions and date/amount formats of the tables found, and every plain sheet's used range. */
export async function inspect(ctx: Excel.RequestContext, d: Discovery, state: HostState): Promise<Inspection> {
  for (;;) {
    try {
      return state.readParts > 1 ? await inspectInParts(ctx, d, state.readParts) : await inspectAtOnce(ctx, d);
    } catch (e) {
      // Only reads so far: safe to ask again in smaller pieces.
      if (!isPayloadTooLarge(e) || state.readParts >= 1 << 12) throw e;
      state.readParts *= 2;
    }
  }
}

/** Columns whose body formats setup may set: dates and amounts (by the headers the table has). */
export function formattedColumns(key: TableKey, headers: readonly string[]): { index: number; format: string }[] {
  if (key === "settings") return [];
  const cols = mapHeaders(TABLES[key], headers);
  const out: { index: number; format: string }[] = [];
  for (const col of TABLES[key].columns) {
    const i = cols.get(col.key);
    if (i === undefined || (col.kind !== "date" && col.kind !== "amount")) continue;
    out.push({ index: i, format: col.kind === "date" ? DATE_FORMAT : AMOUNT_FORMAT });
  }
  return out;
}

async function inspectAtOnce(ctx: Excel.RequestContext, d: Discovery): Promise<Inspection> {
  const first = locate(d.tables, []);
  const reads = Object.values(first.found).flatMap((found) => {
    if (found.kind !== "table") return [];
    const table = ctx.workbook.tables.getItem(found.tableName);
    const formats = formattedColumns(found.key, found.headers).map((c) => ({
      index: c.index,
      range: table.columns.getItemAt(c.index).getDataBodyRange().load("numberFormat"),
    }));
    return [
      {
        key: found.key,
        header: table.getHeaderRowRange().load("address,values"),
        // The settings' keys are needed to add only the missing ones; other bodies only by position.
        body: table.getDataBodyRange().load(found.key === "settings" ? "address,values" : "address"),
        formats,
      },
    ];
  });
  const used = queueUsedRanges(
    ctx,
    d.sheets.filter((s) => !s.hasTable).map((s) => s.name),
    true,
  );
  await ctx.sync();
  const seen = new Map<TableKey, TableSeen>();
  for (const r of reads) {
    seen.set(r.key, {
      ...geometry(r.header.address, r.header.values, r.body.address),
      body: r.key === "settings" ? (r.body.values as Cell[][]) : [],
      formats: new Map(r.formats.map((f) => [f.index, f.range.numberFormat])),
    });
  }
  return { seen, ranges: used() };
}

function geometry(headerAddress: string, headerValues: unknown[][], bodyAddress: string) {
  const h = parseArea(headerAddress);
  const b = parseArea(bodyAddress);
  return {
    sheet: h.sheet,
    headerRow0: h.row0,
    col0: h.col0,
    headers: (headerValues[0] ?? []).map((v) => String(v ?? "")),
    bodyRow0: b.row0,
    bodyRow1: b.row1,
  };
}

/** The same reads for a book past the response limit: positions first, then the cells in slices. */
async function inspectInParts(ctx: Excel.RequestContext, d: Discovery, parts: number): Promise<Inspection> {
  const first = locate(d.tables, []);
  const reads = Object.values(first.found).flatMap((found) => {
    if (found.kind !== "table") return [];
    const table = ctx.workbook.tables.getItem(found.tableName);
    return [
      {
        key: found.key,
        header: table.getHeaderRowRange().load("address,values"),
        body: table.getDataBodyRange().load("address"),
      },
    ];
  });
  const used = d.sheets
    .filter((s) => !s.hasTable)
    .map((s) => ({
      sheet: s.name,
      range: ctx.workbook.worksheets.getItem(s.name).getUsedRangeOrNullObject(true).load("address"),
    }));
  await ctx.sync();

  const requests: AreaRequest[] = [];
  const usedFound = used.filter((u) => !u.range.isNullObject);
  for (const u of usedFound) requests.push({ area: parseArea(u.range.address), props: ["values", "numberFormat"] });
  const tableParts = reads.map((r) => {
    const g = geometry(r.header.address, r.header.values, r.body.address);
    const body = parseArea(r.body.address);
    const settings = r.key === "settings" ? requests.push({ area: body, props: ["values"] }) - 1 : -1;
    const formats = formattedColumns(r.key, g.headers).map((c) => ({
      index: c.index,
      request:
        requests.push({
          area: { ...body, col0: body.col0 + c.index, col1: body.col0 + c.index },
          props: ["numberFormat"],
        }) - 1,
    }));
    return { key: r.key, g, settings, formats };
  });
  const results = await readAreas(ctx, requests, parts);
  const seen = new Map<TableKey, TableSeen>();
  for (const t of tableParts) {
    seen.set(t.key, {
      ...t.g,
      body: t.settings >= 0 ? results[t.settings].values : [],
      formats: new Map(t.formats.map((f) => [f.index, results[f.request].numberFormat])),
    });
  }
  const ranges: RangeRead[] = usedFound.map((u, i) => ({
    sheet: u.sheet,
    address: u.range.address,
    values: results[i].values,
    numberFormat: results[i].numberFormat,
  }));
  return { seen, ranges };
}
