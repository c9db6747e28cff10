/**
 * The client asset review (资产回顾, SPEC sections 5 and 8): one function computes what the review
 * sheet, the command line (`crm review --json` / HTML), the task pane and `CRM.ASSETS`/`CRM.TIER`
 * show, from the linked `crmAssets` rows.
 *
 * A review is every asset row of a client dated that review date. A holding is the same holding
 * across reviews when its asset class, name (compared as headers are: width, case, spaces) and
 * institution agree; two rows of one review that agree on all three are told apart by their order
 * (the first matches the first of the previous review). Loans are liabilities: listed, never part
 * of the assets, the mix or the allocation. Rules and reasons: docs/DECISIONS.md.
 */
import type { AssetRec, LinkedBook } from "./book";
import type { Day } from "./dates";
import { ASSET_CLASSES, matchKey } from "./schema";
import { FRAME_BUCKETS, type FrameBucket, type Settings } from "./settings";
import { normalizeIdText } from "./parse/id";

export const LIABILITY_CLASSES: ReadonlySet<string> = new Set(["loans"]);
/** The maturity calendar's windows (days ahead). */
export const MATURITY_WINDOWS = [30, 60, 90] as const;

export type HoldingStatus = "first" | "held" | "new" | "sold";

export interface Holding {
  class: string;
  name: string;
  /** Institution key ("ours", "other") or undefined when blank. */
  institution?: string;
  heldSince?: Day;
  maturity?: Day;
  riskLevel?: string;
  /** Today's value (0 for a sold holding); for a loan, what is owed. */
  value: number;
  /** Share of the review's assets; null for a liability. */
  share: number | null;
  /** Against the previous review; null on a client's first review. */
  change: number | null;
  /** null on a first review, and for a new holding (no base to compare with). */
  changePct: number | null;
  status: HoldingStatus;
  liability: boolean;
  /** Worksheet row of the holding in this review (of the previous review for a sold one). */
  row: number;
}

export interface MixSlice {
  class: string;
  value: number;
  share: number;
}

export interface Totals {
  assets: number;
  liabilities: number;
  netWorth: number;
}

export interface HistoryPoint extends Totals {
  date: Day;
}

export interface AllocationRow {
  bucket: FrameBucket;
  value: number;
  share: number;
  /** Target share (0–1) from the settings' frame. */
  target: number;
  /** share − target. */
  gap: number;
}

export interface Maturity {
  customer: number;
  id: string;
  customerName: string;
  class: string;
  name: string;
  institution?: string;
  value: number;
  maturity: Day;
  /** Days from the reference date (review date, or the as-of date for the book's calendar). */
  days: number;
  /** The first window (30, 60, 90) it falls in. */
  window: number;
  row: number;
}

export interface Review {
  customer: number;
  id: string;
  name: string;
  /** Risk preference as written on the customer sheet ("" when blank). */
  riskPreference: string;
  date: Day;
  previousDate?: Day;
  holdings: Holding[];
  mix: MixSlice[];
  totals: Totals;
  /** Every review up to and including this one, in date order. */
  history: HistoryPoint[];
  /** Number of tier thresholds at or below the assets (0 = below the first). */
  tier: number;
  /** Why the client is on watch: just above their tier's threshold, or a tier lower than last time. */
  watch: boolean;
  watchReason?: "nearThreshold" | "droppedTier";
  /** Highest risk level (1–5) among the holdings, the highest the preference allows; null when the preference is unknown. */
  maxRisk?: number;
  allowedRisk?: number;
  riskExceeded: boolean | null;
  allocation: AllocationRow[];
  /** Holdings of this review maturing within 90 days of its date, nearest first. */
  maturing: Maturity[];
  /** Set when the client has liabilities only: no mix to draw. */
  noAssets: boolean;
}

export type ReviewFailure =
  | { code: "review.unknownCustomer"; params: { id: string } }
  | { code: "review.noReviews"; params: { id: string; name: string } }
  | { code: "review.noSuchDate"; params: { id: string; date: Day; dates: Day[] } };

export type ReviewResult = { ok: true; review: Review } | ({ ok: false } & ReviewFailure);

const CLASS_ORDER = new Map(ASSET_CLASSES.map((c, i) => [c.key, i]));

/** The customer whose ID is `id` (compared as IDs are linked), or undefined. */
export function customerIndexOf(book: LinkedBook, id: string): number | undefined {
  return book.byKey.get(normalizeIdText(String(id)));
}

/** Each customer's asset rows grouped by review date (ascending), built once per book. */
const byCustomerCache = new WeakMap<LinkedBook, Map<number, Map<Day, AssetRec[]>>>();

function reviewsOf(book: LinkedBook, customer: number): Map<Day, AssetRec[]> {
  let all = byCustomerCache.get(book);
  if (!all) {
    all = new Map();
    for (const a of book.assets) {
      if (a.customer < 0) continue;
      let days = all.get(a.customer);
      if (!days) all.set(a.customer, (days = new Map()));
      const list = days.get(a.reviewDay);
      if (list) list.push(a);
      else days.set(a.reviewDay, [a]);
    }
    for (const [c, days] of all) all.set(c, new Map([...days].sort((x, y) => x[0] - y[0])));
    byCustomerCache.set(book, all);
  }
  return all.get(customer) ?? new Map();
}

