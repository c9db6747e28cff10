import { createFakeExcel } from "./index";

function withData() {
  const fake = createFakeExcel({ sheets: ["Data"] });
  fake.workbook.user.setValues("Data", "A1", [
    ["Closeness", "Amount", "Name"],
    [0.5, 100, "Ann"],
    [1.5, 300, "Ben"],
    [2, 50, "Cat"],
  ]);
  return fake;
}

describe("charts", () => {
  it("charts.add builds series from the source like Excel: header names, first column as X for scatter", async () => {
    const fake = withData();
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      const chart = ws.charts.add("XYScatter", ws.getRange("A1:B4"), "Columns");
      chart.load("name, id, chartType");
      const series = chart.series.load("items/name, count");
      await context.sync();
      expect([chart.name, chart.id, chart.chartType]).toEqual([
        "Chart 1",
        "{C0000000-0000-4000-8000-000000000001}",
        "XYScatter",
      ]);
      expect(series.items.map((s) => s.name)).toEqual(["Amount"]);
    });
    const [info] = fake.workbook.chartsOf("Data");
    expect(info.series[0]).toMatchObject({
      values: [100, 300, 50],
      xValues: [0.5, 1.5, 2],
      valuesAddress: "Data!$B$2:$B$4",
      xValuesAddress: "Data!$A$2:$A$4",
    });
  });

  it("a chart made from blank cells has no series, so taking its first series rejects the whole batch, as in Excel", async () => {
    const fake = withData();
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      const chart = ws.charts.add("XYScatter", ws.getRange("E2:E5"), "Columns");
      const count = chart.series.getCount();
      await context.sync();
      expect(count.value).toBe(0);
      chart.series.getItemAt(0).name = "I";
      ws.getRange("G1").values = [["written in the same batch"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(fake.workbook.chartsOf("Data")[0].series).toEqual([]);
    expect(fake.workbook.values("Data", "G1")).toEqual([[""]]);
  });

  it("a column chart over text categories uses the first column as categories", async () => {
    const fake = createFakeExcel({ sheets: ["S"] });
    fake.workbook.user.setValues("S", "A1", [
      ["Class", "Value"],
      ["Stocks", 10],
      ["Bonds", 20],
    ]);
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.charts.add("Pie", ws.getRange("A1:B3"));
      await context.sync();
    });
    expect(fake.workbook.chartsOf("S")[0].series).toMatchObject([
      { name: "Value", values: [10, 20], xValues: ["Stocks", "Bonds"] },
    ]);
  });

  it("series set from ranges follow their cells: new values and inserted rows", async () => {
    const fake = withData();
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      const chart = ws.charts.add("XYScatter", ws.getRange("A1:B2"), "Columns");
      const s = chart.series.add("Customers");
      s.setXAxisValues(ws.getRange("A2:A4"));
      s.setValues(ws.getRange("B2:B4"));
      await context.sync();
    });
    fake.workbook.user.setValues("Data", "B3", [[999]]);
    fake.workbook.user.insertRows("Data", 0, 1);
    const s = fake.workbook.chartsOf("Data")[0].series[1];
    expect(s).toMatchObject({ name: "Customers", values: [100, 999, 50], valuesAddress: "Data!$B$3:$B$5" });
  });

  it("getDimensionValues returns the current values as strings after sync", async () => {
    const fake = withData();
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      const chart = ws.charts.add("XYScatter", ws.getRange("A1:B4"), "Columns");
      const values = chart.series.getItemAt(0).getDimensionValues("Values");
      const xs = chart.series.getItemAt(0).getDimensionValues("XValues");
      expect(() => values.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await context.sync();
      expect(values.value).toEqual(["100", "300", "50"]);
      expect(xs.value).toEqual(["0.5", "1.5", "2"]);
    });
  });

  it("stores title, legend, axes, data labels, markers, per-point labels and position", async () => {
    const fake = withData();
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      const chart = ws.charts.add("XYScatter", ws.getRange("A1:B4"), "Columns");
      chart.title.text = "象限图";
      chart.title.format.font.bold = true;
      chart.legend.visible = false;
      chart.axes.valueAxis.setPositionAt(150);
      chart.axes.categoryAxis.setPositionAt(1);
      chart.axes.valueAxis.title.text = "Amount";
      chart.axes.getItem("Value").minimum = 0;
      chart.axes.valueAxis.majorGridlines.visible = true;
      chart.dataLabels.showValue = false;
      chart.setPosition("E2", "L20");
      const s = chart.series.getItemAt(0);
      s.markerStyle = "Circle";
      s.markerBackgroundColor = "#1f77b4";
      s.format.fill.setSolidColor("#1F77B4");
      s.hasDataLabels = true;
      s.dataLabels.showSeriesName = false;
      const p = s.points.getItemAt(1);
      p.dataLabel.text = "Ben";
      p.markerBackgroundColor = "red";
      p.format.fill.setSolidColor("#FF0000");
      const axis = chart.axes.valueAxis.load("position, positionAt, minimum, type");
      const points = s.points.load("count");
      const label = p.dataLabel.load("text, showValue");
      await context.sync();
      expect(axis.toJSON()).toEqual({ position: "Custom", positionAt: 150, minimum: 0, type: "Value" });
      expect(points.count).toBe(3);
      expect(label.toJSON()).toEqual({ text: "Ben", showValue: false });
    });
    const [c] = fake.workbook.chartsOf("Data");
    expect(c.title).toEqual({ text: "象限图", visible: true });
    expect(c.legend.visible).toBe(false);
    expect(c.axes.value).toMatchObject({
      minimum: 0,
      position: "Custom",
      positionAt: 150,
      title: { text: "Amount", visible: true },
      majorGridlines: true,
    });
    expect(c.axes.category.positionAt).toBe(1);
    expect(c.position).toEqual({ top: 15, left: 192, width: 384, height: 285 });
    expect(c.series[0]).toMatchObject({
      markerStyle: "Circle",
      markerBackgroundColor: "#1F77B4",
      fillColor: "#1F77B4",
      hasDataLabels: true,
    });
    expect(c.series[0].points).toEqual([
      {
        index: 1,
        dataLabel: { text: "Ben" },
        hasDataLabel: true,
        markerBackgroundColor: "#FF0000",
        fillColor: "#FF0000",
      },
    ]);
  });

  it("charts are found by name, counted, and deleted; getImage returns a base64 PNG", async () => {
    const fake = withData();
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      ws.charts.add("ColumnClustered", ws.getRange("B1:B4"));
      const chart = ws.charts.getItem("Chart 1");
      const missing = ws.charts.getItemOrNullObject("Chart 9");
      const image = chart.getImage();
      const count = ws.charts.getCount();
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(count.value).toBe(1);
      expect(image.value).toMatch(/^iVBORw0KGgo/);
      chart.delete();
      await context.sync();
    });
    expect(fake.workbook.chartsOf("Data")).toEqual([]);
  });

  it("a series loses its cells (#REF!) when they are deleted", async () => {
    const fake = withData();
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      ws.charts.add("XYScatter", ws.getRange("A1:B4"), "Columns");
      await context.sync();
    });
    fake.workbook.user.deleteColumns("Data", 1, 1);
    expect(fake.workbook.chartsOf("Data")[0].series[0]).toMatchObject({ values: [], valuesAddress: "#REF!" });
  });
});
