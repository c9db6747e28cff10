/**
 * The set-up screen's column map in the workbench, as a person uses it: a drop-down changed, Save,
 * and the refreshed scores follow; the choice is in the workbook's column map beside the settings.
 */
import type { Browser, Page } from "playwright-core";
import { COLUMN_MAP_TABLE } from "../../src/core/columns/stored";
import { SKIP_MESSAGE, chromiumPresent, launchChromium } from "./chromium";
import { WorkbenchPage } from "./workbenchPage";
import { demoAnalysis } from "./demoAnalysis";
import { openColumnMap } from "./columnMapShots";

jest.setTimeout(90_000);

if (!chromiumPresent) console.log(SKIP_MESSAGE);
const describeInBrowser = chromiumPresent ? describe : describe.skip;

describeInBrowser("the column map in the workbench", () => {
  let browser: Browser;
  let page: Page;
  let wb: WorkbenchPage;
  const url = process.env.WORKBENCH_URL ?? "";
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1400 } });
    page.on("pageerror", (e) => pageErrors.push(e.message));
    wb = await WorkbenchPage.open(page, url, "zh-CN");
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  it("a field set to “no such column” is saved into the map and the refreshed scores change", async () => {
    // The demo has overdue and bad-debt purchases: without a payment-status column their penalty goes.
    const penalised = demoAnalysis("zh-CN").scores.filter((s) => s.badPayment);
    expect(penalised.length).toBeGreaterThan(0);
    await wb.setUp();
    await wb.refresh();
    const closeness = "紧密度";
    const before = await wb.gridColumn(closeness);

    await openColumnMap(page, wb, "zh-CN");
    const pane = page.getByRole("complementary");
    await pane.getByRole("combobox", { name: "回款状态" }).selectOption({ label: wb.text("columnMap.pane.option.none") });
    await pane.getByText(wb.text("columnMap.pane.unsaved", { count: 1 })).waitFor();
    await pane.getByRole("button", { name: wb.text("columnMap.pane.save") }).click();
    await pane.getByText(wb.text("columnMap.pane.saved", { count: 1 })).waitFor();
    await wb.settle();

    const after = await wb.gridColumn(closeness);
    const ids = await wb.gridColumn("客户编号");
    const changed = ids.filter((_, i) => before[i] !== after[i]);
    expect(changed.sort()).toEqual(penalised.map((s) => s.id).sort());
    for (const id of changed) expect(Number(after[ids.indexOf(id)])).toBeGreaterThan(Number(before[ids.indexOf(id)]));

    // The choice is the map's cell, beside the settings; the drop-down shows it after the reload.
    const row = await page.evaluate((name) => {
      const wbk = window.__workbench!.fake.workbook;
      const sheet = wbk.tablesInfo().find((t) => t.name === name)!.sheet;
      return wbk.values(sheet).find((r) => r.includes("购买记录") && r.includes("回款状态"));
    }, COLUMN_MAP_TABLE);
    expect(row).toContain("(无)");
    const shown = await pane.getByRole("combobox", { name: "回款状态" }).evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent);
    expect(shown).toBe(wb.text("columnMap.pane.option.none"));
  });
});
