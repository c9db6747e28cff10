/**
 * Where this window's amount came from (seeds/003): a company's business typically comes 75 % from
 * existing products sold to existing customers, 15 % from cross-selling new products to existing
 * customers, and only 10 % from new customers.
 *
 * For the purchases in the scoring window (SPEC section 3: `asOf − W months < date ≤ asOf`):
 *   - a customer is **new** when their first purchase is in the window (none on or before its start);
 *   - otherwise a purchase is **cross-selling** when the customer never bought that product before
 *     the window (products compare trimmed, NFKC, case-insensitive), else **existing**;
 *   - an existing customer's purchase without a product cannot be placed: its amount is kept apart
 *     and shown as such, never guessed into either share.
 * Orphan purchases (no such customer) are reported elsewhere and not counted. Refunds count in
 * their share, as in the amount of SPEC section 3.
 */
import type { LinkedBook } from "./book";
import type { Day } from "./dates";
import { windowStart } from "./quadrant";

/** The rule of thumb of seeds/003, as shares. */
export const RULE_OF_THUMB = { existing: 0.75, crossSell: 0.15, newCustomers: 0.1 } as const;

export type MixPart = keyof typeof RULE_OF_THUMB;
export const MIX_PARTS: readonly MixPart[] = ["existing", "crossSell", "newCustomers"];

export interface RevenueMix {
  /** Amount per part in the window. */
  amount: Record<MixPart, number>;
  /** Amount of existing customers' purchases without a product (not in any part). */
  unplaced: number;
  /** Share of each part in the placed amount; undefined when that amount is not positive. */
  share?: Record<MixPart, number>;
  /** The book has no product column: only new vs existing customers can be told apart. */
  noProductColumn: boolean;
}

const productKey = (text: string) => text.normalize("NFKC").trim().toLowerCase();

export function revenueMix(book: LinkedBook, asOf: Day, windowMonths: number): RevenueMix {
  const start = windowStart(asOf, windowMonths);
  const noProductColumn = !book.tables.purchases?.cols.has("product");
  // What each customer had bought on or before the window's start.
  const before = new Map<number, Set<string>>();
  const { customer, day, productCode, productTexts } = book.purchases;
  // Normalized once per distinct product text, not once per purchase.
  const keys = productTexts.map(productKey);
  const sums = book.purchases.amount;
  const n = book.purchases.length;
  for (let i = 0; i < n; i++) {
    if (customer[i] < 0 || day[i] > start) continue;
    let set = before.get(customer[i]);
    if (!set) before.set(customer[i], (set = new Set()));
    set.add(keys[productCode[i]]);
  }
  const amount: Record<MixPart, number> = { existing: 0, crossSell: 0, newCustomers: 0 };
  let unplaced = 0;
  for (let i = 0; i < n; i++) {
    if (customer[i] < 0 || day[i] <= start || day[i] > asOf) continue;
    const bought = before.get(customer[i]);
    const product = keys[productCode[i]];
    if (!bought) amount.newCustomers += sums[i];
    else if (product === "") unplaced += sums[i];
    else if (bought.has(product)) amount.existing += sums[i];
    else amount.crossSell += sums[i];
  }
  const round = (x: number) => (x === 0 ? 0 : Number(x.toFixed(6)));
  for (const k of MIX_PARTS) amount[k] = round(amount[k]);
  const placed = amount.existing + amount.crossSell + amount.newCustomers;
  const share =
    placed > 0
      ? { existing: amount.existing / placed, crossSell: amount.crossSell / placed, newCustomers: amount.newCustomers / placed }
      : undefined;
  return { amount, unplaced: round(unplaced), share, noProductColumn };
}
