import { createExcelHost } from "../../src/excel/excelHost";
import { buildReviewSheet, reviewChartImages } from "../../src/excel/reviewSheet";
import { PIE_NAME, TREND_NAME } from "../../src/excel/reviewLayout";
import { initialState } from "../../src/excel/state";
import { demoToFake } from "../../src/workbench/demoToFake";
import { dayFromYmd } from "../../src/core/dates";
import { linkBook } from "../../src/core/book";
import { reviewDates } from "../../src/core/review";
import type { FakeExcel } from "../../src/fake-excel";
import { type Row, open, serial } from "./support";

const AS_OF = dayFromYmd(2026, 3, 31)!;

async function build(fake: FakeExcel, id: string, date?: number) {
  fake.install(globalThis);
  const state = initialState({ today: () => AS_OF });
  return fake.Excel.run((ctx) => buildReviewSheet(ctx, state, "zh-CN", id, date));
}

/** A small book: one client reviewed twice, a fund sold, a loan; names chosen per test. */
function smallBook(fake: FakeExcel, name: string, extraSheets: string[] = []): void {
  const u = fake.workbook.user;
  u.renameSheet("Sheet1", "客户");
  u.setValues("客户", "A1", [
    ["客户编号", "客户名称", "风险偏好"],
    ["C1", name, "稳健型"],
  ] as Row[]);
  u.addSheet("资产");
  u.setValues("资产", "A1", [
    ["客户编号", "回顾日期", "资产类别", "名称", "机构", "风险等级", "市值"],
    ["C1", serial("2026-02-28"), "存款", "定期", "本行", "R1", 100_000],
    ["C1", serial("2026-02-28"), "基金", "混合", "本行", "R3", 50_000],
    ["C1", serial("2026-02-28"), "贷款", "房贷", "本行", "", 45_000],
    ["C1", serial("2026-03-31"), "存款", "定期", "本行", "R1", 120_000],
    ["C1", serial("2026-03-31"), "贷款", "房贷", "本行", "", 40_000],
  ] as Row[]);
  for (const s of extraSheets) u.addSheet(s);
}

