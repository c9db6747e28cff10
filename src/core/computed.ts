/**
 * What the add-in writes in its own columns of the customer table (SPEC 2), the same for every
 * host: Excel through Office.js, the CLI's `score --out` copy, and the workbench.
 */
import type { Analysis, CustomerScore } from "./analyze";
import { keyAccountsOf, segmentText } from "./accounts";
import type { Day } from "./dates";
import { quadrantName } from "./strategy";
import { type Lang, t } from "./i18n";

/** The computed columns' keys, in the order the add-in appends them. */
export const COMPUTED_KEYS = ["quadrant", "amount", "closeness", "borderline", "strategy", "lastContact", "nextVisit", "segment"] as const;
export type ComputedKey = (typeof COMPUTED_KEYS)[number];

/** A computed cell: text, a number, a calendar day (each host writes its own date form), or empty. */
export type ComputedCell = string | number | { day: Day } | null;

/** `a`, the analysis `s` belongs to, is needed by the columns that look across customers (the segment's potential threshold). */
export function computedCell(key: ComputedKey, s: CustomerScore, lang: Lang, a?: Analysis): ComputedCell {
  switch (key) {
    case "quadrant":
      // "I" … "IV", exactly what CRM.QUADRANT returns, so users can filter and count on it.
      return s.quadrant;
    case "amount":
      return s.amount;
    case "closeness":
      return s.closeness;
    case "borderline":
      return s.borderline ? t(lang, "value.yes") : null;
    case "strategy":
      // The short name keeps the column filterable; the full sentence is in the pane and CRM.STRATEGY.
      return quadrantName(s.quadrant, lang);
    case "lastContact":
      return s.lastContact === undefined ? null : { day: s.lastContact };
    case "nextVisit":
      return { day: s.nextVisit };
    case "segment": {
      // SPEC 5c: the attack/defend segment's name, as CRM.SEGMENT gives it; empty without a potential.
      const seg = a && keyAccountsOf(a).byCustomer[s.index];
      return seg ? segmentText(seg.segment, lang) : null;
    }
  }
}
