/** Numbers as the pane shows them: amounts in the language's one style (src/core/money.ts). */
import type { Lang } from "../core/i18n";
import { formatMoney } from "../core/money";

export function formatAmount(value: number, lang: Lang): string {
  return formatMoney(value, lang);
}

/** Closeness is purchases per month: two decimals tell 0.25 from 0.33 without false precision. */
export function formatCloseness(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}
