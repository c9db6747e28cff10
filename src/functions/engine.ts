/**
 * The functions' engine: one snapshot of the linked tables shared by every CRM.* call and the
 * task pane, kept current from the host's change events.
 *
 * - One read per wave: calls are queued and answered together on the next tick. The first that
 *   needs the workbook starts one `readBook()`; every other call waits for that same read, and
 *   later waves reuse the snapshot until a watched table changes. The as-of date (fixed, the
 *   settings' asOf, or today) is resolved once per wave.
 * - Always current without volatile functions: each streaming call is kept with its arguments.
 *   A change in a watched table marks the snapshot stale; after a short settle delay (a paste
 *   fires several events) the engine brings it up to date once, re-evaluates the live calls the
 *   change can reach and pushes only the results that changed. A change elsewhere costs nothing;
 *   with no live call and no subscriber the snapshot is simply dropped and re-read on next use.
 * - An edit costs what it changes: where the host said which cells changed (`TableEdit`) and can
 *   read rows (`readRows`), only those rows are read back (patch.ts) and purchase rows go through
 *   the incremental index (liveIndex.ts); a change that cannot be localized is read in full.
 */
import { type Day, todayDay } from "../core/dates";
import type { Lang } from "../core/i18n";
import type { RawBook, TableKey } from "../core/table";
import type { RowsRead, RowsRequest, TableEdit } from "../core/edits";
import { readId } from "./args";
import { applyRows, planPatch } from "./patch";
import { type FunctionDef, type FunctionId, type Result, FUNCTIONS, runFunction } from "./catalog";
import { isErrorValue } from "./runtime";
import { type Snapshot, patchSnapshot, rescoreSnapshot, snapshotOf } from "./snapshot";

/** What the engine needs from a workbook host (WorkbookHost satisfies it). */
export interface BookSource {
  /** One read of all linked tables. */
  readBook(): Promise<RawBook>;
  /**
   * Calls `handler` when linked tables change, with what changed when the host can say (without
   * edits, or with an "unknown" one, the next update reads everything); resolves to the
   * unsubscribe function.
   */
  onTablesChanged?(handler: (tables: TableKey[], edits?: TableEdit[]) => void): Promise<() => Promise<void>>;
  /** Reads some rows and where their tables' bodies are now, in one round trip. */
  readRows?(requests: readonly RowsRequest[]): Promise<RowsRead[]>;
}

export interface EngineOptions {
  /** A fixed as-of date (CLI --as-of); beats the settings table. */
  asOf?: Day;
  /** Today's date; defaults to the local calendar day. */
  today?: () => Day;
  /** The results language (Office's UI language); the workbook's language when undefined. */
  lang?: () => Lang | undefined;
  /** How long to let a burst of change events settle before re-reading (ms). */
  settleMs?: number;
  /** Re-score at local midnight while live calls follow "today" (off for one-shot hosts). */
  followMidnight?: boolean;
  /** The clock, for the midnight timer. */
  now?: () => Date;
}

/** Where a streaming call's results go (the Excel invocation, a test, the workbench grid). */
export interface ResultSink {
  setResult(result: Result): void;
}

export interface EngineStats {
  /** `readBook()` calls. */
  reads: number;
  /** Updates from the changed rows only (`readRows()` calls that were applied). */
  patches: number;
  /** Of them, updates that went through the incremental index (purchase rows). */
  indexed: number;
  /** Re-scores without a read (the date moved). */
  rescores: number;
  /** Queued calls answered in a wave. */
  answered: number;
  /** Waves: queue flushes plus refreshes after a change. */
  waves: number;
  /** Results pushed to live calls after the first one, because they changed. */
  pushes: number;
  /** Live calls re-evaluated after a change (pushed or not). */
  reevaluated: number;
  /** Live calls not re-evaluated because the edit left their customer's score alone. */
  untouched: number;
  /** Change events for tables no function reads. */
  ignoredChanges: number;
}

/** The tables a function result can depend on. */
export const WATCHED_TABLES: readonly TableKey[] = ["customers", "purchases", "followUps", "settings", "policies", "assets"];

interface Request {
  readonly def: FunctionDef;
  readonly args: readonly unknown[];
  deliver(result: Result): void;
}

interface LiveCall {
  readonly def: FunctionDef;
  readonly args: readonly unknown[];
  readonly sink: ResultSink;
  /** The normalized customer ID of the first argument (score-only functions), once read. */
  key?: string;
  last?: Result;
  /** The snapshot version `last` was computed from. */
  version: number;
}

