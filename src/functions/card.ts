/**
 * The customer card CRM.CUSTOMER returns: the customer-file fields (seeds/001), the quadrant
 * with its figures, and the 360 view's history — which purchases made up the amount and the
 * frequency, and the latest follow-ups. A plain value; `present.ts` turns it into an Excel
 * entity where data types exist, and into the name elsewhere.
 */
import type { CustomerScore } from "../core/analyze";
import { serialFromDay } from "../core/dates";
import { t } from "../core/i18n";
import { parseDate } from "../core/parse/date";
import { dateSpan, plausible } from "../core/parse/dateRange";
import { windowStart } from "../core/quadrant";
import { show } from "../core/rows";
import { CHANNELS, COMPUTED_COLUMNS, PAYMENT_STATUSES, TABLES, caption } from "../core/schema";
import { quadrantName, relationshipName, strategyText } from "../core/strategy";
import type { Snapshot } from "./snapshot";

/** A date as an Excel serial in the workbook's date system. */
export interface DateCell {
  readonly serial: number;
}
export type CardCell = string | number | boolean | DateCell;

export interface CardField {
  readonly label: string;
  readonly value: CardCell | CardTable;
}

export interface CardTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly CardCell[])[];
}

export interface CardSection {
  readonly title: string;
  readonly fields: readonly CardField[];
}

export interface Card {
  readonly kind: "card";
  /** What the cell shows: the customer's name (the ID when the name is blank). */
  readonly text: string;
  readonly sections: readonly CardSection[];
}

export function isCard(x: unknown): x is Card {
  return typeof x === "object" && x !== null && (x as Card).kind === "card";
}

export function isDateCell(x: unknown): x is DateCell {
  return (
    typeof x === "object" && x !== null && typeof (x as DateCell).serial === "number" && Object.keys(x).length === 1
  );
}

export function isCardTable(x: unknown): x is CardTable {
  return typeof x === "object" && x !== null && Array.isArray((x as CardTable).rows);
}

const RECENT_FOLLOW_UPS = 5;

export function customerCard(snap: Snapshot, s: CustomerScore): Card {
  const { book, asOf, thresholds } = snap.analysis;
  const lang = snap.lang;
  const c = book.customers[s.index];
  const date = (day: number): DateCell => ({ serial: serialFromDay(day, book.date1904) });
  const col = (table: "customers" | "purchases" | "followUps", key: string) =>
    caption(
      TABLES[table].columns.find((x) => x.key === key)!,
      lang,
    );
  const computed = (key: string) =>
    caption(
      COMPUTED_COLUMNS.find((x) => x.key === key)!,
      lang,
    );

  const profile: CardField[] = [
    { label: col("customers", "id"), value: s.id },
    { label: col("customers", "name"), value: s.name },
  ];
  const cols = book.tables.customers?.cols;
  for (const def of TABLES.customers.columns) {
    if (def.key === "id" || def.key === "name") continue;
    const i = cols?.get(def.key);
    if (i === undefined) continue;
    const cell = c.cells[i];
    if (def.kind === "date") {
      const parsed = parseDate(cell ?? null, book.date1904);
      // A number outside the column's plausible dates (17 typed as a birthday) shows as typed, as the core reads it.
      if (parsed.ok && (parsed.value.fromText || plausible(parsed.value.day, dateSpan("customers", def.key)))) {
        profile.push({ label: caption(def, lang), value: date(parsed.value.day) });
        continue;
      }
    }
    const text = show(cell).trim();
    if (text !== "") profile.push({ label: caption(def, lang), value: text });
  }

  const figures: CardField[] = [
    { label: computed("quadrant"), value: s.quadrant },
    { label: t(lang, "functions.card.quadrantName"), value: quadrantName(s.quadrant, lang) },
    { label: t(lang, "functions.card.relationship"), value: relationshipName(s.quadrant, lang) },
    { label: computed("amount"), value: s.amount },
    { label: computed("closeness"), value: s.closeness },
    { label: t(lang, "functions.card.transactions"), value: s.transactions },
    { label: t(lang, "functions.card.frequency"), value: s.frequency },
    { label: t(lang, "functions.card.badPayment"), value: s.badPayment },
    { label: computed("borderline"), value: s.borderline },
    { label: t(lang, "functions.card.thresholds"), value: `${thresholds.amount} / ${thresholds.closeness}` },
    { label: computed("strategy"), value: strategyText(s.quadrant, lang) },
    ...(s.lastContact !== undefined ? [{ label: computed("lastContact"), value: date(s.lastContact) }] : []),
    { label: computed("nextVisit"), value: date(s.nextVisit) },
    { label: t(lang, "functions.card.asOf"), value: date(asOf) },
  ];

  const start = windowStart(asOf, book.settings.windowMonths);
  const status = (key: string | undefined) => {
    const v = PAYMENT_STATUSES.find((x) => x.key === key);
    return v ? caption(v, lang) : "";
  };
  const purchases = book.purchases
    .ofCustomer(s.index)
    .filter((p) => p.day > start && p.day <= asOf)
    .sort((a, b) => b.day - a.day || a.row - b.row)
    .map((p): CardCell[] => [date(p.day), p.product, p.amount, status(p.status)]);
  const channel = (key: string | undefined) => {
    const v = CHANNELS.find((x) => x.key === key);
    return v ? caption(v, lang) : "";
  };
  const followUps = book.followUps
    .filter((f) => f.customer === s.index && f.day <= asOf)
    .sort((a, b) => b.day - a.day || a.row - b.row)
    .slice(0, RECENT_FOLLOW_UPS)
    .map((f): CardCell[] => [date(f.day), channel(f.channel), f.summary, f.outcome]);
  const history: CardField[] = [];
  if (purchases.length > 0) {
    history.push({
      label: t(lang, "functions.card.purchases"),
      value: {
        header: ["date", "product", "amount", "paymentStatus"].map((k) => col("purchases", k)),
        rows: purchases,
      },
    });
  }
  if (followUps.length > 0) {
    history.push({
      label: t(lang, "functions.card.followUps"),
      value: { header: ["date", "channel", "summary", "outcome"].map((k) => col("followUps", k)), rows: followUps },
    });
  }

  return {
    kind: "card",
    text: s.name || s.id,
    sections: [
      { title: t(lang, "functions.card.section.profile"), fields: profile },
      { title: t(lang, "functions.card.section.figures"), fields: figures },
      ...(history.length > 0 ? [{ title: t(lang, "functions.card.section.history"), fields: history }] : []),
    ],
  };
}
