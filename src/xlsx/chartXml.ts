/**
 * Native Excel charts as DrawingML parts (`xl/charts/chartN.xml`): column charts for workbooks the
 * CLI writes from scratch (`team --out`), and any chart of the workbench's in-memory workbook in its
 * download (`nativeChartXml`: columns, bars, lines, pies, doughnuts, XY scatter). Each series refers to its cells (`'Sheet'!$D$2:$D$9`) so
 * the chart follows edits in Excel, and carries a cache of the values so viewers that do not
 * recalculate (previews, LibreOffice on open) draw it as written. Elements are in the order the
 * schema (ECMA-376 CT_BarChart, CT_BarSer) requires: Excel refuses a file otherwise.
 */
import { escapeXml } from "./sheetXml";

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface ChartSeries {
  /** Reference of the series name's cell, and its text. */
  nameRef: string;
  name: string;
  /** Reference of the values and the values (null = an empty cell). */
  valuesRef: string;
  values: (number | null)[];
  /** Fill colour, `RRGGBB`. */
  color: string;
}

export interface ColumnChart {
  title: string;
  /** `stacked`: counts on top of each other; `percentStacked`: shares of 100 %. */
  grouping: "stacked" | "percentStacked";
  categoriesRef: string;
  categories: string[];
  series: ChartSeries[];
  /** Number format of the value axis. */
  valueFormat: string;
}

const text = (s: string) => `<c:v>${escapeXml(s)}</c:v>`;
const strPoints = (items: string[]) => `<c:ptCount val="${items.length}"/>${items.map((s, i) => `<c:pt idx="${i}">${text(s)}</c:pt>`).join("")}`;
const strCache = (items: string[]) => `<c:strCache>${strPoints(items)}</c:strCache>`;
const numPoints = (values: (number | null)[]) =>
  `<c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${values
    .map((v, i) => (v === null || !Number.isFinite(v) ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join("")}`;
const numCache = (values: (number | null)[]) => `<c:numCache>${numPoints(values)}</c:numCache>`;
const titleXml = (title: string) =>
  `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="en-US" sz="1200" b="1"/>` +
  `<a:t>${escapeXml(title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
const chartSpace = (title: string, plotArea: string, legend: boolean) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}"><c:roundedCorners val="0"/><c:chart>${title ? titleXml(title) : ""}` +
  `<c:autoTitleDeleted val="${title ? 0 : 1}"/><c:plotArea><c:layout/>${plotArea}</c:plotArea>` +
  `${legend ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` : ""}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`;
const axes = (categoryKind: "catAx" | "valAx", valueFormat: string, horizontal = false) =>
  `<c:${categoryKind}><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/>` +
  `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
  `<c:crossAx val="1002"/><c:crosses val="autoZero"/>` +
  (categoryKind === "catAx" ? `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` : `<c:crossBetween val="midCat"/></c:valAx>`) +
  `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines/>` +
  `<c:numFmt formatCode="${escapeXml(valueFormat)}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
  `<c:crossAx val="1001"/><c:crosses val="autoZero"/><c:crossBetween val="${categoryKind === "catAx" ? "between" : "midCat"}"/></c:valAx>`;

export function columnChartXml(chart: ColumnChart): string {
  const series = chart.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${escapeXml(s.nameRef)}</c:f>${strCache([s.name])}</c:strRef></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${escapeXml(chart.categoriesRef)}</c:f>${strCache(chart.categories)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(s.valuesRef)}</c:f>${numCache(s.values)}</c:numRef></c:val></c:ser>`,
    )
    .join("");
  const plot =
    `<c:barChart><c:barDir val="col"/><c:grouping val="${chart.grouping}"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="60"/><c:overlap val="100"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>` +
    axes("catAx", chart.valueFormat);
  return chartSpace(chart.title, plot, true);
}

/** The kinds of chart `nativeChartXml` writes (DrawingML's plot elements). */
export type NativeKind =
  | { plot: "bar"; direction: "col" | "bar"; grouping: "clustered" | "stacked" | "percentStacked" }
  | { plot: "line"; grouping: "standard" | "stacked" | "percentStacked" }
  | { plot: "pie" | "doughnut" }
  | { plot: "scatter" };

export interface NativeSeries {
  name: string;
  /** References with their sheet (`'象限图'!$C$3:$C$9`) and the values cached beside them. */
  valuesRef: string | null;
  values: (number | null)[];
  categoriesRef: string | null;
  categories: (string | number | null)[];
  /** Fill (bars, pie slices) or line/marker colour, `RRGGBB`; Excel's palette when absent. */
  color?: string;
}

export interface NativeChart {
  kind: NativeKind;
  title: string;
  series: NativeSeries[];
  legend: boolean;
}

