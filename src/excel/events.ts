/**
 * Telling the custom functions and the pane which datasets changed. One workbook-wide
 * `tables.onChanged` handler (it survives tables being renamed or re-created, unlike a per-table
 * one); the event's table ID is mapped to a dataset by the same rules as every read. The add-in's
 * own writes fire events too: where Excel can, they are switched off around the writes (quiet.ts);
 * elsewhere a change that lies entirely in the computed columns is the add-in's and is not
 * reported (a user typing there is overwritten at the next refresh anyway). A sort raises no
 * `onChanged` in Excel: `worksheets.onRowSorted` (ExcelApi 1.10) reports it where there is one.
 *
 * Each report also says what changed (`TableEdit`), so the functions can re-read just those rows:
 * cells edited or rows added, from the event's `changeType` and `address`. Anything else is
 * "unknown" (a full read): a sort, rows or cells deleted or inserted, an address that cannot be
 * read, a change found only by the consistency check, every change on an Excel without
 * `onRowSorted` (a sort there would go unnoticed and the rows read back would be the wrong ones),
 * and the first change after the add-in switched events off (a user's edit meanwhile was not told).
 */
import type { TableKey } from "../core/table";
import { COLUMN_MAP_TABLE } from "../core/columns/stored";
import type { TableEdit } from "../core/edits";
import { locate } from "./locate";
import { parseArea } from "./address";
import type { HostState } from "./state";
import { excelApiSupported, excelRun } from "./run";
import { rowFingerprint } from "./consistency";
import { a1 } from "./address";

interface TableId {
  id: string;
  name: string;
  sheet: string;
  sheetId: string;
  headers: string[];
}

function queueTableIds(ctx: Excel.RequestContext): () => TableId[] {
  const tables = ctx.workbook.tables.load(
    "items/id,items/name,items/worksheet/name,items/worksheet/id,items/columns/items/name",
  );
  return () =>
    tables.items.map((t) => ({
      id: String(t.id),
      name: t.name,
      sheet: t.worksheet.name,
      sheetId: String(t.worksheet.id),
      headers: t.columns.items.map((c) => c.name),
    }));
}

/** Table ID → dataset, by the rules of `locate` (name, then sheet, then headers). */
export function datasetsById(tables: readonly TableId[]): Map<string, TableKey> {
  const located = locate(tables, []);
  const out = new Map<string, TableKey>();
  for (const f of Object.values(located.found)) {
    if (f.kind !== "table") continue;
    const t = tables.find((x) => x.name === f.tableName);
    if (t) out.set(t.id, f.key);
  }
  // The column map is kept with the settings: an edit to it changes what every table means.
  const map = tables.find((x) => x.name.toLowerCase() === COLUMN_MAP_TABLE.toLowerCase());
  if (map) out.set(map.id, "settings");
  return out;
}

/** Whether a change on the customer table lies entirely within the add-in's computed columns. */
export function isOwnWrite(state: HostState, tableName: string | undefined, address: string): boolean {
  const c = state.computed;
  if (!c || (tableName !== undefined && tableName.toLowerCase() !== c.tableName.toLowerCase())) return false;
  let area;
  try {
    area = parseArea(address);
  } catch {
    return false;
  }
  for (let col = area.col0; col <= area.col1; col++) if (!c.columns.includes(col)) return false;
  return true;
}

/** What a table change event says changed, as far as it can be localized. */
export function editOf(
  table: TableKey,
  tableName: string | undefined,
  args: Pick<Excel.TableChangedEventArgs, "changeType" | "address">,
): TableEdit {
  const unknown: TableEdit = { table, kind: "unknown" };
  if (tableName === undefined || !excelApiSupported("1.10")) return unknown;
  if (args.changeType !== "RangeEdited" && args.changeType !== "RowInserted") return unknown;
  let area;
  try {
    area = parseArea(String(args.address ?? ""));
  } catch {
    return unknown;
  }
  const { row0, col0, row1, col1 } = area;
  return { table, tableName, kind: args.changeType === "RowInserted" ? "rowsAdded" : "cells", row0, col0, row1, col1 };
}

