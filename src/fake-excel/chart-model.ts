/**
 * Charts as Excel keeps them: series refer to cells (and follow them when rows move), so a chart
 * drawn from the model always shows the current values. `resolveChart` turns a chart into plain
 * data for the workbench and tests.
 */
import { Rect, columnCount, formatAddress, rect, rowCount } from "./address";
import type { Sheet } from "./grid";
import { Shift, shiftRect } from "./shift";
import { CellValue } from "./values";
import type { RangeRef, WorkbookModel } from "./workbook-model";

/** Where a series takes its numbers: cells (null once they were deleted: #REF!), literal values, or nothing yet. */
export type SeriesSource = { kind: "range"; ref: RangeRef | null } | { kind: "none" };

export interface DataLabelsModel {
  showValue: boolean;
  showPercentage: boolean;
  showSeriesName: boolean;
  showCategoryName: boolean;
  showLegendKey: boolean;
  position: string;
  separator: string;
  numberFormat: string;
}

export interface PointLabelModel {
  text?: string;
  showValue?: boolean;
  showSeriesName?: boolean;
  showCategoryName?: boolean;
  position?: string;
}

export interface PointModel {
  hasDataLabel?: boolean;
  dataLabel?: PointLabelModel;
  markerStyle?: string;
  markerSize?: number;
  markerBackgroundColor?: string;
  markerForegroundColor?: string;
  fillColor?: string;
}

export interface SeriesModel {
  name: string;
  chartType: string | null;
  values: SeriesSource;
  xValues: SeriesSource;
  markerStyle: string;
  markerSize: number;
  markerBackgroundColor: string | null;
  markerForegroundColor: string | null;
  fillColor: string | null;
  lineColor: string | null;
  hasDataLabels: boolean;
  dataLabels: DataLabelsModel;
  points: Map<number, PointModel>;
  deleted: boolean;
}

export interface AxisModel {
  minimum: number | null;
  maximum: number | null;
  majorUnit: number | null;
  visible: boolean;
  title: { text: string; visible: boolean };
  numberFormat: string;
  position: string;
  positionAt: number | null;
  majorGridlines: boolean;
  minorGridlines: boolean;
  reversePlotOrder: boolean;
  /** "Linear" or "Logarithmic" (value axes; ExcelApi 1.7). */
  scaleType: string;
  logBase: number;
}

export interface FontModel {
  bold: boolean;
  italic: boolean;
  color: string;
  size: number;
  name: string;
}

export interface ChartModel {
  id: string;
  name: string;
  sheet: Sheet;
  chartType: string;
  title: { text: string; visible: boolean; font: FontModel };
  legend: { visible: boolean; position: string };
  top: number;
  left: number;
  width: number;
  height: number;
  series: SeriesModel[];
  axes: { value: AxisModel; category: AxisModel };
  dataLabels: DataLabelsModel;
  fillColor: string | null;
  deleted: boolean;
}

export const defaultDataLabels = (): DataLabelsModel => ({
  showValue: false,
  showPercentage: false,
  showSeriesName: false,
  showCategoryName: false,
  showLegendKey: false,
  position: "BestFit",
  separator: ", ",
  numberFormat: "General",
});

const defaultAxis = (): AxisModel => ({
  minimum: null,
  maximum: null,
  majorUnit: null,
  visible: true,
  title: { text: "", visible: false },
  numberFormat: "General",
  position: "Automatic",
  positionAt: null,
  majorGridlines: false,
  minorGridlines: false,
  reversePlotOrder: false,
  scaleType: "Linear",
  logBase: 10,
});

export function newSeries(name: string): SeriesModel {
  return {
    name,
    chartType: null,
    values: { kind: "none" },
    xValues: { kind: "none" },
    markerStyle: "Automatic",
    markerSize: 7,
    markerBackgroundColor: null,
    markerForegroundColor: null,
    fillColor: null,
    lineColor: null,
    hasDataLabels: false,
    dataLabels: defaultDataLabels(),
    points: new Map(),
    deleted: false,
  };
}

const SCATTER = /^(XYScatter|Bubble)/;

/**
 * `charts.add(type, source, seriesBy)`: series go along the longer side unless told; a first row
 * holding text names the series; a first column holding text (or under an empty corner) gives the
 * categories — and for scatter charts the first column is always the X values. A source with no
 * value at all makes a chart with no series (as Excel does): code that then takes
 * `series.getItemAt(0)` fails here as it would in Excel.
 */
