import { createFakeExcel } from "./index";

function mix() {
  const fake = createFakeExcel({ sheets: ["R"] });
  fake.workbook.user.setValues("R", "A1", [
    ["Class", "Value"],
    ["Deposits", 300],
    ["Funds", 100],
  ]);
  return fake;
}

describe("pie, column and bar charts", () => {
  it("a Pie, a ColumnClustered and a BarClustered chart take their series from the source", async () => {
    const fake = mix();
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("R");
      for (const type of ["Pie", "ColumnClustered", "BarClustered"] as const) ws.charts.add(type, ws.getRange("A1:B3"), "Columns");
      await context.sync();
    });
    const charts = fake.workbook.chartsOf("R");
    expect(charts.map((c) => c.chartType)).toEqual(["Pie", "ColumnClustered", "BarClustered"]);
    for (const c of charts) expect(c.series[0]).toMatchObject({ name: "Value", values: [300, 100], xValues: ["Deposits", "Funds"] });
  });

  it("a chart type Excel does not have is refused, when added and when set", async () => {
    const fake = mix();
    await expect(
      fake.Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("R");
        ws.charts.add("Column" as Excel.ChartType, ws.getRange("A1:B3"));
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      fake.Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("R");
        const c = ws.charts.add("Pie", ws.getRange("A1:B3"));
        c.chartType = "pie" as Excel.ChartType;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("a pie chart has no axes: touching them fails the sync", async () => {
    const fake = mix();
    await expect(
      fake.Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("R");
        const c = ws.charts.add("Pie", ws.getRange("A1:B3"));
        c.axes.valueAxis.numberFormat = "#,##0";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("getImage answers with the renderer the host installed, given the chart as drawn", async () => {
    const fake = mix();
    const seen: string[] = [];
    fake.workbook.setChartRenderer((chart, size) => {
      seen.push(`${chart.chartType} ${chart.series[0].values.join(",")} ${size.width}`);
      return "iVBORdrawn";
    });
    const image = await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("R");
      const img = ws.charts.add("Pie", ws.getRange("A1:B3")).getImage(600);
      await context.sync();
      return img.value;
    });
    expect(image).toBe("iVBORdrawn");
    expect(seen).toEqual(["Pie 300,100 600"]);
  });
});

describe("page layout", () => {
  it("keeps orientation, fit-to-page zoom, margins, centring and print title rows", async () => {
    const fake = mix();
    await fake.Excel.run(async (context) => {
      const p = context.workbook.worksheets.getItem("R").pageLayout;
      p.orientation = "Landscape";
      p.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      p.leftMargin = 36;
      p.centerHorizontally = true;
      p.setPrintTitleRows("$1:$2");
      p.setPrintArea("A1:H40");
      await context.sync();
    });
    expect(fake.workbook.pageLayoutOf("R")).toMatchObject({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      leftMargin: 36,
      centerHorizontally: true,
      printTitleRows: "$1:$2",
      printArea: "A1:H40",
    });
  });

  it("takes a print area of several ranges, each printed on pages of its own, and any paper Office.js names", async () => {
    const fake = mix();
    await fake.Excel.run(async (context) => {
      const p = context.workbook.worksheets.getItem("R").pageLayout;
      p.paperSize = "A4Small";
      p.setPrintArea("A1:G40, I1:Q30");
      await context.sync();
    });
    expect(fake.workbook.pageLayoutOf("R")).toMatchObject({ paperSize: "A4Small", printArea: "A1:G40,I1:Q30" });
  });

  it("refuses title rows that are not entire rows, a zoom scale out of 10–400, a negative margin, an unknown paper and an empty area in a print area", async () => {
    const attempts: ((p: Excel.PageLayout) => void)[] = [
      (p) => p.setPrintTitleRows("A1:C2"),
      (p) => (p.zoom = { scale: 5 }),
      (p) => (p.zoom = { scale: 100, horizontalFitToPages: 1 }),
      (p) => (p.topMargin = -1),
      (p) => (p.paperSize = "A7" as Excel.PaperType),
      (p) => p.setPrintArea("A1:B2,"),
    ];
    for (const attempt of attempts) {
      const fake = mix();
      await expect(
        fake.Excel.run(async (context) => {
          attempt(context.workbook.worksheets.getItem("R").pageLayout);
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });
});
