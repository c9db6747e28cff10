/**
 * The linked book: every table read through its schema, records tied to their customer by
 * normalized ID, and every data problem found on the way (SPEC sections 2 and 7).
 */
import type { Cell, RawBook, RawTable, TableKey } from "./table";
import type { Problem } from "./quality";
import { type Day, formatDay } from "./dates";
import { type Settings, readSettings } from "./settings";
import { TABLES } from "./schema";
import type { ColumnMap } from "./columns";
import { mergeChoices, parseColumnMap } from "./columns/stored";
import { type RowReader, TableReader, show } from "./rows";
import { type ParsedId, lookalikeKey } from "./parse/id";
import type { Lang } from "./i18n";
import { type PaymentStatus, Purchases, statusCode } from "./purchases";

/** Index of the record's customer in `customers`, or -1 for an orphan. */
type CustomerRef = number;

export interface CustomerRec {
  index: number;
  key: string;
  /** The ID as written, trimmed. */
  id: string;
  name: string;
  row: number;
  birthday?: Day;
  /** The raw row, for the customer card. */
  cells: Cell[];
}

export type { PaymentStatus, PurchaseRec } from "./purchases";

export interface FollowUpRec {
  customer: CustomerRef;
  row: number;
  day: Day;
  channel?: string;
  summary: string;
  outcome: string;
  nextDay?: Day;
  nextAction: string;
}

export interface AssetRec {
  customer: CustomerRef;
  row: number;
  reviewDay: Day;
  assetClass: string;
  name: string;
  institution?: string;
  heldSince?: Day;
  maturity?: Day;
  riskLevel?: string;
  value: number;
}

export interface PolicyRec {
  customer: CustomerRef;
  row: number;
  insured: string;
  relationship?: string;
  coverType: string;
  insurer: string;
  policyNo: string;
  sumInsured: number;
  premium?: number;
  payment?: string;
  paymentYears?: number;
  startDay?: Day;
  endDay?: Day;
  /** The end date precedes the start (reported at the end-date cell): the dates are not used. */
  endBeforeStart?: true;
}

export interface LinkedBook {
  customers: CustomerRec[];
  /** Normalized ID → index in `customers`. */
  byKey: Map<string, number>;
  /** Columns, not records (purchases.ts): a record is made when a view asks for one. */
  purchases: Purchases;
  followUps: FollowUpRec[];
  assets: AssetRec[];
  policies: PolicyRec[];
  settings: Settings;
  problems: Problem[];
  date1904: boolean;
  /** Where each table was found, with its column positions (for hosts that write back). */
  tables: Partial<Record<TableKey, { table: RawTable; cols: Map<string, number>; map?: ColumnMap }>>;
}

/** The language a workbook is written in: Chinese when its customer headers are. */
export function bookLang(raw: RawBook): Lang {
  const t = raw.tables.customers;
  const text = t ? t.sheet + t.headers.join("") : "";
  return /[\u4e00-\u9fff]/.test(text) ? "zh-CN" : "en-US";
}

/** IDs seen so far, to spot `001` (text) beside `1` (number); each pair is reported once, where it is first met. */
class LookalikeWatch {
  private readonly seen = new Map<string, { key: string; text: string }>();
  private readonly reported = new Set<string>();
  private readonly known = new Set<ParsedId>();

  check(r: RowReader, id: ParsedId): void {
    // Only an ID not met before can start or complete a pair, and most rows repeat a known one
    // (the row reader hands out one ParsedId per distinct cell, so identity is a cheap test).
    if (this.known.has(id)) return;
    this.known.add(id);
    const { key, text } = id;
    const group = lookalikeKey(key);
    if (group === undefined) return;
    const first = this.seen.get(group);
    if (!first) this.seen.set(group, { key, text });
    else if (first.key !== key && !this.reported.has(key)) {
      this.reported.add(key);
      r.report("warning", "id.lookalike", "id", { value: text, other: first.text });
    }
  }
}

