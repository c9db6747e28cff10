/**
 * The dashboard sheet (仪表板 / Dashboard) as a plan, without Excel: which cells hold what, in the
 * user's language. `dashboard.ts` turns it into Office.js calls inside the refresh's write sync.
 *
 *   A–G   the sections, one under the other: title; per quadrant count / amount / shares; the
 *         thresholds; the revenue mix against 75/15/10; this refresh's movements (worst first,
 *         each with the strategy to apply now); the borderline customers; the protection gaps and
 *         the policies ending within the renewal horizon (SPEC 5b)
 *   I–M   the trend block (refresh time, counts of I–IV) the column chart is drawn from; the chart
 *         sits over I1:Q18, the block starts at row 20
 *
 * Long lists are capped (`LIST_CAP` rows each, then a line saying how many more and where they
 * are), so the request stays the same size whatever the book — the history sheet and the customer
 * table hold the rest.
 */
import type { Dashboard } from "../core/dashboard";
import { ADDIN_CHARTS } from "./ownedCharts";
import { type Lang, t } from "../core/i18n";
import { QUADRANTS, type Quadrant, relationshipName, strategyText } from "../core/strategy";
import { MIX_PARTS, RULE_OF_THUMB } from "../core/revenueMix";
import { causeText, stampText } from "../core/history";
import { a1 } from "./address";
import type { OwnedSheetMarker } from "./ownedSheet";
import { coverText, memberLabel } from "../core/coverage/text";
import { formatDay } from "../core/dates";
import { thresholdChangeText } from "../core/movementText";
import { AMOUNT_FORMAT, CLOSENESS_FORMAT, type OutCell } from "./writeScores";
import { stageText } from "../core/accounts/text";

export const DASHBOARD_KEY = "dashboard";

/** The dashboard without its hidden name: named 仪表板 / Dashboard (or a "(CRM)" form), its title in A1 in either language. */
export const DASHBOARD_MARKER: OwnedSheetMarker = {
  captions: (["zh-CN", "en-US"] as const).map((l) => t(l, "dashboard.sheet")),
  address: "A1",
  matches: (values) => (["zh-CN", "en-US"] as const).some((l) => values[0]?.[0] === t(l, "dashboard.title")),
};
export const TREND_CHART_NAME = ADDIN_CHARTS.dashboardTrend.name;
/** Rows per list (movements, borderline) shown on the sheet. */
export const LIST_CAP = 200;
export const DASHBOARD_LAYOUT = {
  width: 7,
  /** Columns A–G, in points: the strategy column last and widest. */
  columnWidths: [90, 150, 90, 90, 110, 110, 420],
  trendCol0: 8,
  trendRow0: 19,
  chartFrom: "I1",
  chartTo: "Q18",
  /** The trend chart's last column and row (Q18), 0-based. */
  chartCol1: 16,
  chartRow1: 17,
} as const;

const PERCENT = "0.0%";
const STAMP_FORMAT = "yyyy-mm-dd hh:mm";
const TEXT = "@";
const GENERAL = "General";

export type RowStyle = "title" | "note" | "section" | "header" | "body" | "total";

/** One row of the main area (columns A…), with one number format per cell. */
export interface PlannedRow {
  values: OutCell[];
  formats: string[];
  style: RowStyle;
  /** Column indexes (0-based) holding a quadrant numeral: coloured like the quadrant column. */
  quadrantCols?: number[];
}

export interface DashboardPlan {
  rows: PlannedRow[];
  /** The trend block: header row, then one row per refresh (text time, counts). */
  trend: { address: string; values: OutCell[][]; formats: string[][] };
  /** Series colours of the trend chart, in block order. */
  quadrants: readonly Quadrant[];
  chartTitle: string;
  sheetName: string;
  comment: string;
}

