/**
 * Plain-data views of the workbook for tests and the workbench: what a person would see, and a full
 * deterministic snapshot (`dump`) to compare a workbook before and after.
 */
import { columnLetters, formatAddress, formatRect, parseAddress, rect } from "./address";
import { readMatrix } from "./cells";
import { ChartModel, DataLabelsModel, SeriesModel, sourceAddress, sourceValues } from "./chart-model";
import { itemNotFound } from "./errors";
import type { ConditionalFormatModel, Sheet } from "./grid";
import { validationType } from "./data-validation";
import { TableModel, bodyRowCount, filteredOutRows, headerNames } from "./table-model";
import { CellFormat, CellValue, FORMAT_DEFAULTS, shownFormat } from "./values";
import type { WorkbookModel } from "./workbook-model";

/** One cell as seen: its value, plus its formula and non-default formats when it has them. */
export interface CellSnapshot {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
  /** The format the value is shown in when it is not the cell's own (a custom function's formatted number). */
  shownFormat?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
}

export interface TableInfo {
  name: string;
  id: string;
  sheet: string;
  address: string;
  headers: string[];
  rowCount: number;
  style: string;
  /** The AutoFilter's criterion (Values on the column at this position), if any. */
  filter?: { column: number; values: string[] };
  /** 0-based sheet rows the filter hides. */
  hiddenRows?: number[];
}

export interface ConditionalFormatInfo {
  id: string;
  address: string;
  /** Office.js names: a text rule is "ContainsText" (reached through `conditionalFormat.textComparison`). */
  type: ConditionalFormatModel["type"];
  priority: number;
  rule: Record<string, string>;
  format: CellFormat;
  stopIfTrue: boolean;
}

export interface ValidationInfo {
  address: string;
  type: string;
  rule: Record<string, unknown>;
  errorAlert: { message: string; showAlert: boolean; style: string; title: string };
  prompt: { message: string; showPrompt: boolean; title: string };
  ignoreBlanks: boolean;
}

export interface ChartPointInfo {
  index: number;
  hasDataLabel?: boolean;
  dataLabel?: {
    text?: string;
    showValue?: boolean;
    showSeriesName?: boolean;
    showCategoryName?: boolean;
    position?: string;
  };
  markerStyle?: string;
  markerSize?: number;
  markerBackgroundColor?: string;
  markerForegroundColor?: string;
  fillColor?: string;
}

export interface ChartSeriesInfo {
  name: string;
  chartType: string;
  values: CellValue[];
  xValues: CellValue[];
  valuesAddress: string | null;
  xValuesAddress: string | null;
  markerStyle: string;
  markerSize: number;
  markerBackgroundColor: string | null;
  markerForegroundColor: string | null;
  fillColor: string | null;
  lineColor: string | null;
  hasDataLabels: boolean;
  dataLabels: DataLabelsModel;
  points: ChartPointInfo[];
}

export interface ChartInfo {
  id: string;
  name: string;
  chartType: string;
  title: { text: string; visible: boolean };
  legend: { visible: boolean; position: string };
  position: { top: number; left: number; width: number; height: number };
  dataLabels: DataLabelsModel;
  fillColor: string | null;
  axes: Record<
    "value" | "category",
    {
      minimum: number | null;
      maximum: number | null;
      majorUnit: number | null;
      position: string;
      positionAt: number | null;
      title: { text: string; visible: boolean };
      visible: boolean;
      numberFormat: string;
      majorGridlines: boolean;
      /** "Linear" (absent in older snapshots) or "Logarithmic". */
      scaleType?: string;
      logBase?: number;
    }
  >;
  series: ChartSeriesInfo[];
}

export function sheetOf(model: WorkbookModel, name: string): Sheet {
  const s = model.findSheet(name);
  if (!s) throw itemNotFound(`worksheet '${name}'`);
  return s;
}

