/**
 * A rep whose only sheet is a sales ledger, in the workbench as a person uses it (issue 24): set-up
 * says the book has no customer sheet and offers one; the button adds it — one row per customer,
 * the IDs generated where the ledger has none — the quadrants land in it, and the ledger's cells
 * are those the rep typed.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { SKIP_MESSAGE, chromiumPresent, launchChromium } from "./chromium";
import { WorkbenchPage } from "./workbenchPage";

jest.setTimeout(120_000);

if (!chromiumPresent) console.log(SKIP_MESSAGE);
const describeInBrowser = chromiumPresent ? describe : describe.skip;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const LEDGER = [
  ["客户名称", "成交日期", "产品", "成交金额", "付款情况"],
  ["张伟", day("2026-02-10"), "基金", 500000, "正常"],
  ["王芳", day("2026-01-15"), "理财", 3000, "逾期"],
  ["张伟", day("2025-12-01"), "保险", 20000, "正常"],
  ["李娜", day("2026-02-20"), "基金", 800, "正常"],
];

describeInBrowser("a ledger-only book in the workbench", () => {
  let browser: Browser;
  let page: Page;
  let wb: WorkbenchPage;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on("pageerror", (e) => pageErrors.push(e.message));
    wb = await WorkbenchPage.open(page, process.env.WORKBENCH_URL ?? "", "zh-CN");
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("is offered a customer sheet at set-up, and the button adds it with generated IDs and the quadrants, the ledger untouched", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("销售台账").addRows(LEDGER);
    const file = join(await mkdtemp(join(tmpdir(), "ledger-")), "台账.xlsx");
    await writeFile(file, Buffer.from(await book.xlsx.writeBuffer()));
    await page.getByLabel(wb.text("taskpane.workbench.openLabel")).setInputFiles(file);
    await page.getByRole("tab", { name: "销售台账" }).waitFor();
    const ledgerBefore = await page.evaluate(() => window.__workbench!.fake.workbook.values("销售台账"));

    await wb.setUp();
    const pane = page.getByRole("complementary");
    await pane.getByText(wb.text("ledger.offer.message", { sheet: "销售台账" })).waitFor();
    await pane.getByRole("button", { name: wb.text("ledger.offer.action") }).click();
    await pane.getByText(wb.text("ledger.made.title", { sheet: "客户" })).waitFor();
    await pane.getByText(wb.text("ledger.made.generated", { first: "C001", last: "C003", column: "客户名称" })).waitFor();
    await wb.settle();
    // The new sheet is shown; the offer is gone: the book has its customer sheet now.
    expect(await wb.selectedSheet()).toBe("客户");
    expect(await pane.getByRole("button", { name: wb.text("ledger.offer.action") }).count()).toBe(0);

    const customers = await page.evaluate(() => window.__workbench!.fake.workbook.values("客户"));
    expect(customers.slice(1).map((r) => r.slice(0, 2))).toEqual([
      ["C001", "张伟"],
      ["C002", "王芳"],
      ["C003", "李娜"],
    ]);
    const quadrant = customers[0].indexOf("象限");
    expect(customers.slice(1).every((r) => ["I", "II", "III", "IV"].includes(String(r[quadrant])))).toBe(true);
    expect(await page.evaluate(() => window.__workbench!.fake.workbook.values("销售台账"))).toEqual(ledgerBefore);
    expect(pageErrors).toEqual([]);
  });
});
