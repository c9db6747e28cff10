/**
 * Editing cells in the workbench as in Excel — typing over a cell, F2 and double-click, Enter, Tab,
 * Escape, Delete and Backspace, deleting a row from the right-click menu, a protected sheet's
 * refusals — and switching the language, which asks before it discards a book worth keeping.
 * Everything is read as the user sees it: the grid's cells, the name box, the dialog.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { COMPUTED_COLUMNS, TABLES } from "../../src/core/schema";
import { columnLetters } from "../../src/core/a1";
import { SKIP_MESSAGE, chromiumPresent, launchChromium } from "./chromium";
import { WorkbenchPage } from "./workbenchPage";
import { userBookXlsx } from "./userBook";

// A real browser, a real build: seconds per step on a loaded machine.
jest.setTimeout(180_000);

if (!chromiumPresent) console.log(SKIP_MESSAGE);
const describeInBrowser = chromiumPresent ? describe : describe.skip;

const CUSTOMERS = TABLES.customers.zh;
const NAME = TABLES.customers.columns[1].zh;

/** The text the grid shows in a cell (column 0-based, row as Excel numbers it). */
async function shown(page: Page, column: number, row: number): Promise<string> {
  const cell = page.locator(`[role="row"][aria-rowindex="${row + 1}"] [role="gridcell"][aria-colindex="${column + 2}"]`);
  const editor = cell.locator("input");
  return (await editor.count()) > 0 ? editor.inputValue() : ((await cell.textContent()) ?? "");
}

/** What the workbook holds in a cell (a number stays a number). */
function stored(page: Page, sheet: string, address: string): Promise<unknown> {
  return page.evaluate(([s, a]) => window.__workbench!.fake.workbook.values(s, a)[0][0], [sheet, address] as const);
}

describeInBrowser("editing cells in the workbench", () => {
  let browser: Browser;
  let page: Page;
  let wb: WorkbenchPage;
  const url = process.env.WORKBENCH_URL ?? "";
  const pageErrors: string[] = [];
  let name = 1;
  const editor = () => page.locator('[role="gridcell"] input');

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on("pageerror", (e) => pageErrors.push(e.message));
    wb = await WorkbenchPage.open(page, url, "zh-CN");
    name = (await wb.gridRows())[0].indexOf(NAME);
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  it("typing over a selected cell replaces its content, and Enter writes it and moves down", async () => {
    await wb.clickCell(name, 2);
    await page.keyboard.type("Wang");
    await page.keyboard.insertText("小明");
    expect(await shown(page, name, 2)).toBe("Wang小明");
    await page.keyboard.press("Enter");
    await wb.settle();
    expect(await shown(page, name, 2)).toBe("Wang小明");
    expect(await wb.nameBox()).toBe(`${columnLetters(name)}3`);
  });

  it("Escape drops what was typed: the cell keeps its content and nothing is written", async () => {
    const before = await shown(page, name, 3);
    expect(before).not.toBe("");
    await page.keyboard.type("Zhao");
    expect(await shown(page, name, 3)).toBe("Zhao");
    await page.keyboard.press("Escape");
    await wb.settle();
    expect(await editor().count()).toBe(0);
    expect(await shown(page, name, 3)).toBe(before);
    expect(await stored(page, CUSTOMERS, `${columnLetters(name)}3`)).toBe(before);
    expect(await wb.nameBox()).toBe(`${columnLetters(name)}3`);
  });

  it("F2 opens the cell with its content, and Tab writes the edit and moves right", async () => {
    const before = await shown(page, name, 4);
    await wb.clickCell(name, 4);
    await page.keyboard.press("F2");
    expect(await editor().inputValue()).toBe(before);
    await page.keyboard.type("X");
    await page.keyboard.press("Tab");
    await wb.settle();
    expect(await shown(page, name, 4)).toBe(`${before}X`);
    expect(await wb.nameBox()).toBe(`${columnLetters(name + 1)}4`);
  });

  it("numbers and dates typed are read as Excel reads them, and a double-click edits the date as a date", async () => {
    const header = (await wb.gridRows())[0];
    const free = header.reduce((last, h, i) => (h !== "" ? i : last), -1) + 2;
    const column = columnLetters(free);
    await wb.clickCell(free, 2);
    await page.keyboard.type("12");
    await page.keyboard.press("Enter");
    await page.keyboard.type("2026-03-05");
    await page.keyboard.press("Enter");
    await wb.settle();
    expect(await stored(page, CUSTOMERS, `${column}2`)).toBe(12);
    expect(typeof (await stored(page, CUSTOMERS, `${column}3`))).toBe("number");
    expect(await shown(page, free, 3)).toBe("2026-03-05");
    await page.locator(`[role="row"][aria-rowindex="4"] [role="gridcell"][aria-colindex="${free + 2}"]`).dblclick();
    expect(await editor().inputValue()).toBe("2026-03-05");
    await page.keyboard.press("Escape");
    expect(await shown(page, free, 3)).toBe("2026-03-05");
  });

  it("Delete clears the selected cell; Backspace opens it empty and Enter leaves it empty", async () => {
    await wb.clickCell(name, 5);
    expect(await shown(page, name, 5)).not.toBe("");
    await page.keyboard.press("Delete");
    await wb.settle();
    expect(await shown(page, name, 5)).toBe("");
    await wb.clickCell(name, 6);
    await page.keyboard.press("Backspace");
    expect(await shown(page, name, 6)).toBe("");
    await page.keyboard.press("Enter");
    await wb.settle();
    expect(await stored(page, CUSTOMERS, `${columnLetters(name)}6`)).toBe("");
  });

  it("a row deleted from the right-click menu is gone and the rows below move up", async () => {
    const rows = await wb.gridRows();
    const [seventh, eighth] = [rows[6][0], rows[7][0]];
    await wb.clickCell(0, 7);
    await page.locator('[role="row"][aria-rowindex="8"] [role="rowheader"]').click({ button: "right" });
    await page.getByRole("menuitem", { name: wb.text("taskpane.workbench.deleteRow", { rows: 7 }) }).click();
    await wb.settle();
    const after = await wb.gridRows();
    expect(after[6][0]).toBe(eighth);
    expect(after.map((r) => r[0])).not.toContain(seventh);
    expect(after.length).toBe(rows.length - 1);
  });

  it("on a protected sheet typing and deleting a row are refused with a message naming the sheet, and nothing changes", async () => {
    await page.evaluate((sheet) => window.__workbench!.fake.workbook.user.protect(sheet), CUSTOMERS);
    const rows = await wb.gridRows();
    await wb.clickCell(name, 2);
    await page.keyboard.type("Q");
    await page.keyboard.press("Enter");
    await page.getByText(wb.text("taskpane.workbench.refused.protected", { sheet: CUSTOMERS })).waitFor();
    await page.getByRole("button", { name: wb.text("taskpane.workbench.dismiss") }).click();
    await page.locator('[role="row"][aria-rowindex="3"] [role="rowheader"]').click({ button: "right" });
    await page.getByRole("menuitem", { name: wb.text("taskpane.workbench.deleteRow", { rows: 2 }) }).click();
    await page.getByText(wb.text("taskpane.workbench.refused.protected", { sheet: CUSTOMERS })).waitFor();
    await wb.settle();
    expect(await wb.gridRows()).toEqual(rows);
    await page.evaluate((sheet) => window.__workbench!.fake.workbook.user.unprotect(sheet), CUSTOMERS);
  });
});

