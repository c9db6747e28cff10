/**
 * The pane's state over a WorkbookHost: what is running, its progress, the last set-up and
 * refresh results, the last error, and whether the user has changed the data since. Every host
 * call is caught here, so no component ever sees a rejected promise.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Place, ProgressStage, RefreshResult, SetupResult, WorkbookHost } from "../excel/host";
import type { Lang } from "../core/i18n";
import { type HostAction, type HostErrorText, hostErrorText } from "./hostError";
import { onCommandOutcome } from "../commands/outcomes";

export interface Progress {
  stage: ProgressStage;
  fraction: number;
}

export interface WorkbookState {
  busy?: "setup" | "refresh";
  progress?: Progress;
  setup?: SetupResult;
  refresh?: RefreshResult;
  /** Which of the two finished last, for the outcome message. */
  last?: "setup" | "refresh";
  error?: HostErrorText;
  /** A linked table changed since the last refresh: the quadrants and the plan are out of date. */
  stale?: boolean;
}

export interface Workbook {
  state: WorkbookState;
  setup(): Promise<void>;
  refresh(): Promise<void>;
  select(place: Place): Promise<void>;
  dismissError(): void;
}

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
    (action: HostAction, error: unknown) => update((s) => ({ ...s, busy: undefined, progress: undefined, error: hostErrorText(error, action, lang) })),
    [lang, update],
  );
  const onProgress = useCallback((stage: ProgressStage, fraction: number) => update((s) => ({ ...s, progress: { stage, fraction } })), [update]);

  const setup = useCallback(async () => {
    update((s) => ({ ...s, busy: "setup", progress: undefined, error: undefined }));
    try {
      const result = await host.setup(lang, onProgress);
      update((s) => ({ ...s, busy: undefined, progress: undefined, setup: result, last: "setup" }));
    } catch (error) {
      fail("setup", error);
    }
  }, [host, lang, onProgress, update, fail]);

  // After the first refresh, the pane listens for the user's edits to the linked tables (the host
  // leaves out the add-in's own writes): one subscription for the pane's life. A host that cannot
  // subscribe just means no hint.
  const subscription = useRef<Promise<(() => Promise<void>) | undefined>>();
  const watchTables = useCallback(() => {
    if (subscription.current || !mounted.current) return;
    // Through a promise, so a host that throws rather than rejects is caught too.
    subscription.current = Promise.resolve()
      .then(() =>
        host.onTablesChanged((tables) => {
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

  const refresh = useCallback(async () => {
    update((s) => ({ ...s, busy: "refresh", progress: undefined, error: undefined }));
    try {
      const result = await host.refresh(lang, { onProgress });
      update((s) => ({ ...s, busy: undefined, progress: undefined, refresh: result, last: "refresh", stale: false }));
      watchTables();
    } catch (error) {
      fail("refresh", error);
    }
  }, [host, lang, onProgress, update, fail, watchTables]);

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

  return { state, setup, refresh, select, dismissError };
}
