/**
 * The set-up screen's column map: what the host reads (per dataset the sheet, per field the
 * column, samples, confidence), the user's unsaved changes, and Save — which writes only the
 * workbook's column map, sets up again when a sheet was chosen (so that sheet is adopted), and
 * refreshes at once so the scores follow. Every host call is caught here.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { MapChange, TableView, WorkbookHost } from "../../excel/host";
import type { StoredChoice } from "../../core/columns/stored";
import { SHEET_FIELD } from "../../core/columns/stored";
import type { TableKey } from "../../core/table";
import type { Lang } from "../../core/i18n";
import { type HostErrorText, hostErrorText } from "../hostError";
import type { Workbook } from "../useWorkbook";
import { type ChoiceCheck, checkChoice } from "./columnMapChecks";

export interface ColumnMapState {
  view?: TableView[];
  loading: boolean;
  saving: boolean;
  error?: HostErrorText;
  /** Rows written by the last save. */
  saved?: number;
  /** Unsaved choices, by `table.field`. */
  changes: Map<string, MapChange>;
  /** Unsaved choices the user confirmed after being asked (most rows would be unreadable), by `table.field`. */
  confirmed: Set<string>;
}

export interface ColumnMapModel extends ColumnMapState {
  load(): Promise<void>;
  choose(table: TableKey, field: string, choice: StoredChoice): void;
  discard(): void;
  save(): Promise<void>;
  confirm(table: TableKey, field: string, yes: boolean): void;
  /** The unsaved choice of a field, judged: refused, asked about, or fine. */
  check(table: TableKey, field: string): ChoiceCheck | undefined;
  /** An unsaved choice is refused, or asked about and not confirmed: Save waits. */
  blocked: boolean;
}

export const changeKey = (table: TableKey, field: string) => `${table}.${field}`;

export function useColumnMap(host: WorkbookHost, lang: Lang, workbook: Workbook, open: boolean): ColumnMapModel {
  const [state, setState] = useState<ColumnMapState>({ loading: false, saving: false, changes: new Map(), confirmed: new Set() });
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
        // A new choice is asked about afresh.
        const confirmed = new Set(s.confirmed);
        confirmed.delete(changeKey(table, field));
        return { ...s, changes, confirmed, saved: undefined };
      }),
    [update],
  );

  const discard = useCallback(() => update((s) => ({ ...s, changes: new Map(), confirmed: new Set(), saved: undefined })), [update]);

  const confirm = useCallback(
    (table: TableKey, field: string, yes: boolean) =>
      update((s) => {
        const confirmed = new Set(s.confirmed);
        if (yes) confirmed.add(changeKey(table, field));
        else confirmed.delete(changeKey(table, field));
        return { ...s, confirmed };
      }),
    [update],
  );

  const check = useCallback(
    (table: TableKey, field: string): ChoiceCheck | undefined => {
      const change = state.changes.get(changeKey(table, field));
      const view = state.view?.find((v) => v.table === table);
      return change && view && field !== SHEET_FIELD ? checkChoice(view, field, change.choice, lang) : undefined;
    },
    [state.changes, state.view, lang],
  );
  const blocked = [...state.changes.values()].some((c) => {
    const kind = check(c.table, c.field)?.verdict.kind;
    return kind === "refuse" || (kind === "ask" && !state.confirmed.has(changeKey(c.table, c.field)));
  });

  const save = useCallback(async () => {
    const changes = [...state.changes.values()];
    // Refused before saving: a column that cannot hold its field never reaches the workbook's map.
    if (changes.length === 0 || blocked) return;
    update((s) => ({ ...s, saving: true, error: undefined, saved: undefined }));
    try {
      const saved = await host.saveColumnMap(lang, changes);
      update((s) => ({ ...s, changes: new Map(), confirmed: new Set(), saved }));
      // A chosen sheet is adopted by setup; the refresh then scores with the new map.
      if (changes.some((c) => c.field === SHEET_FIELD)) await workbook.setup();
      await workbook.refresh();
      update((s) => ({ ...s, saving: false }));
    } catch (error) {
      update((s) => ({ ...s, saving: false, error: hostErrorText(error, "write", lang) }));
    }
  }, [host, lang, state.changes, blocked, update, workbook]);

  return { ...state, load, choose, discard, save, confirm, check, blocked };
}
