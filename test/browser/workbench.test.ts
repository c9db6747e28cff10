/**
 * The whole add-in in a real browser: the workbench page (built and served by the browser
 * project's global setup) driven through Debian's Chromium as a person would use it.
 */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { COMPUTED_COLUMNS, TABLES } from "../../src/core/schema";
import { type Quadrant, QUADRANTS } from "../../src/core/strategy";
import { columnLetters } from "../../src/core/a1";
import { SKIP_MESSAGE, chromiumPresent, launchChromium } from "./chromium";
import { WorkbenchPage } from "./workbenchPage";
import { demoAnalysis } from "./demoAnalysis";
import { cellsOf, userBookXlsx } from "./userBook";

// A real browser, a real build: seconds per step, not the unit tests' milliseconds.
jest.setTimeout(120_000);

if (!chromiumPresent) console.log(SKIP_MESSAGE);
const describeInBrowser = chromiumPresent ? describe : describe.skip;

function countOf(values: string[]): Record<Quadrant, number> {
  const counts: Record<Quadrant, number> = { I: 0, II: 0, III: 0, IV: 0 };
  for (const v of values) if ((QUADRANTS as readonly string[]).includes(v)) counts[v as Quadrant]++;
  return counts;
}

describeInBrowser("the workbench in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let wb: WorkbenchPage;
  const url = process.env.WORKBENCH_URL ?? "";
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    page.on("pageerror", (e) => pageErrors.push(e.message));
    wb = await WorkbenchPage.open(page, url, "zh-CN");
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  it("opens on the Chinese demo workbook with the pane's getting-started steps", async () => {
    expect(await wb.selectedSheet()).toBe(TABLES.customers.zh);
    await page.getByRole("heading", { name: wb.text("taskpane.start.title") }).waitFor();
  });

  it("one click on Refresh fills the demo's quadrant column, and the pane's counts match the grid and the core", async () => {
    await wb.refresh();
    const pane = await wb.quadrantCounts();
    const grid = countOf(await wb.gridColumn(COMPUTED_COLUMNS[0].zh));
    const core = countOf(demoAnalysis("zh-CN").scores.map((s) => s.quadrant));
    expect(pane).toEqual(core);
    expect(grid).toEqual(core);
    expect(Object.values(core).every((n) => n > 0)).toBe(true);
  });

  it("set up reports the demo's sheets as already there", async () => {
    await wb.setUp();
    await page.getByText(wb.text("taskpane.setup.existing", { sheets: "" }).trim(), { exact: false }).first().waitFor();
  });

  it("a CRM.QUADRANT formula in the grid shows the same quadrant as the add-in's column", async () => {
    const rows = await wb.gridRows();
    const formulaColumn = rows[0].indexOf(wb.text("taskpane.workbench.formulaColumn"));
    const quadrantColumn = rows[0].indexOf(COMPUTED_COLUMNS[0].zh);
    const withFormula = rows.slice(1).filter((r) => r[formulaColumn] !== "");
    expect(withFormula.length).toBeGreaterThan(0);
    for (const r of withFormula) expect(r[formulaColumn]).toBe(r[quadrantColumn]);
    await wb.clickCell(formulaColumn, 2);
    expect(await wb.formulaBar()).toBe(`=CRM.${wb.text("functions.QUADRANT.name")}(A2)`);
  });

  it("a bad amount typed into the sheet is listed, and clicking the problem selects its cell", async () => {
    await wb.sheetTab(TABLES.purchases.zh);
    const header = (await wb.gridRows())[0];
    const amount = header.indexOf("金额");
    await wb.clickCell(amount, 3);
    await wb.typeInFormulaBar("一百万");
    await page.getByRole("button", { name: wb.text("taskpane.action.refresh") }).click();
    await wb.settle();
    await wb.paneTab("problems");
    const problem = page.getByRole("button", { name: /购买记录 第 3 行「金额」/ });
    await problem.click();
    await wb.settle();
    expect(await wb.selectedSheet()).toBe(TABLES.purchases.zh);
    expect(await wb.nameBox()).toBe(`${columnLetters(amount)}3`);
    expect(await wb.selectedCellText()).toBe("一百万");
  });

  it("a purchase the user types after a refresh brings a hint to refresh, and the hint's Refresh clears it", async () => {
    await wb.refresh();
    await wb.sheetTab(TABLES.purchases.zh);
    const amount = columnLetters((await wb.gridRows())[0].indexOf("金额"));
    const hint = page.getByText(wb.text("taskpane.stale.message"));
    expect(await hint.count()).toBe(0);
    await page.evaluate(
      ([sheet, address]) => window.__workbench!.fake.workbook.user.setValues(sheet, address, [[8800]]),
      [TABLES.purchases.zh, `${amount}4`] as const,
    );
    await hint.waitFor();
    await page.getByRole("button", { name: wb.text("taskpane.stale.refresh"), exact: true }).click();
    await page.getByText(wb.text("taskpane.refresh.done")).waitFor();
    await hint.waitFor({ state: "detached" });
    await wb.settle();
  });

  it("problems are reachable from the keyboard: Enter on a problem selects its cell", async () => {
    await wb.sheetTab(TABLES.customers.zh);
    const problem = page.getByRole("button", { name: /购买记录 第 3 行「金额」/ });
    await problem.focus();
    await problem.press("Enter");
    await wb.settle();
    expect(await wb.selectedSheet()).toBe(TABLES.purchases.zh);
  });

  it("many dates typed as text in one column are one line in the problem list, and clicking it selects the first", async () => {
    await wb.sheetTab(TABLES.purchases.zh);
    const date = columnLetters((await wb.gridRows())[0].indexOf("日期"));
    await page.evaluate(
      ([sheet, address]) => window.__workbench!.fake.workbook.user.setValues(sheet, address, [["2026.3.5"], ["2026.3.6"], ["2026.3.7"], ["2026.3.8"], ["2026.3.9"], ["2026.3.10"], ["2026.3.11"]]),
      [TABLES.purchases.zh, `${date}5:${date}11`] as const,
    );
    await wb.refresh();
    await wb.paneTab("problems");
    const group = page.getByRole("button", { name: /^购买记录「日期」：7 处以文本输入的日期（第 5、6、7、8、9 … 行）/ });
    expect(await group.count()).toBe(1);
    await wb.sheetTab(TABLES.customers.zh);
    await group.click();
    await wb.settle();
    expect(await wb.selectedSheet()).toBe(TABLES.purchases.zh);
    expect(await wb.nameBox()).toBe(`${date}5`);
  });

  it("the pane fits Excel's narrow and wide widths without sideways scrolling", async () => {
    for (const width of [320, 450]) {
      await page.getByRole("radio", { name: `${width} px` }).click();
      for (const tab of ["summary", "plan", "problems"] as const) {
        await wb.paneTab(tab);
        const overflow = await page.getByRole("complementary").evaluate((el) => el.scrollWidth - el.clientWidth);
        expect({ width, tab, overflow }).toEqual({ width, tab, overflow: 0 });
      }
    }
  });

  it("switching to English, after asking about the changed demo, re-creates the demo in English and the pane speaks English", async () => {
    await page.getByRole("radio", { name: "English" }).click();
    const demo = wb.text("taskpane.workbench.switch.demo", { lang: wb.text("taskpane.workbench.langName.en-US") });
    await page.getByRole("dialog").getByRole("button", { name: demo }).click();
    wb.lang = "en-US";
    await page.getByRole("button", { name: "Refresh quadrants" }).waitFor();
    expect(await wb.selectedSheet()).toBe(TABLES.customers.en);
    await wb.refresh();
    expect(await wb.quadrantCounts()).toEqual(countOf(demoAnalysis("en-US").scores.map((s) => s.quadrant)));
    expect(await wb.gridColumn(COMPUTED_COLUMNS[0].en)).toContain("I");
  });

  it("a user's own .xlsx keeps every cell of its own through set-up, refresh and download", async () => {
    const dir = await mkdtemp(join(tmpdir(), "workbench-"));
    const before = await userBookXlsx();
    const file = join(dir, "我的客户.xlsx");
    await writeFile(file, before);
    await page.getByLabel(wb.text("taskpane.workbench.openLabel")).setInputFiles(file);
    await page.getByRole("tab", { name: "客户资料" }).waitFor();
    await wb.setUp();
    await wb.refresh();
    const counts = await wb.quadrantCounts();
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(4);
    // The orphan purchase (K99) is reported, with the place it sits.
    await wb.paneTab("problems");
    await page.getByRole("button", { name: /购买记录, row 8|购买记录 第 8 行/ }).waitFor();

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: wb.text("taskpane.workbench.download") }).click();
    const saved = join(dir, "after.xlsx");
    await (await download).saveAs(saved);
    const after = await cellsOf(await readFile(saved));
    const original = await cellsOf(before);

    const computed = new Set(COMPUTED_COLUMNS.flatMap((c) => [`string:${c.zh}`, `string:${c.en}`]));
    for (const [sheet, cells] of original) {
      const now = after.get(sheet);
      expect(now).toBeDefined();
      // The add-in's own columns: those whose header (row 1) it wrote.
      const owned = new Set([...now!].filter(([address, v]) => /^[A-Z]+1$/.test(address) && computed.has(v)).map(([address]) => address.replace(/\d+$/, "")));
      const mine = (m: Map<string, string>) => new Map([...m].filter(([address]) => !owned.has(address.replace(/\d+$/, ""))));
      expect(mine(now!)).toEqual(mine(cells));
    }
  });

  it("markup in a customer's name shows as typed text in the pane", async () => {
    await wb.paneTab("plan");
    const pane = page.getByRole("complementary", { name: wb.text("taskpane.workbench.taskPane") });
    await pane.getByText("<b>李雷</b>", { exact: true }).waitFor();
  });

  it("a book of 1,500 customers keeps only a window of rows in the page and still adds up", async () => {
    wb = await WorkbenchPage.open(page, url, "zh-CN", 1500);
    await wb.setUp();
    await wb.refresh();
    const pane = await wb.quadrantCounts();
    expect(Object.values(pane).reduce((a, b) => a + b, 0)).toBe(1500);
    expect(await page.locator('[role="grid"] [role="row"]').count()).toBeLessThan(120);
    expect(countOf(await wb.gridColumn(COMPUTED_COLUMNS[0].zh))).toEqual(pane);
  });
});
