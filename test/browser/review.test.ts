/**
 * The asset review as a client sees it: the review sheet built from the pane (both native charts
 * drawn, the charts saved as PNG) and the HTML report opened in Chromium without any network.
 * `SAVE_SCREENSHOTS=1` keeps the pictures in docs/screenshots/ for the README.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { SKIP_MESSAGE, chromiumPresent, launchChromium } from "./chromium";
import { WorkbenchPage } from "./workbenchPage";
import { demoAnalysis } from "./demoAnalysis";
import { computeReview, reviewDates } from "../../src/core/review";
import { reviewHtml } from "../../src/core/reviewHtml";

jest.setTimeout(120_000);

if (!chromiumPresent) console.log(SKIP_MESSAGE);
const describeInBrowser = chromiumPresent ? describe : describe.skip;

const SHOTS = process.env.SAVE_SCREENSHOTS
  ? resolve(__dirname, "../../docs/screenshots")
  : mkdtempSync(join(tmpdir(), "review-shots-"));

describeInBrowser("the asset review in Chromium", () => {
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({
      viewport: { width: 1440, height: 1000 },
      deviceScaleFactor: 1,
      acceptDownloads: true,
    });
    page.on("pageerror", (e) => pageErrors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  it("builds the review sheet from the pane: the grid holds the review and both charts are drawn; the charts save as PNG", async () => {
    const wb = await WorkbenchPage.open(page, process.env.WORKBENCH_URL ?? "", "zh-CN");
    await wb.setUp();
    await wb.refresh();
    await wb.paneTab("review");
    const pane = page.getByRole("complementary");
    await pane.getByRole("button", { name: wb.text("taskpane.review.build") }).click();
    const status = pane.getByRole("status");
    await status.getByText(/已生成工作表「/).waitFor();
    const sheet = /「(.+)」/.exec((await status.textContent()) ?? "")![1];
    await wb.settle();
    expect(await wb.selectedSheet()).toBe(sheet);
    const charts = page.getByRole("region", { name: wb.text("taskpane.workbench.charts") });
    await expect(charts.locator("canvas").count()).resolves.toBe(2);
    const a = demoAnalysis("zh-CN");
    const first = a.book.customers.find((c) => reviewDates(a.book, c.index).length > 0)!;
    const review = computeReview(a.book, first.id);
    if (!review.ok) throw new Error(review.code);
    await page.getByRole("grid").getByText(`资产回顾 — ${first.name}`).first().waitFor();
    await page.screenshot({ path: join(SHOTS, "review-sheet-zh-CN.png"), fullPage: true });

    const download = page.waitForEvent("download");
    await pane.getByRole("button", { name: wb.text("taskpane.review.png") }).click();
    const png = readFileSync((await (await download).path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(2000);

    // The report to send, made in the pane from the book it read: saved, with no request sent.
    const requests: string[] = [];
    const onRequest = (req: { url(): string }) => requests.push(req.url());
    page.on("request", onRequest);
    const saved = page.waitForEvent("download");
    await pane.getByRole("button", { name: wb.text("taskpane.review.report") }).click();
    const report = await saved;
    const html = readFileSync((await report.path())!, "utf8");
    page.off("request", onRequest);
    expect(report.suggestedFilename()).toMatch(/\.html$/);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(html).toContain(`资产回顾 — ${first.name}`);
    expect(requests.filter((u) => !u.startsWith("blob:"))).toEqual([]);
  });

  it("records a new review from the pane: the previous holdings prefilled, appended as new rows only", async () => {
    const wb = new WorkbenchPage(page, "zh-CN");
    const pane = page.getByRole("complementary");
    const assetRows = () => page.evaluate(() => window.__workbench!.fake.workbook.values("资产").length);
    const before = await assetRows();
    const firstRows = await page.evaluate(() => window.__workbench!.fake.workbook.values("资产").slice(0, 5));
    await pane.getByRole("button", { name: wb.text("taskpane.review.new") }).click();
    const form = pane.getByRole("form", { name: wb.text("taskpane.review.new") });
    const holdings = await form.getByRole("group").count();
    expect(holdings).toBeGreaterThan(0);
    await form.getByRole("button", { name: wb.text("log.save") }).click();
    await form.waitFor({ state: "detached" });
    await wb.settle();
    expect(await assetRows()).toBe(before + holdings);
    expect(await page.evaluate(() => window.__workbench!.fake.workbook.values("资产").slice(0, 5))).toEqual(firstRows);
    await pane.getByRole("combobox", { name: wb.text("review.header.date") }).getByRole("option", { name: "2026-03-05" }).waitFor({ state: "attached" });
  });

  it("opens the HTML report with its tables and inline charts, fetching nothing from the network", async () => {
    const a = demoAnalysis("zh-CN");
    const first = a.book.customers.find((c) => reviewDates(a.book, c.index).length > 1)!;
    const r = computeReview(a.book, first.id);
    if (!r.ok) throw new Error(r.code);
    const file = join(mkdtempSync(join(tmpdir(), "review-html-")), "review.html");
    writeFileSync(file, reviewHtml(r.review, { lang: "zh-CN", manager: "李经理" }));
    const requests: string[] = [];
    page.on("request", (req) => requests.push(req.url()));
    await page.setViewportSize({ width: 1000, height: 1200 });
    await page.goto(`file://${file}`);
    await page.getByRole("heading", { level: 1, name: `资产回顾 — ${first.name}` }).waitFor();
    expect(await page.locator('svg[data-chart="pie"] > g').count()).toBe(r.review.mix.length);
    expect(await page.locator('svg[data-chart="column"] rect[fill="#4472C4"] > title').count()).toBe(
      r.review.history.length,
    );
    expect(await page.locator("table").first().locator("tbody tr").count()).toBe(r.review.holdings.length + 3);
    expect(requests.filter((u) => !u.startsWith("file://"))).toEqual([]);
    await page.screenshot({ path: join(SHOTS, "review-report-zh-CN.png"), fullPage: true });
    // Printing keeps to A4: the print stylesheet applies and the page lays out without overflow.
    await page.emulateMedia({ media: "print" });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    expect(overflow).toBe(false);
  });
});
