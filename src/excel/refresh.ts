/**
 * Refresh: read every table, score in the core, write the computed columns — in four syncs
 * whatever the number of rows:
 *
 *   1. discover   which tables exist, their headers, the add-in's column names
 *   2. read       every dataset's header and body
 *      (score in the core: no Excel)
 *   3. verify     the customer table's position, headers and ID column are still what was read;
 *                 missing computed columns are appended in the same sync; where the quadrant
 *                 chart's sheet and chart are (quadrantChart.ts)
 *   4. write      the computed cells, their formats and the quadrant colours; the IDs of the rows
 *                 written are loaded in the same batch, before the writes; the quadrant chart
 *                 (its data blocks, the chart, the point labels), the rows appended to the
 *                 migration history and the dashboard (dashboard.ts) in the same sync
 *
 * If the rows moved (the user sorted, inserted or deleted while the core was scoring), step 3
 * notices and the refresh starts again from step 1 instead of writing. A move in the one round
 * trip between 3 and 4 is caught by the IDs loaded in step 4 and repaired by the next attempt.
 * The add-in only ever writes its own columns, so even that repair never touches a user's cell.
 */
import { type Analysis, analyze } from "../core/analyze";
import { sortProblems } from "../core/quality";
import { TABLES } from "../core/schema";
import { mapHeaders } from "../core/columns";
import { todayDay } from "../core/dates";
import { type Lang, t } from "../core/i18n";
import type { Cell } from "../core/table";
import type { RefreshResult, SetupResult } from "./host";
import { type BesideUser, besideUser } from "../core/besideUser";
import { type LongWork, type Progress, noProgress, throwIfCancelled } from "../core/progress";
import { type Snapshot, type ReadTable, hintKey, readSnapshot } from "./readBook";
import { HISTORY_COLUMNS, HISTORY_TABLE } from "../core/history";
import { REFRESH_MEMO_NAME, readMemo } from "../core/refreshMemo";
import { adoptedKeys, needsMarker, ownedIndexes } from "./owned";
import { bookLang } from "../core/book";
import { quietSynced, quietly } from "./quiet";
import { noticeChanges } from "./consistency";
import { headerMarks } from "./computedColumns";
import type { ComputedKey } from "../core/computed";
import { type ColumnsToAdd, addedColumns, columnsToAdd, queueAddColumns, queueAdoptNames } from "./computedColumns";
import { type WriteSync, computedKeys, computedRows, planWrites, queueWrites } from "./writeScores";
import { queueComputedHeaderStyle, queueQuadrantColors } from "./format";
import { locationProblems } from "./problems";
import { isOfficeError, isPayloadTooLarge } from "./errors";
import { a1, parseArea } from "./address";
import type { HostState } from "./state";
import {
  CHART_LAYOUT,
  CHART_SHEET_KEY,
  MAX_LABELLED_POINTS,
  type UnitGroup,
  chartAxes,
  planQuadrantChart,
} from "./chartPlan";
import { DASHBOARD_KEY } from "./dashboardPlan";
import { ownedSheetOf, refuseFarRight, refuseProtected, refuseStructure, usedBeside } from "./limits";
import { type TableFilter, filterAroundWrites, queueFilterRead } from "./filter";
import { type ChartSite, QuadrantChartWriter, queueChartProbe } from "./quadrantChart";
import { type DashPiece, DashboardWriter, nowSerial, queueDashboardProbe } from "./dashboard";
import type { OwnedSheetSite } from "./ownedSheet";

export interface RefreshOptions extends LongWork {
  asOf?: number;
}

/** Sets the workbook up (used when the customer data sits in a plain range, not a table). */
export type SetupRunner = (ctx: Excel.RequestContext) => Promise<Pick<SetupResult, "besideUser">>;

/** What the attempts of one refresh have done so far. */
interface Phase {
  wrote: boolean;
  besideUser: BesideUser[];
}

/** The smallest write budget worth retrying with before giving up. */
const MIN_WRITE_BUDGET = 16_000;

