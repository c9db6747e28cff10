/**
 * An Excel chart as the add-in defined it (type, series, colours, labels, axes) → a chart.js
 * configuration. The definition comes from the in-memory Excel's chart objects, so the workbench
 * draws exactly what the add-in wrote through the Excel API, not a picture of its own.
 */
import type { Chart, ChartConfiguration, ChartDataset, Plugin } from "chart.js";
import type { ChartInfo, ChartSeriesInfo } from "../fake-excel";

/** Excel's default series colours (Office theme accents), for series without an explicit colour. */
const OFFICE_ACCENTS = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47", "#264478", "#9E480E"];

export type Kind = "scatter" | "pie" | "doughnut" | "bar" | "line";

export function kindOf(chartType: string): Kind | undefined {
  if (/^XYScatter/i.test(chartType) || /^Bubble/i.test(chartType)) return "scatter";
  if (/^(Pie|PieExploded|Pie3D)/i.test(chartType)) return "pie";
  if (/^Doughnut/i.test(chartType)) return "doughnut";
  // A funnel is drawn as horizontal bars in stage order (chart.js has no funnel).
  if (/^(Column|Bar|Cylinder|Cone|Pyramid|Funnel)/i.test(chartType)) return "bar";
  if (/^(Line|Area)/i.test(chartType)) return "line";
  return undefined;
}

const num = (v: unknown): number => (typeof v === "number" ? v : Number(v));

/** Per-point labels the add-in wrote (customer names on the quadrant chart). */
export interface PointLabels {
  /** labels[dataset][point] */
  labels: (string | undefined)[][];
  /** positions[dataset][point]: Excel's label position ("Right", "Left", "Top", "Bottom"; default Right). */
  positions?: (string | undefined)[][];
}

export function chartConfig(chart: ChartInfo): ChartConfiguration | undefined {
  const kind = kindOf(chart.chartType);
  if (!kind) return undefined;
  const title = chart.title.visible && chart.title.text ? { display: true, text: chart.title.text } : { display: false };
  const legend = { display: chart.legend.visible, position: legendPosition(chart.legend.position) };
  if (kind === "pie" || kind === "doughnut") {
    const s = chart.series[0];
    const colors = s ? s.values.map((_, i) => pointColor(s, i) ?? OFFICE_ACCENTS[i % OFFICE_ACCENTS.length]) : [];
    return {
      type: kind,
      data: { labels: s?.xValues.map(String) ?? [], datasets: s ? [{ label: s.name, data: s.values.map(num), backgroundColor: colors }] : [] },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { title, legend, pieLabels: { percent: s?.hasDataLabels === true && s.dataLabels.showPercentage } } as never,
      },
    };
  }
  if (kind === "scatter") {
    const datasets: ChartDataset<"scatter">[] = chart.series.map((s, i) => {
      const color = s.markerBackgroundColor ?? s.fillColor ?? OFFICE_ACCENTS[i % OFFICE_ACCENTS.length];
      return {
        label: s.name,
        data: s.values.map((y, j) => ({ x: num(s.xValues[j]), y: num(y) })),
        backgroundColor: s.values.map((_, j) => pointColor(s, j) ?? color),
        borderColor: s.values.map((_, j) => s.points.find((p) => p.index === j)?.markerForegroundColor ?? s.markerForegroundColor ?? color),
        pointRadius: s.values.map((_, j) => (s.points.find((p) => p.index === j)?.markerSize ?? s.markerSize) / 2 + 1),
        pointStyle: s.values.map((_, j) => pointStyle(s.points.find((p) => p.index === j)?.markerStyle ?? s.markerStyle)),
      };
    });
    return {
      type: "scatter",
      data: { datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { title, legend, crossing: crossingOf(chart), pointLabels: labelsOf(chart) } as never,
        scales: { x: axisOf(chart.axes.category), y: axisOf(chart.axes.value) },
      },
    };
  }
  const horizontal = /^(Bar|3DBar|CylinderBar|ConeBar|PyramidBar|Funnel)/i.test(chart.chartType);
  return {
    type: kind,
    data: {
      labels: chart.series[0]?.xValues.map(String) ?? [],
      datasets: chart.series.map((s, i) => {
        const color = s.fillColor ?? s.lineColor ?? OFFICE_ACCENTS[i % OFFICE_ACCENTS.length];
        return { label: s.name, data: s.values.map(num), backgroundColor: s.values.map((_, j) => pointColor(s, j) ?? color), borderColor: color };
      }),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      indexAxis: horizontal ? "y" : "x",
      plugins: { title, legend },
      // A bar chart lays the value axis horizontally.
      scales: horizontal ? { x: axisOf(chart.axes.value) } : { y: axisOf(chart.axes.value) },
    },
  };
}

function pointColor(s: ChartSeriesInfo, index: number): string | undefined {
  const p = s.points.find((x) => x.index === index);
  return p?.fillColor ?? p?.markerBackgroundColor;
}

function pointStyle(excel: string): "circle" | "rect" | "triangle" | "rectRot" | "crossRot" | "star" {
  switch (excel) {
    case "Square":
      return "rect";
    case "Triangle":
      return "triangle";
    case "Diamond":
      return "rectRot";
    case "X":
      return "crossRot";
    case "Star":
      return "star";
    default:
      return "circle";
  }
}