export function cellSnapshot(sheet: Sheet, r: number, c: number): CellSnapshot {
  const cell = sheet.cell(r, c);
  const out: CellSnapshot = { value: cell?.v ?? "" };
  if (cell?.f !== undefined) out.formula = cell.f;
  const keys = ["numberFormat", "fill", "fontColor", "bold", "italic"] as const;
  for (const k of keys) {
    const v = sheet.effectiveFormat(r, c, k);
    if (v !== FORMAT_DEFAULTS[k]) (out as unknown as Record<string, unknown>)[k] = v;
  }
  const shown = shownFormat(out.numberFormat ?? FORMAT_DEFAULTS.numberFormat, cell);
  if (shown !== (out.numberFormat ?? FORMAT_DEFAULTS.numberFormat)) out.shownFormat = shown;
  return out;
}

/** Cells from A1 to the bottom-right of the used range, indexed [row][column] like the sheet. */
export function cells(model: WorkbookModel, sheetName: string): CellSnapshot[][] {
  model.calculateIfNeeded();
  const sheet = sheetOf(model, sheetName);
  const used = sheet.usedRect(false);
  if (!used) return [];
  const out: CellSnapshot[][] = [];
  for (let r = 0; r <= used.r1; r++) {
    const row: CellSnapshot[] = [];
    for (let c = 0; c <= used.c1; c++) row.push(cellSnapshot(sheet, r, c));
    out.push(row);
  }
  return out;
}

/** Values of a range (default: A1 to the bottom-right of the used range). */
export function values(model: WorkbookModel, sheetName: string, address?: string): CellValue[][] {
  const sheet = sheetOf(model, sheetName);
  let area = address ? parseAddress(address).rect : null;
  if (!area) {
    const used = sheet.usedRect(true);
    if (!used) return [];
    area = rect(0, 0, used.r1, used.c1);
  }
  return readMatrix(model, sheet, area, "values") as CellValue[][];
}

export function tableInfo(t: TableModel, model?: WorkbookModel): TableInfo {
  const f = t.filter;
  // Only a filtered table carries the filter keys (dumps of unfiltered books stay as they were).
  const filtered = f
    ? { filter: { column: t.columnIds.indexOf(f.columnId), values: [...f.values] }, hiddenRows: model ? filteredOutRows(model, t) : [] }
    : {};
  return {
    ...filtered,
    name: t.name,
    id: t.id,
    sheet: t.sheet.name,
    address: formatAddress(t.sheet.name, t.rect),
    headers: headerNames(t),
    rowCount: bodyRowCount(t),
    style: t.style,
  };
}

export function conditionalFormatsOf(model: WorkbookModel, sheetName: string): ConditionalFormatInfo[] {
  return sheetOf(model, sheetName).conditionalFormats.map((cf, priority) => ({
    id: cf.id,
    address: formatRect(cf.rect),
    type: cf.type,
    priority,
    rule: { ...cf.rule },
    format: { ...cf.format },
    stopIfTrue: cf.stopIfTrue,
  }));
}

export function validationsOf(model: WorkbookModel, sheetName: string): ValidationInfo[] {
  return sheetOf(model, sheetName).validations.map((v) => ({
    address: formatRect(v.rect),
    type: validationType(v.rule),
    rule: JSON.parse(JSON.stringify(v.rule)) as Record<string, unknown>,
    errorAlert: { ...v.errorAlert },
    prompt: { ...v.prompt },
    ignoreBlanks: v.ignoreBlanks,
  }));
}

export function chartsOf(model: WorkbookModel, sheetName: string): ChartInfo[] {
  return sheetOf(model, sheetName)
    .charts.filter((c) => !c.deleted)
    .map((c) => chartInfo(model, c));
}

