/**
 * One snapshot of the workbook as the functions see it: the linked book scored as of one date,
 * in one language. Pure and synchronous — built from a RawBook by the engine (Excel, workbench)
 * and by `crm eval` alike; every function answers from it without touching the host.
 */
import { type Analysis, type CustomerScore, scoreBook } from "../core/analyze";
import type { Thresholds } from "../core/quadrant";
import type { TableKey } from "../core/table";
import { LiveIndex } from "./liveIndex";
import type { Patch } from "./patch";
import { type LinkedBook, bookLang, linkBook } from "../core/book";
import type { Day } from "../core/dates";
import type { Lang } from "../core/i18n";
import { lookalikeKey } from "../core/parse/id";
import { type PlanItem, todayPlan } from "../core/plan";
import type { RawBook } from "../core/table";
import { type BookCoverage, bookCoverage } from "../core/coverage/lists";
import { type KeyAccounts, keyAccounts } from "../core/accounts/accounts";
import { type HistoryRow, readHistory } from "../core/history";

export interface Snapshot {
  /** Grows by one with every rebuild; lets subscribers tell snapshots apart. */
  readonly version: number;
  /**
   * The whole analysis (problems, plan inputs, the linked book). After an edit that went through
   * the incremental index it is made on first use, from the patched raw book: the same as a full
   * rescore, paid only by whoever needs more than scores.
   */
  readonly analysis: Analysis;
  /** The cells this snapshot stands for (the last full read, with the rows re-read since). */
  readonly raw: RawBook;
  readonly asOf: Day;
  readonly date1904: boolean;
  readonly thresholds: Thresholds;
  /** Every customer's score, in sheet order (= `analysis.scores`). */
  readonly scores: readonly CustomerScore[];
  /** The language results and messages are written in. */
  readonly lang: Lang;
  /** False when the workbook has no customer table (every ID is then unknown). */
  readonly hasCustomers: boolean;
  /** True when the as-of date is "today" (no fixed date, no asOf setting): it moves at midnight. */
  readonly followsToday: boolean;
  /**
   * Set when this snapshot came from snapshot `from` by edits to purchase rows only: the customers
   * and everything but scores are the same, and only `customers` (indexes) may score differently.
   */
  readonly delta?: { from: number; customers: ReadonlySet<number> };
  /** Today's plan, computed on first use. */
  plan(): readonly PlanItem[];
  /** Household protection of every customer (SPEC 5b), computed on first use. */
  coverage(): BookCoverage;
  /** Key accounts (SPEC 5c): segments, funnel, bad debt — computed on first use. */
  accounts(): KeyAccounts;
  /** The customer with this normalized ID key. */
  score(key: string): CustomerScore | undefined;
  /** The index of the customer with this normalized ID key. */
  indexOf(key: string): number | undefined;
  /** Field → column position of a table, as linked (the same for every snapshot patched from it). */
  columns(table: TableKey): ReadonlyMap<string, number> | undefined;
  /** The migration history (`crmHistory`) as read; undefined when the workbook has none yet. */
  history(): readonly HistoryRow[] | undefined;
  /** An ID that differs from `key` only by leading zeros (`001` vs `1`), for a helpful #N/A. */
  lookalike(key: string): string | undefined;
  /**
   * The incremental index of these scores, handed to the next snapshot (built on first call from
   * a full snapshot, taken over from the previous one otherwise); undefined once handed on.
   */
  takeIndex(): LiveIndex | undefined;
  /** Builds the incremental index now (idle time after a full read), so the first edit does not wait for it. */
  prepareIndex(): void;
}

export interface SnapshotOptions {
  /** A fixed as-of date (the CLI's --as-of); beats the settings table. */
  asOf?: Day;
  /** Today, used when neither a fixed date nor the settings' asOf is given. */
  today: Day;
  /** Results language; the workbook's language when absent. */
  lang?: Lang;
  version?: number;
}

/** The as-of date a snapshot of this book uses: fixed date, then settings, then today. */
export function resolveAsOf(
  book: LinkedBook,
  opts: Pick<SnapshotOptions, "asOf" | "today">,
): { asOf: Day; followsToday: boolean } {
  const fixed = opts.asOf ?? book.settings.asOf;
  return fixed !== undefined ? { asOf: fixed, followsToday: false } : { asOf: opts.today, followsToday: true };
}

export function snapshotOf(raw: RawBook, opts: SnapshotOptions): Snapshot {
  const lang = opts.lang ?? bookLang(raw);
  const book = linkBook(raw, lang);
  const history = raw.history ? readHistory(raw.history).rows : undefined;
  return scoreSnapshot(raw, book, raw.tables.customers !== undefined, lang, opts, opts.version ?? 1, history);
}

/** The same book scored again (the date moved): no read, no relinking. */
export function rescoreSnapshot(snap: Snapshot, opts: SnapshotOptions): Snapshot {
  const { analysis } = snap;
  return scoreSnapshot(snap.raw, analysis.book, snap.hasCustomers, snap.lang, opts, opts.version ?? snap.version + 1, snap.history());
}

