/**
 * The purchase records of a few rows of a linked book's purchase table, exactly as `linkBook`
 * would make them — for hosts that re-read only the rows a user changed and feed the incremental
 * index (incremental.ts). The rows go through `linkBook` itself, over a book of just those rows and
 * the customers their IDs name, with the column map pinned to the full table's (a map proposed
 * from a handful of rows could differ), so there is no second reading path to drift apart.
 *
 * Only the records are the same: problems (and the look-alike watch across tables) depend on the
 * whole book and are left to a full link.
 */
import type { Cell, RawBook, RawTable } from "./table";
import { type LinkedBook, type PurchaseRec, linkBook } from "./book";
import { SAMPLE_SIZE } from "./columns";
import { parseId } from "./parse/id";
import { customersByName, keyedByName } from "./nameLink";

/** A body row of the purchase table: its index under the header and its cells. */
export interface BodyRow {
  index: number;
  cells: Cell[];
}

/**
 * Whether a change to body row `index` of a table can change the table's column map: the map
 * looks at the first rows' values (a status column recognised by its values), so only those can.
 */
export function canMoveColumnMap(index: number): boolean {
  return index < SAMPLE_SIZE;
}

/**
 * Each row's purchase record (undefined: the row is no purchase — blank, a total, a bad ID, date
 * or amount), with `customer` indexing `book.customers`. Undefined as a whole when the table's
 * columns cannot be pinned (repeated captions), so the caller links the whole book instead.
 */
export function purchaseRecords(book: LinkedBook, rows: readonly BodyRow[]): (PurchaseRec | undefined)[] | undefined {
  const purchases = book.tables.purchases;
  const customers = book.tables.customers;
  if (!purchases?.map || !customers?.map) return undefined;
  const pinned = (t: RawTable, map: NonNullable<typeof purchases.map>) => {
    if (new Set(t.headers).size !== t.headers.length) return undefined;
    const choices: Record<string, string | null> = {};
    for (const f of Object.values(map.fields)) choices[f.field] = f.index === undefined ? null : t.headers[f.index];
    return choices;
  };
  const purchaseChoices = pinned(purchases.table, purchases.map);
  const customerChoices = pinned(customers.table, customers.map);
  if (!purchaseChoices || !customerChoices) return undefined;

  // The customers these rows name, in book order (a customer's index is found again by its key).
  const idIndex = purchases.cols.get("id");
  // Purchases linked by name (nameLink.ts): every customer bearing the name, as the full link sees them.
  const byName = keyedByName(purchases.map) ? customersByName(book.customers) : undefined;
  const named = new Set<number>();
  for (const r of rows) {
    const id = idIndex === undefined ? undefined : parseId(r.cells[idIndex] ?? null);
    if (!id?.ok) continue;
    for (const c of byName?.get(id.value.key) ?? [book.byKey.get(id.value.key)]) if (c !== undefined) named.add(c);
  }
  const own = [...named].sort((a, b) => a - b).map((c) => book.customers[c]);
  // One row per record, in a table whose header sits right above: row i is worksheet row i + 2.
  const mini: RawBook = {
    date1904: book.date1904,
    tables: {
      customers: { ...customers.table, headerRow: 1, rows: own.map((c) => c.cells) },
      purchases: { ...purchases.table, headerRow: 1, rows: rows.map((r) => r.cells), titleRows: undefined, alsoFits: undefined },
    },
    choices: { customers: customerChoices, purchases: purchaseChoices },
  };
  const linked = linkBook(mini, "en-US");
  const out: (PurchaseRec | undefined)[] = rows.map(() => undefined);
  const headerRow = purchases.table.headerRow;
  for (const p of linked.purchases) {
    const i = p.row - 2;
    out[i] = {
      ...p,
      customer: p.customer < 0 ? -1 : book.byKey.get(linked.customers[p.customer].key)!,
      row: headerRow + 1 + rows[i].index,
    };
  }
  return out;
}