export async function refreshBook(
  ctx: Excel.RequestContext,
  lang: Lang,
  opts: RefreshOptions,
  state: HostState,
  setup: SetupRunner,
): Promise<RefreshResult> {
  const progress = opts.onProgress ?? noProgress;
  let reread = false;
  let setUp = false;
  let failure: unknown;
  // Once an attempt has written (set the range up, appended columns, written rows), a later
  // attempt finishes whatever the user asks: a cancel never leaves a refresh half-written.
  // The columns an attempt added beside a user's own column: a later attempt finds them added.
  const phase: Phase = { wrote: false, besideUser: [] };
  for (let attempt = 0; attempt < state.maxAttempts;) {
    let outcome: RefreshResult | "moved" | "setUp";
    try {
      const attemptOpts = phase.wrote ? { ...opts, signal: undefined } : opts;
      outcome = await once(ctx, lang, attemptOpts, state, setUp ? undefined : setup, progress, phase);
    } catch (e) {
      // A table or sheet deleted between two round trips: look again rather than fail.
      if (!isOfficeError(e, "ItemNotFound", "InvalidReference")) throw e;
      failure = e;
      outcome = "moved";
    }
    if (outcome === "setUp") setUp = true;
    else if (outcome === "moved") {
      reread = true;
      attempt++;
    } else return { ...outcome, reread, ...(phase.besideUser.length > 0 ? { besideUser: phase.besideUser } : {}) };
  }
  throw failure ?? new Error(t(lang, "excel.error.keptMoving"));
}

/** One attempt: read, score, verify, write. */
async function once(
  ctx: Excel.RequestContext,
  lang: Lang,
  opts: RefreshOptions,
  state: HostState,
  setup: SetupRunner | undefined,
  progress: Progress,
  phase: Phase,
): Promise<RefreshResult | "moved" | "setUp"> {
  const snap = await readSnapshot(ctx, state, opts);
  noticeChanges(state, snap);
  const customers = snap.tables.customers;
  if (customers && !customers.tableName && setup) {
    // The customers are a plain range (the table was converted back, or setup never ran): adopt it first.
    throwIfCancelled(opts.signal);
    phase.wrote = true;
    phase.besideUser.push(...((await setup(ctx)).besideUser ?? []));
    return "setUp";
  }
  const total = snap.book.tables.customers?.rows.length ?? 0;
  progress({ stage: "scoring", done: 0, total });
  // Scoring holds the thread: let the pane draw its stage first (a task, not a sync).
  if (opts.onProgress) await new Promise((resolve) => setTimeout(resolve, 0));
  const analysis = score(snap, lang, opts.asOf, state);
  progress({ stage: "scoring", done: total, total });
  // The last moment a cancel is honoured: the next sync (verify) may append columns, and the
  // writes after it run to the end, so nothing is ever half-written (docs/DECISIONS.md).
  throwIfCancelled(opts.signal);
  // Nothing is written where the data may be the wrong sheet: the set-up screen asks which first.
  if (!customers?.tableName || (customers.raw.alsoFits?.length ?? 0) > 0)
    return done(progress, { analysis, written: 0, reread: false });
  // Every sheet this refresh writes, checked before the first write: a protected one stops it whole.
  refuseProtected(snap.protectedSheets, [
    customers.raw.sheet,
    snap.book.history?.sheet,
    ownedSheetOf(snap.names, CHART_SHEET_KEY),
    ownedSheetOf(snap.names, DASHBOARD_KEY),
  ]);
  // The add-in's own sheets not made yet, when the workbook's structure is protected: said now,
  // not when Excel refuses the new sheet after the customer columns were added.
  refuseStructure(snap.structureProtected, [
    ownedSheetOf(snap.names, CHART_SHEET_KEY) === undefined ? t(lang, "excel.chart.sheet") : undefined,
    ownedSheetOf(snap.names, DASHBOARD_KEY) === undefined ? t(lang, "dashboard.sheet") : undefined,
    snap.book.history ? undefined : t(lang, "history.sheet"),
  ]);

  // Only a name of ours in a form Excel never gave before costs a sync: the header marker.
  const marked = needsMarker(snap.owned, customers.raw.headers) ? await headerMarks(ctx, customers.raw) : undefined;
  throwIfCancelled(opts.signal);
  // What is added to the book (captions, sheets, history, chart and dashboard texts) is named in
  // the book's language, whatever the pane's: a Chinese book read in an English pane stays Chinese.
  const written = bookLang(snap.book);
  const plan = planColumns(snap, customers, written, marked);
  const site = queueChartProbe(ctx, snap); // loaded by the verify sync
  const dashSite = queueDashboardProbe(ctx, snap); // loaded by the verify sync
  const filterRead = queueFilterRead(ctx, customers.tableName); // loaded by the verify sync
  // Known before the columns are added: their own events (where Excel cannot switch them off) are
  // filtered as the add-in's even if they arrive before this code resumes.
  state.computed = {
    tableName: customers.tableName,
    sheet: customers.raw.sheet,
    columns: plan.keys.map((k) => customers.raw.firstColumn + plan.index.get(k)!),
  };
  // The chart's axes as Excel will check them: an axis it would refuse stops the refresh here,
  // before anything is written, not halfway through the write sync.
  chartAxes(analysis);
  // Columns to add beside the table: one sync more (only then) to see what they would move.
  if (plan.add.keys.length > 0) {
    const row0 = customers.raw.headerRow - 1;
    const table = { sheet: customers.raw.sheet, row0, row1: row0 + customers.raw.rows.length, col1: customers.raw.firstColumn + customers.raw.headers.length - 1 };
    refuseFarRight(table, await usedBeside(ctx, table), plan.add.keys.length);
  }
  phase.wrote = true;
  const same = await verifyAndAddColumns(ctx, customers, plan, snap, written, state);
  // Added by now even when the table moved: the next attempt finds them as the add-in's.
  phase.besideUser.push(...besideUser(customers.raw.sheet, addedColumns(plan.add), customers.raw.headers, written));
  if (!same) return "moved";
  const chart = chartWriter(analysis, site(), snap, written, state);
  const dashboard = dashboardWriter(analysis, dashSite(), snap, written, state);
  if (
    await writeComputed(ctx, customers, plan, analysis, written, snap.book.date1904, state, progress, chart, dashboard, filterRead())
  )
    return "moved";
  learnHistorySize(state, dashboard.dashboard.appended.length);
  return done(progress, { analysis, written: analysis.scores.length, reread: false, dashboard: dashboard.dashboard });
}