/** The client's review dates, ascending. */
export function reviewDates(book: LinkedBook, customer: number): Day[] {
  return [...reviewsOf(book, customer).keys()];
}

/** Identity of a holding across reviews: class + name + institution, then its occurrence among equals. */
function identities(rows: readonly AssetRec[]): string[] {
  const seen = new Map<string, number>();
  return rows.map((a) => {
    const base = `${a.assetClass}\u0000${matchKey(a.name)}\u0000${a.institution ?? ""}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}\u0000${n}`;
  });
}

export function totalsOf(rows: readonly AssetRec[]): Totals {
  let assets = 0;
  let liabilities = 0;
  for (const a of rows) {
    if (LIABILITY_CLASSES.has(a.assetClass)) liabilities += a.value;
    else assets += a.value;
  }
  return { assets, liabilities, netWorth: assets - liabilities };
}

/** Tier = how many thresholds the assets reach (0 = below the first). */
export function tierOf(assets: number, thresholds: readonly number[]): number {
  let tier = 0;
  for (const t of thresholds) if (assets >= t) tier++;
  return tier;
}

/** The highest risk level the preference allows: "R3"/"C3" directly, else a label of the settings. */
export function allowedRiskOf(preference: string, settings: Settings): number | undefined {
  const text = preference.normalize("NFKC").trim();
  if (text === "") return undefined;
  const direct = /^[RC]\s*([1-5])\b/i.exec(text) ?? /\b[RC]([1-5])\b/i.exec(text);
  if (direct) return Number(direct[1]);
  const k = matchKey(text);
  return settings.riskLimits.find((r) => k.includes(matchKey(r.label)))?.level;
}

function riskNumber(level: string | undefined): number | undefined {
  const m = level ? /([1-5])/.exec(level) : null;
  return m ? Number(m[1]) : undefined;
}

function riskPreferenceOf(book: LinkedBook, customer: number): string {
  const col = book.tables.customers?.cols.get("risk");
  if (col === undefined) return "";
  const v = book.customers[customer]?.cells[col];
  return v === null || v === undefined ? "" : String(v).trim();
}

/** The window (30/60/90) a maturity `days` ahead falls in, or undefined beyond the last. */
export function maturityWindow(days: number): number | undefined {
  return days < 0 ? undefined : MATURITY_WINDOWS.find((w) => days <= w);
}

function maturingOf(book: LinkedBook, customer: number, rows: readonly AssetRec[], from: Day): Maturity[] {
  const c = book.customers[customer];
  const out: Maturity[] = [];
  for (const a of rows) {
    if (a.maturity === undefined) continue;
    const days = a.maturity - from;
    const window = maturityWindow(days);
    if (window === undefined) continue;
    out.push({
      customer,
      id: c.id,
      customerName: c.name,
      class: a.assetClass,
      name: a.name,
      institution: a.institution,
      value: a.value,
      maturity: a.maturity,
      days,
      window,
      row: a.row,
    });
  }
  return out.sort((x, y) => x.maturity - y.maturity || x.row - y.row);
}

/**
 * The review of client `id` on `date` (default: the client's latest review). Fails, with a code
 * the hosts turn into a message, when the ID is unknown, the client has no review, or `date` is
 * not one of their review dates.
 */
export function computeReview(book: LinkedBook, id: string, date?: Day): ReviewResult {
  const customer = customerIndexOf(book, id);
  if (customer === undefined) return { ok: false, code: "review.unknownCustomer", params: { id } };
  const c = book.customers[customer];
  const reviews = reviewsOf(book, customer);
  const dates = [...reviews.keys()];
  if (dates.length === 0) return { ok: false, code: "review.noReviews", params: { id: c.id, name: c.name } };
  const day = date ?? dates[dates.length - 1];
  const at = dates.indexOf(day);
  if (at < 0) return { ok: false, code: "review.noSuchDate", params: { id: c.id, date: day, dates } };
  return { ok: true, review: buildReview(book, customer, dates, at, reviews) };
}

