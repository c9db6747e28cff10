/**
 * The set-up screen refuses a column that cannot hold a field (issue 22), before anything is
 * saved: 金额 pointed at 产品 shows why under the drop-down, in the pane's language, and Save
 * stays off; choosing again clears it.
 */
import type { Browser, Page } from "playwright-core";
import type { Lang } from "../../src/core/i18n";
import { TABLES, caption } from "../../src/core/schema";
import { SKIP_MESSAGE, chromiumPresent, launchChromium } from "./chromium";
import { WorkbenchPage } from "./workbenchPage";
import { openColumnMap } from "./columnMapShots";

jest.setTimeout(120_000);

if (!chromiumPresent) console.log(SKIP_MESSAGE);
const describeInBrowser = chromiumPresent ? describe : describe.skip;

const column = (key: string, lang: Lang) => caption(TABLES.purchases.columns.find((c) => c.key === key)!, lang);

describeInBrowser("the set-up screen refuses nonsense", () => {
  let browser: Browser;
  const url = process.env.WORKBENCH_URL ?? "";

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each<Lang>(["zh-CN", "en-US"])("the amount pointed at the product column is refused with the reason, and Save stays off (%s)", async (lang) => {
    const page: Page = await browser.newPage({ viewport: { width: 1400, height: 1400 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const wb = await WorkbenchPage.open(page, url, lang);
    await wb.setUp();
    await wb.refresh();
    await openColumnMap(page, wb, lang);
    const pane = page.getByRole("complementary");
    const amount = pane.getByRole("combobox", { name: `${column("amount", lang)} *`, exact: true });
    await amount.selectOption({ label: column("product", lang) });
    const refusal = pane.getByText(new RegExp(`${column("product", lang)}.*${lang === "zh-CN" ? "不是数字" : "not numbers"}`));
    await refusal.waitFor();
    expect(await pane.getByRole("button", { name: wb.text("columnMap.pane.save") }).isDisabled()).toBe(true);
    await amount.selectOption({ label: column("amount", lang) });
    await refusal.waitFor({ state: "detached" });
    expect(await pane.getByRole("button", { name: wb.text("columnMap.pane.save") }).isDisabled()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});
