/**
 * "Build review": the asset review sheet of one client and review date (SPEC 5), in one Excel.run
 * of four syncs whatever the size of the book:
 *
 *   1–2  read the linked tables (`readSnapshot`: find · read)
 *   3    find the review's own sheet (`ownedSheet.ts`: hidden name `crmSheet_review_<id>_<date>`)
 *   4    write it: cells, formats, the native pie and column charts, the page set-up
 *
 * Nothing is written when the review cannot be computed (unknown ID, no review on that date): the
 * pane shows the core's message instead. Rebuilding replaces only that sheet's cells and the
 * add-in's two charts on it.
 */
import { NORMAL_MARGINS, fitScale } from "./printScale";
import type { Lang } from "../core/i18n";
import type { Day } from "../core/dates";
import { linkBook } from "../core/book";
import { type Review, computeReview, type ReviewFailure } from "../core/review";
import { type ReviewLayout, PIE_NAME, TREND_NAME, planReviewSheet } from "./reviewLayout";
import { queueOwnedSheet, queueOwnedSheetProbe } from "./ownedSheet";
import { ownedSheetOf, refuseProtected, refuseStructure } from "./limits";
import { readSnapshot } from "./readBook";
import { columnLetters } from "./address";
import type { HostState } from "./state";

export type BuildReviewResult =
  { ok: true; sheet: string; created: boolean; review: Review; layout: ReviewLayout } | ({ ok: false } & ReviewFailure);

const HEADER_FILL = "#DDEBF7";
const SOLD_COLOR = "#808080";

export async function buildReviewSheet(
  ctx: Excel.RequestContext,
  state: HostState,
  lang: Lang,
  id: string,
  date?: Day,
): Promise<BuildReviewResult> {
  const snap = await readSnapshot(ctx, state);
  const book = linkBook(snap.book, lang);
  const result = computeReview(book, id, date);
  if (!result.ok) return result;
  const review = result.review;
  const customer = book.customers[review.customer];
  const cols = book.tables.customers?.cols;
  const managerCol = cols?.get("cardOwner") ?? cols?.get("contact");
  const manager = managerCol === undefined ? "" : String(customer.cells[managerCol] ?? "").trim();
  const layout = planReviewSheet(review, customer.key, { lang, date1904: snap.book.date1904, manager });

  // The review's own sheet, if the user protected it: say so before writing anything.
  refuseProtected(snap.protectedSheets, [ownedSheetOf(snap.names, layout.key)]);
  const probe = queueOwnedSheetProbe(ctx, layout.key);
  await ctx.sync();
  const site = probe();
  // A new sheet, or showing the one the user hid, when the structure is protected: said before writing.
  refuseStructure(snap.structureProtected, [site.sheet === undefined ? layout.sheetName : site.visible ? undefined : site.sheet]);
  const dataSheets = Object.values(snap.tables).map((t) => t!.raw.sheet);
  const owned = queueOwnedSheet(ctx, site, { name: layout.sheetName, comment: layout.comment, dataSheets });
  queueContent(owned.sheet, layout);
  // A review sheet the user hid is shown again: a hidden sheet cannot be activated, and the user
  // asked to see this review.
  owned.sheet.visibility = "Visible";
  owned.sheet.activate();
  await ctx.sync();
  return { ok: true, sheet: owned.name, created: owned.created, review, layout };
}

function queueContent(ws: Excel.Worksheet, layout: ReviewLayout): void {
  layout.columnWidths.forEach((w, i) => {
    const c = columnLetters(i);
    ws.getRange(`${c}:${c}`).format.columnWidth = w;
  });
  for (const b of layout.blocks) {
    const range = ws.getRange(b.address);
    // Formats first: a holding called "0012" or "=A1" stays that text.
    range.numberFormat = b.formats;
    range.values = b.values;
  }
  const title = ws.getRange(layout.title).format.font;
  title.bold = true;
  title.size = 16;
  for (const a of layout.bold) ws.getRange(a).format.font.bold = true;
  for (const a of layout.headers) {
    const f = ws.getRange(a).format;
    f.fill.color = HEADER_FILL;
    f.font.bold = true;
  }
  for (const a of layout.sold) {
    const font = ws.getRange(a).format.font;
    font.color = SOLD_COLOR;
    font.italic = true;
  }
  queueCharts(ws, layout);
  const page = ws.pageLayout;
  page.orientation = "Portrait";
  page.paperSize = "A4";
  // One page wide, as many tall as needed: as a scale, which every Excel applies (printScale.ts).
  const margins = { ...NORMAL_MARGINS, left: 36, right: 36 };
  page.zoom = { scale: fitScale({ width: layout.columnWidths.reduce((a, b) => a + b, 0) }, { orientation: "Portrait", margins }) };
  page.leftMargin = margins.left;
  page.rightMargin = margins.right;
  page.centerHorizontally = true;
  page.setPrintArea(layout.printArea);
  page.setPrintTitleRows(layout.titleRows);
}

/**
 * Both charts are made from their value columns under their headers: never blank (Excel makes no
 * series from a blank range) and never a single cell (one asset class, a client's first review),
 * which Excel's Insert Chart widens to the filled block around it; a text header over numbers is
 * read alike either way (the series' name). Then every series' values and categories are set
 * explicitly: the pie one series, the trend two.
 */
function queueCharts(ws: Excel.Worksheet, layout: ReviewLayout): void {
  const { pie, trend } = layout;
  if (pie) {
    const chart = ws.charts.add("Pie", ws.getRange(pie.source), "Columns");
    chart.name = PIE_NAME;
    const s = chart.series.getItemAt(0);
    s.name = pie.seriesName;
    s.setValues(ws.getRange(pie.values));
    s.setXAxisValues(ws.getRange(pie.categories));
    s.hasDataLabels = true;
    s.dataLabels.showPercentage = true;
    s.dataLabels.showValue = false;
    s.dataLabels.showCategoryName = false;
    chart.title.text = pie.title;
    chart.legend.visible = true;
    chart.legend.position = "Right";
    chart.setPosition(pie.from, pie.to);
  }
  const chart = ws.charts.add("ColumnClustered", ws.getRange(trend.source), "Columns");
  chart.name = TREND_NAME;
  trend.series.forEach((def, k) => {
    const s = chart.series.getItemAt(k);
    s.name = def.name;
    s.setValues(ws.getRange(def.values));
    s.setXAxisValues(ws.getRange(trend.categories));
  });
  chart.title.text = trend.title;
  chart.legend.visible = true;
  chart.legend.position = "Bottom";
  chart.axes.valueAxis.numberFormat = "#,##0";
  chart.setPosition(trend.from, trend.to);
}

/** The review charts as PNG (base64, as Excel's `chart.getImage` gives them): pie first, then trend. */
export async function reviewChartImages(
  ctx: Excel.RequestContext,
  key: string,
): Promise<{ name: string; png: string }[]> {
  const probe = queueOwnedSheetProbe(ctx, key, (n) => n === PIE_NAME || n === TREND_NAME);
  await ctx.sync();
  const site = probe();
  const order = [PIE_NAME, TREND_NAME];
  const charts = [...site.charts].sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  const images = charts.map((c) => ({ name: c.name, image: c.getImage(960) }));
  await ctx.sync();
  return images.map((i) => ({ name: i.name, png: i.image.value }));
}
