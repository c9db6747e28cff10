/**
 * Ledger mode (issue 24): a book with no customer sheet, only a purchases-like ledger, is scored
 * from the ledger's own customers — keyed by its ID column or, where it has none, by a name column.
 */
import type { RawBook, TableKey } from "../table";
import type { LinkedBook } from "../book";
import { proposeColumnMap } from "../columns";
import type { Col, TableReader } from "../rows";
import { type PaymentStatus, statusCode } from "../purchases";
import type { Linker } from "./linker";
import { readAssets, readFollowUps, readPolicies } from "./readers";

/**
 * How a ledger is keyed: by the purchases' ID column, or — where it has none (an Excel table set-up
 * adopted, a sheet chosen by the user) — by a customer-name column found beside date and amount.
 */
export function ledgerOf(raw: RawBook): RawBook["ledger"] {
  const purchases = raw.tables.purchases;
  if (raw.tables.customers || !purchases) return undefined;
  if (raw.ledger?.by === "name") return raw.ledger;
  if (proposeColumnMap("purchases", purchases.headers, purchases.rows).fields.id.index !== undefined) return raw.ledger ?? { by: "id" };
  const name = proposeColumnMap("customers", purchases.headers, purchases.rows).fields.name.index;
  return name === undefined ? raw.ledger : { by: "name", column: purchases.headers[name] };
}

/**
 * Ledger mode (issue 24): the customers are the purchases sheet's, met in its order; then the other
 * tables link to them as usual. Said once, at the ledger's header (`table.ledger`).
 */
export function linkLedger(raw: RawBook, reader: (key: TableKey) => TableReader | undefined, link: Linker, book: LinkedBook): void {
  const purchases = reader("purchases");
  if (!purchases) return;
  const { table } = purchases;
  const idAt = purchases.cols.get("id");
  const byName = raw.ledger?.by === "name";
  // The customers' names: the ID column itself in a ledger by name, else a name column beside the ID.
  const nameAt = byName ? idAt : proposeColumnMap("customers", table.headers, table.rows).fields.name.index;
  const name = nameAt !== undefined && nameAt !== idAt ? purchases.col(`ledgerName:${nameAt}`, nameAt) : undefined;
  book.problems.push({
    severity: "warning",
    code: byName ? "table.ledgerByName" : "table.ledger",
    table: "purchases",
    sheet: table.sheet,
    row: table.headerRow,
    column: table.headers[idAt ?? 0] ?? "",
    columnIndex: table.firstColumn + (idAt ?? 0),
    params: { column: table.headers[idAt ?? 0] ?? "" },
  });
  readLedgerPurchases(purchases, link, book, byName ? purchases.col("id") : name);
  const followUps = reader("followUps");
  if (followUps) readFollowUps(followUps, link, book);
  const assets = reader("assets");
  if (assets) readAssets(assets, link, book);
  const policies = reader("policies");
  if (policies) readPolicies(policies, link, book);
}

/** `readPurchases` for a ledger: each row's customer is made the first time it is met. A loop of its own keeps the usual one as it was (measured hot). */
function readLedgerPurchases(t: TableReader, link: Linker, book: LinkedBook, name: Col | undefined): void {
  const id = t.col("id");
  const date = t.col("date");
  const amountCol = t.col("amount");
  const status = t.col("paymentStatus");
  const product = t.col("product");
  const purchases = book.purchases;
  for (const r = t.records(); r.next(); ) {
    const customer = link.ledgerCustomer(r, id, name);
    const day = r.date(date, true);
    const amount = r.amount(amountCol, true);
    const code = statusCode(r.enumKey(status, false) as PaymentStatus | undefined);
    if (customer === undefined || day === undefined || amount === undefined) continue;
    purchases.pushCoded(customer, r.row, day, amount, code, r.interned(product, purchases));
  }
}
