/**
 * The rep's day in the workbench: the customer 360 view (markup in a name stays text, the selection
 * is followed) and logging a plan entry as done from the pane.
 */
import type { Browser, Page } from "playwright-core";
import { TABLES } from "../../src/core/schema";
import { SKIP_MESSAGE, chromiumPresent, launchChromium } from "./chromium";
import { WorkbenchPage } from "./workbenchPage";

jest.setTimeout(120_000);

if (!chromiumPresent) console.log(SKIP_MESSAGE);
const describeInBrowser = chromiumPresent ? describe : describe.skip;

const XSS = "<img src=x onerror=alert(1)>";

describeInBrowser("the customer 360 view and logging in the workbench", () => {
  let browser: Browser;
  let page: Page;
  let wb: WorkbenchPage;
  const url = process.env.WORKBENCH_URL ?? "";
  const pageErrors: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on("pageerror", (e) => pageErrors.push(e.message));
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    wb = await WorkbenchPage.open(page, url, "zh-CN");
    // The user types markup as the second customer's name before setting up.
    await page.evaluate(([sheet, name]) => window.__workbench!.fake.workbook.user.setValues(sheet, "B3", [[name]]), [TABLES.customers.zh, XSS] as const);
    await wb.setUp();
    await wb.refresh();
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it("shows a name written as markup as the text typed, in the search results and the 360 view", async () => {
    await wb.paneTab("customer");
    const pane = page.getByRole("complementary");
    await pane.getByRole("searchbox").fill("img src");
    await pane.getByRole("button", { name: new RegExp(XSS.replace(/[()]/g, "\\$&")) }).click();
    const heading = pane.getByRole("heading", { level: 2, name: XSS });
    await heading.waitFor();
    expect(await heading.textContent()).toBe(XSS);
    expect(await pane.locator("img").count()).toBe(0);
    // The why section traces the amount to the purchases it counted.
    await pane.getByRole("heading", { name: /为什么是/ }).waitFor();
  });

  it("follows the row the user selects in the purchase sheet", async () => {
    await wb.sheetTab(TABLES.purchases.zh);
    const rows = await wb.gridRows();
    const id = rows[1][0];
    await wb.clickCell(0, 2);
    await wb.settle();
    const pane = page.getByRole("complementary");
    await pane.getByTestId("customer-360").getByText(id, { exact: true }).first().waitFor();
  });

  it("logs the first plan entry as done: a follow-up row is appended and the customer leaves the plan", async () => {
    await wb.paneTab("plan");
    const pane = page.getByRole("complementary");
    const done = wb.text("text.labelled", { label: wb.text("log.action.done"), value: "" });
    const firstDone = pane.getByRole("button", { name: new RegExp(`^${done}`) }).first();
    const first = (await firstDone.getAttribute("aria-label"))!.slice(done.length);
    const sheet = TABLES.followUps.zh;
    const before = await page.evaluate((s) => window.__workbench!.fake.workbook.values(s).length, sheet);
    await firstDone.click();
    await pane.getByLabel(TABLES.followUps.columns.find((c) => c.key === "summary")!.zh).fill("电话回访,已确认需求");
    await pane.getByRole("button", { name: wb.text("log.save") }).click();
    await pane.getByText(/已追加到/).waitFor();
    await wb.settle();
    const after = await page.evaluate((s) => window.__workbench!.fake.workbook.values(s), sheet);
    expect(after.length).toBe(before + 1);
    expect(after[after.length - 1]).toContain("电话回访,已确认需求");
    expect(await pane.getByRole("button", { name: `${done}${first}`, exact: true }).count()).toBe(0);
  });
});
