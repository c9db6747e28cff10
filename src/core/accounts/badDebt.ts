/**
 * Bad debt costs sales (SPEC 5c, seeds/002 坏账需要额外销售额弥补): a loss L at net margin m takes
 * L ÷ m of extra sales to make good — 500 at 2 % → 25,000; 1,000 at 6 % → 16,667.
 */
import type { LinkedBook } from "../book";
import type { Day } from "../dates";
import { roundMoney, windowStart } from "../quadrant";
import { statusCode } from "../purchases";

/** The extra sales that make good a loss at a margin, rounded to the unit (the deck's table). */
export function extraSales(loss: number, margin: number): number {
  // roundMoney first: 1,000 ÷ 0.06 and 0.1 + 0.2-style sums must not round on float noise.
  return Math.round(roundMoney(loss / margin));
}

/** Per customer (book order): the window's purchases with status 坏账, summed. */
export function badDebtsOf(book: LinkedBook, asOf: Day, windowMonths: number): Float64Array {
  const out = new Float64Array(book.customers.length);
  const start = windowStart(asOf, windowMonths);
  const code = statusCode("badDebt");
  const { customer, day, amount, status } = book.purchases;
  for (let i = 0; i < book.purchases.length; i++) {
    const c = customer[i];
    if (c >= 0 && status[i] === code && day[i] > start && day[i] <= asOf) out[c] += amount[i];
  }
  for (let i = 0; i < out.length; i++) out[i] = roundMoney(out[i]);
  return out;
}
