/**
 * One snapshot of the workbook as the functions see it: the linked book scored as of one date,
 * in one language. Pure and synchronous — built from a RawBook by the engine (Excel, workbench)
 * and by `crm eval` alike; every function answers from it without touching the host.
 */
import { type Analysis, type CustomerScore, scoreBook } from "../core/analyze";
import { type LinkedBook, bookLang, linkBook } from "../core/book";
import type { Day } from "../core/dates";
import type { Lang } from "../core/i18n";
import { lookalikeKey } from "../core/parse/id";
import { type PlanItem, todayPlan } from "../core/plan";
import type { RawBook } from "../core/table";
import { type BookCoverage, bookCoverage } from "../core/coverage/lists";
import { type HistoryRow, readHistory } from "../core/history";

export interface Snapshot {
  /** Grows by one with every rebuild; lets subscribers tell snapshots apart. */
  readonly version: number;
  readonly analysis: Analysis;
  /** The language results and messages are written in. */
  readonly lang: Lang;
  /** False when the workbook has no customer table (every ID is then unknown). */
  readonly hasCustomers: boolean;
  /** True when the as-of date is "today" (no fixed date, no asOf setting): it moves at midnight. */
  readonly followsToday: boolean;
  /** Today's plan, computed on first use. */
  plan(): readonly PlanItem[];
  /** Household protection of every customer (SPEC 5b), computed on first use. */
  coverage(): BookCoverage;
  /** The customer with this normalized ID key. */
  score(key: string): CustomerScore | undefined;
  /** The migration history (`crmHistory`) as read; undefined when the workbook has none yet. */
  history(): readonly HistoryRow[] | undefined;
  /** An ID that differs from `key` only by leading zeros (`001` vs `1`), for a helpful #N/A. */
  lookalike(key: string): string | undefined;
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
  return scoreSnapshot(book, raw.tables.customers !== undefined, lang, opts, opts.version ?? 1, history);
}

/** The same book scored again (the date moved): no read, no relinking. */
export function rescoreSnapshot(snap: Snapshot, opts: SnapshotOptions): Snapshot {
  return scoreSnapshot(snap.analysis.book, snap.hasCustomers, snap.lang, opts, opts.version ?? snap.version + 1, snap.history());
}

function scoreSnapshot(
  book: LinkedBook,
  hasCustomers: boolean,
  lang: Lang,
  opts: SnapshotOptions,
  version: number,
  history: readonly HistoryRow[] | undefined,
): Snapshot {
  const { asOf, followsToday } = resolveAsOf(book, opts);
  const analysis = scoreBook(book, asOf, lang);
  let plan: readonly PlanItem[] | undefined;
  let coverage: BookCoverage | undefined;
  let lookalikes: Map<string, string> | undefined;
  return {
    version,
    analysis,
    lang,
    hasCustomers,
    followsToday,
    plan: () => (plan ??= todayPlan(analysis)),
    coverage: () => (coverage ??= bookCoverage(analysis)),
    history: () => history,
    score(key) {
      const i = book.byKey.get(key);
      return i === undefined ? undefined : analysis.scores[i];
    },
    lookalike(key) {
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
    },
  };
}