function done(progress: Progress, result: RefreshResult): RefreshResult {
  progress({ stage: "done", done: 1, total: 1 });
  return result;
}

/** The core's analysis, plus where-is-the-data problems only the host can see. */
export function score(snap: Snapshot, lang: Lang, asOf: number | undefined, state: HostState): Analysis {
  const analysis = analyze(snap.book, { asOf, today: state.today?.() ?? todayDay(), lang });
  const extra = locationProblems(snap.located, lang);
  return extra.length ? { ...analysis, problems: sortProblems([...analysis.problems, ...extra]) } : analysis;
}

/** Where each computed column is, and which must be added. */
interface ColumnPlan {
  keys: ComputedKey[];
  /** Index within the table of each key (after the missing ones are appended). */
  index: Map<ComputedKey, number>;
  add: ColumnsToAdd;
  /** Columns recognised by their marker whose names were gone: named again in the verify sync. */
  adopt: { key: ComputedKey; index: number }[];
  idIndex?: number;
}

function planColumns(snap: Snapshot, customers: ReadTable, lang: Lang, marked?: boolean[]): ColumnPlan {
  const raw = customers.raw;
  const width = raw.headers.length;
  const owned = ownedIndexes(snap.owned, {
    sheet: raw.sheet,
    table: customers.tableName ?? "",
    headerRow0: raw.headerRow - 1,
    col0: raw.firstColumn,
    headers: raw.headers,
    marked,
  });
  const keys = computedKeys();
  const add = columnsToAdd(
    keys.filter((k) => !owned.has(k)),
    raw.headers,
    lang,
  );
  const index = new Map(owned);
  add.keys.forEach((k, j) => index.set(k, width + j));
  const adopt = adoptedKeys(snap.owned, owned).map((key) => ({ key, index: owned.get(key)! }));
  return { keys, index, add, adopt, idIndex: mapHeaders(TABLES.customers, raw.headers).get("id") };
}

function idColumn(ws: Excel.Worksheet, raw: ReadTable["raw"], idIndex: number, from: number, to: number): Excel.Range {
  const col = raw.firstColumn + idIndex;
  return ws.getRange(a1(raw.headerRow + from, col, raw.headerRow + to - 1, col)).load("values");
}

function sameIds(
  loaded: readonly (readonly unknown[])[],
  rows: readonly Cell[][],
  from: number,
  idIndex: number,
): boolean {
  for (let i = 0; i < loaded.length; i++) if (loaded[i][0] !== rows[from + i]?.[idIndex]) return false;
  return true;
}