/** Results equal for the user: same value, or same error code and message. */
export function sameResult(a: Result | undefined, b: Result | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  if (typeof a !== "object" || typeof b !== "object") return false;
  if (isErrorValue(a) || isErrorValue(b))
    return isErrorValue(a) && isErrorValue(b) && a.error === b.error && a.message === b.message;
  return JSON.stringify(a) === JSON.stringify(b);
}

const DAY_MS = 86_400_000;

export class FunctionEngine {
  readonly stats: EngineStats = {
    reads: 0,
    patches: 0,
    indexed: 0,
    rescores: 0,
    answered: 0,
    waves: 0,
    pushes: 0,
    reevaluated: 0,
    untouched: 0,
    ignoredChanges: 0,
  };

  private snap?: Snapshot;
  private version = 0;
  /** Bumped by every change to a watched table; the snapshot is current when it was read at this generation. */
  private generation = 1;
  private snapGeneration = 0;
  private failed?: { generation: number; wave: number; message: string };
  /** What changed since the snapshot's cells were read; undefined: not known, read everything. */
  private edits: TableEdit[] | undefined = [];
  private reading?: Promise<void>;
  private wave = 0;

  private queue: Request[] = [];
  private flushTimer?: ReturnType<typeof setTimeout>;
  private refreshTimer?: ReturnType<typeof setTimeout>;
  private midnightTimer?: ReturnType<typeof setTimeout>;
  private readonly live = new Set<LiveCall>();
  private readonly listeners = new Set<(snap: Snapshot) => void>();
  private notifiedVersion = 0;
  private subscription?: Promise<(() => Promise<void>) | undefined>;
  private busy = 0;
  private idleWaiters: (() => void)[] = [];
  private disposed = false;

  constructor(
    private readonly source: BookSource,
    private readonly options: EngineOptions = {},
  ) {}

  /** Evaluates one call in the current wave (the evaluator's and the CLI's path). */
  call(id: FunctionId, args: readonly unknown[]): Promise<Result> {
    return new Promise((resolve) => this.enqueue({ def: FUNCTIONS[id], args, deliver: resolve }));
  }

  /**
   * A live call: the sink gets the result now and again whenever a change alters it.
   * Returns the cancel function (Excel's `onCanceled`). Calls that can never change (a bad
   * argument, explicit thresholds, a quadrant numeral) are answered once and not kept.
   */
  stream(id: FunctionId, args: readonly unknown[], sink: ResultSink): () => void {
    const def = FUNCTIONS[id];
    if (!def.needsBook(args)) {
      this.enqueue({ def, args, deliver: (r) => sink.setResult(r) });
      return () => undefined;
    }
    const call: LiveCall = { def, args, sink, version: 0 };
    this.live.add(call);
    this.enqueue({
      def,
      args,
      deliver: (r) => {
        // Canceled meanwhile, or already given this result by a refresh that ran first.
        if (!this.live.has(call) || (call.version === this.snap?.version && sameResult(r, call.last))) return;
        call.last = r;
        call.version = this.snap?.version ?? 0;
        sink.setResult(r);
      },
    });
    return () => {
      this.live.delete(call);
    };
  }

  /** The current snapshot, reading the workbook only if it changed (the task pane's entry). */
  async snapshot(): Promise<Snapshot | undefined> {
    this.watch();
    this.wave++;
    await this.fresh();
    this.afterSnapshot();
    return this.snap;
  }

  /** The snapshot as it is now, without reading. */
  peek(): Snapshot | undefined {
    return this.snap;
  }

