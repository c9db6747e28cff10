/**
 * How the dashboard and the quadrant-chart sheet print (issue 25): like the review and coverage
 * sheets — landscape, A4 in a Chinese book (an English book keeps the printer's paper), and a zoom
 * scale computed from the sheet's own layout (printScale.ts: every Excel applies a scale, not every
 * build a fit-to-pages). Each sheet prints as two areas, each on pages of its own at that scale:
 * its table (one page wide, as many tall as needed) and its chart with what the chart is drawn
 * from or beside.
 */
import type { Lang } from "../core/i18n";
import { a1 } from "./address";
import { DEFAULT_ROW_HEIGHT, NORMAL_MARGINS, fitScale } from "./printScale";

export interface SheetPrint {
  /** The print area: its ranges, comma-separated. */
  areas: string;
  /** Zoom scale, 10–100 %. */
  scale: number;
}

/**
 * Excel's default column width, in points, for the default fonts: 48 for Calibri 11 (8.43
 * characters), up to 54 for DengXian/YaHei 11. The smaller says how many columns a chart at
 * least covers; the larger how wide those columns may print.
 */
const DEFAULT_COLUMN = { min: 48, max: 54 };
/** The smallest default row height (DengXian 11); Calibri's is 15. */
const MIN_ROW_HEIGHT = 14.25;
const LANDSCAPE = { orientation: "Landscape", margins: NORMAL_MARGINS } as const;

/** Queues the page set-up of a sheet the add-in lays out (no load, no sync of its own). */
export function queueSheetPrint(ws: Excel.Worksheet, lang: Lang, print: SheetPrint): void {
  const page = ws.pageLayout;
  page.orientation = "Landscape";
  if (lang === "zh-CN") page.paperSize = "A4";
  page.zoom = { scale: print.scale };
  page.setPrintArea(print.areas);
}

/**
 * The dashboard: its sections (columns A… at the widths it sets, `rows` rows) one page wide, and
 * the trend chart with its block (columns `trend.col0` … `trend.col1`, rows 1 … `trend.row1`) on a
 * page of its own — absent until there are two refreshes to compare.
 */
export function dashboardPrint(columnWidths: readonly number[], rows: number, trend?: { col0: number; col1: number; row1: number }): SheetPrint {
  const main = a1(0, 0, rows - 1, columnWidths.length - 1);
  const width = columnWidths.reduce((a, b) => a + b, 0);
  const scales = [fitScale({ width }, LANDSCAPE)];
  if (trend) scales.push(fitScale({ width: (trend.col1 - trend.col0 + 1) * DEFAULT_COLUMN.max }, LANDSCAPE));
  return {
    areas: trend ? `${main},${a1(0, trend.col0, trend.row1, trend.col1)}` : main,
    scale: Math.min(...scales),
  };
}

/**
 * The quadrant-chart sheet: the chart (where it stands, its size in points) on one page, and the
 * quadrants' lists beside it (columns `lists.col0` … at `lists.widths`, `lists.rows` rows) one page
 * wide — the names the chart has no room for are there. A chart the user moved over the lists'
 * columns makes one area of both.
 */
export function chartSheetPrint(
  chart: { left: number; top: number; width: number; height: number },
  lists: { col0: number; widths: readonly number[]; rows: number },
): SheetPrint {
  // The last column and row the chart reaches, with the narrowest default cells (so it is covered).
  const col1 = Math.max(0, Math.ceil((chart.left + chart.width) / DEFAULT_COLUMN.min) - 1);
  const row1 = Math.max(0, Math.ceil((chart.top + chart.height) / MIN_ROW_HEIGHT) - 1);
  const listsWidth = lists.widths.reduce((a, b) => a + b, 0);
  const listsEnd = lists.col0 + lists.widths.length - 1;
  if (col1 >= lists.col0) {
    const width = lists.col0 * DEFAULT_COLUMN.max + listsWidth;
    return {
      areas: a1(0, 0, Math.max(row1, lists.rows - 1), Math.max(col1, listsEnd)),
      scale: fitScale({ width: Math.max(width, (col1 + 1) * DEFAULT_COLUMN.max) }, LANDSCAPE),
    };
  }
  const chartPage = { width: (col1 + 1) * DEFAULT_COLUMN.max, height: (row1 + 1) * DEFAULT_ROW_HEIGHT };
  return {
    areas: `${a1(0, 0, row1, col1)},${a1(0, lists.col0, lists.rows - 1, listsEnd)}`,
    scale: Math.min(fitScale(chartPage, LANDSCAPE), fitScale({ width: listsWidth }, LANDSCAPE)),
  };
}
