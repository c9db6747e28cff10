/**
 * The workbench's download keeps the workbook's charts as native chart parts (DrawingML), so real
 * Excel shows them; the download opened again in the workbench has them back, and a refresh
 * rebuilds the add-in's own in place: one chart sheet, one dashboard, one chart of each kind.
 */
import JSZip from "jszip";
import { createExcelHost } from "../../src/excel/excelHost";
import type { FakeExcel } from "../../src/fake-excel";
import { xlsxToFake } from "../../src/workbench/xlsxToFake";
import { fakeToXlsx } from "../../src/workbench/fakeToXlsx";
import { TODAY, refreshedChineseBook } from "./support";

const CHART_SHEET = "象限图";

const dashboardOf = (fake: FakeExcel) => fake.workbook.sheetNames().filter((n) => n.startsWith("仪表板"));

/** Every chart part of the package, with the name its drawing gives it. */
async function chartParts(bytes: Uint8Array): Promise<{ name: string; xml: string }[]> {
  const zip = await JSZip.loadAsync(bytes);
  const out: { name: string; xml: string }[] = [];
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p))) {
    const drawing = await zip.file(path)!.async("string");
    const rels = await zip.file(path.replace("drawings/", "drawings/_rels/") + ".rels")!.async("string");
    for (const m of drawing.matchAll(/name="([^"]*)"[\s\S]*?r:id="(rId\d+)"/g)) {
      const target = new RegExp(`Id="${m[2]}"[^>]*Target="\\.\\./charts/(chart\\d+\\.xml)"`).exec(rels)![1];
      out.push({ name: m[1], xml: await zip.file(`xl/charts/${target}`)!.async("string") });
    }
  }
  return out;
}

const seriesCount = (xml: string) => (xml.match(/<c:ser>/g) ?? []).length;

describe("charts in the workbench's download", () => {
  test("the download holds the quadrant chart as a native scatter chart and the dashboard's trend as a column chart, each with its series", async () => {
    const fake = await refreshedChineseBook();
    const quadrant = fake.workbook.chartsOf(CHART_SHEET)[0];
    const trend = fake.workbook.chartsOf(dashboardOf(fake)[0])[0];
    const parts = await chartParts(await fakeToXlsx(fake));
    const byName = new Map(parts.map((p) => [p.name, p.xml]));
    expect([...byName.keys()].sort()).toEqual(["crmDashboardTrend", "crmQuadrantChart"]);
    const scatter = byName.get("crmQuadrantChart")!;
    expect(scatter).toContain("<c:scatterChart>");
    expect(seriesCount(scatter)).toBe(quadrant.series.length);
    expect(quadrant.series.length).toBeGreaterThan(1);
    expect(scatter).toContain(quadrant.title.text);
    const column = byName.get("crmDashboardTrend")!;
    expect(column).toMatch(/<c:barChart><c:barDir val="col"\/>/);
    expect(seriesCount(column)).toBe(trend.series.length);
  });

  test("the download opened again has the same charts: names, kinds, series and the values they show", async () => {
    const fake = await refreshedChineseBook();
    const again = (await xlsxToFake(await fakeToXlsx(fake))).fake;
    for (const sheet of [CHART_SHEET, dashboardOf(fake)[0]]) {
      const shape = (f: FakeExcel) =>
        f.workbook.chartsOf(sheet).map((c) => ({ name: c.name, type: c.chartType, title: c.title.text, series: c.series.map((s) => ({ name: s.name, values: s.values })) }));
      expect(shape(again)).toEqual(shape(fake));
    }
  });

  test("opened again and refreshed twice: one chart sheet, one dashboard, one chart of each kind", async () => {
    const fake = await refreshedChineseBook();
    const { fake: again } = await xlsxToFake(await fakeToXlsx(fake));
    again.install(globalThis);
    for (let i = 0; i < 2; i++) await createExcelHost({ today: () => TODAY }).refresh("zh-CN");
    expect(again.workbook.sheetNames().filter((n) => n.startsWith("象限图"))).toEqual([CHART_SHEET]);
    expect(dashboardOf(again)).toHaveLength(1);
    expect(again.workbook.chartsOf(CHART_SHEET).map((c) => c.name)).toEqual(["crmQuadrantChart"]);
    expect(again.workbook.chartsOf(dashboardOf(again)[0]).map((c) => c.name)).toEqual(["crmDashboardTrend"]);
  });
});
