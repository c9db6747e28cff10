/**
 * `npx tsx test/browser/dashboardShots.ts`: the dashboard of a 300-customer demo book and the
 * quadrant chart of the 40- and 300-customer demo books, as the workbench draws them from the
 * add-in's own writes, saved under docs/screenshots/ for the README (issues 14 and 25). Two
 * refreshes with a few purchases between them, so the dashboard has movements to list and the
 * trend chart two refreshes to compare.
 */
import { join } from "node:path";
import type { Lang } from "../../src/core/i18n";
import { TABLES } from "../../src/core/schema";
import { SHOTS_DIR as OUT, runShots } from "./shotRunner";
import { WorkbenchPage } from "./workbenchPage";

/** The dashboard's book; the quadrant chart is shot for each size (quadrant-chart-<n>-<lang>.png). */
const CUSTOMERS = 300;
const CHART_SIZES = [40, 300] as const;

runShots("dashboard-shots", 4181, async (browser, url) => {
  for (const lang of ["zh-CN", "en-US"] as Lang[]) {
    for (const customers of CHART_SIZES) {
      const page = await browser.newPage({ viewport: { width: 1600, height: 1500 }, deviceScaleFactor: 1 });
      const wb = await WorkbenchPage.open(page, url, lang, customers);
      await wb.setUp();
      await wb.refresh();
      const charts = page.getByRole("region", { name: wb.text("taskpane.workbench.charts") });
      // The chart of the demo book as it comes (the dashboard's purchases below would move it).
      await wb.sheetTab(wb.text("excel.chart.sheet"));
      await wb.settle();
      await charts.screenshot({ path: join(OUT, `quadrant-chart-${customers}-${lang}.png`) });
      if (customers === CUSTOMERS) {
        await buySome(page, lang === "zh-CN" ? TABLES.purchases.zh : TABLES.purchases.en);
        await wb.refresh();
        await wb.sheetTab(wb.text("dashboard.sheet"));
        await wb.settle();
        await page.screenshot({ path: join(OUT, `dashboard-${lang}.png`) });
      }
      await page.close();
    }
  }
});

/**
 * The user inserts rows at the top of the purchases table and types, dated the latest purchase
 * date: large purchases for a few customers (good news) and large refunds for the biggest ones
 * (warnings), so the dashboard has both kinds of movement to list.
 */
async function buySome(page: import("playwright-core").Page, sheet: string): Promise<void> {
  await page.evaluate((purchases) => {
    const book = window.__workbench!.fake.workbook;
    const user = book.user;
    const [header, ...body] = book.values(purchases);
    const latest = Math.max(...body.map((r) => (typeof r[1] === "number" ? r[1] : 0)));
    const totals = new Map<string, number>();
    for (const r of body) if (typeof r[3] === "number") totals.set(String(r[0]), (totals.get(String(r[0])) ?? 0) + r[3]);
    const biggest = [...totals].sort((a, b) => b[1] - a[1]).slice(0, 4);
    // No named helpers in here: the bundler would wrap them in a function the page does not have.
    const wanted: [string, number][] = [
      ...[3, 17, 45, 88, 120, 160, 210, 260].map((n, k): [string, number] => [`C${String(n).padStart(3, "0")}`, 100_000 * (k + 1)]),
      ...biggest.map(([id, total]): [string, number] => [id, -Math.round(total * 0.9)]),
    ];
    const rows = wanted.map(([id, amount]) => header.map((_, c) => (c === 0 ? id : c === 1 ? latest : c === 3 ? amount : body[0][c])));
    user.insertRows(purchases, 1, rows.length);
    user.setValues(purchases, "A2", rows);
  }, sheet);
}