export function linkBook(raw: RawBook, lang: Lang = bookLang(raw)): LinkedBook {
  const problems: Problem[] = [];
  const book: LinkedBook = {
    customers: [],
    byKey: new Map(),
    purchases: new Purchases(raw.tables.purchases?.rows.length),
    followUps: [],
    assets: [],
    policies: [],
    settings: readSettings(raw.tables.settings, raw.date1904, problems, lang),
    problems,
    date1904: raw.date1904,
    tables: {},
  };
  // The column map kept in the workbook; `--map` choices win over it field by field.
  const stored = parseColumnMap(raw.columnMap);
  problems.push(...stored.problems);
  const watch = new LookalikeWatch();
  const read = (key: TableKey, fn: (r: RowReader) => void) => {
    const table = raw.tables[key];
    if (!table) return;
    const { choices, from } = mergeChoices(stored.choices[key], raw.choices?.[key]);
    const reader = new TableReader(key, table, raw.date1904, problems, lang, choices);
    for (const [field, source] of Object.entries(from)) if (reader.map.fields[field]) reader.map.fields[field].from = source;
    book.tables[key] = { table, cols: reader.cols, map: reader.map };
    reader.forEachRow(fn);
  };

  // ID cells already linked to a customer: the 20th purchase of a customer costs one lookup. Seeded
  // with the customers' own ID cells (a purchase usually repeats them exactly), so the lookups
  // stay among 10,000 compact keys rather than among cells scattered over the purchase rows.
  const linked = new Map<Cell, CustomerRef>();
  read("customers", (r) => {
    const id = r.id();
    if (!id) return;
    const first = book.byKey.get(id.key);
    if (first !== undefined) {
      r.report("error", "id.duplicate", "id", { value: id.text, firstRow: book.customers[first].row });
      return;
    }
    watch.check(r, id);
    const index = book.customers.length;
    book.byKey.set(id.key, index);
    linked.set(r.cell("id"), index);
    book.customers.push({
      index,
      key: id.key,
      id: id.text,
      name: r.requiredText("name", "warning"),
      row: r.row,
      birthday: r.date("birthday", false),
      cells: r.cells,
    });
  });

  const customerTable = raw.tables.customers;
  if (!customerTable) return book;
  if (book.customers.length === 0 && !problems.some((p) => p.table === "customers")) {
    // Nothing to score is worth saying, not worth an error: a new workbook starts this way.
    const idCol = book.tables.customers?.cols.get("id") ?? 0;
    problems.push({
      severity: "warning",
      code: "table.empty",
      table: "customers",
      sheet: customerTable.sheet,
      row: customerTable.headerRow,
      column: customerTable.headers[idCol] ?? "",
      columnIndex: customerTable.firstColumn + idCol,
      params: {},
    });
  }
  /** The record's customer, or -1 with an orphan error (the record is kept, never invented into a customer). */
  const customerOf = (r: RowReader): CustomerRef | undefined => {
    const cell = r.cell("id");
    const known = linked.get(cell);
    if (known !== undefined) return known;
    const id = r.id();
    if (!id) return undefined;
    watch.check(r, id);
    const index = book.byKey.get(id.key);
    if (index !== undefined) {
      linked.set(cell, index);
      return index;
    }
    r.report("error", "orphan", "id", { value: id.text });
    return -1;
  };
  const col = (key: TableKey, name: string) => TABLES[key].columns.find((c) => c.key === name)!;
  const channelCol = col("followUps", "channel");
  const statusCol = col("purchases", "paymentStatus");
  const assetCols = { assetClass: col("assets", "assetClass"), institution: col("assets", "institution"), riskLevel: col("assets", "riskLevel") };
  const policyCols = { relationship: col("policies", "relationship"), coverType: col("policies", "coverType"), payment: col("policies", "payment") };

  read("followUps", (r) => {
    const customer = customerOf(r);
    const day = r.date("date", true);
    const nextDay = r.date("nextDate", false);
    const channel = r.enumKey(channelCol, false);
    if (customer === undefined || day === undefined) return;
    book.followUps.push({
      customer,
      row: r.row,
      day,
      channel,
      summary: r.text("summary"),
      outcome: r.text("outcome"),
      nextDay,
      nextAction: r.text("nextAction"),
    });
  });

  read("purchases", (r) => {
    const customer = customerOf(r);
    const day = r.date("date", true);
    const amount = r.amount("amount", true);
    const status = statusCode(r.enumKey(statusCol, false) as PaymentStatus | undefined);
    if (customer === undefined || day === undefined || amount === undefined) return;
    book.purchases.push(customer, r.row, day, amount, status, r.text("product"));
  });

  read("assets", (r) => {
    const customer = customerOf(r);
    const reviewDay = r.date("reviewDate", true);
    const assetClass = r.enumKey(assetCols.assetClass, true);
    const value = r.amount("value", true);
    const institution = r.enumKey(assetCols.institution, false);
    const riskLevel = r.enumKey(assetCols.riskLevel, false);
    const heldSince = r.date("heldSince", false);
    const maturity = r.date("maturity", false);
    if (customer === undefined || reviewDay === undefined || assetClass === undefined || value === undefined) return;
    book.assets.push({ customer, row: r.row, reviewDay, assetClass, name: r.text("name"), institution, heldSince, maturity, riskLevel, value });
  });

  read("policies", (r) => {
    const customer = customerOf(r);
    const insured = r.requiredText("insured", "error");
    const coverType = r.enumKey(policyCols.coverType, true);
    const sumInsured = r.amount("sumInsured", true);
    const policy = {
      relationship: r.enumKey(policyCols.relationship, false),
      insurer: r.text("insurer"),
      policyNo: r.text("policyNo"),
      premium: r.amount("premium", false),
      payment: r.enumKey(policyCols.payment, false),
      paymentYears: r.number("paymentYears"),
      startDay: r.date("startDate", false),
      endDay: r.date("endDate", false),
    };
    if (customer === undefined || !insured || coverType === undefined || sumInsured === undefined) return;
    if (policy.startDay !== undefined && policy.endDay !== undefined && policy.endDay < policy.startDay) {
      // Neither date can be trusted: never a renewal, never counted as in force until fixed.
      r.report("error", "policy.endBeforeStart", "endDate", { start: formatDay(policy.startDay), end: formatDay(policy.endDay) });
      book.policies.push({ customer, row: r.row, insured, coverType, sumInsured, ...policy, endDay: undefined, endBeforeStart: true });
      return;
    }
    book.policies.push({ customer, row: r.row, insured, coverType, sumInsured, ...policy });
  });

  return book;
}

/** The customer-card value of a column for a customer (phone, address …), as written. */
export function customerField(book: LinkedBook, c: CustomerRec, key: string): string {
  const i = book.tables.customers?.cols.get(key);
  return i === undefined ? "" : show(c.cells[i]).trim();
}
