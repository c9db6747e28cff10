/**
 * Recording a review from the pane: a new review starts from the client's previous holdings (sold
 * ones left out), the rep edits values, adds or removes holdings, and the rows are appended to
 * the assets table dated the review date — nothing existing is changed. Pure: the pane edits the
 * draft, the host appends the rows.
 */
import type { LinkedBook } from "./book";
import type { Day } from "./dates";
import type { NewRow } from "./customer/newRows";
import { computeReview, customerIndexOf, reviewDates } from "./review";
import type { Lang } from "./i18n";
import { ASSET_CLASSES, type EnumValue, INSTITUTIONS, caption } from "./schema";

export interface DraftHolding {
  class: string;
  name: string;
  /** Institution key, or "" when unknown. */
  institution: string;
  heldSince?: Day;
  maturity?: Day;
  riskLevel: string;
  value: number | undefined;
}

/** The holdings of the client's latest review before `date` (all of them when `date` is after it), sold ones left out. */
export function draftFromPrevious(book: LinkedBook, id: string, date: Day): DraftHolding[] {
  const customer = customerIndexOf(book, id);
  if (customer === undefined) return [];
  const before = reviewDates(book, customer).filter((d) => d < date);
  if (before.length === 0) return [];
  const r = computeReview(book, id, before[before.length - 1]);
  if (!r.ok) return [];
  return r.review.holdings
    .filter((h) => h.status !== "sold")
    .map((h) => ({
      class: h.class,
      name: h.name,
      institution: h.institution ?? "",
      heldSince: h.heldSince,
      // A maturity already past on the new date is over: the rep types the renewed one.
      maturity: h.maturity !== undefined && h.maturity >= date ? h.maturity : undefined,
      riskLevel: h.riskLevel ?? "",
      value: h.value,
    }));
}

export type DraftProblem = "reviewExists" | "noHoldings";

/** Why the draft cannot be recorded as it is (the row checks come from `validateNewRow`). */
export function draftProblem(
  book: LinkedBook,
  id: string,
  date: Day,
  holdings: readonly DraftHolding[],
): DraftProblem | undefined {
  const customer = customerIndexOf(book, id);
  // A second set of rows on an existing review date would merge into that review.
  if (customer !== undefined && reviewDates(book, customer).includes(date)) return "reviewExists";
  if (holdings.length === 0) return "noHoldings";
  return undefined;
}

/** The rows to append: one per holding, dated the review date, classes and institutions in the user's language. */
export function draftRows(id: string, date: Day, holdings: readonly DraftHolding[], lang: Lang): NewRow[] {
  const label = (values: readonly EnumValue[], key: string) => {
    const v = values.find((x) => x.key === key);
    return v ? caption(v, lang) : key;
  };
  return holdings.map((h) => ({
    id,
    reviewDate: { day: date },
    assetClass: label(ASSET_CLASSES, h.class),
    name: h.name,
    institution: h.institution ? label(INSTITUTIONS, h.institution) : undefined,
    heldSince: h.heldSince === undefined ? undefined : { day: h.heldSince },
    maturity: h.maturity === undefined ? undefined : { day: h.maturity },
    riskLevel: h.riskLevel || undefined,
    value: h.value,
  }));
}
