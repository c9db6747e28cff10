/**
 * A computed column added beside the user's own column of the same caption ("下次拜访（CRM）" beside
 * the rep's 下次拜访): the user's column stays theirs — never read, never written (src/excel/owned.ts)
 * — so what they type there counts for nothing. A rep who keeps booking dates in their own 下次拜访
 * would see today's plan call the customer overdue without a word; these sentences say it once, on
 * every road that adds such a column (the pane's set-up and refresh, `crm score --out`).
 */
import { type Lang, t } from "./i18n";
import type { ComputedKey } from "./computed";
import { COMPUTED_COLUMNS, TABLES, caption, matchKey } from "./schema";

export interface BesideUser {
  key: ComputedKey;
  /** The customer sheet. */
  sheet: string;
  /** The user's column's header, as they typed it. */
  theirs: string;
  /** The caption the add-in's column was given instead ("下次拜访（CRM）"). */
  ours: string;
}

/**
 * Which of the columns being added got another caption because a header already carries the plain
 * one (`newCaption`): `added` are the new columns' keys and captions in `lang` (the book's), `headers`
 * the customer table's headers before them.
 */
export function besideUser(
  sheet: string,
  added: readonly { key: ComputedKey; caption: string }[],
  headers: readonly unknown[],
  lang: Lang,
): BesideUser[] {
  const out: BesideUser[] = [];
  for (const { key, caption: ours } of added) {
    const plain = matchKey(caption(COMPUTED_COLUMNS.find((c) => c.key === key)!, lang));
    if (matchKey(ours) === plain) continue;
    const theirs = headers.find((h) => matchKey(String(h ?? "")) === plain);
    if (theirs !== undefined) out.push({ key, sheet, theirs: String(theirs), ours });
  }
  return out;
}

/** One sentence per such column, in the reader's language (the captions stay as they are in the book). */
export function besideUserNotes(cols: readonly BesideUser[], lang: Lang): string[] {
  return cols.map((c) => {
    const what = caption(COMPUTED_COLUMNS.find((d) => d.key === c.key)!, lang);
    const note = t(lang, "columns.besideUser", { sheet: c.sheet, theirs: c.theirs, what: lang === "en-US" ? what.toLowerCase() : what, ours: c.ours });
    // Bookings are read from a follow-up's next date only (SPEC 4): where to put them instead.
    if (c.key !== "nextVisit") return note;
    const followUps = TABLES.followUps;
    const nextDate = followUps.columns.find((col) => col.key === "nextDate")!;
    return note + t(lang, "columns.besideUser.booking", { table: caption(followUps, lang), column: caption(nextDate, lang) });
  });
}