/** Sync 3: is the customer table where and as it was read? Appends the computed columns it lacks. */
async function verifyAndAddColumns(
  ctx: Excel.RequestContext,
  customers: ReadTable,
  plan: ColumnPlan,
  snap: Snapshot,
  lang: Lang,
  state: HostState,
): Promise<boolean> {
  const wb = ctx.workbook;
  const raw = customers.raw;
  const table = wb.tables.getItem(customers.tableName!);
  const header = table.getHeaderRowRange().load("address,values");
  const rows = raw.rows.length;
  const ws = wb.worksheets.getItem(raw.sheet);
  const ids = plan.idIndex !== undefined && rows > 0 ? idColumn(ws, raw, plan.idIndex, 0, rows) : undefined;
  const body = rows > 0 ? table.getDataBodyRange().load("rowCount") : undefined;
  quietly(ctx, state, () => {
    queueAdoptNames(ctx, table, plan.adopt, lang);
    queueAddColumns(ctx, table, plan.add, snap.ownedNames, lang);
  });
  await ctx.sync();
  quietSynced(state);
  const h = header.values[0] ?? [];
  const sameHeader = h.length === raw.headers.length && h.every((v, i) => String(v) === raw.headers[i]);
  const at = parseArea(header.address);
  const samePlace =
    at.row0 === raw.headerRow - 1 &&
    at.col0 === raw.firstColumn &&
    at.col1 === raw.firstColumn + raw.headers.length - 1;
  const sameRows = !body || body.rowCount === rows;
  return sameHeader && samePlace && sameRows && (!ids || sameIds(ids.values, raw.rows, 0, plan.idIndex!));
}

function chartWriter(
  analysis: Analysis,
  site: ChartSite,
  snap: Snapshot,
  lang: Lang,
  state: HostState,
): QuadrantChartWriter {
  const dataSheets = Object.values(snap.tables).map((x) => x.raw.sheet);
  // The labels are laid out for the chart's size: the user's, if they resized it.
  const plan = planQuadrantChart(analysis, lang, MAX_LABELLED_POINTS, site.geometry ?? CHART_LAYOUT.chart);
  return new QuadrantChartWriter(plan, site, lang, dataSheets, state.maxCellsPerWrite);
}

/**
 * The history's size as this refresh left it, so the next read plans it with the rest (a table
 * of unknown size would make the next read ask for everything in one go, and be refused on a
 * large book). A history row reads back as ~55 bytes of JSON; 80 is on the safe side.
 */
function learnHistorySize(state: HostState, appended: number): void {
  if (appended === 0) return;
  const key = hintKey(HISTORY_TABLE);
  const known = state.readHints[key];
  state.readHints[key] = { rows: (known?.rows ?? 0) + appended, cols: HISTORY_COLUMNS.length, bytesPerRow: known?.bytesPerRow ?? 80 };
}

function dashboardWriter(
  analysis: Analysis,
  site: OwnedSheetSite,
  snap: Snapshot,
  lang: Lang,
  state: HostState,
): DashboardWriter {
  const dataSheets = Object.values(snap.tables).map((x) => x.raw.sheet);
  const stamp = nowSerial(state.now?.() ?? Date.now(), snap.book.date1904);
  // What the previous refresh left (its thresholds, its input's shape): read with the names in the discovery sync.
  const memo = snap.names.find((n) => n.name.toLowerCase() === REFRESH_MEMO_NAME.toLowerCase());
  return new DashboardWriter(analysis, snap.book, site, lang, dataSheets, stamp, {
    exists: memo !== undefined,
    ...readMemo(memo?.formula),
  });
}

/** One write sync: computed rows (with their ID check), the formats (and the history and dashboard), a run of the chart's units. */
interface WriteStep {
  sync?: WriteSync;
  formats: boolean;
  chart?: UnitGroup;
  /** History rows and/or the dashboard (dashboard.ts). */
  dash?: DashPiece;
  bytes: number;
}

/**
 * Sync 4 (more only past the request limit): the computed cells, then the formats, then the
 * quadrant chart in whatever room the last sync has left. Returns true if the rows moved meanwhile.
 */