describe("building the asset review sheet", () => {
  it("the pie shows the core's mix and the column chart the core's trend, for every review of the demo book", async () => {
    const fake = demoToFake({ lang: "zh-CN", asOf: AS_OF });
    fake.install(globalThis);
    const book = linkBook(await createExcelHost({ today: () => AS_OF }).readBook(), "zh-CN");
    const reviewed = [...new Set(book.assets.map((a) => a.customer))];
    expect(reviewed.length).toBeGreaterThanOrEqual(5);
    for (const c of reviewed) {
      for (const d of reviewDates(book, c)) {
        const r = await build(fake, book.customers[c].id, d);
        if (!r.ok) throw new Error(r.code);
        const charts = fake.workbook.chartsOf(r.sheet);
        const pie = charts.find((x) => x.name === PIE_NAME)!;
        const trend = charts.find((x) => x.name === TREND_NAME)!;
        expect(pie.chartType).toBe("Pie");
        expect(pie.series[0].values).toEqual(r.review.mix.map((m) => m.value));
        expect(trend.chartType).toBe("ColumnClustered");
        expect(trend.series.map((s) => s.values)).toEqual([
          r.review.history.map((p) => p.assets),
          r.review.history.map((p) => p.netWorth),
        ]);
        expect(trend.series[0].xValues).toHaveLength(r.review.history.length);
      }
    }
  });

  it("building twice leaves one sheet and two charts, and takes four syncs whatever the book's size", async () => {
    const { fake } = open();
    smallBook(fake, "王芳");
    fake.stats.syncs = 0;
    const first = await build(fake, "C1");
    const syncs = fake.stats.syncs;
    const again = await build(fake, "C1");
    expect(first.ok && again.ok && first.sheet === again.sheet).toBe(true);
    if (!again.ok) return;
    expect(fake.workbook.sheetNames()).toEqual(["客户", "资产", again.sheet]);
    expect(
      fake.workbook
        .chartsOf(again.sheet)
        .map((c) => c.name)
        .sort(),
    ).toEqual([PIE_NAME, TREND_NAME]);
    expect(syncs).toBe(4);
    const big = demoToFake({ lang: "zh-CN", asOf: AS_OF, customers: 400 });
    big.install(globalThis);
    const bigBook = linkBook(await createExcelHost({ today: () => AS_OF }).readBook(), "zh-CN");
    big.stats.syncs = 0;
    expect((await build(big, bigBook.customers[bigBook.assets[0].customer].id)).ok).toBe(true);
    expect(big.stats.syncs).toBe(4);
  });

  it("a review sheet the user protected is not rebuilt: a sentence names it, nothing changes", async () => {
    const { fake } = open();
    smallBook(fake, "王芳");
    const r = await build(fake, "C1");
    if (!r.ok) throw new Error(r.code);
    fake.workbook.user.protect(r.sheet);
    const before = fake.workbook.dump();
    await expect(build(fake, "C1")).rejects.toMatchObject({ code: "CrmExcelLimit", kind: "protected", sheet: r.sheet });
    expect(fake.workbook.dump()).toEqual(before);
  });

  it("lists the sold holding as sold and the loan as a liability, with totals and no change on a first review", async () => {
    const { fake } = open();
    smallBook(fake, "王芳");
    const r = await build(fake, "C1");
    if (!r.ok) throw new Error(r.code);
    const cells = fake.workbook.values(r.sheet);
    const text = cells.map((row) => row.join("|"));
    expect(text.some((l) => l.includes("混合") && l.includes("已卖出"))).toBe(true);
    expect(text.some((l) => l.includes("房贷") && l.includes("负债"))).toBe(true);
    expect(cells.find((row) => row[0] === "净资产")?.[6]).toBe(80_000);
    const first = await build(fake, "C1", dayFromYmd(2026, 2, 28));
    if (!first.ok) throw new Error(first.code);
    const holdingRows = fake.workbook.values(first.sheet).filter((row) => row[1] === "定期" || row[1] === "混合");
    for (const row of holdingRows) expect([row[8], row[9]]).toEqual(["", ""]);
  });

  it("a sheet name with / \\ ? * [ ] : and over 31 characters becomes a valid one; a user's sheet of that name is untouched", async () => {
    const { fake } = open();
    const name = "A/B\\C?D*E[F]G:H 有限公司名称非常非常长的客户";
    smallBook(fake, name);
    const r = await build(fake, "C1");
    if (!r.ok) throw new Error(r.code);
    expect(r.sheet).not.toMatch(/[/\\?*[\]:]/);
    expect(r.sheet.length).toBeLessThanOrEqual(31);
    expect(r.sheet.startsWith("ABCDEFGH 有限公司")).toBe(true);

    const { fake: other } = open();
    smallBook(other, "王芳", ["王芳 2026-03-31"]);
    other.workbook.user.setValues("王芳 2026-03-31", "A1", [["我的笔记"]]);
    const mine = await build(other, "C1");
    if (!mine.ok) throw new Error(mine.code);
    expect(mine.sheet).toBe("王芳 2026-03-31 (2)");
    expect(other.workbook.values("王芳 2026-03-31")).toEqual([["我的笔记"]]);
    expect(other.workbook.chartsOf("王芳 2026-03-31")).toEqual([]);
  });

  it("is print-ready: one page wide (a scale every Excel applies, office-js#1860), title rows repeated, the charts inside the print area", async () => {
    const { fake } = open();
    smallBook(fake, "王芳");
    const r = await build(fake, "C1");
    if (!r.ok) throw new Error(r.code);
    const page = fake.workbook.pageLayoutOf(r.sheet);
    // The columns at that scale fill the printable A4 width, nearly (a fit, not a shrink).
    const printable = 595.28 - page.leftMargin - page.rightMargin;
    const width = (r.layout.columnWidths.reduce((a, b) => a + b, 0) * page.zoom.scale!) / 100;
    expect(width).toBeLessThanOrEqual(printable);
    expect(width).toBeGreaterThan(printable * 0.9);
    expect(page).toMatchObject({
      orientation: "Portrait",
      paperSize: "A4",
      printTitleRows: "$1:$3",
      printArea: r.layout.printArea,
    });
  });

  it("writes nothing for an unknown client, and says which ID", async () => {
    const { fake } = open();
    smallBook(fake, "王芳");
    const r = await build(fake, "C9");
    expect(r).toMatchObject({ ok: false, code: "review.unknownCustomer", params: { id: "C9" } });
    expect(fake.workbook.sheetNames()).toEqual(["客户", "资产"]);
  });

  it("a client with only liabilities gets the message on the sheet and no pie", async () => {
    const { fake } = open();
    smallBook(fake, "王芳");
    fake.workbook.user.setValues("资产", "A7", [
      ["C1", serial("2026-04-30"), "贷款", "房贷", "本行", "", 39_000],
    ] as Row[]);
    const r = await build(fake, "C1");
    if (!r.ok) throw new Error(r.code);
    expect(fake.workbook.chartsOf(r.sheet).map((c) => c.name)).toEqual([TREND_NAME]);
    expect(
      fake.workbook
        .values(r.sheet)
        .flat()
        .some((v) => String(v).includes("只有负债")),
    ).toBe(true);
  });

  it("gives the charts as PNG through chart.getImage", async () => {
    const { fake } = open();
    smallBook(fake, "王芳");
    const r = await build(fake, "C1");
    if (!r.ok) throw new Error(r.code);
    fake.workbook.setChartRenderer((chart) => `png:${chart.chartType}`);
    const images = await fake.Excel.run((ctx) => reviewChartImages(ctx, r.layout.key));
    expect(images).toEqual([
      { name: PIE_NAME, png: "png:Pie" },
      { name: TREND_NAME, png: "png:ColumnClustered" },
    ]);
  });
});
