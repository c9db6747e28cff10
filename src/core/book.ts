/**
 * The linked book: every table read through its schema, records tied to their customer by
 * normalized ID, and every data problem found on the way (SPEC sections 2 and 7).
 */
import type { Cell, RawBook, RawTable, TableKey } from "./table";
import type { Problem } from "./quality";
import { type Day, formatDay } from "./dates";
import { type Settings, readSettings } from "./settings";
import type { ColumnMap } from "./columns";
import { mergeChoices, parseColumnMap } from "./columns/stored";
import { proposeColumnMap } from "./columns";
import { type Col, type RowReader, TableReader, show } from "./rows";
import { type ParsedId, lookalikeKey } from "./parse/id";
import type { Lang } from "./i18n";
import { type PaymentStatus, Purchases, statusCode } from "./purchases";
import { CellIndex } from "./cellIndex";
import { type CustomerLink, NameLinker, keyedByName } from "./nameLink";

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
  /** 采购潜力 (SPEC 5c): the rep's estimate of the yearly spend in our category; undefined when blank or unreadable (reported). */
  potential?: number;
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

/** A row of the opportunities table (SPEC 5c, 商机). */
export interface OpportunityRec {
  customer: CustomerRef;
  /** The customer ID as written in the opportunity row, trimmed (an orphan's is its own). */
  id: string;
  row: number;
  project: string;
  /** An OPPORTUNITY_STAGES key. */
  stage: string;
  /** 预计金额; undefined when blank or unreadable (reported). */
  amount?: number;
  expectedClose?: Day;
  /** 阶段日期: since when it is in its stage. */
  stageDay?: Day;
  /** The 1+2+1 names as written (blank = not named). */
  guide: string;
  buyer: string;
  user: string;
  gatekeeper: string;
  decisionMaker: string;
  rep: string;
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
  opportunities: OpportunityRec[];
  settings: Settings;
  problems: Problem[];
  date1904: boolean;
  /** Where each table was found, with its column positions (for hosts that write back). */
  tables: Partial<Record<TableKey, { table: RawTable; cols: Map<string, number>; map?: ColumnMap }>>;
}

/** The language a workbook is written in: Chinese when its customer headers are (a ledger's, when it has no customer sheet). */
export function bookLang(raw: RawBook): Lang {
  const t = raw.tables.customers ?? raw.tables.purchases;
  const text = t ? t.sheet + t.headers.join("") : "";
  return /[\u4e00-\u9fff]/.test(text) ? "zh-CN" : "en-US";
}

/** IDs seen so far, to spot `001` (text) beside `1` (number); each pair is reported once, where it is first met. */
class LookalikeWatch {
  private readonly seen = new Map<string, { key: string; text: string }>();
  private readonly reported = new Set<string>();

  /** Called for each ID cell not linked before (the linker remembers the cells it has linked). */
  check(r: RowReader, idCol: Col, id: ParsedId): void {
    const { key, text } = id;
    const group = lookalikeKey(key);
    if (group === undefined) return;
    const first = this.seen.get(group);
    if (!first) this.seen.set(group, { key, text });
    else if (first.key !== key && !this.reported.has(key)) {
      this.reported.add(key);
      r.report("warning", "id.lookalike", idCol, { value: text, other: first.text });
    }
  }
}

/**
 * Ties records to customers. ID cells already linked are remembered (`CellIndex`): the 20th
 * purchase of a customer costs one lookup. Seeded with the customers' own ID cells (a purchase
 * usually repeats them exactly), so the lookups stay among 10,000 compact keys rather than among
 * cells scattered over the purchase rows.
 */
class Linker {
  private readonly linked = new CellIndex<CustomerRef>();
  private readonly watch = new LookalikeWatch();

  constructor(private readonly book: LinkedBook) {}

