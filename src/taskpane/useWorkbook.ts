/**
 * The pane's state over a WorkbookHost: what is running, its progress, the last set-up and
 * refresh results, and the last error. Every host call is caught here, so no component ever
 * sees a rejected promise.
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

  const refresh = useCallback(async () => {
    update((s) => ({ ...s, busy: "refresh", progress: undefined, error: undefined }));
    try {
      const result = await host.refresh(lang, { onProgress });
      update((s) => ({ ...s, busy: undefined, progress: undefined, refresh: result, last: "refresh" }));
    } catch (error) {
      fail("refresh", error);
    }
  }, [host, lang, onProgress, update, fail]);

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
      onCommandOutcome((o) =>
        o.ok ? update((s) => ({ ...s, refresh: o.result, last: "refresh", error: undefined })) : fail("refresh", o.error),
      ),
    [update, fail],
  );

  const dismissError = useCallback(() => update((s) => ({ ...s, error: undefined })), [update]);

  return { state, setup, refresh, select, dismissError };
}
