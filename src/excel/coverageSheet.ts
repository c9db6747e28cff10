/**
 * The coverage sheet of one household (SPEC 5b), a sheet the add-in owns per customer: the matrix
 * with its gaps highlighted, a native clustered bar chart of the sum insured by cover type per
 * member, the policy list, laid out to print on one landscape page.
 *
 * One Excel.run, four syncs whatever the size of the book: find the tables · read them · find the
 * owned sheet (its own sync: a second load of the worksheets collection in the read's batch would
 * replace the items the probe needs) · write the sheet and its chart. The book is read afresh, so
 * the sheet never shows figures older than the workbook.
 */
import { DEFAULT_ROW_HEIGHT, NORMAL_MARGINS, fitScale } from "./printScale";
import { ADDIN_CHARTS } from "./ownedCharts";
import { analyze } from "../core/analyze";
import { todayDay } from "../core/dates";
import { type Lang, t } from "../core/i18n";
import { parseId } from "../core/parse/id";
import { bookCoverage, householdJson } from "../core/coverage";
import type { CoverageSheetResult } from "./host";
import { columnLetters } from "../core/a1";
import { a1 } from "./address";
import { coverageLayout } from "./coverageLayout";
import { queueOwnedSheet, queueOwnedSheetProbe } from "./ownedSheet";
import { ownedSheetOf, refuseProtected, refuseStructure } from "./limits";
import { readSnapshot } from "./readBook";
import type { HostState } from "./state";

export const COVERAGE_CHART = ADDIN_CHARTS.coverage.name;
/** Rows and columns the chart takes below the content. */
const CHART_ROWS = 18;
/** The 14 pt title row is taller than the default row. */
const TITLE_EXTRA = 5;
const CHART_COLUMNS = 8;
const GAP = { fill: "#FFC7CE", font: "#9C0006" };
const BAD_DATES = { fill: "#FFEB9C", font: "#9C5700" };
const HEADER_FILL = "#DDEBF7";

/** Thrown for an ID that names no customer: the pane shows its message. */
export class UnknownCustomer extends Error {
  constructor(
    readonly id: string,
    lang: Lang,
  ) {
    super(t(lang, "cli.error.unknownCustomer", { value: id }));
    this.name = "UnknownCustomer";
  }
}

export async function writeCoverageSheet(
  ctx: Excel.RequestContext,
  lang: Lang,
  customerId: string,
  opts: { asOf?: number },
  state: HostState,
): Promise<CoverageSheetResult> {
  const id = parseId(customerId);
  if (!id.ok) throw new UnknownCustomer(customerId, lang);
  const snap = await readSnapshot(ctx, state);
  const analysis = analyze(snap.book, { asOf: opts.asOf, today: state.today?.() ?? todayDay(), lang });
  const index = analysis.book.byKey.get(id.value.key);
  if (index === undefined) throw new UnknownCustomer(customerId, lang);
  // The household's own sheet, if the user protected it: say so before writing anything.
  refuseProtected(snap.protectedSheets, [ownedSheetOf(snap.names, `coverage:${id.value.key}`)]);
  const probe = queueOwnedSheetProbe(ctx, `coverage:${id.value.key}`, (name) => name === COVERAGE_CHART);
  await ctx.sync();
  const lists = bookCoverage(analysis);
  const h = lists.households[index];
  const layout = coverageLayout(h, lists.renewals, analysis.asOf, lang);

  const site = probe();
  const sheetName = t(lang, "coverage.sheet.name", { name: h.name || h.id });
  // A new sheet, or showing the one the user hid, when the structure is protected: said before writing.
  refuseStructure(snap.structureProtected, [site.sheet === undefined ? sheetName : site.visible ? undefined : site.sheet]);
  const owned = queueOwnedSheet(ctx, site, {
    name: sheetName,
    comment: t(lang, "coverage.sheet.nameComment", { id: h.id }),
    dataSheets: Object.values(snap.book.tables).map((x) => x!.sheet),
  });
  const ws = owned.sheet;
  const all = ws.getRange(a1(0, 0, layout.values.length - 1, layout.width - 1));
  // Formats before values: an insurer typed "=HYPERLINK(…)" stays text.
  all.numberFormat = layout.formats;
  all.values = layout.values;
  ws.getRange("A:A").format.columnWidth = 170;
  ws.getRange(`B:${columnLetters(layout.width - 1)}`).format.columnWidth = 76;
  const title = ws.getRange("A1").format.font;
  title.bold = true;
  title.size = 14;
  for (const [r, width] of layout.headerRows) {
    const head = ws.getRange(a1(r, 0, r, width - 1)).format;
    head.font.bold = true;
    head.fill.color = HEADER_FILL;
  }
  for (const [r, c] of layout.gaps) paint(ws.getRange(a1(r, c)), GAP);
  for (const [r, c] of layout.errors) paint(ws.getRange(a1(r, c)), BAD_DATES);

  let lastRow = layout.end - 1;
  const m = layout.matrix;
  if (m) {
    ws.getRange(a1(m.total, 0, m.total, m.coverColumns + 2)).format.font.bold = true;
    // Members are the series, cover types the categories: numbers only, never blank cells.
    const chart = ws.charts.add("BarClustered", ws.getRange(a1(m.header, 0, m.lastMember, m.coverColumns)), "Rows");
    chart.name = COVERAGE_CHART;
    chart.title.text = t(lang, "coverage.chart.title");
    chart.legend.position = "Bottom";
    chart.axes.valueAxis.numberFormat = "#,##0";
    const top = layout.end + 1;
    chart.setPosition(a1(top, 0), a1(top + CHART_ROWS - 1, CHART_COLUMNS - 1));
    lastRow = top + CHART_ROWS - 1;
  }
  const page = ws.pageLayout;
  page.orientation = "Landscape";
  // Chinese offices print on A4 (as the review sheet does); an English book keeps the printer's default.
  if (lang === "zh-CN") page.paperSize = "A4";
  // One page: as a scale, which every Excel applies (printScale.ts). Column A is 170 pt, the rest 76.
  const printColumns = Math.max(layout.width, CHART_COLUMNS);
  page.zoom = {
    scale: fitScale(
      { width: 170 + 76 * (printColumns - 1), height: (lastRow + 1) * DEFAULT_ROW_HEIGHT + TITLE_EXTRA },
      { orientation: "Landscape", margins: NORMAL_MARGINS },
    ),
  };
  page.centerHorizontally = true;
  page.setPrintArea(a1(0, 0, lastRow, Math.max(layout.width, CHART_COLUMNS) - 1));
  // A coverage sheet the user hid is shown again (a hidden sheet cannot be activated).
  ws.visibility = "Visible";
  ws.activate();
  await ctx.sync();
  return { sheet: owned.name, household: householdJson(h, lists.renewals) };
}

function paint(range: Excel.Range, colors: { fill: string; font: string }): void {
  range.format.fill.color = colors.fill;
  range.format.font.color = colors.font;
}