/**
 * The snapshot after the rows of `patch` were re-read. Edits to purchase rows only go through the
 * incremental index when it can take them (same customers, settings and as-of date): the scores
 * of the customers they touch are updated, the rest kept, and the analysis is left for first use.
 * Anything else is linked and scored again from the patched cells (no read).
 */
export function patchSnapshot(prev: Snapshot, patch: Patch, opts: SnapshotOptions): Snapshot {
  const version = opts.version ?? prev.version + 1;
  const tables = Object.keys(patch.rows) as TableKey[];
  const live = tables.length === 1 && tables[0] === "purchases" && prev.hasCustomers ? prev.takeIndex() : undefined;
  const changed =
    live && resolveAsOf(live.book, opts).asOf === live.asOf
      ? live.apply(patch.rows.purchases!, (i) => patch.raw.tables.purchases!.rows[i])
      : undefined;
  if (!live || !changed) return snapshotOf(patch.raw, { ...opts, version });
  const scores = prev.scores.slice();
  for (const c of changed) scores[c] = live.index.score(c);
  const { book } = live;
  const { asOf, followsToday } = resolveAsOf(book, opts);
  let analysis: Analysis | undefined;
  return makeSnapshot({
    version,
    raw: patch.raw,
    book,
    lang: prev.lang,
    hasCustomers: true,
    asOf,
    followsToday,
    scores,
    thresholds: live.index.thresholds,
    analysis: () => (analysis ??= scoreBook(linkBook(patch.raw, prev.lang), asOf, prev.lang)),
    history: prev.history(),
    index: () => live,
    delta: { from: prev.version, customers: new Set(changed) },
    lookalike: prev.lookalike,
  });
}

function scoreSnapshot(
  raw: RawBook,
  book: LinkedBook,
  hasCustomers: boolean,
  lang: Lang,
  opts: SnapshotOptions,
  version: number,
  history: readonly HistoryRow[] | undefined,
): Snapshot {
  const { asOf, followsToday } = resolveAsOf(book, opts);
  const analysis = scoreBook(book, asOf, lang);
  return makeSnapshot({
    version,
    raw,
    book,
    lang,
    hasCustomers,
    asOf,
    followsToday,
    scores: analysis.scores,
    thresholds: analysis.thresholds,
    analysis: () => analysis,
    history,
    index: () => LiveIndex.of(book, asOf),
  });
}

interface Parts {
  version: number;
  raw: RawBook;
  /** The linked book whose customers the scores are of. */
  book: LinkedBook;
  lang: Lang;
  hasCustomers: boolean;
  asOf: Day;
  followsToday: boolean;
  scores: readonly CustomerScore[];
  thresholds: Thresholds;
  analysis: () => Analysis;
  history: readonly HistoryRow[] | undefined;
  index: () => LiveIndex | undefined;
  delta?: Snapshot["delta"];
  lookalike?: (key: string) => string | undefined;
}

function makeSnapshot(p: Parts): Snapshot {
  const { book, scores } = p;
  let plan: readonly PlanItem[] | undefined;
  let coverage: BookCoverage | undefined;
  let accounts: KeyAccounts | undefined;
  let lookalikes: Map<string, string> | undefined;
  let index: LiveIndex | undefined;
  let state: "none" | "built" | "handed" = "none";
  return {
    version: p.version,
    get analysis() {
      return p.analysis();
    },
    raw: p.raw,
    asOf: p.asOf,
    date1904: p.raw.date1904,
    thresholds: p.thresholds,
    scores,
    lang: p.lang,
    hasCustomers: p.hasCustomers,
    followsToday: p.followsToday,
    delta: p.delta,
    plan: () => (plan ??= todayPlan(p.analysis())),
    coverage: () => (coverage ??= bookCoverage(p.analysis())),
    accounts: () => (accounts ??= keyAccounts(p.analysis())),
    history: () => p.history,
    indexOf: (key) => book.byKey.get(key),
    columns: (table) => book.tables[table]?.cols,
    score(key) {
      const i = book.byKey.get(key);
      return i === undefined ? undefined : scores[i];
    },
    lookalike:
      p.lookalike ??
      ((key) => {
        const group = lookalikeKey(key);
        if (group === undefined) return undefined;
        if (!lookalikes) {
          lookalikes = new Map();
          for (const c of book.customers) {
            const g = lookalikeKey(c.key);
            if (g !== undefined && !lookalikes.has(g)) lookalikes.set(g, c.id);
          }
        }
        return lookalikes.get(group);
      }),
    takeIndex() {
      if (state === "handed") return undefined;
      const taken = state === "built" ? index : p.index();
      state = "handed";
      index = undefined;
      return taken;
    },
    prepareIndex() {
      if (state !== "none") return;
      index = p.index();
      state = "built";
    },
  };
}
