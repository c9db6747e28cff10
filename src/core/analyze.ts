/**
 * One call from raw tables to everything the hosts show: the linked book, each customer's
 * figures and quadrant, the thresholds, and the data problems in reading order.
 */
import type { RawBook, TableKey } from "./table";
import { type CustomerRec, type LinkedBook, bookLang, linkBook } from "./book";
import { type Figures, type Placement, type Thresholds, figuresOf, place, thresholdsOf } from "./quadrant";
import type { Settings } from "./settings";
import { type Problem, sortProblems } from "./quality";
import { type Day, formatDay } from "./dates";
import type { Quadrant } from "./strategy";
import type { Lang } from "./i18n";

export interface CustomerScore extends Figures {
  index: number;
  key: string;
  id: string;
  name: string;
  row: number;
  quadrant: Quadrant;
  borderline: boolean;
  /** Latest follow-up or purchase on or before the as-of date. */
  lastContact?: Day;
  /** When the next contact is due: the earlier of an appointment and last contact + cadence; today if never contacted. */
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
  const figures = figuresOf(book, asOf, s);
  const thresholds = thresholdsOf(figures, s);
  const contacts = contactsOf(book, asOf);
  const scores = book.customers.map((c, i) =>
    makeScore(c, figures[i], place(figures[i].amount, figures[i].closeness, thresholds, s.borderlineMargin), {
      last: contacts.last[i],
      appointment: contacts.nextAppointment[i],
      asOf,
      settings: s,
    }),
  );
  return { asOf, lang, book, scores, thresholds, problems: sortProblems([...book.problems, ...futureDates(book, asOf)]) };
}

/** A customer's score from its figures, placement and contacts (`-1` = no contact / no appointment). */
export function makeScore(
  c: CustomerRec,
  f: Figures,
  { quadrant, borderline }: Placement,
  when: { last: number; appointment: number; asOf: Day; settings: Settings },
): CustomerScore {
  const { last, appointment, asOf, settings } = when;
  const due = last < 0 ? asOf : last + settings.cadence[quadrant];
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
    nextVisit: appointment >= 0 ? Math.min(appointment, due) : due,
  };
}

/** Per customer: latest contact ≤ asOf and earliest appointment ≥ asOf (-1 = none). */
function contactsOf(book: LinkedBook, asOf: Day): { last: Int32Array; nextAppointment: Int32Array } {
  const n = book.customers.length;
  const last = new Int32Array(n).fill(-1);
  const nextAppointment = new Int32Array(n).fill(-1);
  const seen = (i: number, day: Day) => {
    if (i >= 0 && day <= asOf && day > last[i]) last[i] = day;
  };
  const { customer, day } = book.purchases;
  for (let i = 0; i < book.purchases.length; i++) seen(customer[i], day[i]);
  for (const f of book.followUps) {
    seen(f.customer, f.day);
    const next = f.nextDay;
    if (f.customer >= 0 && next !== undefined && next >= asOf && (nextAppointment[f.customer] < 0 || next < nextAppointment[f.customer])) {
      nextAppointment[f.customer] = next;
    }
  }
  return { last, nextAppointment };
}

/** Records dated after the as-of date: kept, not counted yet, and worth a look (a typo in the year?). */
function futureDates(book: LinkedBook, asOf: Day): Problem[] {
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
  for (let i = 0; i < book.purchases.length; i++) if (day[i] > asOf) report("purchases", "date", row[i], day[i]);
  for (const f of book.followUps) if (f.day > asOf) report("followUps", "date", f.row, f.day);
  return out;
}
