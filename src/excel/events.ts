/**
 * Telling the custom functions and the pane which datasets changed. One workbook-wide
 * `tables.onChanged` handler (it survives tables being renamed or re-created, unlike a per-table
 * one); the event's table ID is mapped to a dataset by the same rules as every read. The add-in's
 * own writes fire events too: a change that lies entirely in the computed columns is the add-in's
 * and is not reported (a user typing there is overwritten at the next refresh anyway).
 */
import type { TableKey } from "../core/table";
import { locate } from "./locate";
import { parseArea } from "./address";
import type { HostState } from "./state";

interface TableId {
  id: string;
  name: string;
  sheet: string;
  headers: string[];
}

function queueTableIds(ctx: Excel.RequestContext): () => TableId[] {
  const tables = ctx.workbook.tables.load("items/id,items/name,items/worksheet/name,items/columns/items/name");
  return () =>
    tables.items.map((t) => ({
      id: String(t.id),
      name: t.name,
      sheet: t.worksheet.name,
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

export async function subscribeTables(
  state: HostState,
  handler: (tables: TableKey[]) => void,
): Promise<() => Promise<void>> {
  let byId = new Map<string, TableKey>();
  const names = new Map<string, string>();
  const reload = async () => {
    await Excel.run(async (ctx) => {
      const ids = queueTableIds(ctx);
      await ctx.sync();
      const list = ids();
      byId = datasetsById(list);
      names.clear();
      for (const t of list) names.set(t.id, t.name);
    });
  };

  // Changes arriving together (one paste, one sort) are reported once.
  let pending = new Set<TableKey>();
  let scheduled = false;
  const report = (key: TableKey) => {
    pending.add(key);
    if (scheduled) return;
    scheduled = true;
    void Promise.resolve().then(() => {
      scheduled = false;
      const keys = [...pending];
      pending = new Set();
      if (keys.length) handler(keys);
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
    report(key);
  };

  const registration = await Excel.run(async (ctx) => {
    const ids = queueTableIds(ctx);
    const result = ctx.workbook.tables.onChanged.add(onChanged);
    await ctx.sync();
    const list = ids();
    byId = datasetsById(list);
    for (const t of list) names.set(t.id, t.name);
    return result;
  });

  return async () => {
    // A handler is removed through the context that added it (Office.js rule).
    await Excel.run(registration.context, async (ctx) => {
      registration.remove();
      await ctx.sync();
    });
  };
}
