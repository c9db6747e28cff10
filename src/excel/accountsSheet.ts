/**
 * The key-accounts sheet (SPEC 5c), a sheet the add-in owns: the funnel per stage with a native
 * funnel chart, the stale and 1+2+1-uncovered opportunities, the attack/defend grid (a native
 * scatter of share × potential, one series per segment, the axes crossing at the low share and the
 * potential threshold like the quadrant chart's cross) and what bad debt costs in sales.
 *
 * One Excel.run, four syncs whatever the size of the book, as the coverage sheet: find the tables ·
 * read them · find the owned sheet · write the sheet and its charts. Read afresh, so the sheet never
 * shows figures older than the workbook.
 */
import { analyze } from "../core/analyze";
import { ADDIN_CHARTS } from "./ownedCharts";
import { todayDay } from "../core/dates";
import { type Lang, t } from "../core/i18n";
import { keyAccounts, segmentText } from "../core/accounts";
import type { AccountsSheetResult } from "./host";
import { columnLetters } from "../core/a1";
import { a1 } from "./address";
import { WIDTH, accountsLayout } from "./accountsLayout";
import { queueOwnedSheet, queueOwnedSheetProbe } from "./ownedSheet";
import { ownedSheetOf, refuseProtected } from "./limits";
import { readSnapshot } from "./readBook";
import type { HostState } from "./state";

export const ACCOUNTS_SHEET_KEY = "keyAccounts";
export const FUNNEL_CHART = ADDIN_CHARTS.funnel.name;
export const GRID_CHART = ADDIN_CHARTS.attackDefend.name;
const HEADER_FILL = "#DDEBF7";
const STALE = { fill: "#FFEB9C", font: "#9C5700" };
const GAP = { fill: "#FFC7CE", font: "#9C0006" };
/** One colour and marker per segment (Okabe–Ito, as the quadrant chart): never colour alone. */
const SEGMENT_STYLE = {
  retain: { color: "#0072B2", marker: "Circle" },
  acquire: { color: "#D55E00", marker: "Square" },
  disrupt: { color: "#CC79A7", marker: "Triangle" },
  maintain: { color: "#E69F00", marker: "Diamond" },
  abandon: { color: "#8C8C8C", marker: "X" },
} as const;
/** Where the charts go: right of the tables, the funnel above the grid (points, like the other sheets). */
const CHART_LEFT_COLUMN = WIDTH + 1;
const CHART = { width: 480, funnelHeight: 260, gridHeight: 340, gap: 16 };

