/** Movements in words: what moved when a threshold did (pane, dashboard). */
import type { Thresholds } from "./quadrant";
import { type Lang, t } from "./i18n";

const amountText = (v: number, lang: Lang) => new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(v);
const closenessText = (v: number, lang: Lang) =>
  new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 3 }).format(v);

/** "交易额分界线 1,200 → 1,500；紧密度分界线 0.25 → 0.33", naming only the thresholds that moved. */
export function thresholdChangeText(before: Thresholds, now: Thresholds, lang: Lang): string {
  const parts: string[] = [];
  if (before.amount !== now.amount)
    parts.push(t(lang, "move.threshold.amount", { before: amountText(before.amount, lang), now: amountText(now.amount, lang) }));
  if (before.closeness !== now.closeness)
    parts.push(t(lang, "move.threshold.closeness", { before: closenessText(before.closeness, lang), now: closenessText(now.closeness, lang) }));
  return parts.join(t(lang, "move.threshold.join"));
}
