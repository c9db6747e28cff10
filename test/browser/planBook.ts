/** What the user types into the workbench's demo book for the plan's browser tests and pictures. */
import type { Page } from "playwright-core";
import type { Lang } from "../../src/core/i18n";
import { TABLES, caption } from "../../src/core/schema";
import { parseIsoDay, serialFromDay } from "../../src/core/dates";
import { AS_OF } from "./workbenchPage";

/**
 * C010, who never bought, buys once the day before (2,000,000 in the Chinese demo, 30,000 in the
 * English one): the amount and closeness medians move, and a customer whose own figures did not
 * change moves quadrant with them (C039 III → IV in Chinese, C009 IV → I in English).
 */
export const THRESHOLD_MOVE: Record<Lang, { buyer: string; amount: number; moved: string }> = {
  "zh-CN": { buyer: "C010", amount: 2_000_000, moved: "C039" },
  "en-US": { buyer: "C010", amount: 30_000, moved: "C009" },
};

/** The user inserts a row at the top of the purchases table and types the purchase. */
export async function buyForThresholdMove(page: Page, lang: Lang): Promise<void> {
  const { buyer, amount } = THRESHOLD_MOVE[lang];
  await page.evaluate(
    ([sheet, id, serial, value]) => {
      const book = window.__workbench!.fake.workbook;
      const [header, first] = book.values(sheet as string);
      const row = header.map((_, c) => (c === 0 ? id : c === 1 ? serial : c === 3 ? value : first[c]));
      book.user.insertRows(sheet as string, 1, 1);
      book.user.setValues(sheet as string, "A2", [row]);
    },
    [caption(TABLES.purchases, lang), buyer, serialFromDay(parseIsoDay(AS_OF)! - 1, false), amount] as const,
  );
}