export function planDashboard(
  d: Dashboard,
  names: ReadonlyMap<string, string>,
  lang: Lang,
  date1904: boolean,
  asOfSerial: number,
): DashboardPlan {
  const rows: PlannedRow[] = [];
  const w = DASHBOARD_LAYOUT.width;
  const pad = (cells: OutCell[], formats: string[]) => ({
    values: [...cells, ...Array(w - cells.length).fill("")],
    formats: [...formats, ...Array(w - formats.length).fill(GENERAL)],
  });
  const add = (style: RowStyle, cells: OutCell[], formats: string[] = cells.map(() => TEXT), quadrantCols?: number[]) =>
    rows.push({ ...pad(cells, formats), style, quadrantCols });
  const gap = () => add("body", []);
  const tr = (key: string, params?: Record<string, string | number>) => t(lang, `dashboard.${key}`, params);

  add("title", [tr("title")]);
  add("note", [tr("asOf"), asOfSerial, tr("refreshed"), d.stamp], [TEXT, "yyyy-mm-dd", TEXT, STAMP_FORMAT]);
  gap();

  add("section", [tr("section.quadrants")]);
  add("header", ["quadrant", "relationship", "count", "countShare", "amount", "amountShare"].map((k) => tr(`col.${k}`)));
  for (const x of d.totals)
    add(
      "body",
      [x.quadrant, relationshipName(x.quadrant, lang), x.count, x.countShare ?? "", x.amount, x.amountShare ?? ""],
      [TEXT, TEXT, "0", PERCENT, AMOUNT_FORMAT, PERCENT],
      [0],
    );
  add("total", [tr("total"), "", d.customers, d.customers ? 1 : "", d.amount, d.amount > 0 ? 1 : ""], [TEXT, TEXT, "0", PERCENT, AMOUNT_FORMAT, PERCENT]);
  gap();

  add("section", [tr("section.thresholds")]);
  const source = (set: boolean) => tr(set ? "threshold.set" : "threshold.median");
  add("body", [tr("threshold.amount"), d.thresholds.amount, source(d.thresholds.amountSet)], [TEXT, AMOUNT_FORMAT, TEXT]);
  add("body", [tr("threshold.closeness"), d.thresholds.closeness, source(d.thresholds.closenessSet)], [TEXT, CLOSENESS_FORMAT, TEXT]);
  gap();

  add("section", [tr("section.mix")]);
  add("header", ["source", "amount", "share", "rule", "gap"].map((k) => tr(`mixcol.${k}`)));
  for (const part of MIX_PARTS) {
    const share = d.mix.share?.[part];
    add(
      "body",
      [t(lang, `mix.part.${part}`), d.mix.amount[part], share ?? "", RULE_OF_THUMB[part], share === undefined ? "" : share - RULE_OF_THUMB[part]],
      [TEXT, AMOUNT_FORMAT, PERCENT, PERCENT, "+0.0%;-0.0%;0.0%"],
    );
  }
  if (d.mix.noProductColumn) add("note", [tr("mix.noProduct")]);
  if (d.mix.unplaced !== 0) add("note", [tr("mix.unplaced", { amount: d.mix.unplaced.toLocaleString(lang) })]);
  if (!d.mix.share) add("note", [tr("mix.none")]);
  gap();

  add("section", [tr("section.movements")]);
  if (d.first) add("note", [tr("movements.first", { count: d.appended.length })]);
  else if (d.shape !== "record") add("note", [tr(`movements.${d.shape}`, { count: d.appended.length })]);
  else if (d.movements.length === 0) add("note", [tr("movements.none")]);
  else {
    if (d.thresholdMove)
      add("note", [t(lang, "move.threshold.note", { change: thresholdChangeText(d.thresholdMove.before, d.thresholdMove.now, lang) })]);
    add("header", ["kind", "id", "name", "from", "to", "amount", "strategy"].map((k) => tr(`movecol.${k}`)));
    for (const m of d.movements.slice(0, LIST_CAP))
      add(
        "body",
        [
          // A threshold move is no news about the customer: named for its cause, not as a warning.
          m.cause ? causeText(m.cause, lang) : t(lang, `move.kind.${m.kind}`),
          m.id,
          names.get(m.key) ?? "",
          m.from ?? "",
          m.to ?? "",
          m.amount ?? "",
          m.to ? strategyText(m.to, lang) : "",
        ],
        [TEXT, TEXT, TEXT, TEXT, TEXT, AMOUNT_FORMAT, TEXT],
        [3, 4],
      );
    if (d.movements.length > LIST_CAP) add("note", [tr("more", { count: d.movements.length - LIST_CAP, where: t(lang, "history.sheet") })]);
  }
  gap();

  add("section", [tr("section.borderline", { count: d.borderline.length })]);
  if (d.borderline.length === 0) add("note", [tr("borderline.none")]);
  else {
    add("header", ["id", "name", "quadrant", "amount", "closeness"].map((k) => tr(`movecol.${k}`)));
    for (const s of d.borderline.slice(0, LIST_CAP))
      add("body", [s.id, s.name, s.quadrant, s.amount, s.closeness], [TEXT, TEXT, TEXT, AMOUNT_FORMAT, CLOSENESS_FORMAT], [2]);
    if (d.borderline.length > LIST_CAP) add("note", [tr("more", { count: d.borderline.length - LIST_CAP, where: tr("customerTable") })]);
  }
  gap();

  // Household protection (SPEC 5b): the gap list in its order (quadrant II, I, IV, III, then premium), then renewals.
  const protectionTab = t(lang, "taskpane.tab.coverage");
  add("section", [t(lang, "coverage.gaps.title", { count: d.gaps.length })]);
  if (d.gaps.length === 0) add("note", [t(lang, "coverage.noGaps")]);
  else {
    add("header", [tr("movecol.id"), tr("movecol.name"), tr("movecol.quadrant"), t(lang, "coverage.member"), t(lang, "coverage.missingCover"), t(lang, "coverage.annualPremium")]);
    for (const g of d.gaps.slice(0, LIST_CAP))
      add(
        "body",
        [g.id, g.name, g.quadrant, memberLabel({ name: g.member, relationship: g.relationship }, lang), coverText(g.cover, lang), g.annualPremium],
        [TEXT, TEXT, TEXT, TEXT, TEXT, AMOUNT_FORMAT],
        [2],
      );
    if (d.gaps.length > LIST_CAP) add("note", [tr("more", { count: d.gaps.length - LIST_CAP, where: protectionTab })]);
  }
  gap();

  add("section", [t(lang, "coverage.renewals.title", { days: d.renewalDays, count: d.renewals.length })]);
  if (d.renewals.length === 0) add("note", [t(lang, "coverage.noRenewals", { days: d.renewalDays })]);
  else {
    add("header", [tr("movecol.id"), tr("movecol.name"), t(lang, "coverage.member"), t(lang, "coverage.cover"), t(lang, "coverage.endDate"), t(lang, "coverage.days"), t(lang, "coverage.insurer")]);
    for (const r of d.renewals.slice(0, LIST_CAP))
      add("body", [r.id, r.name, r.member, coverText(r.cover, lang), formatDay(r.endDay), r.days, r.insurer], [TEXT, TEXT, TEXT, TEXT, TEXT, "0", TEXT]);
    if (d.renewals.length > LIST_CAP) add("note", [tr("more", { count: d.renewals.length - LIST_CAP, where: protectionTab })]);
  }

  // Key accounts (SPEC 5c): the funnel's totals per stage, then what the book's bad debt costs.
  const ka = d.accounts;
  if (ka.hasOpportunityTable) {
    gap();
    add("section", [t(lang, "accounts.funnel.title")]);
    add("header", [t(lang, "accounts.funnel.stage"), t(lang, "accounts.funnel.count"), t(lang, "accounts.funnel.amount")]);
    for (const f of ka.funnel) add("body", [stageText(f.stage, lang), f.count, f.amount], [TEXT, "0", AMOUNT_FORMAT]);
    add("total", [t(lang, "accounts.funnel.total"), ka.funnel.reduce((n, f) => n + f.count, 0), ka.funnel.reduce((n, f) => n + f.amount, 0)], [TEXT, "0", AMOUNT_FORMAT]);
  }
  gap();
  add("section", [t(lang, "accounts.badDebt.title")]);
  const debt = ka.badDebt;
  if (debt.amount === 0) add("note", [t(lang, "accounts.badDebt.none")]);
  else {
    add("header", [t(lang, "accounts.badDebt.amount"), t(lang, "accounts.dashboard.margin"), t(lang, "accounts.badDebt.extra")]);
    add("body", [debt.amount, debt.margin, debt.extraSales], [AMOUNT_FORMAT, PERCENT, AMOUNT_FORMAT]);
  }

  const { trendRow0, trendCol0 } = DASHBOARD_LAYOUT;
  const trendValues: OutCell[][] = [
    [tr("col.refreshed"), ...QUADRANTS.map((q) => `${q} ${relationshipName(q, lang)}`)],
    ...d.trend.map((p) => [stampText(p.stamp, date1904), ...QUADRANTS.map((q) => p.counts[q])]),
  ];
  return {
    rows,
    trend: {
      address: a1(trendRow0, trendCol0, trendRow0 + trendValues.length - 1, trendCol0 + QUADRANTS.length),
      values: trendValues,
      formats: trendValues.map((r, i) => r.map((_, j) => (i === 0 || j === 0 ? TEXT : "0"))),
    },
    quadrants: QUADRANTS,
    chartTitle: tr("chart.title"),
    sheetName: tr("sheet"),
    comment: tr("nameComment"),
  };
}
