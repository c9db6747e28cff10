/**
 * One call from raw tables to everything the hosts show: the linked book, each customer's
 * figures and quadrant, the thresholds, and the data problems in reading order.
 */
import type { RawBook, TableKey } from "./table";
import { type CustomerRec, type LinkedBook, bookLang, linkBook } from "./book";
import { type Figures, type Placement, type Thresholds, makeFigures, place, resolveThreshold, windowSums } from "./quadrant";
import type { Settings } from "./settings";
import { type Problem, sortProblems } from "./quality";
import { type Day, formatDay } from "./dates";
import type { Quadrant } from "./strategy";
import type { Lang } from "./i18n";
import { bookingOf, cadenceOf, followUpFacts, nextContactOf } from "./plan/nextContact";

export interface CustomerScore extends Figures {
  index: number;
  key: string;
  id: string;
  name: string;
  row: number;
  quadrant: Quadrant;
  borderline: boolean;
  /** L(c), SPEC 4: the latest purchase or follow-up (改约 rows aside) on or before the as-of date. */
  lastContact?: Day;
  /** Bk(c), SPEC 4: the latest follow-up's 下次约见, unless a contact came after it. */
  booking?: Day;
  /**
   * N(c), SPEC 4 (the 下次拜访 column, CRM.NEXTVISIT): the booking, else last contact + cadence
   * (shorter on the edge); the as-of date for a customer never contacted and not booked (due now).
   */
  nextVisit: Day;
}

export interface Analysis {
  asOf: Day;
  lang: Lang;
  book: LinkedBook;
  scores: CustomerScore[];
  thresholds: Thresholds;
  problems: Problem[];
}

export interface AnalyzeOptions {
  /** The as-of date; defaults to the settings table's asOf, then to `today`. */
  asOf?: Day;
  today?: Day;
  lang?: Lang;
}

export function analyze(raw: RawBook, opts: AnalyzeOptions = {}): Analysis {
  const lang = opts.lang ?? bookLang(raw);
  const book = linkBook(raw, lang);
  const asOf = opts.asOf ?? book.settings.asOf ?? opts.today;
  if (asOf === undefined) throw new Error("analyze needs an as-of date");
  return scoreBook(book, asOf, lang);
}

/** Scores an already linked book (the custom functions keep one and rescore it as the date moves). */
export function scoreBook(book: LinkedBook, asOf: Day, lang: Lang): Analysis {
  const s = book.settings;
  const sums = windowSums(book, asOf, s);
  const { count, bad, lastPurchase } = sums;
  const n = book.customers.length;
  // The two measures as columns for the thresholds. Each customer's Figures is made again inside
  // its score instead of kept in an array: made and used in one place, V8 never allocates it (an
  // array of 10,000 of them was a third of scoring's garbage).
  const amount = new Float64Array(n);
  const closeness = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const f = makeFigures(sums.amount[i], count[i], bad[i] === 1, s);
    amount[i] = f.amount;
    closeness[i] = f.closeness;
  }
  const thresholds = { amount: resolveThreshold(s.amountThreshold, amount), closeness: resolveThreshold(s.closenessThreshold, closeness) };
  const { lastContact: last, latestNext } = followUpFacts(book.followUps, n, asOf);
  const scores: CustomerScore[] = new Array(n);
  for (let i = 0; i < n; i++) {
    // L(c): the latest of the follow-ups' contacts and the purchases.
    const lastContact = lastPurchase[i] > last[i] ? lastPurchase[i] : last[i];
    const placement = place(amount[i], closeness[i], thresholds, s.borderlineMargin);
    scores[i] = makeScore(book.customers[i], makeFigures(sums.amount[i], count[i], bad[i] === 1, s), placement, {
      last: lastContact,
      latestNext: latestNext[i],
      asOf,
      settings: s,
    });
  }
  return { asOf, lang, book, scores, thresholds, problems: sortProblems([...book.problems, ...futureDates(book, asOf, sums.future)]) };
}

/**
 * A customer's score from its figures, placement and contacts: `last` = L(c), `latestNext` = the
 * 下次约见 of the latest follow-up (`-1` = none; plan/nextContact.ts).
 */
export function makeScore(
  c: CustomerRec,
  f: Figures,
  { quadrant, borderline }: Placement,
  when: { last: number; latestNext: number; asOf: Day; settings: Settings },
): CustomerScore {
  const { last, latestNext, asOf, settings } = when;
  const booking = bookingOf(last, latestNext);
  const next = nextContactOf(last, booking, cadenceOf(quadrant, borderline, settings));
  // Field by field: spreading two objects per customer cost more than the scoring itself.
  return {
    amount: f.amount,
    transactions: f.transactions,
    frequency: f.frequency,
    badPayment: f.badPayment,
    closeness: f.closeness,
    index: c.index,
    key: c.key,
    id: c.id,
    name: c.name,
    row: c.row,
    quadrant,
    borderline,
    lastContact: last < 0 ? undefined : last,
    booking: booking < 0 ? undefined : booking,
    nextVisit: next < 0 ? asOf : next,
  };
}

/** Records dated after the as-of date: kept, not counted yet, and worth a look (a typo in the year?). */
function futureDates(book: LinkedBook, asOf: Day, future: readonly number[]): Problem[] {
  const out: Problem[] = [];
  const asOfText = formatDay(asOf);
  const report = (key: TableKey, col: string, row: number, day: Day) => {
    const t = book.tables[key];
    const i = t?.cols.get(col);
    if (!t || i === undefined) return;
    out.push({
      severity: "warning",
      code: "date.future",
      table: key,
      sheet: t.table.sheet,
      row,
      column: t.table.headers[i],
      columnIndex: t.table.firstColumn + i,
      params: { value: formatDay(day), asOf: asOfText },
    });
  };
  const { day, row } = book.purchases;
  for (const i of future) report("purchases", "date", row[i], day[i]);
  for (const f of book.followUps) if (f.day > asOf) report("followUps", "date", f.row, f.day);
  return out;
}
