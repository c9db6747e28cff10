/**
 * Which chart types exist (`Excel.ChartType`, ExcelApi 1.1–1.9) and which of them have axes. Excel
 * refuses a type it does not know with InvalidArgument; the imitation refuses the same, so a typo
 * such as "Column" or "pie" fails in the tests and not only in Excel.
 */
import { invalidArgument } from "./errors";

export const CHART_TYPES: ReadonlySet<string> = new Set([
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "3DColumnClustered",
  "3DColumnStacked",
  "3DColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "3DBarClustered",
  "3DBarStacked",
  "3DBarStacked100",
  "LineStacked",
  "LineStacked100",
  "LineMarkers",
  "LineMarkersStacked",
  "LineMarkersStacked100",
  "PieOfPie",
  "PieExploded",
  "3DPieExploded",
  "BarOfPie",
  "XYScatterSmooth",
  "XYScatterSmoothNoMarkers",
  "XYScatterLines",
  "XYScatterLinesNoMarkers",
  "AreaStacked",
  "AreaStacked100",
  "3DAreaStacked",
  "3DAreaStacked100",
  "DoughnutExploded",
  "RadarMarkers",
  "RadarFilled",
  "Surface",
  "SurfaceWireframe",
  "SurfaceTopView",
  "SurfaceTopViewWireframe",
  "Bubble",
  "Bubble3DEffect",
  "StockHLC",
  "StockOHLC",
  "StockVHLC",
  "StockVOHLC",
  "CylinderColClustered",
  "CylinderColStacked",
  "CylinderColStacked100",
  "CylinderBarClustered",
  "CylinderBarStacked",
  "CylinderBarStacked100",
  "CylinderCol",
  "ConeColClustered",
  "ConeColStacked",
  "ConeColStacked100",
  "ConeBarClustered",
  "ConeBarStacked",
  "ConeBarStacked100",
  "ConeCol",
  "PyramidColClustered",
  "PyramidColStacked",
  "PyramidColStacked100",
  "PyramidBarClustered",
  "PyramidBarStacked",
  "PyramidBarStacked100",
  "PyramidCol",
  "3DColumn",
  "Line",
  "3DLine",
  "3DPie",
  "Pie",
  "XYScatter",
  "3DArea",
  "Area",
  "Doughnut",
  "Radar",
  "Histogram",
  "Boxwhisker",
  "Pareto",
  "RegionMap",
  "Treemap",
  "Waterfall",
  "Sunburst",
  "Funnel",
]);

/** `charts.add` and `chart.chartType = …` with a type Excel does not have ("Invalid" is only ever read). */
export function checkChartType(type: unknown): string {
  if (typeof type !== "string" || !CHART_TYPES.has(type)) throw invalidArgument(`chart type '${String(type)}'`);
  return type;
}

/** Pie and doughnut charts have no axes: Excel fails any use of `chart.axes` on them. */
export function hasAxes(type: string): boolean {
  return !/^(Pie|3DPie|PieExploded|3DPieExploded|PieOfPie|BarOfPie|Doughnut|DoughnutExploded|Treemap|Sunburst)$/.test(
    type,
  );
}