export async function writeAccountsSheet(ctx: Excel.RequestContext, lang: Lang, opts: { asOf?: number }, state: HostState): Promise<AccountsSheetResult> {
  const snap = await readSnapshot(ctx, state);
  const analysis = analyze(snap.book, { asOf: opts.asOf, today: state.today?.() ?? todayDay(), lang });
  refuseProtected(snap.protectedSheets, [ownedSheetOf(snap.names, ACCOUNTS_SHEET_KEY)]);
  const probe = queueOwnedSheetProbe(ctx, ACCOUNTS_SHEET_KEY, (name) => name === FUNNEL_CHART || name === GRID_CHART);
  await ctx.sync();
  const k = keyAccounts(analysis);
  const layout = accountsLayout(k, lang);

  const owned = queueOwnedSheet(ctx, probe(), {
    name: t(lang, "accounts.sheet.name"),
    alternative: `${t(lang, "accounts.sheet.name")}(CRM)`,
    comment: t(lang, "accounts.sheet.nameComment"),
    dataSheets: Object.values(snap.book.tables).map((x) => x!.sheet),
  });
  const ws = owned.sheet;
  const all = ws.getRange(a1(0, 0, layout.values.length - 1, WIDTH - 1));
  // Formats before values: a project typed "=HYPERLINK(…)" stays text.
  all.numberFormat = layout.formats;
  all.values = layout.values;
  ws.getRange("A:A").format.columnWidth = 90;
  ws.getRange(`B:${columnLetters(WIDTH - 1)}`).format.columnWidth = 84;
  ws.getRange(`${columnLetters(WIDTH - 1)}:${columnLetters(WIDTH - 1)}`).format.columnWidth = 220;
  const title = ws.getRange("A1").format.font;
  title.bold = true;
  title.size = 14;
  for (const r of layout.titles) {
    const f = ws.getRange(a1(r, 0)).format.font;
    f.bold = true;
    f.size = 12;
  }
  for (const [r, width] of layout.headerRows) {
    const head = ws.getRange(a1(r, 0, r, width - 1)).format;
    head.font.bold = true;
    head.fill.color = HEADER_FILL;
  }
  for (const [r, c] of layout.stale) paint(ws.getRange(a1(r, c)), STALE);
  for (const [r, c] of layout.gaps) paint(ws.getRange(a1(r, c)), GAP);

  let top = 8;
  const charts: string[] = [];
  if (layout.funnel.last >= layout.funnel.first) {
    // A funnel chart (ExcelApi 1.9, docs/DECISIONS.md): stages top to bottom in stage order, counts as widths.
    const funnel = ws.charts.add("Funnel", ws.getRange(a1(layout.funnel.first, 0, layout.funnel.last, 1)), "Columns");
    funnel.name = FUNNEL_CHART;
    funnel.title.text = t(lang, "accounts.funnel.title");
    funnel.legend.visible = false;
    place(funnel, top, CHART.funnelHeight);
    top += CHART.funnelHeight + CHART.gap;
    charts.push(FUNNEL_CHART);
  }
  if (layout.grid && layout.segments.length > 0) {
    const g = layout.grid;
    const firstGroup = layout.segments[0];
    const grid = ws.charts.add("XYScatter", ws.getRange(a1(firstGroup.first, 2, firstGroup.last, 3)), "Columns");
    grid.name = GRID_CHART;
    layout.segments.forEach((group, i) => {
      const s = i === 0 ? grid.series.getItemAt(0) : grid.series.add(segmentText(group.segment, lang));
      const style = SEGMENT_STYLE[group.segment];
      s.name = segmentText(group.segment, lang);
      // X = our share, Y = the purchase potential (the deck's grid: 采购潜力 up, 客户份额 across).
      s.setXAxisValues(ws.getRange(a1(group.first, 3, group.last, 3)));
      s.setValues(ws.getRange(a1(group.first, 2, group.last, 2)));
      s.markerStyle = style.marker;
      s.markerSize = 7;
      s.markerBackgroundColor = style.color;
      s.markerForegroundColor = style.color;
    });
    grid.title.text = t(lang, "accounts.grid.title");
    grid.legend.visible = true;
    grid.legend.position = "Bottom";
    const x = grid.axes.categoryAxis;
    const y = grid.axes.valueAxis;
    // As on the quadrant chart: setPositionAt on one axis says where the other crosses it, so the
    // two axis lines draw the cross at (low share, potential threshold). Potentials span orders of
    // magnitude: a log axis, bounds set before the crossing.
    y.scaleType = "Logarithmic";
    y.logBase = 10;
    [y.minimum, y.maximum] = [g.yMin, g.yMax];
    [x.minimum, x.maximum] = [0, 1];
    if (g.potential > 0) y.setPositionAt(g.potential);
    x.setPositionAt(g.shareLow);
    x.title.text = t(lang, "accounts.grid.xAxis");
    y.title.text = t(lang, "accounts.grid.yAxis");
    x.numberFormat = "0%";
    y.numberFormat = "#,##0";
    x.tickLabelPosition = "Low";
    y.tickLabelPosition = "Low";
    place(grid, top, CHART.gridHeight);
    charts.push(GRID_CHART);
  }

  function place(chart: Excel.Chart, at: number, height: number): void {
    chart.setPosition(a1(0, CHART_LEFT_COLUMN));
    chart.top = at;
    chart.width = CHART.width;
    chart.height = height;
  }

  const page = ws.pageLayout;
  page.orientation = "Landscape";
  page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  page.setPrintArea(a1(0, 0, Math.max(layout.end, 40) - 1, CHART_LEFT_COLUMN + 7));
  ws.visibility = "Visible";
  ws.activate();
  await ctx.sync();
  return { sheet: owned.name, accounts: layout.json, charts };
}

function paint(range: Excel.Range, colors: { fill: string; font: string }): void {
  range.format.fill.color = colors.fill;
  range.format.font.color = colors.font;
}
