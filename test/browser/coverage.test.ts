/**
 * Household protection in the workbench: the pane's gap list in the core's order, each household's
 * matrix with the figures of `householdJson` (what `crm coverage --json` prints; the CLI test checks
 * that side), the 360 view showing the same matrix, and the coverage sheet with its bar chart.
 */
import type { Browser, Page } from "playwright-core";
import { allHouseholds, bookCoverage, householdJson, type HouseholdJson } from "../../src/core/coverage";
import { SKIP_MESSAGE, chromiumPresent, launchChromium } from "./chromium";
import { demoAnalysis } from "./demoAnalysis";
import { WorkbenchPage } from "./workbenchPage";

jest.setTimeout(120_000);

if (!chromiumPresent) console.log(SKIP_MESSAGE);
const describeInBrowser = chromiumPresent ? describe : describe.skip;

/** The figures a matrix shows, from its cells' data attributes: "member:cover" or "member:premium" → value. */
async function matrixFigures(page: Page, scope: string): Promise<Record<string, number>> {
  return page.locator(`${scope} [data-testid="coverage-matrix"] td`).evaluateAll((cells) =>
    Object.fromEntries(
      cells.map((td) => [`${td.getAttribute("data-member")}:${td.getAttribute("data-cover") ?? "premium"}`, Number(td.getAttribute("data-value"))]),
    ),
  );
}

/** The same figures from the core's JSON. */
function expectedFigures(h: HouseholdJson): Record<string, number> {
  const out: Record<string, number> = {};
  h.members.forEach((m, i) => {
    for (const k of h.coverTypes) out[`${i}:${k}`] = m.sumInsured[k] ?? 0;
    out[`${i}:premium`] = m.annualPremium;
  });
  for (const k of h.coverTypes) out[`total:${k}`] = h.totals.sumInsured[k] ?? 0;
  out["total:premium"] = h.totals.annualPremium;
  return out;
}

describeInBrowser("household protection in the workbench", () => {
  let browser: Browser;
  let page: Page;
  let wb: WorkbenchPage;
  const url = process.env.WORKBENCH_URL ?? "";
  const pageErrors: string[] = [];
  const analysis = demoAnalysis("zh-CN");
  const coverage = bookCoverage(analysis);
  const json = allHouseholds(analysis).map((h) => householdJson(h, coverage.renewals));

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on("pageerror", (e) => pageErrors.push(e.message));
    wb = await WorkbenchPage.open(page, url, "zh-CN");
    await wb.setUp();
    await wb.refresh();
    await wb.paneTab("coverage");
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  it("lists the households with gaps in the core's order and every household's matrix with its figures", async () => {
    const pane = page.getByRole("complementary");
    const list = pane.getByTestId("gap-list");
    const order = [...new Set(coverage.gaps.map((g) => g.index))];
    expect(order.length).toBeGreaterThan(3);
    const buttons = list.locator(":scope > li > button");
    expect(await buttons.count()).toBe(order.length);
    for (const [i, index] of order.entries()) {
      const button = buttons.nth(i);
      expect(await button.textContent()).toContain(analysis.book.customers[index].name);
      if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
      expect([index, await matrixFigures(page, `[data-testid="gap-list"] > li:nth-child(${i + 1})`)]).toEqual([index, expectedFigures(json[index])]);
    }
    const renewals = pane.getByTestId("renewal-list").locator("li");
    expect(await renewals.count()).toBe(coverage.renewals.length);
  });

  it("shows the same matrix in the customer 360 view", async () => {
    const index = coverage.gaps[0].index;
    const pane = page.getByRole("complementary");
    await wb.paneTab("customer");
    await pane.getByRole("searchbox").fill(analysis.book.customers[index].id);
    await pane.getByRole("button", { name: new RegExp(analysis.book.customers[index].name) }).first().click();
    await pane.getByTestId("c360-coverage").waitFor();
    expect(await matrixFigures(page, '[data-testid="c360-coverage"]')).toEqual(expectedFigures(json[index]));
    await wb.paneTab("coverage");
  });

  it("makes the household's coverage sheet with a bar chart of the sum insured per member", async () => {
    const first = coverage.households[coverage.gaps[0].index];
    const pane = page.getByRole("complementary");
    await pane.getByRole("button", { name: wb.text("coverage.sheet.make") }).first().click();
    const sheet = wb.text("coverage.sheet.name", { name: first.name });
    await pane.getByText(wb.text("coverage.sheet.made", { sheet })).waitFor();
    const charts = await page.evaluate((name) => window.__workbench!.fake.workbook.chartsOf(name), sheet);
    expect(charts.map((c) => [c.chartType, c.series.length])).toEqual([["BarClustered", first.members.length]]);
  });
});
