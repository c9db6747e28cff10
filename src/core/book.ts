/**
 * The linked book: every table read through its schema, records tied to their customer by
 * normalized ID, and every data problem found on the way (SPEC sections 2 and 7).
 */
import type { Cell, RawBook, RawTable, TableKey } from "./table";
import type { Problem } from "./quality";
import type { Day } from "./dates";
import { type Settings, readSettings } from "./settings";
import type { ColumnMap } from "./columns";
import { mergeChoices, parseColumnMap } from "./columns/stored";
import { TableReader, show } from "./rows";
import type { Lang } from "./i18n";
import { Purchases } from "./purchases";
import { Linker } from "./link/linker";
import { readAssets, readCustomers, readFollowUps, readOpportunities, readPolicies, readPurchases } from "./link/readers";
import { ledgerOf, linkLedger } from "./link/ledger";
import { type CustomerLink, NameLinker, keyedByName } from "./nameLink";

// For set-up (src/excel/setup.ts), which asks how a ledger would be keyed before it offers one.
export { ledgerOf };

/** Index of the record's customer in `customers`, or -1 for an orphan. */
export type CustomerRef = number;

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

/** The customer-card value of a column for a customer (phone, address …), as written. */
export function customerField(book: LinkedBook, c: CustomerRec, key: string): string {
  const i = book.tables.customers?.cols.get(key);
  return i === undefined ? "" : show(c.cells[i]).trim();
}
