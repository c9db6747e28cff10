/**
 * `npm run screenshots`: builds the workbench, opens it in Chromium and saves the main screens
 * under docs/screenshots/ — the task pane's set-up, quadrant summary, today's plan and data
 * problems, a customer's 360 view, a plan entry being logged, an import preview and household
 * protection, the set-up screen's column map at Excel's narrow (320 px) and wide (450 px) pane
 * widths, the whole workbench with the quadrant colours in the grid, any chart the add-in draws, a
 * household's coverage sheet, the sentence a protected customer sheet gets (pane-protected-*) and a
 * slow refresh's progress bar — in Chinese and English.
 */
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import type { Lang } from "../../src/core/i18n";
import { TABLES, caption } from "../../src/core/schema";
import { SHOTS_DIR as OUT, runShots } from "./shotRunner";
import { WorkbenchPage } from "./workbenchPage";
import { demoAnalysis } from "./demoAnalysis";
import { columnMapScreen } from "./columnMapShots";

const WIDTHS = [320, 450] as const;
const LANGS: readonly Lang[] = ["zh-CN", "en-US"];

/** A refresh over a slow connection (the in-memory Excel's latency), caught while its bar shows, then cancelled. */
async function progressScreen(page: Page, wb: WorkbenchPage, shot: () => Promise<void>): Promise<void> {
  const pane = page.getByRole("complementary");
  await page.evaluate(() => void (window.__workbench!.fake.latency.ms = 1500));
  await pane.getByRole("button", { name: wb.text("taskpane.action.refresh") }).click();
  // Once the first sync is back, the bar has a value (before it, it moves without one).
  await pane.locator("[role=progressbar][aria-valuenow]").waitFor();
  await shot();
  await pane.getByRole("button", { name: wb.text("progress.cancel") }).click();
  await pane.getByText(wb.text("progress.cancelled.refresh")).waitFor();
  await page.evaluate(() => void (window.__workbench!.fake.latency.ms = 0));
}

runShots("screenshots", 4180, async (browser, url) => {
  const saved: string[] = [];
  for (const lang of LANGS) {
    for (const width of WIDTHS) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 960 }, deviceScaleFactor: 1 });
      const wb = await WorkbenchPage.open(page, url, lang);
      await setPaneWidth(page, width);
      const pane = page.getByRole("complementary");
      const shot = async (name: string, target: Locator | Page = pane) => {
        const file = join(OUT, `${name}.png`);
        await target.screenshot({ path: file });
        saved.push(file);
      };
      await shot(`pane-setup-${lang}-${width}`);
      await wb.setUp();
      await typeMistakes(page, lang);
      await wb.refresh();
      await shot(`pane-summary-${lang}-${width}`);
      await wb.paneTab("plan");
      await shot(`pane-plan-${lang}-${width}`);
      await wb.paneTab("problems");
      await shot(`pane-problems-${lang}-${width}`);
      await customerScreens(page, wb, lang, shot, width);
      await wb.paneTab("coverage");
      await shot(`pane-coverage-${lang}-${width}`);
      if (width === 320) {
        await wb.paneTab("summary");
        await showComputedColumns(wb, lang);
        await shot(`workbench-${lang}`, page);
        // Numbered rather than named after the sheet: file names stay ASCII for links in the README.
        for (const [i, sheet] of (await sheetsWithCharts(page)).entries()) {
          await wb.sheetTab(sheet);
          await shot(`chart-${lang}-${i + 1}`, page.getByRole("region", { name: wb.text("taskpane.workbench.charts") }));
        }
        // The first household's printable coverage sheet (grid and bar chart), made from the pane.
        await wb.paneTab("coverage");
        await pane.getByRole("button", { name: wb.text("coverage.sheet.make") }).first().click();
        await pane.getByText(wb.text("coverage.sheet.made", { sheet: "#" }).split("#")[0]).waitFor();
        await wb.settle();
        await shot(`coverage-sheet-${lang}`, page);
        await protectedSheetScreen(page, wb, lang, shot);
      }
      // Near the end: its refresh would change what the screens above show (it is cancelled).
      await wb.paneTab("summary");
      await progressScreen(page, wb, () => shot(`pane-progress-${lang}-${width}`));
      // Last: it renames two purchase headers, which the screens above should not show.
      await columnMapScreen(page, wb, lang, shot, width);
      await page.close();
    }
  }
  console.log(saved.map((f) => `  ${f}`).join("\n"));
});

