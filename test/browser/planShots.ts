/**
 * `npx tsx test/browser/planShots.ts`: the Today tab and its neighbours as a rep meets them
 * (issue 21), saved under docs/screenshots/: today's plan at Excel's narrow pane (320 px), a
 * reschedule refused for a date in the past, and a customer moved only by a threshold, in the pane
 * and on the dashboard — in Chinese and English.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { Lang } from "../../src/core/i18n";
import { TABLES, caption } from "../../src/core/schema";
import { formatDay, parseIsoDay } from "../../src/core/dates";
import { SHOTS_DIR as OUT, runShots } from "./shotRunner";
import { AS_OF, WorkbenchPage } from "./workbenchPage";
import { buyForThresholdMove } from "./planBook";


runShots("plan-shots", 4183, async (browser, url) => {
  const shot = async (target: Page | ReturnType<Page["getByRole"]>, name: string) => {
    await target.screenshot({ path: join(OUT, `${name}.png`) });
    console.log(`docs/screenshots/${name}.png`);
  };
  for (const lang of ["zh-CN", "en-US"] as Lang[]) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 2000 }, deviceScaleFactor: 1 });
    const wb = await WorkbenchPage.open(page, url, lang);
    await page.getByRole("radio", { name: "320 px" }).click();
    const pane = page.getByRole("complementary");
    await wb.setUp();
    await wb.refresh();
    await wb.paneTab("plan");
    await wb.settle();
    await shot(pane, `pane-plan-${lang}-320`);

    // A reschedule into the past is refused under its field, in the user's language.
    const entry = pane.locator("[data-plan-entry]").first();
    const name = (await entry.locator("[data-name]").textContent())!;
    await pane.getByRole("button", { name: wb.text("text.labelled", { label: wb.text("plan.log.reschedule"), value: name }), exact: true }).click();
    await pane.getByLabel(wb.text("plan.log.rescheduleTo")).fill(formatDay(parseIsoDay(AS_OF)! - 1));
    await pane.getByRole("button", { name: wb.text("log.save") }).click();
    await pane.getByText(wb.text("plan.log.error.beforeToday", { date: AS_OF })).waitFor();
    await entry.screenshot({ path: join(OUT, `pane-reschedule-${lang}-320.png`) });
    console.log(`docs/screenshots/pane-reschedule-${lang}-320.png`);
    await pane.getByRole("button", { name: wb.text("log.cancel") }).click();

    // One customer's large purchase moves a threshold; an unchanged customer moves with it.
    await buyForThresholdMove(page, lang);
    await wb.refresh();
    await wb.paneTab("summary");
    await wb.settle();
    const moves = pane.getByRole("region", { name: wb.text("dashboard.section.movements") });
    await moves.getByText(wb.text("history.cause.threshold")).first().waitFor();
    await shot(moves, `pane-threshold-${lang}-320`);
    await wb.sheetTab(wb.text("dashboard.sheet"));
    await wb.settle();
    await shot(page, `dashboard-threshold-${lang}`);
    await wb.sheetTab(caption(TABLES.customers, lang));
    await page.close();
  }
});
