/**
 * The in-memory workbook's charts into its download as native chart parts (src/xlsx/chartXml.ts):
 * a drawing per sheet holding each chart at its place, under its own name (the add-in knows its
 * charts by it, so the download opened again is refreshed in place), its series referring to their
 * cells. Kinds DrawingML has no plot for (Excel's funnel, a "chartex" part) are left out.
 */
import type JSZip from "jszip";
import type { ChartInfo, FakeExcel } from "../fake-excel";
import { type NativeChart, type NativeKind, drawingXml, nativeChartXml } from "../xlsx/chartXml";
import { jszipParts, readLayout } from "../xlsx/package";
import { relsPathOf } from "../xlsx/xmlText";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const DRAWING_TYPE = `${REL}/drawing`;
const CHART_TYPE = `${REL}/chart`;
/** Worksheet children that come after `<drawing>` in the schema's order. */
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

/** Office.js chart types → DrawingML plots; undefined for a kind the file format keeps elsewhere. */
export function nativeKind(chartType: string): NativeKind | undefined {
  if (chartType.startsWith("XYScatter")) return { plot: "scatter" };
  if (chartType === "Pie" || chartType === "PieExploded") return { plot: "pie" };
  if (chartType === "Doughnut" || chartType === "DoughnutExploded") return { plot: "doughnut" };
  const grouping = chartType.endsWith("Stacked100") ? "percentStacked" : chartType.endsWith("Stacked") ? "stacked" : undefined;
  const bar = /^(Column|Bar)(Clustered|Stacked|Stacked100)$/.exec(chartType);
  if (bar) return { plot: "bar", direction: bar[1] === "Column" ? "col" : "bar", grouping: grouping ?? "clustered" };
  if (/^Line(Markers)?(Stacked|Stacked100)?$/.test(chartType)) return { plot: "line", grouping: grouping ?? "standard" };
  return undefined;
}

const hex = (color: string | null | undefined) => (color ? color.replace("#", "").toUpperCase() : undefined);
const numberOrNull = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);

function nativeChart(chart: ChartInfo, kind: NativeKind): NativeChart {
  return {
    kind,
    title: chart.title.visible ? chart.title.text : "",
    legend: chart.legend.visible,
    series: chart.series.map((s) => ({
      name: s.name,
      valuesRef: s.valuesAddress,
      values: s.values.map(numberOrNull),
      categoriesRef: s.xValuesAddress,
      categories: s.xValues.map((v) => (typeof v === "number" || typeof v === "string" ? v : null)),
      color: hex(s.fillColor ?? s.markerBackgroundColor ?? s.lineColor),
    })),
  };
}

/** Adds every sheet's charts to the package `zip` (written by exceljs, which keeps none). */
export async function writeCharts(zip: JSZip, fake: FakeExcel): Promise<void> {
  const layout = await readLayout(jszipParts(zip));
  const overrides: string[] = [];
  let chartCount = 0;
  let drawingCount = 0;
  for (const sheet of layout.sheets) {
    const charts = fake.workbook.chartsOf(sheet.name).flatMap((info) => {
      const kind = nativeKind(info.chartType);
      return kind ? [{ info, kind }] : [];
    });
    if (charts.length === 0) continue;
    const drawing = `drawing${++drawingCount}.xml`;
    const rels = charts.map(({ info, kind }, i) => {
      const part = `chart${++chartCount}.xml`;
      zip.file(`xl/charts/${part}`, nativeChartXml(nativeChart(info, kind)));
      overrides.push(`<Override PartName="/xl/charts/${part}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);
      return `<Relationship Id="rId${i + 1}" Type="${CHART_TYPE}" Target="../charts/${part}"/>`;
    });
    zip.file(`xl/drawings/${drawing}`, drawingXml(charts.map((c) => c.info.position), charts.map((c) => c.info.name)));
    zip.file(`xl/drawings/_rels/${drawing}.rels`, relationships(rels));
    overrides.push(`<Override PartName="/xl/drawings/${drawing}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`);
    await linkDrawing(zip, sheet.part, `../drawings/${drawing}`);
  }
  if (overrides.length === 0) return;
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  zip.file("[Content_Types].xml", types.replace("</Types>", `${overrides.join("")}</Types>`));
}

function relationships(items: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}">${items.join("")}</Relationships>`;
}

/** The sheet's relationship to its drawing and the `<drawing>` element, in the schema's place. */
async function linkDrawing(zip: JSZip, sheetPart: string, target: string): Promise<void> {
  const relsPath = relsPathOf(sheetPart);
  const id = "rIdCrmDrawing";
  const rel = `<Relationship Id="${id}" Type="${DRAWING_TYPE}" Target="${target}"/>`;
  const existing = await zip.file(relsPath)?.async("string");
  zip.file(relsPath, existing ? existing.replace("</Relationships>", `${rel}</Relationships>`) : relationships([rel]));
  let xml = (await zip.file(sheetPart)?.async("string")) ?? "";
  if (!/<worksheet[^>]*xmlns:r=/.test(xml)) xml = xml.replace("<worksheet", `<worksheet xmlns:r="${REL}"`);
  const element = `<drawing r:id="${id}"/>`;
  const next = AFTER_DRAWING.map((tag) => xml.indexOf(`<${tag}`)).filter((i) => i >= 0);
  const at = next.length > 0 ? Math.min(...next) : xml.lastIndexOf("</worksheet>");
  zip.file(sheetPart, xml.slice(0, at) + element + xml.slice(at));
}
