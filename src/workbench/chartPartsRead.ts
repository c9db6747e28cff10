/**
 * A file's native charts back into the in-memory Excel (the inverse of chartParts.ts, for any
 * .xlsx): each drawing's charts, made through Excel.run with their name, title, place and series
 * references, so the workbench shows them and a refresh finds the add-in's own by name instead of
 * adding a second one. A chart that cannot be made (a reference to a missing sheet) is left out.
 */
import type JSZip from "jszip";
import type { FakeExcel } from "../fake-excel";
import { jszipParts, readLayout, relsOf } from "../xlsx/package";
import { decodeXml, matchesOf, startTags } from "../xlsx/xmlText";

const EMU_PER_POINT = 12_700;
/** Points per column and row where a chart is anchored to cells (Excel's default sizes). */
const COLUMN_POINTS = 48;
const ROW_POINTS = 15;

/** The chart types `charts.add` takes (Office.js's enum or its string names). */
type ChartKind = Parameters<Excel.ChartCollection["add"]>[0];

export interface FileChart {
  sheet: string;
  name: string;
  chartType: ChartKind;
  title: string;
  series: { name: string; valuesRef: string; categoriesRef?: string }[];
  position?: { top: number; left: number; width: number; height: number };
}

export async function readCharts(zip: JSZip): Promise<FileChart[]> {
  const parts = jszipParts(zip);
  const out: FileChart[] = [];
  for (const sheet of (await readLayout(parts)).sheets) {
    for (const drawingRel of (await relsOf(parts, sheet.part)).filter((r) => r.kind === "drawing")) {
      const drawing = (await parts.text(drawingRel.target)) ?? "";
      const chartRels = new Map((await relsOf(parts, drawingRel.target)).map((r) => [r.id, r.target]));
      for (const m of matchesOf(drawing, /<xdr:(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/xdr:\1>/g)) {
        const anchor = m[0];
        const target = chartRels.get(startTags(anchor, "chart")[0]?.get("id") ?? "");
        const xml = target ? await parts.text(target) : undefined;
        const chart = xml && readChart(xml);
        if (!chart) continue;
        out.push({ sheet: sheet.name, name: startTags(anchor, "cNvPr")[0]?.get("name") ?? "", ...chart, position: positionOf(anchor) });
      }
    }
  }
  return out;
}

function readChart(xml: string): Pick<FileChart, "chartType" | "title" | "series"> | undefined {
  const chartType = typeOf(xml);
  if (!chartType) return undefined;
  const titleXml = /<c:title>[\s\S]*?<\/c:title>/.exec(xml)?.[0] ?? "";
  const title = [...matchesOf(titleXml, /<a:t>([^<]*)<\/a:t>/g)].map((t) => decodeXml(t[1])).join("");
  const series = [...matchesOf(xml, /<c:ser>[\s\S]*?<\/c:ser>/g)].flatMap((m) => {
    const ser = m[0];
    const ref = (tag: string) => {
      const part = new RegExp(`<c:${tag}>[\\s\\S]*?</c:${tag}>`).exec(ser)?.[0] ?? "";
      const f = /<c:f>([^<]*)<\/c:f>/.exec(part)?.[1];
      return f ? decodeXml(f) : undefined;
    };
    const valuesRef = ref("val") ?? ref("yVal");
    const tx = /<c:tx>[\s\S]*?<\/c:tx>/.exec(ser)?.[0] ?? "";
    const name = decodeXml(/<c:v>([^<]*)<\/c:v>/.exec(tx)?.[1] ?? "");
    return valuesRef ? [{ name, valuesRef, categoriesRef: ref("cat") ?? ref("xVal") }] : [];
  });
  return series.length > 0 ? { chartType, title, series } : undefined;
}

/** The plot element's kind as Office.js names it; undefined for a plot the workbench does not draw. */
function typeOf(xml: string): ChartKind | undefined {
  const plot = /<c:(barChart|lineChart|pieChart|doughnutChart|scatterChart)>/.exec(xml)?.[1];
  const grouping = startTags(xml, "grouping")[0]?.get("val");
  const suffix = grouping === "stacked" ? "Stacked" : grouping === "percentStacked" ? "Stacked100" : "";
  if (plot === "barChart") {
    const base = startTags(xml, "barDir")[0]?.get("val") === "bar" ? "Bar" : "Column";
    return `${base}${suffix || "Clustered"}` as ChartKind;
  }
  if (plot === "lineChart") return `Line${suffix}` as ChartKind;
  if (plot === "pieChart") return "Pie";
  if (plot === "doughnutChart") return "Doughnut";
  if (plot === "scatterChart") return "XYScatter";
  return undefined;
}

function positionOf(anchor: string): FileChart["position"] {
  const pos = startTags(anchor, "pos")[0];
  const ext = startTags(anchor, "ext")[0];
  if (pos && ext && anchor.startsWith("<xdr:absoluteAnchor")) {
    const pt = (v: string | undefined) => Number(v ?? 0) / EMU_PER_POINT;
    return { left: pt(pos.get("x")), top: pt(pos.get("y")), width: pt(ext.get("cx")), height: pt(ext.get("cy")) };
  }
  const cell = (tag: "from" | "to") => {
    const part = new RegExp(`<xdr:${tag}>([\\s\\S]*?)</xdr:${tag}>`).exec(anchor)?.[1] ?? "";
    const n = (t: string) => Number(new RegExp(`<xdr:${t}>(\\d+)</xdr:${t}>`).exec(part)?.[1] ?? NaN);
    return { col: n("col"), row: n("row") };
  };
  const from = cell("from");
  const to = cell("to");
  if (![from.col, from.row, to.col, to.row].every(Number.isFinite)) return undefined;
  return { left: from.col * COLUMN_POINTS, top: from.row * ROW_POINTS, width: (to.col - from.col) * COLUMN_POINTS, height: (to.row - from.row) * ROW_POINTS };
}

/** "'象限图'!$C$3:$C$9" → the sheet and the address. */
function splitRef(ref: string): { sheet: string; address: string } | undefined {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return undefined;
  const raw = ref.slice(0, bang);
  const sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, address: ref.slice(bang + 1).replace(/\$/g, "") };
}

/** Makes the charts in the in-memory Excel, one Excel.run of two syncs each (one that fails leaves the rest). */
export async function addCharts(fake: FakeExcel, charts: FileChart[]): Promise<void> {
  if (charts.length === 0) return;
  fake.install(globalThis);
  for (const c of charts) {
    await Excel.run(async (ctx) => {
      const range = (ref: string) => {
        const r = splitRef(ref);
        if (!r) throw new Error(`not a reference: ${ref}`);
        return ctx.workbook.worksheets.getItem(r.sheet).getRange(r.address);
      };
      const chart = ctx.workbook.worksheets.getItem(c.sheet).charts.add(c.chartType, range(c.series[0].valuesRef), "Columns");
      if (c.name) chart.name = c.name;
      if (c.title) chart.title.text = c.title;
      // Excel widens a one-cell source to the block around it: the series it made are set (or
      // dropped) to be the file's.
      const made = chart.series.load("items/name");
      await ctx.sync();
      made.items.slice(c.series.length).forEach((extra) => extra.delete());
      c.series.forEach((s, i) => {
        const series = i < made.items.length ? made.items[i] : chart.series.add(s.name);
        series.setValues(range(s.valuesRef));
        if (s.categoriesRef) series.setXAxisValues(range(s.categoriesRef));
        series.name = s.name;
      });
      if (c.position) Object.assign(chart, c.position);
      await ctx.sync();
    }).catch(() => undefined);
  }
}