  /** Calls `listener` with every new snapshot (the pane's view of the same index). */
  subscribe(listener: (snap: Snapshot) => void): () => void {
    this.listeners.add(listener);
    this.watch();
    if (this.snap) listener(this.snap);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Live calls currently kept. */
  get liveCalls(): number {
    return this.live.size;
  }

  /**
   * A host reports changed tables (the handler given to `onTablesChanged`; hosts without
   * events, like the workbench, may call it directly).
   */
  tablesChanged(tables: readonly TableKey[], edits?: readonly TableEdit[]): void {
    if (!tables.some((t) => WATCHED_TABLES.includes(t))) {
      this.stats.ignoredChanges++;
      return;
    }
    this.generation++;
    const watched = edits?.filter((e) => WATCHED_TABLES.includes(e.table));
    // Past a thousand edits since the last update, reading everything is as good.
    this.edits = this.edits && watched?.length && this.edits.length < 1000 ? [...this.edits, ...watched] : undefined;
    if (this.live.size > 0 || this.listeners.size > 0) this.scheduleRefresh();
  }

  /** Resolves when no wave, read or refresh is pending (tests, the workbench). */
  settled(): Promise<void> {
    if (this.busy === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops listening to the host and drops every live call. */
  async dispose(): Promise<void> {
    this.disposed = true;
    this.live.clear();
    this.listeners.clear();
    for (const timer of [this.flushTimer, this.refreshTimer, this.midnightTimer]) if (timer) clearTimeout(timer);
    this.queue = [];
    this.busy = 0;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
    const unsubscribe = await this.subscription;
    await unsubscribe?.();
  }

  private enqueue(request: Request): void {
    this.watch();
    this.queue.push(request);
    if (this.flushTimer) return;
    this.begin();
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined;
      void this.run(() => this.flush());
    }, 0);
  }

  private async flush(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    this.wave++;
    this.stats.waves++;
    if (batch.some((r) => r.def.needsBook(r.args))) await this.fresh();
    const ctx = this.context();
    for (const r of batch) r.deliver(runFunction(r.def.id, ctx, r.args));
    this.stats.answered += batch.length;
    this.afterSnapshot();
  }

  private async refresh(): Promise<void> {
    this.wave++;
    this.stats.waves++;
    await this.fresh();
    this.afterSnapshot();
  }

  /** Pushes changed results to live calls and tells subscribers, once per new snapshot. */
  private afterSnapshot(): void {
    const snap = this.snap;
    if (!snap || this.disposed) return;
    const ctx = this.context();
    const delta = snap.delta;
    for (const call of this.live) {
      if (call.version === snap.version) continue;
      if (delta && call.version === delta.from && call.def.scoreOnly && this.untouched(call, snap, delta.customers)) {
        call.version = snap.version;
        this.stats.untouched++;
        continue;
      }
      const result = runFunction(call.def.id, ctx, call.args);
      this.stats.reevaluated++;
      call.version = snap.version;
      if (sameResult(result, call.last)) continue;
      call.last = result;
      this.stats.pushes++;
      call.sink.setResult(result);
    }
    if (this.notifiedVersion !== snap.version) {
      this.notifiedVersion = snap.version;
      for (const listener of this.listeners) listener(snap);
    }
    this.scheduleMidnight();
  }

  /** Whether a score-only call's customer kept its score (an unknown ID stays unknown: the customers did not change). */
  private untouched(call: LiveCall, snap: Snapshot, changed: ReadonlySet<number>): boolean {
    if (call.key === undefined) {
      const id = readId(call.args[0], "en-US");
      if (!id.ok) return false;
      call.key = id.value.key;
    }
    const i = snap.indexOf(call.key);
    return i === undefined || !changed.has(i);
  }

  private context() {
    const lang = this.options.lang?.() ?? this.snap?.lang ?? "en-US";
    return { lang, snap: this.snap, readError: this.snap ? undefined : this.failed?.message };
  }

  /** Brings the snapshot up to date for this wave: one read if a watched table changed, a rescore if the day moved. */
  private async fresh(): Promise<void> {
    for (;;) {
      if (this.reading) {
        await this.reading;
        continue;
      }
      if (this.snap && this.snapGeneration === this.generation) break;
      if (this.failed && this.failed.generation === this.generation && this.failed.wave === this.wave) break;
      this.reading = this.read().finally(() => {
        this.reading = undefined;
      });
    }
    this.followToday();
  }

  private async read(): Promise<void> {
    const generation = this.generation;
    const edits = this.edits;
    this.edits = [];
    if (await this.patch(edits)) {
      this.snapGeneration = generation;
      return;
    }
    this.stats.reads++;
    try {
      const raw = await this.source.readBook();
      this.snap = snapshotOf(raw, {
        asOf: this.options.asOf,
        today: this.today(),
        lang: this.options.lang?.(),
        version: ++this.version,
      });
      this.snapGeneration = generation;
      this.failed = undefined;
      this.prepareIndex();
    } catch (e) {
      // Keep the last good snapshot (if any): stale by one change beats an error in every cell;
      // the next wave or change event reads again (all of it: the snapshot's cells are behind).
      this.edits = undefined;
      this.failed = { generation, wave: this.wave, message: e instanceof Error ? e.message : String(e) };
    }
  }

  /**
   * Brings the snapshot up to date from the changed rows only; false when the edits cannot be
   * localized, the host cannot read rows, or what it read shows that rows moved.
   */
  private async patch(edits: readonly TableEdit[] | undefined): Promise<boolean> {
    const snap = this.snap;
    if (!snap || !edits || !this.source.readRows) return false;
    const requests = planPatch(snap.raw, edits);
    if (!requests) return false;
    let reads: RowsRead[];
    try {
      reads = await this.source.readRows(requests);
    } catch {
      return false; // a table renamed or deleted meanwhile: the full read finds out
    }
    const patch = applyRows(snap.raw, (t) => snap.columns(t)?.get("id"), edits, requests, reads);
    if (!patch) return false;
    this.stats.patches++;
    this.snap = patchSnapshot(snap, patch, {
      asOf: this.options.asOf,
      today: this.today(),
      lang: this.options.lang?.(),
      version: ++this.version,
    });
    if (this.snap.delta) this.stats.indexed++;
    else this.prepareIndex(); // scored again from the cells held: a new index for the next edits
    return true;
  }

  /**
   * While live calls wait for edits, the incremental index of a fresh full read is built in the
   * next idle moment (100–300 ms at 10,000 × 200,000) rather than on the user's first keystroke.
   */
  private prepareIndex(): void {
    const snap = this.snap;
    if (!snap || !this.source.readRows || this.live.size === 0) return;
    this.begin();
    setTimeout(() => {
      void this.run(async () => {
        if (this.snap === snap && !this.disposed) snap.prepareIndex();
      });
    }, 0);
  }

  private today(): Day {
    return this.options.today?.() ?? todayDay(this.options.now?.());
  }

  /** A snapshot that follows "today" is rescored (no read) when the day has moved. */
  private followToday(): void {
    const snap = this.snap;
    if (!snap || !snap.followsToday) return;
    const today = this.today();
    if (snap.asOf === today) return;
    this.stats.rescores++;
    this.snap = rescoreSnapshot(snap, { asOf: this.options.asOf, today, version: ++this.version });
  }

  private scheduleRefresh(): void {
    if (this.refreshTimer || this.disposed) return;
    this.begin();
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      void this.run(() => this.refresh());
    }, this.options.settleMs ?? 30);
  }

  /** While live calls follow today, wake at midnight to rescore and push the new day's results. */
  private scheduleMidnight(): void {
    if (this.midnightTimer) clearTimeout(this.midnightTimer);
    this.midnightTimer = undefined;
    if (!this.options.followMidnight || !this.snap?.followsToday || (this.live.size === 0 && this.listeners.size === 0))
      return;
    const now = this.options.now?.() ?? new Date();
    const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime();
    const timer = setTimeout(
      () => {
        this.midnightTimer = undefined;
        this.begin();
        void this.run(() => this.refresh());
      },
      Math.min(Math.max(midnight - now.getTime(), 0) + 1000, DAY_MS),
    );
    (timer as { unref?: () => void }).unref?.();
    this.midnightTimer = timer;
  }

  /** Subscribes to the host's change events once, on first use. */
  private watch(): void {
    if (this.subscription || !this.source.onTablesChanged) return;
    this.subscription = this.source
      .onTablesChanged((tables, edits) => this.tablesChanged(tables, edits))
      .catch(() => undefined);
  }

  private begin(): void {
    this.busy++;
  }

  private async run(work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } finally {
      this.busy = Math.max(0, this.busy - 1); // dispose() may have reset it meanwhile
      if (this.busy === 0) {
        const waiters = this.idleWaiters;
        this.idleWaiters = [];
        for (const resolve of waiters) resolve();
      }
    }
  }
}

/** The runtime-wide engine, shared by the functions and the task pane even across bundles. */
const SHARED = Symbol.for("quadrant-crm.functions.engine");

interface SharedSlot {
  engine?: FunctionEngine;
}

function slot(): SharedSlot {
  const g = globalThis as unknown as Record<symbol, SharedSlot | undefined>;
  return (g[SHARED] ??= {});
}

/** Installs the shared engine over a host (the add-in's startup, the workbench, tests). */
export function bindSharedEngine(source: BookSource, options: EngineOptions = {}): FunctionEngine {
  const s = slot();
  void s.engine?.dispose();
  s.engine = new FunctionEngine(source, { followMidnight: true, ...options });
  return s.engine;
}

/** The shared engine, if one is bound. */
export function sharedEngine(): FunctionEngine | undefined {
  return slot().engine;
}