export function createChart(
  model: WorkbookModel,
  sheet: Sheet,
  chartType: string,
  source: RangeRef,
  seriesBy: string,
): ChartModel {
  // A single cell: Excel's documentation is silent, and its Insert Chart command widens a single
  // selected cell to the block of filled cells around it — modelled here, so that a chart made from
  // one cell gets whatever series that block makes (the add-in gives every chart ≥ 2 cells).
  const area =
    rowCount(source.rect) * columnCount(source.rect) === 1 ? currentRegion(model, source.sheet, source.rect) : source.rect;
  const byColumns = seriesBy === "Columns" || (seriesBy !== "Rows" && rowCount(area) >= columnCount(area));
  const cell = (i: number, j: number): CellValue =>
    byColumns
      ? model.valueAt(source.sheet, area.r0 + i, area.c0 + j)
      : model.valueAt(source.sheet, area.r0 + j, area.c0 + i);
  const len = byColumns ? rowCount(area) : columnCount(area);
  const width = byColumns ? columnCount(area) : rowCount(area);
  const part = (i0: number, i1: number, j: number): Rect =>
    byColumns
      ? rect(area.r0 + i0, area.c0 + j, area.r0 + i1, area.c0 + j)
      : rect(area.r0 + j, area.c0 + i0, area.r0 + j, area.c0 + i1);
  const firstIsX = width >= 2 && (SCATTER.test(chartType) || cell(0, 0) === "" || anyText(len, (i) => cell(i, 0), 1));
  const firstSeries = firstIsX ? 1 : 0;
  const hasHeader = len >= 2 && anyText(width - firstSeries, (j) => cell(0, firstSeries + j), 0);
  const start = hasHeader ? 1 : 0;
  const series: SeriesModel[] = [];
  const blank = !anyValue(len, width, cell);
  for (let j = firstSeries; j < width && !blank; j++) {
    const s = newSeries(hasHeader ? String(cell(0, j)) : `Series${series.length + 1}`);
    s.values = { kind: "range", ref: { sheet: source.sheet, rect: part(start, len - 1, j) } };
    if (firstIsX) s.xValues = { kind: "range", ref: { sheet: source.sheet, rect: part(start, len - 1, 0) } };
    series.push(s);
  }
  const chart: ChartModel = {
    id: model.nextId("chart"),
    name: defaultChartName(sheet),
    sheet,
    chartType,
    title: {
      text: "",
      visible: false,
      font: { bold: false, italic: false, color: "#595959", size: 14, name: "Calibri" },
    },
    legend: { visible: true, position: "Right" },
    top: sheet.rowTop(area.r0),
    left: sheet.columnLeft(area.c1 + 2),
    width: 360,
    height: 216,
    series,
    axes: { value: defaultAxis(), category: defaultAxis() },
    dataLabels: defaultDataLabels(),
    fillColor: null,
    deleted: false,
  };
  sheet.charts.push(chart);
  return chart;
}

/**
 * Excel's current region of a cell: grown while any cell just outside it (corners included) is
 * filled, so it is bounded by blank rows and columns or the sheet's edge.
 */
export function currentRegion(model: WorkbookModel, sheet: Sheet, start: Rect): Rect {
  let { r0, c0, r1, c1 } = start;
  const filled = (r: number, c: number) => r >= 0 && c >= 0 && model.valueAt(sheet, r, c) !== "";
  const rowHas = (r: number) => {
    for (let c = c0 - 1; c <= c1 + 1; c++) if (filled(r, c)) return true;
    return false;
  };
  const colHas = (c: number) => {
    for (let r = r0 - 1; r <= r1 + 1; r++) if (filled(r, c)) return true;
    return false;
  };
  for (;;) {
    if (r0 > 0 && rowHas(r0 - 1)) r0--;
    else if (rowHas(r1 + 1)) r1++;
    else if (c0 > 0 && colHas(c0 - 1)) c0--;
    else if (colHas(c1 + 1)) c1++;
    else return rect(r0, c0, r1, c1);
  }
}

function anyText(n: number, at: (i: number) => CellValue, from: number): boolean {
  for (let i = from; i < n; i++) {
    const v = at(i);
    if (typeof v === "string" && v !== "") return true;
  }
  return false;
}

function anyValue(len: number, width: number, at: (i: number, j: number) => CellValue): boolean {
  for (let i = 0; i < len; i++) for (let j = 0; j < width; j++) if (at(i, j) !== "") return true;
  return false;
}

function defaultChartName(sheet: Sheet): string {
  let n = 1;
  while (sheet.charts.some((c) => !c.deleted && c.name === `Chart ${n}`)) n++;
  return `Chart ${n}`;
}

export function sourceValues(model: WorkbookModel, source: SeriesSource): CellValue[] {
  if (source.kind === "none" || !source.ref || source.ref.sheet.deleted) return [];
  const { sheet, rect: r } = source.ref;
  const out: CellValue[] = [];
  for (let i = r.r0; i <= r.r1; i++) for (let j = r.c0; j <= r.c1; j++) out.push(model.valueAt(sheet, i, j));
  return out;
}

export function sourceAddress(source: SeriesSource): string | null {
  if (source.kind === "none") return null;
  return source.ref && !source.ref.sheet.deleted
    ? formatAddress(source.ref.sheet.name, source.ref.rect, true)
    : "#REF!";
}

/**
 * Keeps a sheet's charts in step with cells shifting on `changed` (or with `changed` being deleted
 * when `shift` is null): series references follow their cells, and charts on `changed` slide with
 * whole rows/columns inserted or deleted above/left of them.
 */
export function shiftChartsForSheet(holder: Sheet, changed: Sheet, shift: Shift | null): void {
  for (const chart of holder.charts) {
    for (const s of chart.series) {
      for (const src of [s.values, s.xValues]) {
        if (src.kind !== "range" || !src.ref || src.ref.sheet !== changed) continue;
        if (!shift) {
          src.ref = null;
          continue;
        }
        const r = shiftRect(src.ref.rect, shift);
        if (r === null) src.ref = null;
        else if (r !== "partial") src.ref = { sheet: changed, rect: r };
      }
    }
    if (shift && holder === changed) slideChart(chart, holder, shift);
  }
}

function slideChart(chart: ChartModel, sheet: Sheet, shift: Shift): void {
  const full = shift.span0 === 0 && shift.span1 >= (shift.axis === "rows" ? 16_383 : 1_048_575);
  if (!full) return;
  const size = shift.axis === "rows" ? 15 : 48;
  const edge = shift.axis === "rows" ? sheet.rowTop(shift.at) : sheet.columnLeft(shift.at);
  const delta = shift.n * size * (shift.kind === "insert" ? 1 : -1);
  const key = shift.axis === "rows" ? "top" : "left";
  const extent = shift.axis === "rows" ? "height" : "width";
  if (chart[key] >= edge) chart[key] = Math.max(edge, chart[key] + delta);
  else if (chart[key] + chart[extent] > edge) chart[extent] = Math.max(1, chart[extent] + delta);
}