  /** A customer row: its parsed ID (its index is the customers' count), or undefined when the row is no customer (reported). */
  addCustomer(r: RowReader, idCol: Col): ParsedId | undefined {
    const id = r.id(idCol);
    if (!id) return undefined;
    const { book } = this;
    const first = book.byKey.get(id.key);
    if (first !== undefined) {
      r.report("error", "id.duplicate", idCol, { value: id.text, firstRow: book.customers[first].row });
      return undefined;
    }
    this.watch.check(r, idCol, id);
    const index = book.customers.length;
    book.byKey.set(id.key, index);
    this.linked.set(r.cell(idCol), index);
    return id;
  }

  /**
   * Ledger mode: the record's customer, made from the row the first time its ID (or name) is met —
   * a ledger has no customer sheet to be an orphan of. `name`: the ledger's name column, if any.
   */
  ledgerCustomer(r: RowReader, idCol: Col, name: Col | undefined): CustomerRef | undefined {
    const cell = r.cell(idCol);
    const known = this.linked.get(cell);
    if (known !== undefined) return known;
    const id = r.id(idCol);
    if (!id) return undefined;
    const { book } = this;
    let index = book.byKey.get(id.key);
    if (index === undefined) {
      this.watch.check(r, idCol, id);
      index = book.customers.length;
      book.byKey.set(id.key, index);
      book.customers.push({ index, key: id.key, id: id.text, name: name ? r.text(name) : "", row: r.row, cells: r.cells });
    }
    this.linked.set(cell, index);
    return index;
  }

  /** The record's customer, or -1 with an orphan error (the record is kept, never invented into a customer). */
  customerOf(r: RowReader, idCol: Col): CustomerRef | undefined {
    const cell = r.cell(idCol);
    const known = this.linked.get(cell);
    return known !== undefined ? known : this.firstLink(r, idCol, cell);
  }

  private firstLink(r: RowReader, idCol: Col, cell: Cell): CustomerRef | undefined {
    const id = r.id(idCol);
    if (!id) return undefined;
    this.watch.check(r, idCol, id);
    const index = this.book.byKey.get(id.key);
    if (index !== undefined) {
      this.linked.set(cell, index);
      return index;
    }
    r.report("error", "orphan", idCol, { value: id.text });
    return -1;
  }
}

/**
 * How a ledger is keyed: by the purchases' ID column, or — where it has none (an Excel table set-up
 * adopted, a sheet chosen by the user) — by a customer-name column found beside date and amount.
 */
export function ledgerOf(raw: RawBook): RawBook["ledger"] {
  const purchases = raw.tables.purchases;
  if (raw.tables.customers || !purchases) return undefined;
  if (raw.ledger?.by === "name") return raw.ledger;
  if (proposeColumnMap("purchases", purchases.headers, purchases.rows).fields.id.index !== undefined) return raw.ledger ?? { by: "id" };
  const name = proposeColumnMap("customers", purchases.headers, purchases.rows).fields.name.index;
  return name === undefined ? raw.ledger : { by: "name", column: purchases.headers[name] };
}

