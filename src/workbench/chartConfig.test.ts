import type { ChartInfo, ChartSeriesInfo } from "../fake-excel";
import { chartConfig, crossingOf, kindOf, labelsOf } from "./chartConfig";

const labels = { showValue: false, showPercentage: false, showSeriesName: false, showCategoryName: false, showLegendKey: false, position: "Right", separator: ", ", numberFormat: "General" };
const axis = { minimum: null, maximum: null, majorUnit: null, position: "Automatic", positionAt: null, title: { text: "", visible: false }, visible: true, numberFormat: "General", majorGridlines: false };

function series(name: string, x: number[], y: number[], extra: Partial<ChartSeriesInfo> = {}): ChartSeriesInfo {
  return {
    name,
    chartType: "XYScatter",
    values: y,
    xValues: x,
    valuesAddress: null,
    xValuesAddress: null,
    markerStyle: "Circle",
    markerSize: 7,
    markerBackgroundColor: null,
    markerForegroundColor: null,
    fillColor: null,
    lineColor: null,
    hasDataLabels: false,
    dataLabels: labels,
    points: [],
    ...extra,
  };
}

function chart(chartType: string, s: ChartSeriesInfo[], axes: Partial<ChartInfo["axes"]> = {}): ChartInfo {
  return {
    id: "c1",
    name: "Chart 1",
    chartType,
    title: { text: "象限图", visible: true },
    legend: { visible: true, position: "Bottom" },
    position: { top: 0, left: 0, width: 360, height: 216 },
    dataLabels: labels,
    fillColor: null,
    axes: { value: axis, category: axis, ...axes },
    series: s,
  };
}

describe("drawing the add-in's charts with chart.js", () => {
  it("a scatter series becomes points at (x, y) in the series' marker colour", () => {
    const config = chartConfig(chart("XYScatter", [series("I", [0.5, 1], [100, 200], { markerBackgroundColor: "#2E7D32" })]))!;
    expect(config.type).toBe("scatter");
    expect(config.data.datasets[0].data).toEqual([
      { x: 0.5, y: 100 },
      { x: 1, y: 200 },
    ]);
    expect(config.data.datasets[0].backgroundColor).toEqual(["#2E7D32", "#2E7D32"]);
  });

  it("the axes cross where the add-in put them: the thresholds of a quadrant chart", () => {
    const c = chart("XYScatter", [], { category: { ...axis, positionAt: 0.35 }, value: { ...axis, positionAt: 225650 } });
    expect(crossingOf(c)).toEqual({ x: 0.35, y: 225650 });
  });

  it("a point's own label text is drawn beside it (customer names)", () => {
    const s = series("II", [0.1, 0.2], [5, 6], { points: [{ index: 1, hasDataLabel: true, dataLabel: { text: "张伟" } }] });
    expect(labelsOf(chart("XYScatter", [s])).labels).toEqual([[undefined, "张伟"]]);
  });

  it("a pie takes its slices from the first series and its labels from the categories", () => {
    const s = series("资产", [], [60, 40], { xValues: ["股票", "存款"] as unknown as number[] });
    const config = chartConfig(chart("Pie", [s]))!;
    expect(config.type).toBe("pie");
    expect(config.data.labels).toEqual(["股票", "存款"]);
    expect(config.data.datasets[0].data).toEqual([60, 40]);
  });

  it("column charts are bars, bar charts lie on their side, and unknown types draw nothing", () => {
    expect(kindOf("ColumnClustered")).toBe("bar");
    expect(chartConfig(chart("BarClustered", [series("a", [], [1])]))!.options!.indexAxis).toBe("y");
    const bar = chartConfig(chart("BarClustered", [series("a", [], [1])], { value: { ...axis, minimum: 0 } }))!;
    expect(bar.options!.scales).toEqual({ x: expect.objectContaining({ min: 0 }) });
    expect(chartConfig(chart("Surface", []))).toBeUndefined();
  });

  it("a pie draws its one series' values with the categories as labels", () => {
    const config = chartConfig(chart("Pie", [series("Mix", ["Deposits", "Funds"] as never, [300, 100])]))!;
    expect(config.type).toBe("pie");
    expect(config.data.labels).toEqual(["Deposits", "Funds"]);
    expect(config.data.datasets[0].data).toEqual([300, 100]);
  });
});