/** One chart of any kind `NativeKind` names, each series referring to its cells with a cache. */
export function nativeChartXml(chart: NativeChart): string {
  const { kind } = chart;
  const numbers = (ref: string | null, values: (number | null)[]) => (ref ? `<c:numRef><c:f>${escapeXml(ref)}</c:f>${numCache(values)}</c:numRef>` : `<c:numLit>${numPoints(values)}</c:numLit>`);
  const labels = (ref: string | null, items: (string | number | null)[]) =>
    items.every((v) => typeof v === "number" || v === null)
      ? numbers(ref, items as (number | null)[])
      : ref
        ? `<c:strRef><c:f>${escapeXml(ref)}</c:f>${strCache(items.map((v) => (v === null ? "" : String(v))))}</c:strRef>`
        : `<c:strLit>${strPoints(items.map((v) => (v === null ? "" : String(v))))}</c:strLit>`;
  const solid = (color?: string) => (color === undefined ? "" : `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr>`);
  const fill = (color?: string) =>
    color !== undefined && kind.plot === "line" ? `<c:spPr><a:ln w="19050"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></a:ln></c:spPr>` : solid(color);
  const series = chart.series
    .map((s, i) => {
      const head = `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>`;
      if (kind.plot === "scatter") {
        // Markers only, as the add-in draws its quadrant chart (no line between the points).
        return `${head}<c:spPr><a:ln w="19050"><a:noFill/></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="7"/>${solid(s.color)}</c:marker><c:xVal>${labels(s.categoriesRef, s.categories)}</c:xVal><c:yVal>${numbers(s.valuesRef, s.values)}</c:yVal><c:smooth val="0"/></c:ser>`;
      }
      const cat = `<c:cat>${labels(s.categoriesRef, s.categories)}</c:cat><c:val>${numbers(s.valuesRef, s.values)}</c:val>`;
      if (kind.plot === "bar") return `${head}${fill(s.color)}<c:invertIfNegative val="0"/>${cat}</c:ser>`;
      if (kind.plot === "line") return `${head}${fill(s.color)}<c:marker><c:symbol val="none"/></c:marker>${cat}<c:smooth val="0"/></c:ser>`;
      return `${head}${fill(s.color)}${cat}</c:ser>`;
    })
    .join("");
  const ids = `<c:axId val="1001"/><c:axId val="1002"/>`;
  let plot: string;
  if (kind.plot === "bar") {
    const stacked = kind.grouping !== "clustered";
    plot = `<c:barChart><c:barDir val="${kind.direction}"/><c:grouping val="${kind.grouping}"/><c:varyColors val="0"/>${series}<c:gapWidth val="150"/>${stacked ? `<c:overlap val="100"/>` : ""}${ids}</c:barChart>${axes("catAx", "General", kind.direction === "bar")}`;
  } else if (kind.plot === "line") {
    plot = `<c:lineChart><c:grouping val="${kind.grouping}"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${ids}</c:lineChart>${axes("catAx", "General")}`;
  } else if (kind.plot === "scatter") {
    plot = `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${series}${ids}</c:scatterChart>${axes("valAx", "General")}`;
  } else {
    const hole = kind.plot === "doughnut" ? `<c:holeSize val="50"/>` : "";
    plot = `<c:${kind.plot}Chart><c:varyColors val="1"/>${series}<c:firstSliceAng val="0"/>${hole}</c:${kind.plot}Chart>`;
  }
  return chartSpace(chart.title, plot, chart.legend);
}

/** Where a chart sits: the cells of its top-left and bottom-right corners (0-based). */
export interface Anchor {
  col: number;
  row: number;
  toCol: number;
  toRow: number;
}

/** Where a chart sits in points from the sheet's top-left corner, as Office.js gives it (`chart.top` …). */
export interface PointAnchor {
  top: number;
  left: number;
  width: number;
  height: number;
}

const EMU_PER_POINT = 12_700;

/**
 * The drawing part of a sheet: one graphic frame per chart, each pointing at `rId<n>` of the
 * drawing's relationships and named `names[n]` (Excel's chart name: the add-in finds its charts by it).
 */
export function drawingXml(anchors: (Anchor | PointAnchor)[], names: readonly string[] = []): string {
  const emu = (points: number) => Math.max(0, Math.round(points * EMU_PER_POINT));
  const place = (a: Anchor | PointAnchor) =>
    "col" in a
      ? `<xdr:twoCellAnchor editAs="oneCell">` +
        `<xdr:from><xdr:col>${a.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
        `<xdr:to><xdr:col>${a.toCol}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.toRow}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>`
      : `<xdr:absoluteAnchor><xdr:pos x="${emu(a.left)}" y="${emu(a.top)}"/><xdr:ext cx="${emu(a.width)}" cy="${emu(a.height)}"/>`;
  const frame = (a: Anchor | PointAnchor, i: number) =>
    place(a) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(names[i] ?? `Chart ${i + 1}`)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C}">` +
    `<c:chart xmlns:c="${C}" xmlns:r="${R}" r:id="rId${i + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/>` +
    ("col" in a ? `</xdr:twoCellAnchor>` : `</xdr:absoluteAnchor>`);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${A}">${anchors.map(frame).join("")}</xdr:wsDr>`
  );
}
