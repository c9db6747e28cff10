/**
 * Why a customer sits in their quadrant (SPEC 3: "every number a user sees can be traced"): the
 * purchases that made up the amount and the frequency, the one that triggered the bad-payment
 * penalty, how far each threshold is in purchases or money, and what a bad debt costs in extra
 * sales (seeds/002: extra sales = loss ÷ margin). The figures are recomputed from the traced rows
 * with the scoring rule's own functions, so the 360 view cannot disagree with the score.
 */
import type { Analysis } from "../analyze";
import type { PurchaseRec } from "../book";
import { type Figures, high, inWindow, isBadPayment, makeFigures, place, roundMoney, windowStart } from "../quadrant";
import type { Day } from "../dates";
import type { Quadrant } from "../strategy";
import { extraSales } from "../accounts/badDebt";

export interface TracedPurchase {
  row: number;
  day: Day;
  amount: number;
  product: string;
  status?: PurchaseRec["status"];
  bad: boolean;
}

/** How far a threshold is: for a low value, what it takes to reach it; for a high one, the room above it. */
export type Distance =
  | { high: false; /** Extra needed (money, or purchases for closeness); `null` = unreachable while the penalty applies. */ need: number | null; to: Quadrant }
  | { high: true; /** How much the value could drop and stay high (money, or purchases). */ room: number; to: Quadrant };

export interface Explanation extends Figures {
  index: number;
  quadrant: Quadrant;
  borderline: boolean;
  windowStart: Day;
  asOf: Day;
  windowMonths: number;
  /** The purchases counted in the window, in sheet order. */
  counted: TracedPurchase[];
  /** The counted purchases that are overdue or bad debts (the first one triggered the penalty). */
  badRows: TracedPurchase[];
  penalty: number;
  thresholds: { amount: number; closeness: number };
  amountDistance: Distance;
  /** In purchases (closeness is purchases ÷ window months, times the penalty factor). */
  closenessDistance: Distance;
  /** Closeness without the penalty, and the quadrant it would give (only when there is a bad payment). */
  withoutPenalty?: { closeness: number; quadrant: Quadrant };
  /** The window's bad debts (SPEC 5c), so the 360 view and the key-accounts tab give one figure. */
  badDebt: { rows: TracedPurchase[]; amount: number; margin: number; extraSales: number };
}

function trace(p: PurchaseRec): TracedPurchase {
  return { row: p.row, day: p.day, amount: p.amount, product: p.product, status: p.status, bad: isBadPayment(p) };
}

export function explainCustomer(a: Analysis, index: number): Explanation {
  const { book, asOf, thresholds } = a;
  const s = book.settings;
  const start = windowStart(asOf, s.windowMonths);
  const own = book.purchases.ofCustomer(index);
  const counted = own.filter((p) => inWindow(p.day, start, asOf)).map(trace);
  const badRows = counted.filter((p) => p.bad);
  const figures = makeFigures(
    counted.reduce((sum, p) => sum + p.amount, 0),
    counted.length,
    badRows.length > 0,
    s,
  );
  const { quadrant, borderline } = place(figures.amount, figures.closeness, thresholds, s.borderlineMargin);
  const amountHigh = high(figures.amount, thresholds.amount);
  const closenessHigh = high(figures.closeness, thresholds.closeness);
  const quadrantOf = (a: boolean, k: boolean): Quadrant => (a ? (k ? "I" : "II") : k ? "IV" : "III");

  const debts = counted.filter((p) => p.status === "badDebt");
  const lost = roundMoney(debts.reduce((sum, p) => sum + p.amount, 0));
  const closenessAt = (n: number, bad: boolean) => makeFigures(0, n, bad, s).closeness;

  let withoutPenalty: Explanation["withoutPenalty"];
  if (figures.badPayment) {
    const k = closenessAt(figures.transactions, false);
    withoutPenalty = { closeness: k, quadrant: quadrantOf(amountHigh, high(k, thresholds.closeness)) };
  }

  return {
    ...figures,
    index,
    quadrant,
    borderline,
    windowStart: start,
    asOf,
    windowMonths: s.windowMonths,
    counted,
    badRows,
    penalty: s.badPaymentPenalty,
    thresholds,
    amountDistance: amountHigh
      ? { high: true, room: roundMoney(figures.amount - thresholds.amount), to: quadrantOf(false, closenessHigh) }
      : { high: false, need: roundMoney(amountNeeded(figures.amount, thresholds.amount)), to: quadrantOf(true, closenessHigh) },
    closenessDistance: closenessHigh
      ? { high: true, room: purchasesRoom(figures.transactions, (n) => high(closenessAt(n, figures.badPayment), thresholds.closeness)), to: quadrantOf(amountHigh, false) }
      : { high: false, need: purchasesNeeded(figures.transactions, (n) => high(closenessAt(n, figures.badPayment), thresholds.closeness), s.badPaymentPenalty >= 1 && figures.badPayment), to: quadrantOf(amountHigh, true) },
    withoutPenalty,
    badDebt: { rows: debts, amount: lost, margin: s.profitMargin, extraSales: extraSales(lost, s.profitMargin) },
  };
}

/** Money still to buy to be high: up to the threshold, or just above zero when the threshold is 0 ("more than"). */
function amountNeeded(amount: number, threshold: number): number {
  return threshold > 0 ? threshold - amount : -amount;
}

/** The fewest extra purchases that make closeness high (the penalty stays while the bad row is in the window). */
function purchasesNeeded(n: number, isHigh: (n: number) => boolean, impossible: boolean): number | null {
  if (impossible) return null;
  // Each purchase raises closeness by a fixed step, so the count is found by stepping; the first
  // guess comes from arithmetic, the check from the scoring rule itself (no float disagreement).
  let m = 1;
  while (!isHigh(n + m)) m *= 2;
  let lo = 0;
  while (m - lo > 1) {
    const mid = (lo + m) >> 1;
    if (isHigh(n + mid)) m = mid;
    else lo = mid;
  }
  return m;
}

/** How many purchases could drop out of the window with closeness still high. */
function purchasesRoom(n: number, isHigh: (n: number) => boolean): number {
  let room = 0;
  while (room < n && isHigh(n - room - 1)) room++;
  return room;
}
