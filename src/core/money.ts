/**
 * Amounts as a person reads them, one style per language everywhere the add-in shows a figure to
 * read (the pane, the 360's sentences): Chinese reps count in 万, so from 1,000 up a zh amount is
 * in 万 (0.74万, 20.53万) and a row never mixes 7370 with 1.9万; English keeps the grouped figure.
 * No currency sign: the book's amounts are in the rep's own currency, and no other figure has one.
 */
import type { Lang } from "./i18n";

const WAN = 10_000;

function wan(value: number, digits: number): string {
  return `${new Intl.NumberFormat("zh-CN", { maximumFractionDigits: digits }).format(value / WAN)}万`;
}

export function formatMoney(value: number, lang: Lang): string {
  // Two decimals keep a threshold's figure honest (20.53万 for 205,250); past 1000万 they are noise.
  if (lang === "zh-CN" && Math.abs(value) >= 1000) return wan(value, Math.abs(value) >= 1000 * WAN ? 0 : 2);
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value);
}

/** Where space is short (the coverage matrix): 81万, 0.18万 in zh; 810K, 1.8K in English. */
export function formatMoneyShort(value: number, lang: Lang): string {
  if (lang === "zh-CN") return Math.abs(value) >= 1000 ? wan(value, Math.abs(value) >= WAN ? 1 : 2) : formatMoney(value, lang);
  return new Intl.NumberFormat(lang, { notation: "compact", maximumFractionDigits: 1 }).format(value);
}
