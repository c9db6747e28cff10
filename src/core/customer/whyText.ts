/**
 * The explanation in the rep's words: where each threshold is, what would move the customer to
 * another quadrant, and what a bad debt costs. Thresholds are taken as they are today (a median
 * moves as everyone buys), which the sentences say.
 */
import type { Explanation } from "./explain";
import { formatMoney } from "../money";
import { type Lang, t } from "../i18n";

export function thresholdSentences(e: Explanation, lang: Lang): string[] {
  const out: string[] = [];
  const months = e.windowMonths;
  const a = e.amountDistance;
  if (a.high) out.push(t(lang, "c360.why.amountHigh", { room: formatMoney(a.room, lang), to: a.to }));
  else if (e.thresholds.amount > 0) out.push(t(lang, "c360.why.amountLow", { need: formatMoney(a.need ?? 0, lang), to: a.to, months }));
  else out.push(t(lang, "c360.why.amountLowZero", { need: formatMoney(a.need ?? 0, lang), to: a.to, months }));

  const k = e.closenessDistance;
  if (k.high) {
    out.push(
      k.room === 0
        ? t(lang, "c360.why.closenessEdge", { to: k.to })
        : t(lang, "c360.why.closenessHigh", { room: k.room, drop: k.room + 1, to: k.to }),
    );
  } else if (k.need === null) out.push(t(lang, "c360.why.closenessBlocked"));
  else out.push(t(lang, k.need === 1 ? "c360.why.closenessLowOne" : "c360.why.closenessLow", { need: k.need, to: k.to, months }));

  if (e.withoutPenalty && e.withoutPenalty.quadrant !== e.quadrant) {
    out.push(t(lang, "c360.why.penaltyCost", { row: e.badRows[0].row, quadrant: e.withoutPenalty.quadrant }));
  }
  return out;
}

/** "A bad debt of 500 at a 2 % margin takes 25,000 of extra sales to make up" (seeds/002). */
export function badDebtSentence(e: Explanation, lang: Lang): string | undefined {
  if (e.badDebt.amount <= 0) return undefined;
  return t(lang, "c360.why.badDebt", {
    amount: formatMoney(e.badDebt.amount, lang),
    margin: formatPercent(e.badDebt.margin),
    extra: formatMoney(e.badDebt.extraSales, lang),
  });
}

export function formatPercent(x: number): string {
  return `${Number((x * 100).toFixed(4))}%`;
}

/** A birthday greeting from the settings template (or the built-in one), with the name filled in. */
export function greetingText(template: string | undefined, name: string, lang: Lang): string {
  const text = template && template.trim() ? template : t(lang, "greeting.default");
  return text.replace(/\{name\}/g, name);
}
