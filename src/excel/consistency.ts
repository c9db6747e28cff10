/**
 * The safety net under the change events. Excel does not report every change (some fills over
 * filtered rows raise no `onChanged`; with events switched off around the add-in's writes, a user's
 * edit in that moment is not reported either). Every read therefore fingerprints what it read —
 * each dataset's cells, the add-in's computed columns left out — and a dataset whose fingerprint
 * moved since the previous read without an event is reported to the subscribers then: the pane
 * shows its "data changed" hint and the functions read again. Costs one pass over the cells the
 * read already holds.
 */
import type { TableKey } from "../core/table";
import type { Snapshot } from "./readBook";
import type { HostState } from "./state";

/** A dataset as the last read saw it: its fingerprint, and each body row's, where it sat. */
export interface Fingerprint {
  /** The columns left out (the add-in's computed columns), as indexes in the table. */
  skip: string;
  hash: number;
  /** Each body row's fingerprint (same skip), for telling a format-only change from a data change. */
  rows?: Uint32Array;
  /** The table it was read from, the sheet row (0-based) of its first body row, its first column and width. */
  tableName?: string;
  sheet?: string;
  bodyRow0?: number;
  col0?: number;
  width?: number;
}

export interface ConsistencyState {
  /** Dataset → fingerprint of the last read, and which columns it left out. */
  fingerprints?: Partial<Record<TableKey, Fingerprint>>;
  /** Datasets an event reported since the last read: a read does not report them again. */
  announced?: Set<TableKey>;
  /** Who wants to hear of changes (subscribeTables). */
  changeListeners?: Set<(tables: TableKey[]) => void>;
}

/** FNV-1a over the cells' text, row by row, skipping the columns in `skip`. */
export function fingerprint(rows: readonly (readonly unknown[])[], skip: ReadonlySet<number>): number {
  let h = 0x811c9dc5;
  const mix = (s: string) => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x1f, 0x01000193);
  };
  for (const row of rows) {
    for (let j = 0; j < row.length; j++) if (!skip.has(j)) mix(String(row[j] ?? ""));
    mix("\n");
  }
  return h >>> 0;
}

/** FNV-1a of one row's cells, skipping the columns in `skip` (as `fingerprint` mixes them). */
export function rowFingerprint(row: readonly unknown[], skip: ReadonlySet<number>): number {
  return fingerprint([row], skip);
}

/** One fingerprint of the header's and every row's: one pass over the cells, not two. */
function combine(header: number, rows: Uint32Array): number {
  let h = Math.imul(0x811c9dc5 ^ header, 0x01000193);
  for (let i = 0; i < rows.length; i++) h = Math.imul(h ^ rows[i], 0x01000193);
  return h >>> 0;
}

/** Compares this read with the previous one and reports datasets that changed unannounced. */
export function noticeChanges(state: HostState, snap: Snapshot): void {
  const before = state.fingerprints;
  const announced = state.announced ?? new Set<TableKey>();
  state.announced = new Set();
  const now: Partial<Record<TableKey, Fingerprint>> = {};
  for (const [key, t] of Object.entries(snap.tables) as [TableKey, NonNullable<Snapshot["tables"][TableKey]>][]) {
    const own =
      key === "customers" && state.computed && state.computed.sheet === t.raw.sheet
        ? new Set(state.computed.columns.map((c) => c - t.raw.firstColumn))
        : new Set<number>();
    const rows = new Uint32Array(t.raw.rows.length);
    t.raw.rows.forEach((r, i) => (rows[i] = rowFingerprint(r, own)));
    now[key] = {
      skip: [...own].join(","),
      hash: combine(rowFingerprint(t.raw.headers, own), rows),
      rows,
      tableName: t.tableName,
      sheet: t.raw.sheet,
      bodyRow0: t.raw.headerRow,
      col0: t.raw.firstColumn,
      width: t.raw.headers.length,
    };
  }
  state.fingerprints = now;
  if (!before) return;
  // Compared only when the same columns were left out (the computed columns became known meanwhile: no verdict).
  const changed = (Object.keys(now) as TableKey[]).filter(
    (k) =>
      !announced.has(k) && before[k] !== undefined && before[k]!.skip === now[k]!.skip && before[k]!.hash !== now[k]!.hash,
  );
  if (changed.length === 0) return;
  for (const listener of state.changeListeners ?? []) listener(changed);
}