export function chartInfo(model: WorkbookModel, c: ChartModel): ChartInfo {
  const axis = (a: ChartModel["axes"]["value"]) => ({
    minimum: a.minimum,
    maximum: a.maximum,
    majorUnit: a.majorUnit,
    position: a.position,
    positionAt: a.positionAt,
    title: { ...a.title },
    visible: a.visible,
    numberFormat: a.numberFormat,
    majorGridlines: a.majorGridlines,
    scaleType: a.scaleType,
    logBase: a.logBase,
  });
  return {
    id: c.id,
    name: c.name,
    chartType: c.chartType,
    title: { text: c.title.text, visible: c.title.visible },
    legend: { ...c.legend },
    position: { top: c.top, left: c.left, width: c.width, height: c.height },
    dataLabels: { ...c.dataLabels },
    fillColor: c.fillColor,
    axes: { value: axis(c.axes.value), category: axis(c.axes.category) },
    series: c.series.filter((s) => !s.deleted).map((s) => seriesInfo(model, c, s)),
  };
}

function seriesInfo(model: WorkbookModel, c: ChartModel, s: SeriesModel): ChartSeriesInfo {
  return {
    name: s.name,
    chartType: s.chartType ?? c.chartType,
    values: sourceValues(model, s.values),
    xValues: sourceValues(model, s.xValues),
    valuesAddress: sourceAddress(s.values),
    xValuesAddress: sourceAddress(s.xValues),
    markerStyle: s.markerStyle,
    markerSize: s.markerSize,
    markerBackgroundColor: s.markerBackgroundColor,
    markerForegroundColor: s.markerForegroundColor,
    fillColor: s.fillColor,
    lineColor: s.lineColor,
    hasDataLabels: s.hasDataLabels,
    dataLabels: { ...s.dataLabels },
    points: [...s.points.entries()]
      .sort(([a], [b]) => a - b)
      .map(([index, p]) => ({ index, ...(JSON.parse(JSON.stringify(p)) as Omit<ChartPointInfo, "index">) })),
  };
}

/** Everything, in a stable order, as plain JSON: two equal workbooks dump to equal values. */
export function dump(model: WorkbookModel): unknown {
  model.calculateIfNeeded();
  return {
    sheets: model.sheets.map((s) => ({
      name: s.name,
      id: s.id,
      visibility: s.visibility,
      tabColor: s.tabColor,
      showGridlines: s.showGridlines,
      frozenRows: s.frozenRows,
      frozenColumns: s.frozenColumns,
      columnWidths: sortedMap(s.columnWidths, columnLetters),
      rowHeights: sortedMap(s.rowHeights, (r) => String(r + 1)),
      columnFormats: sortedMap(s.columnFormats, columnLetters),
      rowFormats: sortedMap(s.rowFormats, (r) => String(r + 1)),
      cells: sheetCells(s),
      conditionalFormats: conditionalFormatsOf(model, s.id),
      validations: validationsOf(model, s.id),
      charts: chartsOf(model, s.id),
    })),
    tables: model.tables.map((t) => ({
      ...tableInfo(t),
      columnIds: [...t.columnIds],
      showHeaders: t.showHeaders,
      showBandedRows: t.showBandedRows,
      showBandedColumns: t.showBandedColumns,
      showFilterButton: t.showFilterButton,
    })),
    names: model.names.map((n) => ({
      name: n.name,
      formula: model.nameFormula(n),
      comment: n.comment,
      visible: n.visible,
    })),
    settings: Object.fromEntries(
      [...model.settings.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, JSON.parse(v) as unknown]),
    ),
    activeSheet: model.activeSheet?.name ?? null,
    selection: selection(model),
  };
}

function sheetCells(s: Sheet): Record<string, CellSnapshot> {
  const out: Record<string, CellSnapshot> = {};
  const used = s.usedRect(false);
  if (!used) return out;
  s.forEachCell(used, (_cell, r, c) => {
    out[`${columnLetters(c)}${r + 1}`] = cellSnapshot(s, r, c);
  });
  return out;
}

function sortedMap<V>(map: Map<number, V>, key: (k: number) => string): Record<string, V> {
  return Object.fromEntries(
    [...map.entries()].sort(([a], [b]) => a - b).map(([k, v]) => [key(k), typeof v === "object" ? { ...v } : v]),
  );
}

export function selection(model: WorkbookModel): { sheet: string; address: string } | null {
  const s = model.selection;
  return s ? { sheet: s.sheet.name, address: formatRect(s.rect) } : null;
}
