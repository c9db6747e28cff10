/**
 * A customer sheet made from a ledger (issue 24): the book has no customer sheet, its customers are
 * derived from a purchases-like sheet (ledger mode, core/book.ts), and the rep asks for a customer
 * sheet to keep them in. A new sheet, one row per derived customer in the order first met — ID,
 * name, the other customer columns empty for the rep to fill — and nothing of the ledger moved or
 * changed. Where the ledger has no IDs (customers keyed by name), the new sheet gets generated IDs
 * and the column map binds the purchases' ID to the ledger's name column, which links the purchases
 * to the customers by name (core/nameLink.ts): the scores stay those of the ledger.
 *
 * Syncs, whatever the size: set-up first when the ledger is not yet the add-in's purchases table
 * or the book has no column map (4), read (2), write (1), then set-up again for the new table's
 * computed columns, drop-downs and formats (4).
 */
import type { Cell } from "../core/table";
import { type Lang, t } from "../core/i18n";
import { TABLES, caption } from "../core/schema";
import { bookLang, ledgerOf, linkBook } from "../core/book";
import type { SetupResult } from "./host";
import { readSnapshot, type Snapshot } from "./readBook";
import { queueMapChanges } from "./columnMapTable";
import { uniqueSheetName } from "./ownedSheet";
import { refuseProtected, refuseStructure } from "./limits";
import { quietFromHere, quietSynced } from "./quiet";
import { a1 } from "./address";
import type { HostState } from "./state";

/** What was made, for the pane's message. */
export interface LedgerSheetResult {
  /** The new customer sheet's name. */
  sheet: string;
  /** The ledger the customers were taken from. */
  ledger: string;
  customers: number;
  /** Set where the ledger had no IDs: the IDs generated, and the ledger's name column the purchases now link by. */
  generated?: { first: string; last: string; column: string };
}

/** A refusal the pane shows as it is: the sentence says what to do. */
export class LedgerRefused extends Error {
  readonly code = "CrmLedgerRefused";
}

/** The ledger is set up: the add-in's purchases table, and a column map to bind its name column in. */
const ready = (snap: Snapshot) => snap.located.found.purchases?.via === "name" && snap.book.columnMap !== undefined;

export async function customerSheetFromLedger(
  ctx: Excel.RequestContext,
  lang: Lang,
  state: HostState,
  setup: (ctx: Excel.RequestContext) => Promise<SetupResult>,
): Promise<LedgerSheetResult> {
  let snap = await readSnapshot(ctx, state);
  refuseUnlessLedger(snap, lang);
  // Set up first: a plain-range ledger is found only by the ledger search, which a customer
  // sheet ends; as the add-in's table it is found by name.
  if (!ready(snap)) {
    const done = await setup(ctx);
    const asked = done.ask.find((q) => q.table === "purchases");
    if (asked) throw new LedgerRefused(t(lang, "ledger.error.ask", { sheets: asked.sheets.map((s) => `“${s}”`).join(t(lang, "taskpane.list.separator")) }));
    snap = await readSnapshot(ctx, state);
    refuseUnlessLedger(snap, lang);
  }
  const purchases = snap.book.tables.purchases!;
  const ledger = ledgerOf(snap.book);
  const linked = linkBook(snap.book, lang);
  if (linked.customers.length === 0) throw new LedgerRefused(t(lang, "ledger.error.empty", { sheet: purchases.sheet }));

  const written = bookLang(snap.book);
  const sheet = uniqueSheetName(caption(TABLES.customers, written), snap.sheets);
  refuseStructure(snap.structureProtected, [sheet]);
  refuseProtected(snap.protectedSheets, [snap.book.columnMap?.sheet]);
  const headers = TABLES.customers.columns.map((c) => caption(c, written));
  const nameAt = headers.indexOf(caption(TABLES.customers.columns.find((c) => c.key === "name")!, written));
  const idAt = linked.tables.purchases?.cols.get("id");
  const byName = ledger?.by === "name";
  const width = Math.max(3, String(linked.customers.length).length);
  const generatedId = (i: number) => `C${String(i + 1).padStart(width, "0")}`;
  const rows: Cell[][] = linked.customers.map((c, i) => {
    const row: Cell[] = headers.map(() => "");
    // The ID as the ledger holds it (a number stays a number, so it links as before).
    const own = idAt !== undefined ? c.cells[idAt] : undefined;
    row[0] = byName ? generatedId(i) : typeof own === "number" ? own : c.id;
    row[nameAt] = byName ? c.id : c.name;
    return row;
  });

  const end = quietFromHere(ctx, state);
  const ws = ctx.workbook.worksheets.add(sheet);
  const area = a1(0, 0, rows.length, headers.length - 1);
  // The IDs as text: a generated "C001" or a ledger's "001" must not become a number.
  ws.getRange(a1(1, 0, rows.length, 0)).numberFormat = rows.map((r) => [typeof r[0] === "number" ? "General" : "@"]);
  ws.getRange(area).values = [headers, ...rows];
  const table = ws.tables.add(area, true);
  table.name = TABLES.customers.tableName;
  ws.freezePanes.freezeRows(1);
  ws.getRange(a1(0, 0, 0, headers.length - 1)).format.autofitColumns();
  // The rep sees what was made (and where to fill in the phones and birthdays).
  ws.activate();
  if (byName && ledger?.by === "name")
    queueMapChanges(ctx, { raw: snap.book.columnMap! }, [{ table: "purchases", field: "id", choice: { kind: "caption", caption: ledger.column } }], written);
  end();
  await ctx.sync();
  quietSynced(state);
  // The new table's computed columns, drop-downs and formats, as set-up gives every customer table.
  await setup(ctx);
  return {
    sheet,
    ledger: purchases.sheet,
    customers: rows.length,
    ...(byName && ledger?.by === "name" ? { generated: { first: generatedId(0), last: generatedId(rows.length - 1), column: ledger.column } } : {}),
  };
}

function refuseUnlessLedger(snap: Snapshot, lang: Lang): void {
  const customers = snap.located.found.customers;
  if (customers) throw new LedgerRefused(t(lang, "ledger.error.hasCustomers", { sheet: customers.sheet }));
  if (!snap.book.tables.purchases || !snap.book.ledger) throw new LedgerRefused(t(lang, "ledger.error.none"));
}