describeInBrowser("switching the workbench's language", () => {
  let browser: Browser;
  let page: Page;
  const url = process.env.WORKBENCH_URL ?? "";
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on("pageerror", (e) => pageErrors.push(e.message));
  });

  afterEach(async () => {
    await page.close();
    expect(pageErrors).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("an unchanged demo switches to English at once, without a dialog", async () => {
    const wb = await WorkbenchPage.open(page, url, "zh-CN");
    await page.getByRole("radio", { name: "English" }).click();
    wb.lang = "en-US";
    await page.getByRole("button", { name: wb.text("taskpane.action.refresh") }).waitFor();
    expect(await wb.selectedSheet()).toBe(TABLES.customers.en);
    expect(await page.getByRole("dialog").count()).toBe(0);
  });

  it("a changed demo asks first: Cancel keeps it, Keep switches only the pane, and refresh names its columns in the book's language", async () => {
    const wb = await WorkbenchPage.open(page, url, "zh-CN");
    const name = (await wb.gridRows())[0].indexOf(NAME);
    await wb.clickCell(name, 2);
    await page.keyboard.type("Edited");
    await page.keyboard.press("Enter");
    await wb.settle();
    const dialog = page.getByRole("dialog");

    await page.getByRole("radio", { name: "English" }).click();
    await dialog.waitFor();
    await dialog.getByRole("button", { name: wb.text("taskpane.workbench.switch.cancel") }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await page.getByRole("radio", { name: "中文" }).isChecked()).toBe(true);
    expect(await shown(page, name, 2)).toBe("Edited");

    await page.getByRole("radio", { name: "English" }).click();
    await dialog.getByRole("button", { name: wb.text("taskpane.workbench.switch.keep") }).click();
    wb.lang = "en-US";
    await page.getByRole("button", { name: wb.text("taskpane.action.refresh") }).waitFor();
    expect(await wb.selectedSheet()).toBe(CUSTOMERS);
    expect(await shown(page, name, 2)).toBe("Edited");
    await wb.refresh();
    const header = (await wb.gridRows())[0];
    expect(header).toContain(COMPUTED_COLUMNS[0].zh);
    expect(header).not.toContain(COMPUTED_COLUMNS[0].en);

    // Back to Chinese: still a book to keep, so asked again; the demo replaces it only when chosen.
    await page.getByRole("radio", { name: "中文" }).click();
    await dialog.getByRole("button", { name: wb.text("taskpane.workbench.switch.demo", { lang: wb.text("taskpane.workbench.langName.zh-CN") }) }).click();
    wb.lang = "zh-CN";
    await page.getByRole("button", { name: wb.text("taskpane.action.refresh") }).waitFor();
    expect(await shown(page, name, 2)).not.toBe("Edited");
  });

  it("a book the user opened is kept when the pane switches language, after asking", async () => {
    const wb = await WorkbenchPage.open(page, url, "zh-CN");
    const dir = await mkdtemp(join(tmpdir(), "workbench-"));
    const file = join(dir, "我的客户.xlsx");
    await writeFile(file, await userBookXlsx());
    await page.getByLabel(wb.text("taskpane.workbench.openLabel")).setInputFiles(file);
    await page.getByRole("tab", { name: "客户资料" }).waitFor();
    await page.getByRole("radio", { name: "English" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("我的客户.xlsx", { exact: false }).waitFor();
    await dialog.getByRole("button", { name: wb.text("taskpane.workbench.switch.keep") }).click();
    wb.lang = "en-US";
    await page.getByRole("button", { name: wb.text("taskpane.action.setup") }).waitFor();
    expect(await wb.selectedSheet()).toBe("客户资料");
  });
});
