/**
 * The column map kept in the workbook (core/columns/stored.ts): the visible table crmColumnMap on
 * the settings sheet, to the right of everything there. Setup creates it (every dataset × field,
 * all "(auto)") or adds the rows it lacks; the set-up screen's Save changes only the rows whose
 * choice changed. It is the add-in's table, like crmSettings: no user cell is ever written.
 */
import type { Cell, RawTable, TableKey } from "../core/table";
import { type Lang, t } from "../core/i18n";
import {
  COLUMN_MAP_TABLE,
  type StoredChoice,
  choiceText,
  columnMapHeaders,
  layOutRows,
  mapColumnIndexes,
  mapKeys,
  mapRows,
  parseColumnMap,
} from "../core/columns/stored";
import { a1, parseArea } from "./address";

/** Where the settings table sits after setup's build (the map goes beside it). */
export interface SettingsPlace {
  sheet: string;
  headerRow0: number;
  col0: number;
  width: number;
}

/** The map's language: Chinese when its header is. */
const langOf = (headers: readonly string[], fallback: Lang): Lang =>
  headers.length === 0 ? fallback : /[\u4e00-\u9fff]/.test(headers.join("")) ? "zh-CN" : "en-US";

/**
 * Queues (in setup's build sync) the map's table: created beside the settings — one blank column
 * right of the sheet's used range (`usedAddress`), so nothing there moves or is covered — or, when
 * it exists, completed with the dataset × field rows it lacks. Returns its body rows after the
 * build (to size the next read, which reads it with the datasets).
 */
export function queueColumnMap(
  ctx: Excel.RequestContext,
  settings: SettingsPlace,
  existing: RawTable | undefined,
  usedAddress: string | undefined,
  lang: Lang,
): Cell[][] {
  if (existing) {
    const stored = parseColumnMap(existing);
    // A map whose own columns cannot be read is left as the user made it (its problem is reported).
    if (stored.problems.some((p) => p.code === "columnMap.header")) return existing.rows;
    const have = new Set(stored.entries.map((e) => `${e.table}.${e.field}`));
    // A row the user made unreadable (a misspelt field) is reported, and its field gets a new "(auto)" row.
    const missing = mapKeys().filter((k) => !have.has(`${k.table}.${k.field}`));
    const added = layOutRows(mapRows(missing, langOf(existing.headers, lang)), existing.headers);
    if (added.length) ctx.workbook.tables.getItem(COLUMN_MAP_TABLE).rows.add(undefined, added);
    return [...existing.rows, ...added];
  }
  const used = usedAddress ? parseArea(usedAddress) : undefined;
  const col0 = Math.max(settings.col0 + settings.width - 1, used?.col1 ?? 0) + 2;
  const row0 = settings.headerRow0;
  const body = mapRows(mapKeys(), lang);
  const values = [columnMapHeaders(lang), ...body];
  const ws = ctx.workbook.worksheets.getItem(settings.sheet);
  const range = ws.getRange(a1(row0, col0, row0 + body.length, col0 + 2));
  range.values = values;
  const table = ws.tables.add(range, true);
  table.name = COLUMN_MAP_TABLE;
  range.format.autofitColumns();
  return body;
}

/** One field's new choice, from the set-up screen. */
export interface MapChange {
  table: TableKey;
  field: string;
  choice: StoredChoice;
}

/** The map as read for a save: its place, header and rows. */
export interface MapRead {
  raw: RawTable;
}

/** The map's place, header and rows (two syncs: is it there, then its cells); undefined without one. */
async function readMap(ctx: Excel.RequestContext): Promise<MapRead | undefined> {
  const table = ctx.workbook.tables.getItemOrNullObject(COLUMN_MAP_TABLE).load("name");
  await ctx.sync();
  if (table.isNullObject) return undefined;
  const header = table.getHeaderRowRange().load("address,values");
  const body = table.getDataBodyRange().load("values");
  await ctx.sync();
  const h = parseArea(header.address);
  return {
    raw: {
      sheet: h.sheet,
      headerRow: h.row0 + 1,
      firstColumn: h.col0,
      headers: (header.values[0] ?? []).map((v) => String(v ?? "")),
      rows: body.values as Cell[][],
    },
  };
}

/**
 * Saves the set-up screen's choices into the map — only the rows whose choice changed. A workbook
 * without a map is set up first (which makes it). Refuses, naming the columns, a map whose own
 * columns the user renamed away. Returns how many rows were written.
 */
export async function saveColumnMap(
  ctx: Excel.RequestContext,
  lang: Lang,
  changes: readonly MapChange[],
  setup: (ctx: Excel.RequestContext) => Promise<unknown>,
): Promise<number> {
  let map = await readMap(ctx);
  if (!map) {
    await setup(ctx);
    map = await readMap(ctx);
  }
  if (!map) throw new Error(t(lang, "columnMap.error.noMap"));
  if (mapColumnIndexes(map.raw.headers).some((i) => i < 0))
    throw new Error(t(lang, "columnMap.error.header", { sheet: map.raw.sheet, columns: columnMapHeaders(lang).join(", ") }));
  const written = queueMapChanges(ctx, map, changes, lang);
  await ctx.sync();
  return written;
}

/**
 * Queues the writes of a save: the choice cell of each changed field's row (the row that counts,
 * the first when the user repeated one), or a new row for a field the map lacks. Returns how many
 * cells or rows were written.
 */
export function queueMapChanges(ctx: Excel.RequestContext, map: MapRead, changes: readonly MapChange[], lang: Lang): number {
  const stored = parseColumnMap(map.raw);
  const headerLang = langOf(map.raw.headers, lang);
  const choiceColumn = mapColumnIndexes(map.raw.headers)[2];
  const ws = ctx.workbook.worksheets.getItem(map.raw.sheet);
  const add: MapChange[] = [];
  let writes = 0;
  for (const c of changes) {
    const entry = stored.entries.find((e) => e.table === c.table && e.field === c.field);
    if (entry && choiceColumn >= 0) {
      ws.getRange(a1(entry.row - 1, map.raw.firstColumn + choiceColumn)).values = [[choiceText(c.choice, headerLang)]];
      writes++;
    } else add.push(c);
  }
  if (add.length) {
    const rows = mapRows(add, headerLang, (table, field) => add.find((c) => c.table === table && c.field === field)!.choice);
    ctx.workbook.tables.getItem(COLUMN_MAP_TABLE).rows.add(undefined, layOutRows(rows, map.raw.headers));
    writes += add.length;
  }
  return writes;
}