async function writeComputed(
  ctx: Excel.RequestContext,
  customers: ReadTable,
  plan: ColumnPlan,
  analysis: Analysis,
  lang: Lang,
  date1904: boolean,
  state: HostState,
  progress: Progress,
  chart: QuadrantChartWriter,
  dashboard: DashboardWriter,
  tableFilter: TableFilter | undefined,
): Promise<boolean> {
  const raw = customers.raw;
  const ws = ctx.workbook.worksheets.getItem(raw.sheet);
  const sheetColumns = plan.keys.map((k) => raw.firstColumn + plan.index.get(k)!);
  state.computed = {
    tableName: customers.tableName!,
    sheet: raw.sheet,
    columns: sheetColumns,
    // Where the pane's quadrant filter applies (filter.ts).
    quadrantColumn: raw.firstColumn + plan.index.get("quadrant")!,
    firstColumn: raw.firstColumn,
  };
  const rows = computedRows(analysis, raw, plan.keys, lang, date1904);

  const queueFormats = () => {
    for (const c of sheetColumns) queueComputedHeaderStyle(ws.getRange(a1(raw.headerRow - 1, c)));
    const q = raw.firstColumn + plan.index.get("quadrant")!;
    if (rows.length) queueQuadrantColors(ws.getRange(a1(raw.headerRow, q, raw.headerRow + rows.length - 1, q)));
  };
  const layout = { firstRow0: raw.headerRow, sheetColumns, keys: plan.keys };
  const limits = () => ({ budgetBytes: state.writeBudgetBytes, maxCellsPerOp: state.maxCellsPerWrite });
  let formatsDone = false;
  let nextUnit = 0;
  /** The steps left: computed rows from `fromRow`, the formats unless sent, chart units from `fromUnit`. */
  const planSteps = (fromRow: number, fromUnit: number): WriteStep[] => {
    const steps: WriteStep[] = planWrites(rows, layout, limits(), fromRow).map((s) => ({
      sync: s,
      formats: false,
      bytes: s.bytes,
    }));
    if (steps.length === 0) steps.push({ formats: false, bytes: 0 });
    const last = steps[steps.length - 1];
    last.formats = !formatsDone;
    const budget = state.writeBudgetBytes;
    chart.pack(fromUnit, budget - last.bytes, budget).forEach((g, k) => {
      if (k > 0) steps.push({ formats: false, chart: g, bytes: g.bytes });
      else if (g.to > g.from) {
        last.chart = g;
        last.bytes += g.bytes;
      }
    });
    // The history rows and the dashboard: in the room the last step left, else in syncs of their own.
    const end = steps[steps.length - 1];
    dashboard.pack(budget - end.bytes, budget).forEach((p, k) => {
      if (k > 0) steps.push({ formats: false, dash: p, bytes: p.bytes });
      else if (p.bytes > 0) {
        end.dash = p;
        end.bytes += p.bytes;
      }
    });
    return steps;
  };
  let steps = planSteps(0, 0);
  // The table's filter (the pane's quadrant filter, or the user's own): cleared before the first
  // write, applied again after the last (filter.ts).
  const filter = filterAroundWrites(ctx, tableFilter);
  let cleared = false;
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i];
    progress({ stage: stageOf(s), done: i, total: steps.length, rows: s.sync?.from });
    // Loaded before the writes in the same batch: the IDs of exactly the rows being written, as they were then.
    const check =
      s.sync && plan.idIndex !== undefined ? idColumn(ws, raw, plan.idIndex, s.sync.from, s.sync.to) : undefined;
    // The add-in's own sheets first, the customer rows last: a command Excel refuses stops the
    // batch there, and what came before it stays applied, so an unexpected refusal in the chart
    // or the dashboard leaves the user's table as it was rather than half refreshed.
    quietly(ctx, state, () => {
      if (s.chart) chart.queue(ctx, s.chart.from, s.chart.to);
      if (s.dash) dashboard.queue(ctx, s.dash);
      if (filter && !cleared) filter.clear();
      if (s.sync) queueWrites(ws, s.sync);
      if (s.formats) queueFormats();
      if (filter && i === steps.length - 1) filter.reapply();
    });
    try {
      await ctx.sync();
      quietSynced(state);
    } catch (e) {
      // The host refused the request (nothing of it was applied): send the rest in smaller pieces.
      // The budget halves at every refusal, so this ends even for a piece that cannot be cut.
      if (!isPayloadTooLarge(e) || Math.min(state.writeBudgetBytes, s.bytes) / 2 < MIN_WRITE_BUDGET) throw e;
      state.writeBudgetBytes = Math.floor(Math.min(state.writeBudgetBytes, s.bytes) / 2);
      steps = [...steps.slice(0, i), ...planSteps(s.sync?.from ?? rows.length, s.chart?.from ?? nextUnit)];
      i--;
      continue;
    }
    cleared = true;
    if (s.formats) formatsDone = true;
    if (s.chart) nextUnit = s.chart.to;
    if (s.dash) dashboard.sent(s.dash);
    if (check && s.sync && !sameIds(check.values, raw.rows, s.sync.from, plan.idIndex!)) return true;
    progress({ stage: stageOf(s), done: i + 1, total: steps.length, rows: s.sync?.to });
  }
  return false;
}

/** What the user is told a write sync is doing: the computed cells first, then formats, then the charts. */
function stageOf(s: WriteStep): "writing" | "formatting" | "charts" {
  return s.sync ? "writing" : s.formats ? "formatting" : "charts";
}
