/**
 * `npx tsx test/browser/tabShots.ts`: every tab of the task pane at Excel's narrow pane (320 px),
 * in Chinese and English, saved as docs/screenshots/tab-<tab>-<lang>.png (issue 25: what a rep sees
 * first in each view). The pane is shown whole (a tall window), so nothing below the fold is missed.
 * WORKBENCH_DIR: a workbench already built (skips the build).
 */
import { join } from "node:path";
import type { Lang } from "../../src/core/i18n";
import { SHOTS_DIR as OUT, runShots } from "./shotRunner";
import { WorkbenchPage } from "./workbenchPage";
import { demoAnalysis } from "./demoAnalysis";

export const PANE_TABS = ["summary", "plan", "problems", "customer", "review", "import", "coverage", "accounts"] as const;

runShots("tab-shots", 4184, async (browser, url) => {
  const only = process.env.TABS?.split(",");
  for (const lang of (process.env.LANGS?.split(",") ?? ["zh-CN", "en-US"]) as Lang[]) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 2400 }, deviceScaleFactor: 1 });
    const wb = await WorkbenchPage.open(page, url, lang);
    await page.getByRole("radio", { name: "320 px" }).click();
    const pane = page.getByRole("complementary");
    await wb.setUp();
    await wb.refresh();
    for (const tab of PANE_TABS) {
      if (only && !only.includes(tab)) continue;
      await wb.paneTab(tab);
      if (tab === "customer") {
        // A customer whose explanation has the most to show: a bad payment, counted purchases.
        const a = demoAnalysis(lang);
        const pick = a.scores.find((s) => s.badPayment && s.transactions > 1) ?? a.scores[0];
        await pane.getByRole("searchbox").fill(pick.id);
        await pane.getByRole("button", { name: new RegExp(`${pick.id}`) }).first().click();
        await pane.getByTestId("customer-360").waitFor();
      }
      await wb.settle();
      const file = join(OUT, `tab-${tab}-${lang}.png`);
      // The pane down to the end of the tab's content (the pane itself runs to the window's foot).
      const box = (await pane.boundingBox())!;
      const bottom = await pane.getByRole("tabpanel").evaluate((el) => el.getBoundingClientRect().bottom);
      await page.screenshot({ path: file, clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, bottom - box.y + 16) } });
      console.log(file);
    }
    await page.close();
  }
});
