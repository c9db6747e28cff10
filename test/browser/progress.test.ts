/**
 * Long work in the workbench, over a slow connection (the in-memory Excel's latency): a refresh
 * that takes more than a second shows its stage and a bar, which go away when it ends; a cancel
 * while it still reads leaves the customer sheet as it was and says so.
 */
import type { Browser, Page } from "playwright-core";
import { TABLES } from "../../src/core/schema";
import { SKIP_MESSAGE, chromiumPresent, launchChromium } from "./chromium";
import { WorkbenchPage } from "./workbenchPage";

jest.setTimeout(120_000);

if (!chromiumPresent) console.log(SKIP_MESSAGE);
const describeInBrowser = chromiumPresent ? describe : describe.skip;

describeInBrowser("progress of long work in the workbench", () => {
  let browser: Browser;
  let page: Page;
  let wb: WorkbenchPage;
  const url = process.env.WORKBENCH_URL ?? "";
  const pageErrors: string[] = [];

  const setLatency = (ms: number) => page.evaluate((v) => void (window.__workbench!.fake.latency.ms = v), ms);
  const customerSheet = () => page.evaluate((sheet) => JSON.stringify(window.__workbench!.fake.workbook.values(sheet)), TABLES.customers.en);

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on("pageerror", (e) => pageErrors.push(e.message));
    wb = await WorkbenchPage.open(page, url, "en-US");
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(async () => {
    await setLatency(0);
    expect(pageErrors).toEqual([]);
  });

  it("a refresh cancelled while it reads changes nothing in the customer sheet and says so", async () => {
    const pane = page.getByRole("complementary");
    const before = await customerSheet();
    await setLatency(1500);
    await pane.getByRole("button", { name: wb.text("taskpane.action.refresh") }).click();
    await pane.getByRole("progressbar").waitFor();
    await pane.getByRole("button", { name: wb.text("progress.cancel") }).click();
    await pane.getByText(wb.text("progress.cancelled.refresh")).waitFor();
    await wb.settle();
    expect(await pane.getByRole("progressbar").count()).toBe(0);
    expect(await customerSheet()).toBe(before);
    expect(await pane.getByText(wb.text("taskpane.refresh.done")).count()).toBe(0);
  });

  it("a slow refresh shows its stage under a bar, and the bar goes away when the refresh is done", async () => {
    const pane = page.getByRole("complementary");
    await setLatency(600);
    await pane.getByRole("button", { name: wb.text("taskpane.action.refresh") }).click();
    await pane.getByRole("progressbar").waitFor();
    const stages = ["reading", "scoring", "writing", "formatting", "charts"].map((s) => wb.text(`progress.stage.${s}`));
    const stageLine = pane.getByText(new RegExp(`^(${stages.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`));
    expect(await stageLine.count()).toBeGreaterThan(0);
    await pane.getByText(wb.text("taskpane.refresh.done")).waitFor();
    expect(await pane.getByRole("progressbar").count()).toBe(0);
    expect(await pane.getByText(wb.text("progress.cancelled.refresh")).count()).toBe(0);
  });
});
