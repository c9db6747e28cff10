/**
 * The pane's state over a WorkbookHost: what is running, its progress, the last set-up and
 * refresh results, the last error, and whether the user has changed the data since. Every host
 * call is caught here, so no component ever sees a rejected promise. A running set-up or refresh
 * can be cancelled; the host honours it only before its first write.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { LedgerSheetResult, Place, RefreshResult, SetupResult, WorkbookHost } from "../excel/host";
import { type Tick, isCancelled } from "../core/progress";
import type { Lang } from "../core/i18n";
import { type HostAction, type HostErrorText, hostErrorText } from "./hostError";
import { onCommandOutcome } from "../commands/outcomes";

export interface WorkbookState {
  busy?: "setup" | "refresh";
  /** The host's last report on the running operation. */
  progress?: Tick;
  /** The user asked the running operation to stop. */
  cancelling?: boolean;
  /** The last operation was cancelled before it wrote anything. */
  cancelled?: "setup" | "refresh";
  setup?: SetupResult;
  refresh?: RefreshResult;
  /** The customer sheet made from a ledger (issue 24). */
  ledgerSheet?: LedgerSheetResult;
  /** Which finished last, for the outcome message. */
  last?: "setup" | "refresh" | "ledgerSheet";
  error?: HostErrorText;
  /** A linked table changed since the last refresh: the quadrants and the plan are out of date. */
  stale?: boolean;
}

export interface Workbook {
  state: WorkbookState;
  setup(): Promise<void>;
  refresh(): Promise<void>;
  /** A ledger book: adds the customer sheet made from the ledger, then refreshes (the quadrants land in it). */
  customerSheetFromLedger(): Promise<void>;
  /** A refresh after the pane wrote rows: it shows no outcome of its own (the write's message stays). */
  refreshQuietly(): Promise<void>;
  /** Asks the running set-up or refresh to stop (honoured until it starts writing). */
  cancel(): void;
  select(place: Place): Promise<void>;
  dismissError(): void;
}

/** Nothing running. */
const IDLE = { busy: undefined, progress: undefined, cancelling: undefined } as const;

export function useWorkbook(host: WorkbookHost, lang: Lang): Workbook {
  const [state, setState] = useState<WorkbookState>({});
  // A host call may outlive the pane (the workbench re-creates it on a language switch).
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const update = useCallback((patch: (s: WorkbookState) => WorkbookState) => {
    if (mounted.current) setState(patch);
  }, []);

  const fail = useCallback(
    (action: HostAction, error: unknown) =>
      update((s) =>
        // A cancel is the user's wish, not an error: the outcome of the last operation no longer applies.
        isCancelled(error) && (action === "setup" || action === "refresh")
          ? { ...s, ...IDLE, cancelled: action, last: undefined }
          : { ...s, ...IDLE, error: hostErrorText(error, action, lang) },
      ),
    [lang, update],
  );
  const onProgress = useCallback((tick: Tick) => update((s) => (s.busy ? { ...s, progress: tick } : s)), [update]);
  const running = useRef<AbortController>();
  const start = useCallback(
    (busy: "setup" | "refresh") => {
      running.current = new AbortController();
      update((s) => ({ ...s, busy, progress: undefined, cancelling: undefined, cancelled: undefined, error: undefined }));
      return { onProgress, signal: running.current.signal };
    },
    [onProgress, update],
  );
  const cancel = useCallback(() => {
    running.current?.abort();
    update((s) => (s.busy ? { ...s, cancelling: true } : s));
  }, [update]);

  const setup = useCallback(async () => {
    const work = start("setup");
    try {
      const result = await host.setup(lang, work);
      update((s) => ({ ...s, ...IDLE, setup: result, last: "setup" }));
    } catch (error) {
      fail("setup", error);
    }
  }, [host, lang, start, update, fail]);

  // After the first refresh, the pane listens for the user's edits to the linked tables (the host
  // leaves out the add-in's own writes): one subscription for the pane's life. A host that cannot
  // subscribe just means no hint.
  const subscription = useRef<Promise<(() => Promise<void>) | undefined>>();
  const watchTables = useCallback(() => {
    if (subscription.current || !mounted.current) return;
    // Through a promise, so a host that throws rather than rejects is caught too.
    subscription.current = Promise.resolve()
      .then(() =>
        // Data changes only: a user bolding a row raises onChanged too, and is no reason to refresh.
        (host.onDataChanged?.bind(host) ?? host.onTablesChanged.bind(host))((tables) => {
          if (tables.length > 0) update((s) => (s.stale ? s : { ...s, stale: true }));
        }),
      )
      .catch(() => undefined);
  }, [host, update]);
  useEffect(
    () => () => {
      const pending = subscription.current;
      subscription.current = undefined;
      void pending?.then((unsubscribe) => unsubscribe?.()).catch(() => undefined);
    },
    [host],
  );

  const run = useCallback(async (quiet: boolean) => {
    const work = start("refresh");
    try {
      const result = await host.refresh(lang, work);
      // Quiet (after the pane wrote a row): the write's own message is the news, not "Refreshed".
      update((s) => ({ ...s, ...IDLE, refresh: result, last: quiet ? undefined : "refresh", stale: false }));
      watchTables();
    } catch (error) {
      fail("refresh", error);
    }
  }, [host, lang, start, update, fail, watchTables]);
  const refresh = useCallback(() => run(false), [run]);
  const refreshQuietly = useCallback(() => run(true), [run]);

  const customerSheetFromLedger = useCallback(async () => {
    const work = start("setup");
    try {
      const made = await host.customerSheetFromLedger(lang);
      const result = await host.refresh(lang, work);
      update((s) => ({ ...s, ...IDLE, ledgerSheet: made, setup: undefined, refresh: result, last: "ledgerSheet", stale: false }));
      watchTables();
    } catch (error) {
      fail("setup", error);
    }
  }, [host, lang, start, update, fail, watchTables]);

  const select = useCallback(
    async (place: Place) => {
      try {
        await host.select(place);
      } catch (error) {
        fail("select", error);
      }
    },
    [host, fail],
  );

  // The ribbon's Refresh runs in the same runtime; show its result (or its error) here too.
  useEffect(
    () =>
      onCommandOutcome((o) => {
        if (o.ok) {
          update((s) => ({ ...s, refresh: o.result, last: "refresh", error: undefined, stale: false }));
          watchTables();
        } else {
          fail("refresh", o.error);
        }
      }),
    [update, fail, watchTables],
  );

  const dismissError = useCallback(() => update((s) => ({ ...s, error: undefined })), [update]);

  return { state, setup, refresh, customerSheetFromLedger, refreshQuietly, cancel, select, dismissError };
}
