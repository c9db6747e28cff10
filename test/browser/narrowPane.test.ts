/**
 * The pane at Excel's narrow width (320 px) as Office's own panes are (issue 25): one row of tabs
 * with the rest behind "More", messages that replace each other, and the pane's own validation
 * message in the pane's language instead of the browser's bubble.
 */
import type { Browser, Page } from "playwright-core";
import type { Lang } from "../../src/core/i18n";
import { TABLES } from "../../src/core/schema";
import { SKIP_MESSAGE, chromiumPresent, launchChromium } from "./chromium";
import { WorkbenchPage } from "./workbenchPage";

jest.setTimeout(120_000);

if (!chromiumPresent) console.log(SKIP_MESSAGE);
const describeInBrowser = chromiumPresent ? describe : describe.skip;

const TABS = ["summary", "plan", "problems", "customer", "review", "import", "coverage"] as const;

describeInBrowser("the task pane at 320 px", () => {
  let browser: Browser;
  const url = process.env.WORKBENCH_URL ?? "";

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(lang: Lang): Promise<{ page: Page; wb: WorkbenchPage }> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const wb = await WorkbenchPage.open(page, url, lang);
    await page.getByRole("radio", { name: "320 px" }).click();
    await wb.setUp();
    await wb.refresh();
    return { page, wb };
  }

  it.each(["zh-CN", "en-US"] as Lang[])("keeps the tabs on one row and reaches every view through More (%s)", async (lang) => {
    const { page, wb } = await open(lang);
    const pane = page.getByRole("complementary");
    const tablist = pane.getByRole("tablist", { name: wb.text("taskpane.tabs.label") });
    for (const key of TABS) {
      await wb.paneTab(key);
      // The chosen view is shown and its tab is in the row, selected.
      await pane.getByRole("tabpanel", { name: wb.text(`taskpane.tab.${key}`) }).waitFor();
      const selected = tablist.getByRole("tab", { selected: true });
      expect(await selected.textContent()).toMatch(new RegExp(`^${wb.text(`taskpane.tab.${key}`)}`));
      // One row: every visible tab sits at the same height, and the row is as tall as one tab.
      const tops = await tablist.getByRole("tab").evaluateAll((tabs) => tabs.map((el) => Math.round(el.getBoundingClientRect().top)));
      expect(new Set(tops).size).toBe(1);
      const row = (await tablist.boundingBox())!;
      expect(row.width).toBeLessThanOrEqual(320);
    }
    await page.close();
  });

  it("replaces the refresh's message with the one of the row written after it", async () => {
    const { page, wb } = await open("zh-CN");
    const pane = page.getByRole("complementary");
    await pane.getByText(wb.text("taskpane.refresh.done")).waitFor();
    await wb.paneTab("plan");
    const done = wb.text("text.labelled", { label: wb.text("log.action.done"), value: "" });
    await pane.getByRole("button", { name: new RegExp(`^${done}`) }).first().click();
    await pane.getByRole("button", { name: wb.text("log.save") }).click();
    await pane.getByText(/已追加到/).waitFor();
    await wb.settle();
    // The refresh that follows the write is the write's, not news of its own.
    expect(await pane.getByText(wb.text("taskpane.refresh.done"), { exact: true }).count()).toBe(0);
    expect(await pane.getByText(/已追加到/).count()).toBe(1);
    // A refresh the user asks for is news again, and the write's message goes.
    await wb.refresh();
    expect(await pane.getByText(/已追加到/).count()).toBe(0);
    await page.close();
  });

  it("says an empty required field under the field, in Chinese, and writes nothing", async () => {
    const { page, wb } = await open("zh-CN");
    const pane = page.getByRole("complementary");
    await wb.paneTab("customer");
    await pane.getByRole("button", { name: wb.text("log.action.customer") }).click();
    const sheet = TABLES.customers.zh;
    const before = await page.evaluate((s) => window.__workbench!.fake.workbook.values(s).length, sheet);
    await pane.getByRole("button", { name: wb.text("log.save") }).click();
    const nameCaption = TABLES.customers.columns.find((c) => c.key === "name")!.zh;
    // Fluent's validation message, tied to the field; the browser's own check is off.
    await pane.getByText(wb.text("log.issue.missing", { field: nameCaption })).waitFor();
    const invalid = await pane.getByLabel(nameCaption).evaluate((el) => (el as HTMLInputElement).getAttribute("aria-invalid"));
    expect(invalid).toBe("true");
    expect(await pane.locator("form").first().evaluate((f) => (f as HTMLFormElement).noValidate)).toBe(true);
    expect(await page.evaluate((s) => window.__workbench!.fake.workbook.values(s).length, sheet)).toBe(before);
    await page.close();
  });
});