export async function subscribeTables(
  state: HostState,
  handler: (tables: TableKey[], edits: TableEdit[]) => void,
): Promise<() => Promise<void>> {
  let byId = new Map<string, TableKey>();
  const names = new Map<string, string>();
  /** Worksheet ID → the ids of the tables on it (a sort names the sheet, not the table). */
  const bySheet = new Map<string, string[]>();
  const remember = (list: TableId[]) => {
    byId = datasetsById(list);
    names.clear();
    bySheet.clear();
    for (const t of list) {
      names.set(t.id, t.name);
      bySheet.set(t.sheetId, [...(bySheet.get(t.sheetId) ?? []), t.id]);
    }
  };
  const reload = async () => {
    await excelRun(async (ctx) => {
      const ids = queueTableIds(ctx);
      await ctx.sync();
      remember(ids());
    });
  };

  // Changes arriving together (one paste, one sort) are reported once.
  let pending = new Map<TableKey, TableEdit[]>();
  let scheduled = false;
  let quietSeen = state.quietWindows ?? 0;
  const report = (edit: TableEdit) => {
    const list = pending.get(edit.table);
    if (list) list.push(edit);
    else pending.set(edit.table, [edit]);
    if (scheduled) return;
    scheduled = true;
    void Promise.resolve().then(() => {
      scheduled = false;
      const keys = [...pending.keys()];
      const edits = [...pending.values()].flat();
      pending = new Map();
      // Events were off for a while (the add-in's own writes): what the user did then is not known.
      if ((state.quietWindows ?? 0) !== quietSeen) {
        quietSeen = state.quietWindows ?? 0;
        for (const table of keys) edits.push({ table, kind: "unknown" });
      }
      if (keys.length) handler(keys, edits);
    });
  };

  const onChanged = async (args: Excel.TableChangedEventArgs) => {
    let key = byId.get(args.tableId);
    // A table created or renamed since the map was made: look again once.
    if (key === undefined) {
      await reload();
      key = byId.get(args.tableId);
    }
    if (key === undefined) return;
    if (key === "customers" && isOwnWrite(state, names.get(args.tableId), args.address)) return;
    const name = names.get(args.tableId);
    // An edit of the column map changes what every table's columns mean: the whole book is read again.
    if (name?.toLowerCase() === COLUMN_MAP_TABLE.toLowerCase()) announce({ table: key, kind: "unknown" });
    else announce(editOf(key, name, args));
  };

  /** Reported by an event: the next read's check need not report it again. */
  const announce = (edit: TableEdit) => {
    (state.announced ??= new Set()).add(edit.table);
    report(edit);
  };
  // The next read's consistency check reports what no event did (consistency.ts).
  const listener = (keys: TableKey[]) => keys.forEach((table) => report({ table, kind: "unknown" }));
  (state.changeListeners ??= new Set()).add(listener);

  const onSorted = async (args: Excel.WorksheetRowSortedEventArgs) => {
    if (!bySheet.has(args.worksheetId)) await reload();
    for (const id of bySheet.get(args.worksheetId) ?? []) {
      const key = byId.get(id);
      if (key !== undefined) announce({ table: key, kind: "unknown" });
    }
  };

  const registrations = await Excel.run(async (ctx) => {
    const ids = queueTableIds(ctx);
    const added = [ctx.workbook.tables.onChanged.add(onChanged)];
    if (excelApiSupported("1.10")) added.push(ctx.workbook.worksheets.onRowSorted.add(onSorted));
    await ctx.sync();
    remember(ids());
    return added;
  });

  return async () => {
    // A handler is removed through the context that added it (Office.js rule).
    state.changeListeners?.delete(listener);
    await Excel.run(registrations[0].context, async (ctx) => {
      for (const r of registrations) r.remove();
      await ctx.sync();
    });
  };
}

/** Rows read back at most to tell a format change from a data change; past it, it counts as data. */
const MAX_ROWS_TO_COMPARE = 1_000;

/**
 * The datasets whose data (not only their format) changed. `onChanged` fires for format changes
 * too ("onChanged fires when either the format or value of the data changes": Microsoft's tables
 * and worksheets pages), so a user bolding a row would otherwise read as "data changed". Edits the
 * event localized (cells, ExcelApi 1.10+) are read back, one sync for all, and compared row by row
 * with the last read's fingerprints (consistency.ts); anything else counts as data.
 */
export async function withDataChanges(state: HostState, keys: readonly TableKey[], edits: readonly TableEdit[]): Promise<TableKey[]> {
  const prints = state.fingerprints ?? {};
  const compare: { key: TableKey; row0: number; row1: number }[] = [];
  const data = new Set<TableKey>();
  for (const key of keys) {
    const mine = edits.filter((e) => e.table === key);
    const fp = prints[key];
    const rows = fp?.rows;
    const local =
      fp && rows && fp.bodyRow0 !== undefined && fp.col0 !== undefined && fp.width !== undefined && mine.length > 0
        ? mine.every(
            (e) =>
              e.kind === "cells" &&
              e.tableName?.toLowerCase() === fp.tableName?.toLowerCase() &&
              e.row0 >= fp.bodyRow0! &&
              e.row1 < fp.bodyRow0! + rows.length &&
              e.col0 >= fp.col0! &&
              e.col1 < fp.col0! + fp.width! &&
              e.row1 - e.row0 < MAX_ROWS_TO_COMPARE,
          )
        : false;
    if (!local) data.add(key);
    else for (const e of mine) if (e.kind === "cells") compare.push({ key, row0: e.row0, row1: e.row1 });
  }
  if (compare.length === 0) return keys.filter((k) => data.has(k));
  const read = await excelRun(async (ctx) => {
    const ranges = compare.map((c) => {
      const fp = prints[c.key]!;
      return ctx.workbook.worksheets
        .getItem(fp.sheet!)
        .getRange(a1(c.row0, fp.col0!, c.row1, fp.col0! + fp.width! - 1))
        .load("values");
    });
    await ctx.sync();
    return ranges.map((r) => r.values);
  });
  compare.forEach((c, i) => {
    const fp = prints[c.key]!;
    const skip = new Set(fp.skip ? fp.skip.split(",").map(Number) : []);
    const same = read[i].every((row, j) => rowFingerprint(row, skip) === fp.rows![c.row0 + j - fp.bodyRow0!]);
    if (!same) data.add(c.key);
  });
  return keys.filter((k) => data.has(k));
}

/** Like `subscribeTables`, for whoever only needs to know that data changed (the pane's hint). */
export function subscribeDataChanges(state: HostState, handler: (tables: TableKey[]) => void): Promise<() => Promise<void>> {
  return subscribeTables(state, (keys, edits) => {
    withDataChanges(state, keys, edits).then(
      (changed) => changed.length > 0 && handler(changed),
      // Could not tell (a sheet renamed meanwhile …): say the data changed rather than nothing.
      () => handler([...keys]),
    );
  });
}
