/**
 * Sheets the add-in owns (the quadrant chart, asset reviews, the dashboard, coverage …): found again
 * by a hidden workbook name, named so Excel accepts it without taking a user's sheet, and rebuilt in
 * place. One Excel.run uses it in two steps:
 *
 *   probe (a sync the caller already makes)   `queueOwnedSheetProbe(ctx, key)` loads the hidden
 *       name `crmSheet_<key>`, every sheet's name and the add-in's charts on the owned sheet;
 *   write (the next sync)                     `queueOwnedSheet(ctx, site, { name, comment })` gives
 *       the sheet: the owned one, emptied of its cells and of the add-in's charts; or, the first
 *       time (or after the user deleted it), a new sheet under a free, valid name, recorded by the
 *       hidden name.
 *
 * The name is a reference to the whole sheet ("='客户A 2026-03'!$1:$1048576"), so Excel rewrites it
 * when the user renames the sheet and turns it into #REF! when the sheet is deleted: the record
 * follows the sheet, not its caption. A user's sheet that merely has the same caption is never
 * written; neither is a sheet holding the add-in's data tables, whatever the name says.
 */
import { parseArea } from "./address";
import { addinChartByTitle } from "./ownedCharts";

export const OWNED_SHEET_PREFIX = "crmSheet_";
/** Excel's limits on a sheet name. */
export const SHEET_NAME_MAX = 31;
const FORBIDDEN = /[/\\?*[\]:\u0000-\u001f]/g;
/** A workbook name is at most 255 characters; keys longer than this are hashed. */
const KEY_MAX = 200;

/**
 * The hidden name for `key`: letters, digits and "." stay, every other character becomes `_hex_`
 * (so "_" itself is `_5f_`), which keeps distinct keys distinct and the name valid in Excel.
 */
export function ownedSheetName(key: string): string {
  let encoded = "";
  for (const ch of key) encoded += /[\p{L}\p{N}.]/u.test(ch) ? ch : `_${ch.codePointAt(0)!.toString(16)}_`;
  if (encoded.length > KEY_MAX) encoded = `${encoded.slice(0, KEY_MAX - 10)}_${fnv(encoded)}`;
  return OWNED_SHEET_PREFIX + encoded;
}

function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, "0");
}

/**
 * A caption Excel accepts as a sheet name: `/ \ ? * [ ] :` and control characters removed, spaces
 * collapsed, no apostrophe at either end, at most 31 characters (never cutting a character in
 * two), not Excel's reserved "History"; `fallback` when nothing is left.
 */
