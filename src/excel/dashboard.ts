/**
 * The migration history table (`crmHistory`) and the dashboard sheet, written inside the refresh's
 * own round trips (no sync of their own):
 *
 *   sync 2 (read)    the history table is read with the datasets (readBook.ts, `book.history`);
 *   sync 3 (verify)  `queueDashboardProbe` loads where the dashboard sheet is (a hidden name,
 *                    ownedSheet.ts) and the add-in's chart on it;
 *   sync 4 (write)   `DashboardWriter.queue`: the rows this refresh appends to the history (only
 *                    customers whose quadrant changed; every customer the first time, on a new
 *                    sheet), and the dashboard rebuilt in place: cells, styles, quadrant colours,
 *                    the trend block and its column chart.
 *
 * The work is a fixed number of commands whatever the book: the history rows go in one
 * `rows.add`, the dashboard's lists are capped (dashboardPlan.ts), so the sync count does not grow
 * with rows. A refused write sync is planned again; `queue` then runs again in full, which is safe
 * because a refused request applied nothing.
 */
import type { Analysis } from "../core/analyze";
import { type Dashboard, buildDashboard } from "../core/dashboard";
import { HISTORY_COLUMNS, HISTORY_TABLE, type HistoryRow, historyCells as rowCells, historyColumns, historyHeaders, readHistory } from "../core/history";
import { REFRESH_MEMO_NAME, type RefreshMemo, memoFormula } from "../core/refreshMemo";
import { type ShapeMemo, inputShape, judgeShape } from "../core/inputShape";
import type { Thresholds } from "../core/quadrant";
import { type Lang, t } from "../core/i18n";
import { serialFromDay } from "../core/dates";
import type { RawBook } from "../core/table";
import { a1 } from "./address";
import { type DashboardPlan, DASHBOARD_KEY, DASHBOARD_MARKER, DASHBOARD_LAYOUT, TREND_CHART_NAME, planDashboard } from "./dashboardPlan";
import { queueQuadrantColors, setUniformNumberFormat } from "./format";
import { type KnownBook, type OwnedSheetSite, queueOwnedSheet, queueOwnedSheetProbe, uniqueSheetName } from "./ownedSheet";
import { COMPUTED_HEADER, QUADRANT_COLORS } from "./palette";
import { AMOUNT_FORMAT, CLOSENESS_FORMAT } from "./writeScores";
import { utf8Length } from "../core/utf8";
import { dashboardPrint, queueSheetPrint } from "./sheetPrint";

/** Queues the dashboard's loads into sync 3; the answer is read after that sync. */
export function queueDashboardProbe(ctx: Excel.RequestContext, known?: KnownBook): () => OwnedSheetSite {
  return queueOwnedSheetProbe(ctx, DASHBOARD_KEY, undefined, known && { marker: DASHBOARD_MARKER, known });
}

/** The refresh's time as an Excel date-time serial in local time (what the user's clock says). */
export function nowSerial(nowMs: number, date1904: boolean): number {
  const local = nowMs - new Date(nowMs).getTimezoneOffset() * 60_000;
  const day = Math.floor(local / 86_400_000);
  return serialFromDay(day, date1904) + (local - day * 86_400_000) / 86_400_000;
}

const HISTORY_FORMATS = ["yyyy-mm-dd hh:mm", "@", "@", "@", AMOUNT_FORMAT, CLOSENESS_FORMAT, "@"];

/**
 * Where each of our columns sits in the history table as read, and its width once a column it
 * lacks (the cause, in a history made before that column existed) is appended at its end.
 */
interface HistoryLayout {
  at: number[];
  width: number;
  /** The cause column must be added first (at index `width - 1`). */
  addCause: boolean;
}

