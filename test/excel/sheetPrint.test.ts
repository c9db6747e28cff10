/**
 * The dashboard and the quadrant-chart sheet print as the review and coverage sheets do (issue 25):
 * landscape, A4 in a Chinese book, by a zoom scale every Excel applies; the table one page wide,
 * the chart (with its lists or its block) on pages of its own — checked on the sheets as refresh
 * leaves them, with the column widths the sheet really has.
 */
import { a1 } from "../../src/excel/address";
import type { FakeExcel } from "../../src/fake-excel";
import { type Setup, chinesePlainBook, englishTableBook, open } from "./support";

/** Landscape A4 inside Excel's Normal margins, in points. */
const PAGE = { width: 841.89 - 2 * 50.4, height: 595.28 - 2 * 54 };
/** Excel's default column width (Calibri 11) where the sheet sets none. */
const DEFAULT_COLUMN = 48;

async function refreshed(lang: "zh-CN" | "en-US", customers = 40): Promise<Setup> {
  const s = open();
  (lang === "zh-CN" ? chinesePlainBook : englishTableBook)(s.fake, customers);
  await s.host.setup(lang);
  await s.host.refresh(lang);
  return s;
}

/** The print area's ranges as 0-based rectangles. */
function areas(address: string): { c0: number; r0: number; c1: number; r1: number }[] {
  const cell = (ref: string) => {
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(ref)!;
    const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return { col, row: Number(digits) - 1 };
  };
  return address.split(",").map((part) => {
    const [from, to] = part.split(":").map(cell);
    return { c0: from.col, r0: from.row, c1: to.col, r1: to.row };
  });
}

/** The width in points of columns c0 … c1 as the sheet has them. */
function widthOf(fake: FakeExcel, sheet: string, c0: number, c1: number): number {
  const dumped = fake.workbook.dump() as { sheets: { name: string; columnWidths: Record<string, number> }[] };
  const widths = dumped.sheets.find((s) => s.name === sheet)!.columnWidths;
  let total = 0;
  for (let c = c0; c <= c1; c++) total += widths[a1(0, c).replace(/\d+$/, "")] ?? DEFAULT_COLUMN;
  return total;
}

describe("printing the dashboard and the quadrant chart", () => {
  test("the dashboard: landscape A4 in a Chinese book, its sections one page wide and the trend chart with its block on a page of its own", async () => {
    const { fake } = await refreshed("zh-CN");
    const layout = fake.workbook.pageLayoutOf("仪表板");
    expect(layout).toMatchObject({ orientation: "Landscape", paperSize: "A4" });
    const [main, trend] = areas(layout.printArea!);
    const scale = layout.zoom.scale! / 100;
    // The sections: from A1 down to the last row written, one page wide at the scale.
    expect(main).toMatchObject({ c0: 0, r0: 0 });
    expect(main.r1 + 1).toBe(fake.workbook.values("仪表板").length);
    expect(widthOf(fake, "仪表板", main.c0, main.c1) * scale).toBeLessThanOrEqual(PAGE.width);
    // The trend chart lies inside the second area.
    const [chart] = fake.workbook.chartsOf("仪表板");
    expect(chart.position.width).toBeGreaterThan(0);
    expect(trend.c0).toBeGreaterThan(main.c1);
    expect(widthOf(fake, "仪表板", trend.c0, trend.c1) * scale).toBeLessThanOrEqual(PAGE.width);
  });

  test("the quadrant chart: the chart on one landscape page and every quadrant's list one page wide; A4 in a Chinese book", async () => {
    const { fake } = await refreshed("zh-CN", 300);
    const layout = fake.workbook.pageLayoutOf("象限图");
    expect(layout).toMatchObject({ orientation: "Landscape", paperSize: "A4" });
    const scale = layout.zoom.scale! / 100;
    const [chartArea, lists] = areas(layout.printArea!);
    const [chart] = fake.workbook.chartsOf("象限图");
    const { left, top, width, height } = chart.position;
    // The chart is inside its area (at the narrowest default cells) and fits one page at the scale.
    expect(chartArea).toMatchObject({ c0: 0, r0: 0 });
    expect((chartArea.c1 + 1) * DEFAULT_COLUMN).toBeGreaterThanOrEqual(left + width);
    expect((chartArea.r1 + 1) * 14.25).toBeGreaterThanOrEqual(top + height);
    expect(width * scale).toBeLessThanOrEqual(PAGE.width);
    expect(height * scale).toBeLessThanOrEqual(PAGE.height);
    // The lists beside it: all four blocks, every row, one page wide.
    const values = fake.workbook.values("象限图");
    const lastListed = Math.max(...values.map((row, r) => (row.slice(lists.c0).some((v) => v !== "" && v !== null) ? r : 0)));
    expect(lists.r1).toBeGreaterThanOrEqual(lastListed);
    expect(values[0][lists.c0 + 15]).toMatch(/^IV /);
    expect(widthOf(fake, "象限图", lists.c0, lists.c1) * scale).toBeLessThanOrEqual(PAGE.width);
  });

  test("an English book keeps the printer's paper, landscape all the same", async () => {
    const { fake } = await refreshed("en-US");
    for (const sheet of ["Dashboard", "Quadrant chart"]) {
      const layout = fake.workbook.pageLayoutOf(sheet);
      expect([sheet, layout.orientation, layout.paperSize]).toEqual([sheet, "Landscape", "Letter"]);
    }
  });
});