export function sanitizeSheetName(raw: string, fallback = "CRM"): string {
  let s = String(raw)
    .replace(FORBIDDEN, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  s = cut(s, SHEET_NAME_MAX).replace(/'+$/, "").trim();
  if (s.toLowerCase() === "history") s = `${s} (CRM)`;
  return s || fallback;
}

function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  let out = "";
  for (const ch of s) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/**
 * `wanted` sanitized, or, when a sheet already has that name (Excel compares case-insensitively),
 * `alternative` (e.g. "象限图(CRM)"), then "… 2", "… 3" — or "wanted (2)", "wanted (3)" without an
 * alternative — each cut so the whole stays within 31 characters.
 */
export function uniqueSheetName(wanted: string, taken: readonly string[], alternative?: string): string {
  const used = new Set(taken.map((s) => s.toLowerCase()));
  const plain = sanitizeSheetName(wanted);
  if (!used.has(plain.toLowerCase())) return plain;
  const base = alternative === undefined ? plain : sanitizeSheetName(alternative, plain);
  if (alternative !== undefined && !used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const tail = alternative === undefined ? ` (${n})` : ` ${n}`;
    const candidate = `${cut(base, SHEET_NAME_MAX - tail.length).trimEnd()}${tail}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** The sheet a name's formula refers to ("='象限图'!$1:$1048576"); undefined for #REF! or a non-reference. */
export function sheetOfFormula(formula: string): string | undefined {
  const text = formula.replace(/^=/, "");
  if (!text.includes("!") || text.includes("#REF!")) return undefined;
  try {
    return parseArea(text.replace(/\$/g, "")).sheet || undefined;
  } catch {
    return undefined;
  }
}

/** What the probe found. */
export interface OwnedSheetSite {
  key: string;
  /** Every sheet's name (a new sheet needs one not taken). */
  sheets: string[];
  /** The hidden name exists (valid or #REF!): replaced, not duplicated, when the sheet is made again. */
  nameExists: boolean;
  /** The owned sheet, when the name points at a sheet that still exists. */
  sheet?: string;
  /** That sheet is visible (the user may have hidden it). */
  visible?: boolean;
  /**
   * The add-in's charts on it (loaded: name, title, top, left, width, height), deleted by a
   * rebuild: by name, or renamed by another program but titled as the add-in titles them.
   */
  charts: Excel.Chart[];
  /** The sheet was recognised by its caption and marker, its name being gone: the name is written again. */
  adopted?: boolean;
}

/**
 * How a sheet of ours is known when its hidden name is gone (a copy saved by a program that drops
 * hidden names): a sheet named with one of `captions` (any language; the "(CRM)" and numbered
 * forms start with it) whose cells at `address` hold what the add-in writes there. A user's sheet
 * of the same caption fails the marker and stays the user's.
 */
export interface OwnedSheetMarker {
  captions: readonly string[];
  address: string;
  matches(values: readonly (readonly unknown[])[]): boolean;
}

/** What the caller already read: the workbook's names and sheets (the discovery sync). */
export interface KnownBook {
  names: readonly { name: string }[];
  sheets: readonly string[];
}

/** At most this many same-captioned sheets are looked into (each is one small range in the probe's sync). */
const MAX_CANDIDATES = 4;

/** Sheets named like an owned sheet, when its hidden name is gone; none when the name exists. */
function candidates(key: string, marker: OwnedSheetMarker | undefined, known: KnownBook | undefined): string[] {
  if (!marker || !known) return [];
  const name = ownedSheetName(key).toLowerCase();
  if (known.names.some((n) => n.name.toLowerCase() === name)) return [];
  const captions = marker.captions.map((c) => sanitizeSheetName(c).toLowerCase());
  return known.sheets.filter((s) => captions.some((c) => s.toLowerCase().startsWith(c))).slice(0, MAX_CANDIDATES);
}

/** Charts whose names start with "crm" are the add-in's; a chart the user added keeps its place. */
export const isAddinChart = (name: string): boolean => name.startsWith("crm");

/**
 * On the owned sheet: a chart of ours by its name, or — its name changed by another program — by
 * its title, read as the name the add-in gave it (ownedCharts.ts).
 */
function ownedChart(chart: Excel.Chart, isOurs: (chartName: string) => boolean): boolean {
  if (isOurs(chart.name)) return true;
  if (isAddinChart(chart.name)) return false;
  const named = addinChartByTitle(chart.title.text);
  return named !== undefined && isOurs(named);
}

/** Queues the probe's loads; call the returned function after the sync. */
export function queueOwnedSheetProbe(
  ctx: Excel.RequestContext,
  key: string,
  isOurs: (chartName: string) => boolean = isAddinChart,
  recognise?: { marker: OwnedSheetMarker; known: KnownBook },
): () => OwnedSheetSite {
  const wb = ctx.workbook;
  const owner = wb.names.getItemOrNullObject(ownedSheetName(key)).load("formula");
  const sheets = wb.worksheets.load(
    "items/name,items/visibility,items/charts/items/name,items/charts/items/title/text,items/charts/items/top,items/charts/items/left,items/charts/items/width,items/charts/items/height",
  );
  const marks = candidates(key, recognise?.marker, recognise?.known).map((name) => ({
    name,
    range: wb.worksheets.getItem(name).getRange(recognise!.marker.address).load("values"),
  }));
  return () => {
    const exists = !owner.isNullObject;
    const named = exists ? sheetOfFormula(String(owner.formula ?? "")) : undefined;
    const adopted = exists ? undefined : marks.find((m) => recognise!.marker.matches(m.range.values))?.name;
    const at = named ?? adopted;
    const ws = at === undefined ? undefined : sheets.items.find((s) => s.name.toLowerCase() === at.toLowerCase());
    return {
      key,
      sheets: sheets.items.map((s) => s.name),
      nameExists: exists,
      sheet: ws?.name,
      visible: ws ? ws.visibility === "Visible" : undefined,
      charts: ws ? ws.charts.items.filter((c) => ownedChart(c, isOurs)) : [],
      adopted: ws !== undefined && adopted !== undefined,
    };
  };
}

export interface OwnedSheetOptions {
  /** The caption wanted for a new sheet (sanitized and made unique here). */
  name: string;
  /** The caption to try when `name` is a user's sheet ("象限图(CRM)"); else "name (2)". */
  alternative?: string;
  /** The hidden name's comment (Name Manager shows it): say what the name is for. */
  comment: string;
  /** Sheets holding the add-in's data tables: never taken, whatever the name says. */
  dataSheets?: readonly string[];
  /**
   * What a rebuild empties: "all" (default) clears every cell, format and the add-in's charts;
   * an address ("L:AD") clears only those cells' contents and leaves the charts to the caller.
   */
  clear?: "all" | string;
}

export interface OwnedSheet {
  sheet: Excel.Worksheet;
  /** The sheet's name (new or as the user renamed it). */
  name: string;
  created: boolean;
}

/** Queues the owned sheet into the current batch: found and emptied, or created and recorded. */
export function queueOwnedSheet(
  ctx: Excel.RequestContext,
  site: OwnedSheetSite,
  options: OwnedSheetOptions,
): OwnedSheet {
  const wb = ctx.workbook;
  const at = site.sheet?.toLowerCase();
  const owned =
    at !== undefined && !(options.dataSheets ?? []).some((s) => s.toLowerCase() === at) ? site.sheet : undefined;
  if (owned !== undefined) {
    const sheet = wb.worksheets.getItem(owned);
    const clear = options.clear ?? "all";
    if (clear === "all") {
      sheet.getRange().clear("All");
      for (const c of site.charts) c.delete();
    } else sheet.getRange(clear).clear("Contents");
    if (site.adopted) wb.names.add(ownedSheetName(site.key), sheet.getRange(), options.comment).visible = false;
    return { sheet, name: owned, created: false };
  }
  const name = uniqueSheetName(options.name, site.sheets, options.alternative);
  if (site.nameExists) wb.names.getItem(ownedSheetName(site.key)).delete();
  const sheet = wb.worksheets.add(name);
  const item = wb.names.add(ownedSheetName(site.key), sheet.getRange(), options.comment);
  item.visible = false;
  return { sheet, name, created: true };
}