function historyLayout(headers: readonly string[] | undefined): HistoryLayout {
  if (!headers) return { at: HISTORY_COLUMNS.map((_, i) => i), width: HISTORY_COLUMNS.length, addCause: false };
  const cols = historyColumns(headers);
  const addCause = cols.cause < 0;
  const width = headers.length + (addCause ? 1 : 0);
  return { at: HISTORY_COLUMNS.map((c) => (c === "cause" && addCause ? width - 1 : cols[c])), width, addCause };
}

/**
 * A history row as the table's cells. Appended rows take the ID with a leading apostrophe
 * (typed-text rules: "001" or "=x" stays that text); the first write formats the column as text
 * instead, where an apostrophe would be kept as a character. A column of the user's gets "".
 */
function historyCells(r: HistoryRow, lang: Lang, layout: HistoryLayout, quoteId = true): (string | number)[] {
  const ours = rowCells(r, lang);
  if (quoteId) ours[1] = `'${r.id}`;
  const out: (string | number)[] = new Array(layout.width).fill("");
  layout.at.forEach((col, i) => (out[col] = ours[i]));
  return out;
}

/**
 * A piece of the work, sent within one sync: history rows [from, to), and/or the dashboard. In the
 * usual case everything is one piece that joins the refresh's last write sync; only past the
 * request limit (thousands of starting quadrants under a small limit) are the rows cut into pieces.
 */
export interface DashPiece {
  from: number;
  to: number;
  dashboard: boolean;
  bytes: number;
}

/** Fixed allowance per piece (object paths, the styles, rules and chart commands of the dashboard). */
const PIECE_BYTES = 2_000;
const DASHBOARD_BYTES = 40_000;

export class DashboardWriter {
  readonly dashboard: Dashboard;
  readonly plan: DashboardPlan;
  private readonly rowBytes: number[];
  private readonly dashboardBytes: number;
  /** What earlier syncs of this refresh already sent. */
  private sentRows = 0;
  private sentDashboard = false;
  /** The history sheet made by this refresh (its table is added with the last rows). */
  private newSheet?: Excel.Worksheet;
  private readonly layout: HistoryLayout;
  private readonly thresholds: Thresholds;
  private readonly shapeMemo: ShapeMemo;

  /**
   * `memo` is what the previous refresh left (`crmRefreshMemo`): `exists` when the name is there
   * (it is then updated, else added), `thresholds` the ones it scored with.
   */
  constructor(
    analysis: Analysis,
    private readonly book: RawBook,
    private readonly site: OwnedSheetSite,
    private readonly lang: Lang,
    private readonly dataSheets: readonly string[],
    stamp: number,
    private readonly memo: { exists: boolean } & RefreshMemo = { exists: false },
  ) {
    // The input's shape against the history's (inputShape.ts): a changed map records no movements.
    const judged = judgeShape(memo, inputShape(analysis));
    this.shapeMemo = judged.memo;
    this.dashboard = buildDashboard(analysis, readHistory(book.history).rows, stamp, memo.thresholds, judged.verdict);
    this.thresholds = analysis.thresholds;
    this.layout = historyLayout(book.history?.headers);
    const names = new Map(analysis.scores.map((s) => [s.key, s.name]));
    this.plan = planDashboard(this.dashboard, names, lang, book.date1904, serialFromDay(analysis.asOf, book.date1904));
    // A row's request bytes are its values' JSON, with a margin (the first time's formats go per column).
    this.rowBytes = this.dashboard.appended.map((r) => Math.ceil(utf8Length(JSON.stringify(historyCells(r, lang, this.layout))) * 1.1) + 8);
    this.dashboardBytes =
      utf8Length(JSON.stringify(this.plan.rows.map((r) => [r.values, r.formats])) + JSON.stringify(this.plan.trend)) +
      DASHBOARD_BYTES;
  }

