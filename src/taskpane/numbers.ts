/** Numbers as the pane shows them, grouped the way the user's language groups them. */
import type { Lang } from "../core/i18n";

export function formatAmount(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value);
}

/** Closeness is purchases per month: two decimals tell 0.25 from 0.33 without false precision. */
export function formatCloseness(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}
