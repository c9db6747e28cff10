/**
 * The set-up screen's column map: what the host reads (per dataset the sheet, per field the
 * column, samples, confidence), the user's unsaved changes, and Save — which writes only the
 * workbook's column map, sets up again when a sheet was chosen (so that sheet is adopted), and
 * refreshes at once so the scores follow. Every host call is caught here.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { MapChange, TableView, WorkbookHost } from "../excel/host";
import type { StoredChoice } from "../core/columns/stored";
import { SHEET_FIELD } from "../core/columns/stored";
import type { TableKey } from "../core/table";
import type { Lang } from "../core/i18n";
import { type HostErrorText, hostErrorText } from "./hostError";
import type { Workbook } from "./useWorkbook";

export interface ColumnMapState {
  view?: TableView[];
  loading: boolean;
  saving: boolean;
  error?: HostErrorText;
  /** Rows written by the last save. */
  saved?: number;
  /** Unsaved choices, by `table.field`. */
  changes: Map<string, MapChange>;
}

export interface ColumnMapModel extends ColumnMapState {
  load(): Promise<void>;
  choose(table: TableKey, field: string, choice: StoredChoice): void;
  discard(): void;
  save(): Promise<void>;
}

export const changeKey = (table: TableKey, field: string) => `${table}.${field}`;

export function useColumnMap(host: WorkbookHost, lang: Lang, workbook: Workbook, open: boolean): ColumnMapModel {
  const [state, setState] = useState<ColumnMapState>({ loading: false, saving: false, changes: new Map() });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const update = useCallback((patch: (s: ColumnMapState) => ColumnMapState) => {
    if (mounted.current) setState(patch);
  }, []);

  const load = useCallback(async () => {
    update((s) => ({ ...s, loading: true, error: undefined }));
    try {
      const view = await host.columnMap(lang);
      update((s) => ({ ...s, loading: false, view }));
    } catch (error) {
      update((s) => ({ ...s, loading: false, error: hostErrorText(error, "refresh", lang) }));
    }
  }, [host, lang, update]);

  // Opened, and again after each set-up or refresh (the sheets and columns may have changed) —
  // unless the user has choices not saved yet, which a reload would hide.
  const { refresh: refreshed, setup: setUp } = workbook.state;
  const pending = state.changes.size > 0;
  useEffect(() => {
    if (open && !pending) void load();
  }, [open, refreshed, setUp, load]);

  const choose = useCallback(
    (table: TableKey, field: string, choice: StoredChoice) =>
      update((s) => {
        const changes = new Map(s.changes);
        const stored = s.view?.find((v) => v.table === table);
        const current = field === SHEET_FIELD ? undefined : stored?.fields.find((f) => f.field === field)?.stored;
        // Choosing again what the workbook already says is no change.
        if (current && JSON.stringify(current) === JSON.stringify(choice)) changes.delete(changeKey(table, field));
        else changes.set(changeKey(table, field), { table, field, choice });
        return { ...s, changes, saved: undefined };
      }),
    [update],
  );

  const discard = useCallback(() => update((s) => ({ ...s, changes: new Map(), saved: undefined })), [update]);

  const save = useCallback(async () => {
    const changes = [...state.changes.values()];
    if (changes.length === 0) return;
    update((s) => ({ ...s, saving: true, error: undefined, saved: undefined }));
    try {
      const saved = await host.saveColumnMap(lang, changes);
      update((s) => ({ ...s, changes: new Map(), saved }));
      // A chosen sheet is adopted by setup; the refresh then scores with the new map.
      if (changes.some((c) => c.field === SHEET_FIELD)) await workbook.setup();
      await workbook.refresh();
      update((s) => ({ ...s, saving: false }));
    } catch (error) {
      update((s) => ({ ...s, saving: false, error: hostErrorText(error, "write", lang) }));
    }
  }, [host, lang, state.changes, update, workbook]);

  return { ...state, load, choose, discard, save };
}