function buildReview(
  book: LinkedBook,
  customer: number,
  dates: Day[],
  at: number,
  reviews: Map<Day, AssetRec[]>,
): Review {
  const settings = book.settings;
  const c = book.customers[customer];
  const date = dates[at];
  const rows = reviews.get(date)!;
  const previousDate = at > 0 ? dates[at - 1] : undefined;
  const prevRows = previousDate === undefined ? [] : reviews.get(previousDate)!;
  const totals = totalsOf(rows);
  const first = previousDate === undefined;

  const prevById = new Map<string, AssetRec>();
  identities(prevRows).forEach((k, i) => prevById.set(k, prevRows[i]));
  const ids = identities(rows);
  const current = new Set(ids);
  const holdings: Holding[] = rows.map((a, i) => {
    const liability = LIABILITY_CLASSES.has(a.assetClass);
    const before = prevById.get(ids[i]);
    const change = first ? null : a.value - (before?.value ?? 0);
    return {
      ...holdingOf(a, liability),
      value: a.value,
      share: liability || totals.assets <= 0 ? null : a.value / totals.assets,
      change,
      changePct: first || !before || before.value === 0 ? null : (a.value - before.value) / before.value,
      status: first ? "first" : before ? "held" : "new",
      row: a.row,
    };
  });
  identities(prevRows).forEach((k, i) => {
    if (current.has(k)) return;
    const a = prevRows[i];
    const liability = LIABILITY_CLASSES.has(a.assetClass);
    holdings.push({
      ...holdingOf(a, liability),
      value: 0,
      share: liability ? null : 0,
      change: -a.value,
      changePct: a.value === 0 ? null : -1,
      status: "sold",
      row: a.row,
    });
  });

  const mix = mixOf(rows, totals.assets);
  const history = dates.slice(0, at + 1).map((d) => ({ date: d, ...totalsOf(reviews.get(d)!) }));
  const tier = tierOf(totals.assets, settings.tierThresholds);
  const threshold = tier > 0 ? settings.tierThresholds[tier - 1] : undefined;
  const near = threshold !== undefined && totals.assets < threshold * (1 + settings.watchMargin);
  const prevTier = history.length > 1 ? tierOf(history[history.length - 2].assets, settings.tierThresholds) : undefined;
  const dropped = prevTier !== undefined && prevTier > tier;
  const riskPreference = riskPreferenceOf(book, customer);
  const allowedRisk = allowedRiskOf(riskPreference, settings);
  const levels = rows
    .filter((a) => !LIABILITY_CLASSES.has(a.assetClass) && a.value > 0)
    .map((a) => riskNumber(a.riskLevel))
    .filter((n): n is number => n !== undefined);
  const maxRisk = levels.length > 0 ? Math.max(...levels) : undefined;

  return {
    customer,
    id: c.id,
    name: c.name,
    riskPreference,
    date,
    previousDate,
    holdings,
    mix,
    totals,
    history,
    tier,
    watch: near || dropped,
    watchReason: dropped ? "droppedTier" : near ? "nearThreshold" : undefined,
    maxRisk,
    allowedRisk,
    riskExceeded: allowedRisk === undefined ? null : maxRisk !== undefined && maxRisk > allowedRisk,
    allocation: allocationOf(rows, totals.assets, settings),
    maturing: maturingOf(book, customer, rows, date),
    noAssets: totals.assets <= 0,
  };
}

function holdingOf(a: AssetRec, liability: boolean) {
  return {
    class: a.assetClass,
    name: a.name,
    institution: a.institution,
    heldSince: a.heldSince,
    maturity: a.maturity,
    riskLevel: a.riskLevel,
    liability,
  };
}

/** Per-class sums of the assets (never loans), in the schema's class order, empty classes left out. */
export function mixOf(rows: readonly AssetRec[], assets: number): MixSlice[] {
  const sums = new Map<string, number>();
  for (const a of rows)
    if (!LIABILITY_CLASSES.has(a.assetClass)) sums.set(a.assetClass, (sums.get(a.assetClass) ?? 0) + a.value);
  return [...sums]
    .filter(([, v]) => v > 0)
    .sort((x, y) => (CLASS_ORDER.get(x[0]) ?? 99) - (CLASS_ORDER.get(y[0]) ?? 99))
    .map(([cls, value]) => ({ class: cls, value, share: assets > 0 ? value / assets : 0 }));
}

function allocationOf(rows: readonly AssetRec[], assets: number, settings: Settings): AllocationRow[] {
  const sums = new Map<FrameBucket, number>(FRAME_BUCKETS.map((b) => [b, 0]));
  for (const a of rows) {
    if (LIABILITY_CLASSES.has(a.assetClass)) continue;
    const bucket = settings.frameClasses[a.assetClass] ?? "preservation";
    sums.set(bucket, sums.get(bucket)! + a.value);
  }
  return FRAME_BUCKETS.map((bucket) => {
    const value = sums.get(bucket)!;
    const share = assets > 0 ? value / assets : 0;
    const target = settings.targetFrame[bucket] / 100;
    return { bucket, value, share, target, gap: share - target };
  });
}

/**
 * The book's maturity calendar on `asOf`: for each client, the holdings of their latest review on
 * or before `asOf` that mature within 90 days of it, nearest first.
 */
export function maturityCalendar(book: LinkedBook, asOf: Day): Maturity[] {
  const out: Maturity[] = [];
  book.customers.forEach((_, customer) => {
    const reviews = reviewsOf(book, customer);
    let latest: Day | undefined;
    for (const d of reviews.keys()) if (d <= asOf) latest = d;
    if (latest !== undefined) out.push(...maturingOf(book, customer, reviews.get(latest)!, asOf));
  });
  return out.sort((x, y) => x.maturity - y.maturity || x.customer - y.customer || x.row - y.row);
}