  /**
   * The work left, cut into pieces: the first within `room` (what the sync it joins has left; it
   * may be empty), the others within `budget` each. A piece larger than a whole budget goes alone.
   */
  pack(room: number, budget: number): DashPiece[] {
    const pieces: DashPiece[] = [];
    let limit = room;
    let piece: DashPiece = { from: this.sentRows, to: this.sentRows, dashboard: false, bytes: PIECE_BYTES };
    const close = () => {
      pieces.push(piece);
      piece = { from: piece.to, to: piece.to, dashboard: false, bytes: PIECE_BYTES };
      limit = budget;
    };
    for (let i = this.sentRows; i < this.rowBytes.length; i++) {
      if (piece.bytes + this.rowBytes[i] > limit && (piece.to > piece.from || limit < budget)) close();
      piece.to = i + 1;
      piece.bytes += this.rowBytes[i];
    }
    if (!this.sentDashboard) {
      if (piece.bytes + this.dashboardBytes > limit && (piece.to > piece.from || limit < budget)) close();
      piece.dashboard = true;
      piece.bytes += this.dashboardBytes;
    }
    if (piece.to > piece.from || piece.dashboard) pieces.push(piece);
    return pieces.map((p) => (p.to === p.from && !p.dashboard ? { ...p, bytes: 0 } : p));
  }

  queue(ctx: Excel.RequestContext, piece: DashPiece): void {
    if (piece.to > piece.from) this.queueHistory(ctx, piece.from, piece.to);
    if (piece.dashboard) {
      this.queueDashboard(ctx);
      this.queueMemo(ctx);
    }
  }

  /** The thresholds of this refresh, for the next one to tell threshold moves apart (refreshMemo.ts). */
  private queueMemo(ctx: Excel.RequestContext): void {
    const formula = memoFormula({ thresholds: this.thresholds, ...this.shapeMemo });
    const names = ctx.workbook.names;
    if (this.memo.exists) names.getItem(REFRESH_MEMO_NAME).formula = formula;
    else names.add(REFRESH_MEMO_NAME, formula, t(this.lang, "history.memoComment")).visible = false;
  }

  /** After the piece's sync succeeded. */
  sent(piece: DashPiece): void {
    this.sentRows = Math.max(this.sentRows, piece.to);
    if (piece.dashboard) this.sentDashboard = true;
  }

  private queueHistory(ctx: Excel.RequestContext, from: number, to: number): void {
    const appended = this.dashboard.appended;
    const wb = ctx.workbook;
    if (this.book.history) {
      const table = wb.tables.getItem(HISTORY_TABLE);
      // A history made before the cause column: the column first (once: the rows of later pieces fit it).
      if (this.layout.addCause && from === 0) table.columns.add(undefined, undefined, t(this.lang, "history.column.cause"));
      table.rows.add(undefined, appended.slice(from, to).map((r) => historyCells(r, this.lang, this.layout)));
      return;
    }
    // The first refresh: a sheet of its own, the header and the starting quadrants as plain cells
    // (formatted as text first), and the table over them once the last rows are written.
    if (from === 0) {
      this.newSheet = wb.worksheets.add(uniqueSheetName(t(this.lang, "history.sheet"), this.site.sheets));
      const head = this.newSheet.getRange(a1(0, 0, 0, HISTORY_FORMATS.length - 1));
      head.numberFormat = [HISTORY_FORMATS.map(() => "@")];
      head.values = [historyHeaders(this.lang)];
      this.newSheet.getRange("A:A").format.columnWidth = 110;
    }
    const ws = this.newSheet!;
    const rows = appended.slice(from, to).map((r) => historyCells(r, this.lang, this.layout, false));
    // One format per column, sent as a single value: a matrix of formats would cost as much as the rows.
    HISTORY_FORMATS.forEach((f, c) => setUniformNumberFormat(ws.getRange(a1(1 + from, c, to, c)), f));
    ws.getRange(a1(1 + from, 0, to, HISTORY_FORMATS.length - 1)).values = rows;
    if (to === appended.length) ws.tables.add(ws.getRange(a1(0, 0, to, HISTORY_FORMATS.length - 1)), true).name = HISTORY_TABLE;
  }

