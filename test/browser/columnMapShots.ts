/**
 * The set-up screen's column map as the README shows it: the demo's purchases headed the way a
 * rep might head them (成交额(元), 付款情况), set up and refreshed, the column map opened on the
 * purchases. Used by `npm run screenshots`.
 */
import type { Locator, Page } from "playwright-core";
import type { Lang } from "../../src/core/i18n";
import { TABLES, caption } from "../../src/core/schema";
import type { WorkbenchPage } from "./workbenchPage";

/** Headers a rep's own purchase list might have, typed over the demo's. */
export async function headPurchasesLikeARep(page: Page, lang: Lang): Promise<void> {
  const sheet = caption(TABLES.purchases, lang);
  await page.evaluate(
    ([s, zh]) => {
      const user = window.__workbench!.fake.workbook.user;
      user.setValues(s, "D1:E1", [zh ? ["成交额(元)", "付款情况"] : ["Deal value ($)", "Paid?"]]);
    },
    [sheet, lang === "zh-CN"] as const,
  );
}

/** Opens the column map and the purchases' part of it. */
export async function openColumnMap(page: Page, wb: WorkbenchPage, lang: Lang): Promise<void> {
  const pane = page.getByRole("complementary");
  await pane.getByRole("button", { name: wb.text("columnMap.pane.title") }).click();
  const purchases = pane.getByRole("button", { name: new RegExp(`^${caption(TABLES.purchases, lang)} ·`) });
  await purchases.waitFor();
  if ((await purchases.getAttribute("aria-expanded")) !== "true") await purchases.click();
}

/** `shot` is given the set-up screen (the section with the column map) to photograph. */
export async function columnMapScreen(
  page: Page,
  wb: WorkbenchPage,
  lang: Lang,
  shot: (name: string, target: Locator) => Promise<void>,
  width = 320,
): Promise<void> {
  await wb.setUp();
  await headPurchasesLikeARep(page, lang);
  await wb.refresh();
  await openColumnMap(page, wb, lang);
  // The map is long: a tall window shows the purchases' fields whole.
  await page.setViewportSize({ width: 1440, height: 1500 });
  await shot(`pane-columns-${lang}-${width}`, page.getByRole("complementary").getByRole("region", { name: wb.text("taskpane.title") }));
  await page.setViewportSize({ width: 1440, height: 960 });
}
