/**
 * The set-up screen's column map in the workbench, as a person uses it: a drop-down changed, Save,
 * and the refreshed scores follow; the choice is in the workbook's column map beside the settings.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { COLUMN_MAP_TABLE } from "../../src/core/columns/stored";
import { SKIP_MESSAGE, chromiumPresent, launchChromium } from "./chromium";
import { WorkbenchPage } from "./workbenchPage";
import { demoAnalysis } from "./demoAnalysis";
import { openColumnMap } from "./columnMapShots";

jest.setTimeout(120_000);

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
    expect(row).toContain("（无）");
    const shown = await pane.getByRole("combobox", { name: "回款状态" }).evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent);
    expect(shown).toBe(wb.text("columnMap.pane.option.none"));
  });

  it("two sheets that fit the customers alike: the screen asks, the answer is stored, and that sheet is set up", async () => {
    // A rep's book with two customer lists that fit equally well and a purchase for only one of them.
    const book = new ExcelJS.Workbook();
    book.addWorksheet("名单甲").addRows([["客户编号", "客户名称"], ["K1", "甲一"], ["K2", "甲二"]]);
    book.addWorksheet("名单乙").addRows([["客户编号", "客户名称"], ["K1", "乙一"], ["K3", "乙三"]]);
    book.addWorksheet("购买记录").addRows([["客户编号", "日期", "金额"], ["K3", new Date("2026-03-01T00:00:00Z"), 500]]);
    const file = join(await mkdtemp(join(tmpdir(), "column-map-")), "两份名单.xlsx");
    await writeFile(file, Buffer.from(await book.xlsx.writeBuffer()));
    await page.getByLabel(wb.text("taskpane.workbench.openLabel")).setInputFiles(file);
    await page.getByRole("tab", { name: "名单乙" }).waitFor();

    const pane = page.getByRole("complementary");
    await pane.getByRole("button", { name: wb.text("taskpane.action.setup") }).click();
    // Setup sets nothing up on a guess: the column map opens by itself with the question.
    const question = wb.text("columnMap.pane.sheetQuestion", { table: "客户", sheets: "“名单甲”、“名单乙”" });
    await pane.getByText(question).waitFor();
    expect(await page.evaluate(() => window.__workbench!.fake.workbook.tablesInfo().map((t) => t.name))).not.toContain("crmCustomers");

    await pane.getByRole("combobox", { name: wb.text("columnMap.field.sheet") }).selectOption("名单乙");
    await pane.getByRole("button", { name: wb.text("columnMap.pane.save") }).click();
    await pane.getByText(wb.text("columnMap.pane.saved", { count: 1 })).waitFor();
    await wb.settle();
    const customers = await page.evaluate(() => window.__workbench!.fake.workbook.tablesInfo().find((t) => t.name === "crmCustomers")?.sheet);
    expect(customers).toBe("名单乙");
    expect(Object.values(await wb.quadrantCounts()).reduce((a, b) => a + b, 0)).toBe(2);
    await expect(pane.getByText(question).count()).resolves.toBe(0);
  });
});