  private queueDashboard(ctx: Excel.RequestContext): void {
    const { plan } = this;
    const { sheet: ws } = queueOwnedSheet(ctx, this.site, {
      name: plan.sheetName,
      alternative: t(this.lang, "excel.computed.suffixed", { caption: plan.sheetName }),
      comment: plan.comment,
      dataSheets: this.dataSheets,
    });
    const w = DASHBOARD_LAYOUT.width;
    const all = ws.getRange(a1(0, 0, plan.rows.length - 1, w - 1));
    all.numberFormat = plan.rows.map((r) => r.formats);
    all.values = plan.rows.map((r) => r.values);
    plan.rows.forEach((r, i) => {
      if (r.style === "body") return;
      const row = ws.getRange(a1(i, 0, i, r.style === "title" || r.style === "section" ? 0 : w - 1));
      if (r.style === "title") {
        row.format.font.size = 16;
        row.format.font.bold = true;
      } else if (r.style === "section") {
        row.format.font.size = 12;
        row.format.font.bold = true;
        row.format.font.color = COMPUTED_HEADER.fill;
      } else if (r.style === "header") {
        row.format.fill.color = COMPUTED_HEADER.fill;
        row.format.font.color = COMPUTED_HEADER.font;
        row.format.font.bold = true;
      } else if (r.style === "total") row.format.font.bold = true;
      else row.format.font.italic = true;
    });
    // The quadrant numerals in the same colours as the customer table's quadrant column: one run
    // of consecutive rows per column, so the rules stay a handful.
    for (const run of quadrantRuns(plan)) queueQuadrantColors(ws.getRange(a1(run.row0, run.col, run.row1, run.col)));
    const { columnWidths, trendRow0, trendCol0, chartCol1, chartRow1 } = DASHBOARD_LAYOUT;
    columnWidths.forEach((pt, c) => (ws.getRange(a1(0, c, 0, c)).getEntireColumn().format.columnWidth = pt));
    this.queueTrend(ws);
    const trendRows = plan.trend.values.length;
    const trend = trendRows >= 2 ? { col0: trendCol0, col1: chartCol1, row1: Math.max(chartRow1, trendRow0 + trendRows - 1) } : undefined;
    queueSheetPrint(ws, this.lang, dashboardPrint(columnWidths, plan.rows.length, trend));
  }

  private queueTrend(ws: Excel.Worksheet): void {
    const { trend, quadrants, chartTitle } = this.plan;
    if (trend.values.length < 2) return;
    const block = ws.getRange(trend.address);
    block.numberFormat = trend.formats;
    block.values = trend.values;
    const chart = ws.charts.add("ColumnClustered", block, "Columns");
    chart.name = TREND_CHART_NAME;
    chart.title.text = chartTitle;
    chart.legend.position = "Bottom";
    quadrants.forEach((q, k) => chart.series.getItemAt(k).format.fill.setSolidColor(QUADRANT_COLORS[q].strong));
    chart.setPosition(DASHBOARD_LAYOUT.chartFrom, DASHBOARD_LAYOUT.chartTo);
  }
}

/** Runs of consecutive plan rows holding a quadrant numeral in the same column. */
export function quadrantRuns(plan: DashboardPlan): { col: number; row0: number; row1: number }[] {
  const runs: { col: number; row0: number; row1: number }[] = [];
  const open = new Map<number, { col: number; row0: number; row1: number }>();
  plan.rows.forEach((r, i) => {
    const cols = new Set(r.quadrantCols ?? []);
    for (const [col, run] of open)
      if (!cols.has(col)) {
        runs.push(run);
        open.delete(col);
      }
    for (const col of cols) {
      const run = open.get(col);
      if (run) run.row1 = i;
      else open.set(col, { col, row0: i, row1: i });
    }
  });
  runs.push(...open.values());
  return runs;
}