function legendPosition(excel: string): "top" | "bottom" | "left" | "right" {
  const p = excel.toLowerCase();
  return p === "top" || p === "bottom" || p === "left" ? p : "right";
}

function axisOf(axis: ChartInfo["axes"]["value"]) {
  // Typed loosely: chart.js types each scale kind's options apart, and both kinds take these.
  return {
    type: axis.scaleType === "Logarithmic" ? "logarithmic" : "linear",
    display: axis.visible,
    min: axis.minimum ?? undefined,
    max: axis.maximum ?? undefined,
    ticks: axis.majorUnit ? { stepSize: axis.majorUnit } : {},
    grid: { display: axis.majorGridlines },
    title: { display: axis.title.visible && axis.title.text !== "", text: axis.title.text },
  } as never;
}

/**
 * Where the axes cross. In Excel, `valueAxis.setPositionAt(v)` puts the category (X) axis at
 * value v of the value axis, and `categoryAxis.setPositionAt(x)` the value (Y) axis at x — on a
 * quadrant chart the two lines are the thresholds.
 */
export function crossingOf(chart: ChartInfo): { x?: number; y?: number } {
  return { x: chart.axes.category.positionAt ?? undefined, y: chart.axes.value.positionAt ?? undefined };
}

/** The labels the add-in set on individual points (or the series name when it asked for that). */
export function labelsOf(chart: ChartInfo): PointLabels {
  return {
    labels: chart.series.map((s) =>
      s.values.map((_, j) => {
        const p = s.points.find((x) => x.index === j);
        if (p?.dataLabel?.text) return p.dataLabel.text;
        if (p?.hasDataLabel === false) return undefined;
        if ((p?.hasDataLabel || s.hasDataLabels) && (p?.dataLabel?.showSeriesName ?? s.dataLabels.showSeriesName)) return s.name;
        return undefined;
      }),
    ),
    positions: chart.series.map((s) => s.values.map((_, j) => s.points.find((x) => x.index === j)?.dataLabel?.position)),
  };
}

/** Draws the axis cross at the thresholds and the point labels (chart.js has neither built in). */
export const excelExtras: Plugin = {
  id: "excelExtras",
  afterDatasetsDraw(chart) {
    const opts = chart.options.plugins as unknown as {
      crossing?: { x?: number; y?: number };
      pointLabels?: PointLabels;
      pieLabels?: { percent: boolean };
    };
    const { ctx, chartArea: area, scales } = chart;
    ctx.save();
    ctx.strokeStyle = "#595959";
    ctx.lineWidth = 1.5;
    const cross = opts.crossing;
    if (cross?.x !== undefined && scales.x) {
      const px = scales.x.getPixelForValue(cross.x);
      if (px >= area.left && px <= area.right) line(ctx, px, area.top, px, area.bottom);
    }
    if (cross?.y !== undefined && scales.y) {
      const py = scales.y.getPixelForValue(cross.y);
      if (py >= area.top && py <= area.bottom) line(ctx, area.left, py, area.right, py);
    }
    if (opts.pieLabels?.percent) drawPercentages(chart);
    const labels = opts.pointLabels?.labels;
    if (labels) {
      ctx.fillStyle = "#404040";
      // Excel's 9 pt data labels are 12 CSS px.
      ctx.font = "12px Calibri, 'Segoe UI', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";
      chart.data.datasets.forEach((_, d) => {
        const meta = chart.getDatasetMeta(d);
        if (meta.hidden) return;
        meta.data.forEach((el, i) => {
          const text = labels[d]?.[i];
          if (!text) return;
          // Where Excel puts a label at each position: beside, above or below the marker.
          const at = LABEL_PLACES[opts.pointLabels?.positions?.[d]?.[i] ?? "Right"] ?? LABEL_PLACES.Right;
          ctx.textAlign = at.align;
          ctx.textBaseline = at.baseline;
          ctx.fillText(text, el.x + at.dx, el.y + at.dy);
        });
      });
    }
    ctx.restore();
  },
};

/** Label offsets in CSS px from the point (Excel: marker radius plus a small gap). */
const LABEL_PLACES: Record<string, { dx: number; dy: number; align: CanvasTextAlign; baseline: CanvasTextBaseline }> = {
  Right: { dx: 9, dy: 0, align: "left", baseline: "middle" },
  Left: { dx: -9, dy: 0, align: "right", baseline: "middle" },
  Top: { dx: 0, dy: -9, align: "center", baseline: "bottom" },
  Bottom: { dx: 0, dy: 9, align: "center", baseline: "top" },
};

/** Each slice's share of the pie, in white at the slice's centre (Excel's "percentage" data label). */
function drawPercentages(chart: Chart): void {
  const { ctx } = chart;
  const values = (chart.data.datasets[0]?.data ?? []) as number[];
  const total = values.reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0);
  if (total <= 0) return;
  ctx.fillStyle = "#FFFFFF";
  ctx.font = "600 12px 'Segoe UI', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  chart.getDatasetMeta(0).data.forEach((el, i) => {
    const share = values[i] / total;
    if (share < 0.03) return;
    const at = (el as unknown as { tooltipPosition(useFinal: boolean): { x: number; y: number } }).tooltipPosition(true);
    ctx.fillText(`${(share * 100).toFixed(1)}%`, at.x, at.y);
  });
}

function line(ctx: CanvasRenderingContext2D, x0: number, y0: number, x1: number, y1: number): void {
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1, y1);
  ctx.stroke();
}