/** The customer 360 view, a plan entry being logged and an import preview (issue 13's screens). */
async function customerScreens(page: Page, wb: WorkbenchPage, lang: Lang, shot: (name: string) => Promise<void>, width: number): Promise<void> {
  const pane = page.getByRole("complementary");
  // A customer whose explanation has the most to show: a bad payment, counted purchases.
  const a = demoAnalysis(lang);
  const pick = a.scores.find((s) => s.badPayment && s.transactions > 1) ?? a.scores[0];
  await wb.paneTab("customer");
  await pane.getByRole("searchbox").fill(pick.id);
  await pane.getByRole("button", { name: new RegExp(`${pick.id}`) }).first().click();
  await pane.getByTestId("customer-360").waitFor();
  // The 360 view is long: a tall window shows it whole, down to why the quadrant is what it is.
  await page.setViewportSize({ width: 1440, height: 2300 });
  await shot(`pane-customer-${lang}-${width}`);
  await page.setViewportSize({ width: 1440, height: 960 });

  await wb.paneTab("plan");
  await pane.getByRole("button", { name: new RegExp(`^${wb.text("text.labelled", { label: wb.text("log.action.done"), value: "" })}`) }).first().click();
  await pane.getByLabel(lang === "zh-CN" ? "内容" : "Summary").fill(lang === "zh-CN" ? "上门拜访，介绍稳健理财" : "Visited; presented the bond fund");
  await shot(`pane-log-${lang}-${width}`);
  await pane.getByRole("button", { name: wb.text("log.cancel") }).click();

  await wb.paneTab("import");
  const existing = a.book.customers[0];
  const csv =
    lang === "zh-CN"
      ? ["客户名单(导出)", "客户编号,姓名,手机,客户来源", `${existing.id},${existing.name}(新),13800000000,转介绍`, "N001,周杰,13900000001,展会", "N001,周杰,13900000001,展会", ',=HYPERLINK("http://x"),,']
      : ["Export from the old CRM", "Customer ID,Name,Mobile,Lead source", `${existing.id},${existing.name} Jr,5550000,Referral`, "N001,Joe Park,5550001,Fair", "N001,Joe Park,5550001,Fair", ',=HYPERLINK("http://x"),,'];
  await pane.getByTestId("import-file").setInputFiles({ name: "list.csv", mimeType: "text/csv", buffer: Buffer.from("\ufeff" + csv.join("\r\n"), "utf8") });
  await pane.getByTestId("import-preview").waitFor();
  await page.setViewportSize({ width: 1440, height: 1500 });
  await shot(`pane-import-${lang}-${width}`);
  await page.setViewportSize({ width: 1440, height: 960 });
}

/** The customer sheet protected: the refresh stops before writing and names the sheet (issue 11). */
async function protectedSheetScreen(page: Page, wb: WorkbenchPage, lang: Lang, shot: (name: string) => Promise<void>): Promise<void> {
  const sheet = caption(TABLES.customers, lang);
  await page.evaluate((s) => window.__workbench!.fake.workbook.user.protect(s), sheet);
  await wb.paneTab("summary");
  await page.getByRole("button", { name: wb.text("taskpane.action.refresh") }).click();
  await page.getByText(wb.text("excelLimits.protected", { sheet })).waitFor();
  await shot(`pane-protected-${lang}`);
  await page.evaluate((s) => window.__workbench!.fake.workbook.user.unprotect(s), sheet);
}

async function setPaneWidth(page: Page, width: number): Promise<void> {
  await page.getByRole("radio", { name: `${width} px` }).click();
}

/** A few of the mistakes real sheets have, typed as a user would, so the data list has something to show. */
async function typeMistakes(page: Page, lang: Lang): Promise<void> {
  const purchases = lang === "zh-CN" ? TABLES.purchases.zh : TABLES.purchases.en;
  const followUps = lang === "zh-CN" ? TABLES.followUps.zh : TABLES.followUps.en;
  await page.evaluate(
    ([purchasesSheet, followUpsSheet, zh]) => {
      const user = window.__workbench!.fake.workbook.user;
      user.setValues(purchasesSheet, "D3", [[zh ? "一百万" : "one million"]]);
      user.setValues(purchasesSheet, "A5", [["C999"]]);
      user.setValues(purchasesSheet, "D6", [[zh ? "1.2万" : "¥1,200.50"]]);
      user.setValues(followUpsSheet, "B4", [["2026/13/45"]]);
      // The same warning in many rows: the list shows it as one line with the count and the fix.
      user.setValues(purchasesSheet, "B8:B14", [["2026.1.8"], ["2026.1.9"], ["2026.1.10"], ["2026.1.11"], ["2026.1.12"], ["2026.1.13"], ["2026.1.14"]]);
    },
    [purchases, followUps, lang === "zh-CN"] as const,
  );
}

/** Selects a formula cell next to the add-in's columns, so the picture shows them and the formula bar. */
async function showComputedColumns(wb: WorkbenchPage, lang: Lang): Promise<void> {
  await wb.sheetTab(lang === "zh-CN" ? TABLES.customers.zh : TABLES.customers.en);
  const header = (await wb.gridRows())[0];
  await wb.clickCell(header.indexOf(wb.text("taskpane.workbench.formulaColumn")), 2);
  await wb.settle();
}

async function sheetsWithCharts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const book = window.__workbench!.fake.workbook;
    return book.sheetNames().filter((s) => book.chartsOf(s).length > 0);
  });
}