export function linkBook(given: RawBook, lang: Lang = bookLang(given)): LinkedBook {
  const ledger = given.ledger ? ledgerOf(given) : undefined;
  const raw = ledger === given.ledger ? given : { ...given, ledger };
  const problems: Problem[] = [];
  const book: LinkedBook = {
    customers: [],
    byKey: new Map(),
    purchases: new Purchases(raw.tables.purchases?.rows.length),
    followUps: [],
    assets: [],
    policies: [],
    opportunities: [],
    settings: readSettings(raw.tables.settings, raw.date1904, problems, lang),
    problems,
    date1904: raw.date1904,
    tables: {},
  };
  // The column map kept in the workbook; `--map` choices win over it field by field.
  const stored = parseColumnMap(raw.columnMap);
  problems.push(...stored.problems);
  const reader = (key: TableKey): TableReader | undefined => {
    const table = raw.tables[key];
    if (!table) return undefined;
    const merged = mergeChoices(stored.choices[key], raw.choices?.[key]);
    const { from } = merged;
    // A ledger keyed by name: its name column is the purchases' customer column.
    const choices = key === "purchases" && raw.ledger?.by === "name" ? { id: raw.ledger.column, ...merged.choices } : merged.choices;
    const t = new TableReader(key, table, raw.date1904, problems, lang, choices);
    for (const [field, source] of Object.entries(from)) if (t.map.fields[field]) t.map.fields[field].from = source;
    book.tables[key] = { table, cols: t.cols, map: t.map };
    return t;
  };

  const link = new Linker(book);
  const customers = reader("customers");
  if (!customers && raw.ledger) {
    linkLedger(raw, reader, link, book);
    return book;
  }
  if (!customers) return book;
  readCustomers(customers, link, book);
  if (book.customers.length === 0 && !problems.some((p) => p.table === "customers")) {
    // Nothing to score is worth saying, not worth an error: a new workbook starts this way.
    const customerTable = customers.table;
    const idCol = customers.cols.get("id") ?? 0;
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
  // A table whose customer column the user bound to a name column links by name (nameLink.ts).
  let names: NameLinker | undefined;
  const linkOf = (t: TableReader): CustomerLink => (keyedByName(t.map) ? (names ??= new NameLinker(book.customers, book.byKey)) : link);
  // In sheet order of the tables, so problems and look-alike warnings are met where they were.
  const followUps = reader("followUps");
  if (followUps) readFollowUps(followUps, linkOf(followUps), book);
  const purchases = reader("purchases");
  if (purchases) readPurchases(purchases, linkOf(purchases), book);
  const assets = reader("assets");
  if (assets) readAssets(assets, linkOf(assets), book);
  const policies = reader("policies");
  if (policies) readPolicies(policies, linkOf(policies), book);
  const opportunities = reader("opportunities");
  if (opportunities) readOpportunities(opportunities, linkOf(opportunities), book);
  return book;
}

/**
 * Ledger mode (issue 24): the customers are the purchases sheet's, met in its order; then the other
 * tables link to them as usual. Said once, at the ledger's header (`table.ledger`).
 */
function linkLedger(raw: RawBook, reader: (key: TableKey) => TableReader | undefined, link: Linker, book: LinkedBook): void {
  const purchases = reader("purchases");
  if (!purchases) return;
  const { table } = purchases;
  const idAt = purchases.cols.get("id");
  const byName = raw.ledger?.by === "name";
  // The customers' names: the ID column itself in a ledger by name, else a name column beside the ID.
  const nameAt = byName ? idAt : proposeColumnMap("customers", table.headers, table.rows).fields.name.index;
  const name = nameAt !== undefined && nameAt !== idAt ? purchases.col(`ledgerName:${nameAt}`, nameAt) : undefined;
  book.problems.push({
    severity: "warning",
    code: byName ? "table.ledgerByName" : "table.ledger",
    table: "purchases",
    sheet: table.sheet,
    row: table.headerRow,
    column: table.headers[idAt ?? 0] ?? "",
    columnIndex: table.firstColumn + (idAt ?? 0),
    params: { column: table.headers[idAt ?? 0] ?? "" },
  });
  readLedgerPurchases(purchases, link, book, byName ? purchases.col("id") : name);
  const followUps = reader("followUps");
  if (followUps) readFollowUps(followUps, link, book);
  const assets = reader("assets");
  if (assets) readAssets(assets, link, book);
  const policies = reader("policies");
  if (policies) readPolicies(policies, link, book);
}

// One function per table, each with its own loop over `records()`: the column handles are
// resolved once, before the loop, and the accessors inline into it.

function readCustomers(t: TableReader, link: Linker, book: LinkedBook): void {
  const id = t.col("id");
  const name = t.col("name");
  const birthday = t.col("birthday");
  const potential = t.col("potential");
  for (const r = t.records(); r.next(); ) {
    const added = link.addCustomer(r, id);
    if (!added) continue;
    book.customers.push({
      index: book.customers.length,
      key: added.key,
      id: added.text,
      // Without a name column the ID stands in (said once, at the header: column.noName).
      name: name.at < 0 ? "" : r.requiredText(name, "warning"),
      row: r.row,
      birthday: r.date(birthday, false),
      cells: r.cells,
    });
    // Only where the sheet has the column: a book without one links exactly as before (linkReference).
    if (potential.at >= 0) book.customers[book.customers.length - 1].potential = r.amount(potential, false);
  }
}

function readFollowUps(t: TableReader, link: CustomerLink, book: LinkedBook): void {
  const c = {
    id: t.col("id"),
    date: t.col("date"),
    nextDate: t.col("nextDate"),
    channel: t.col("channel"),
    summary: t.col("summary"),
    outcome: t.col("outcome"),
    nextAction: t.col("nextAction"),
  };
  for (const r = t.records(); r.next(); ) {
    const customer = link.customerOf(r, c.id);
    const day = r.date(c.date, true);
    const nextDay = r.date(c.nextDate, false);
    const channel = r.enumKey(c.channel, false);
    if (customer === undefined || day === undefined) continue;
    book.followUps.push({
      customer,
      row: r.row,
      day,
      channel,
      summary: r.text(c.summary),
      outcome: r.text(c.outcome),
      nextDay,
      nextAction: r.text(c.nextAction),
    });
  }
}

function readPurchases(t: TableReader, link: CustomerLink, book: LinkedBook): void {
  const id = t.col("id");
  const date = t.col("date");
  const amountCol = t.col("amount");
  const status = t.col("paymentStatus");
  const product = t.col("product");
  const purchases = book.purchases;
  for (const r = t.records(); r.next(); ) {
    const customer = link.customerOf(r, id);
    const day = r.date(date, true);
    const amount = r.amount(amountCol, true);
    const code = statusCode(r.enumKey(status, false) as PaymentStatus | undefined);
    if (customer === undefined || day === undefined || amount === undefined) continue;
    purchases.push(customer, r.row, day, amount, code, r.text(product));
  }
}

/** `readPurchases` for a ledger: each row's customer is made the first time it is met. A loop of its own keeps the usual one as it was (measured hot). */
function readLedgerPurchases(t: TableReader, link: Linker, book: LinkedBook, name: Col | undefined): void {
  const id = t.col("id");
  const date = t.col("date");
  const amountCol = t.col("amount");
  const status = t.col("paymentStatus");
  const product = t.col("product");
  const purchases = book.purchases;
  for (const r = t.records(); r.next(); ) {
    const customer = link.ledgerCustomer(r, id, name);
    const day = r.date(date, true);
    const amount = r.amount(amountCol, true);
    const code = statusCode(r.enumKey(status, false) as PaymentStatus | undefined);
    if (customer === undefined || day === undefined || amount === undefined) continue;
    purchases.push(customer, r.row, day, amount, code, r.text(product));
  }
}

function readAssets(t: TableReader, link: CustomerLink, book: LinkedBook): void {
  const c = {
    id: t.col("id"),
    reviewDate: t.col("reviewDate"),
    assetClass: t.col("assetClass"),
    value: t.col("value"),
    institution: t.col("institution"),
    riskLevel: t.col("riskLevel"),
    heldSince: t.col("heldSince"),
    maturity: t.col("maturity"),
    name: t.col("name"),
  };
  for (const r = t.records(); r.next(); ) {
    const customer = link.customerOf(r, c.id);
    const reviewDay = r.date(c.reviewDate, true);
    const assetClass = r.enumKey(c.assetClass, true);
    const value = r.amount(c.value, true);
    const institution = r.enumKey(c.institution, false);
    const riskLevel = r.enumKey(c.riskLevel, false);
    const heldSince = r.date(c.heldSince, false);
    const maturity = r.date(c.maturity, false);
    if (customer === undefined || reviewDay === undefined || assetClass === undefined || value === undefined) continue;
    book.assets.push({ customer, row: r.row, reviewDay, assetClass, name: r.text(c.name), institution, heldSince, maturity, riskLevel, value });
  }
}

function readPolicies(t: TableReader, link: CustomerLink, book: LinkedBook): void {
  const c = {
    id: t.col("id"),
    insured: t.col("insured"),
    coverType: t.col("coverType"),
    sumInsured: t.col("sumInsured"),
    relationship: t.col("relationship"),
    insurer: t.col("insurer"),
    policyNo: t.col("policyNo"),
    premium: t.col("premium"),
    payment: t.col("payment"),
    paymentYears: t.col("paymentYears"),
    startDate: t.col("startDate"),
    endDate: t.col("endDate"),
  };
  for (const r = t.records(); r.next(); ) {
    const customer = link.customerOf(r, c.id);
    const insured = r.requiredText(c.insured, "error");
    const coverType = r.enumKey(c.coverType, true);
    const sumInsured = r.amount(c.sumInsured, true);
    const policy = {
      relationship: r.enumKey(c.relationship, false),
      insurer: r.text(c.insurer),
      policyNo: r.text(c.policyNo),
      premium: r.amount(c.premium, false),
      payment: r.enumKey(c.payment, false),
      paymentYears: r.number(c.paymentYears),
      startDay: r.date(c.startDate, false),
      endDay: r.date(c.endDate, false),
    };
    if (customer === undefined || !insured || coverType === undefined || sumInsured === undefined) continue;
    if (policy.startDay !== undefined && policy.endDay !== undefined && policy.endDay < policy.startDay) {
      // Neither date can be trusted: never a renewal, never counted as in force until fixed.
      r.report("error", "policy.endBeforeStart", c.endDate, { start: formatDay(policy.startDay), end: formatDay(policy.endDay) });
      book.policies.push({ customer, row: r.row, insured, coverType, sumInsured, ...policy, endDay: undefined, endBeforeStart: true });
      continue;
    }
    book.policies.push({ customer, row: r.row, insured, coverType, sumInsured, ...policy });
  }
}

function readOpportunities(t: TableReader, link: CustomerLink, book: LinkedBook): void {
  const c = {
    id: t.col("id"),
    project: t.col("project"),
    stage: t.col("stage"),
    amount: t.col("amount"),
    expectedClose: t.col("expectedClose"),
    stageDate: t.col("stageDate"),
    guide: t.col("guide"),
    buyer: t.col("buyer"),
    user: t.col("user"),
    gatekeeper: t.col("gatekeeper"),
    decisionMaker: t.col("decisionMaker"),
    rep: t.col("rep"),
  };
  for (const r = t.records(); r.next(); ) {
    const customer = link.customerOf(r, c.id);
    const project = r.requiredText(c.project, "error");
    const stage = r.enumKey(c.stage, true);
    const rec = {
      amount: r.amount(c.amount, false),
      expectedClose: r.date(c.expectedClose, false),
      stageDay: r.date(c.stageDate, false),
      guide: r.text(c.guide),
      buyer: r.text(c.buyer),
      user: r.text(c.user),
      gatekeeper: r.text(c.gatekeeper),
      decisionMaker: r.text(c.decisionMaker),
      rep: r.text(c.rep),
    };
    if (customer === undefined || !project || stage === undefined) continue;
    book.opportunities.push({ customer, id: show(r.cell(c.id)).trim(), row: r.row, project, stage, ...rec });
  }
}

/** The customer-card value of a column for a customer (phone, address …), as written. */
export function customerField(book: LinkedBook, c: CustomerRec, key: string): string {
  const i = book.tables.customers?.cols.get(key);
  return i === undefined ? "" : show(c.cells[i]).trim();
}
