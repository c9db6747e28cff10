/**
 * `chart.getImage()` in the workbench: the chart drawn by chart.js from the same definition the
 * chart strip shows (`chartConfig`), on a canvas of its own, as base64 PNG like Excel returns it.
 */
import type { ChartInfo } from "../fake-excel";
import { chartConfig } from "./chartConfig";
import { Chart } from "./registerCharts";

/** Excel sizes charts in points; images are in pixels. */
const PX_PER_POINT = 4 / 3;

export function renderChartPng(chart: ChartInfo, size: { width?: number; height?: number }): string {
  const config = chartConfig(chart);
  if (!config) return "";
  const aspect = chart.position.height / chart.position.width;
  const width = Math.round(size.width ?? chart.position.width * PX_PER_POINT);
  const height = Math.round(
    size.height ?? (size.width !== undefined ? size.width * aspect : chart.position.height * PX_PER_POINT),
  );
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const white = {
    id: "white",
    beforeDraw: (c: Chart) => {
      c.ctx.save();
      c.ctx.fillStyle = "#FFFFFF";
      c.ctx.fillRect(0, 0, c.width, c.height);
      c.ctx.restore();
    },
  };
  const drawn = new Chart(canvas, {
    ...config,
    options: { ...config.options, responsive: false, devicePixelRatio: 1, animation: false },
    plugins: [white],
  } as typeof config);
  const url = canvas.toDataURL("image/png");
  drawn.destroy();
  return url.replace(/^data:image\/png;base64,/, "");
}
