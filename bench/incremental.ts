/**
 * One purchase typed into a 10,000-customer book: appended to the incremental index and
 * re-scored (medians included), then the changed customers' scores read back — what a host
 * would write. Timed per edit; compared with a full rescore of the same book.
 */
import { linkBook } from "../src/core/book";
import type { PaymentStatus, PurchaseRec } from "../src/core/book";
import { scoreBook } from "../src/core/analyze";
import { dayFromSerial } from "../src/core/dates";
import { ScoreIndex } from "../src/core/incremental";
import { makeBook, purchaseGenerator } from "./data";
import { fullGc, measure, median, now, round } from "./timing";

export interface IncrementalResult {
  customers: number;
  purchases: number;
  /** Mean time of one append + re-score + reading the changed customers' scores. */
  msPerPurchase: number;
  medianMsPerPurchase: number;
  p99MsPerPurchase: number;
  msPerRemove: number;
  msPerUpdate: number;
  /** Customers whose score changed per append, on average (the rows a host would rewrite). */
  changedPerPurchase: number;
  buildMs: number;
  /** A full scoreBook of the same book, for contrast. */
  fullRescoreMs: number;
  /** After all the edits the index still equals a full rescore. */
  matchesFull: boolean;
  edits: number;
}

const STATUS: Record<string, PaymentStatus | undefined> = {
  正常: "paid",
  待回款: "pending",
  逾期: "overdue",
  坏账: "badDebt",
};

export function benchIncremental(customers: number, purchases: number, edits = 2000): IncrementalResult {
  const bench = makeBook(customers, purchases);
  const book = linkBook(bench.raw, "zh-CN");
  const build = measure(() => new ScoreIndex(book, bench.asOf), { warmup: 1, runs: 3 });
  const index = build.result;
  const next = purchaseGenerator(customers, 12345);
  const recs: PurchaseRec[] = [];
  for (let i = 0; i < edits; i++) {
    const { customer, row } = next();
    recs.push({
      customer,
      row: 2 + purchases + i,
      day: dayFromSerial(row[1] as number, false)!,
      amount: row[3] as number,
      status: STATUS[row[4] as string],
      product: String(row[2]),
    });
  }
  const sink: unknown[] = [];
  const timed = (fn: () => number[]): number => {
    const t = now();
    const changed = fn();
    for (const c of changed) sink.push(index.score(c));
    return now() - t;
  };
  // Warm-up on a copy of the work (the same code paths), then the measured edits.
  const warm = new ScoreIndex(book, bench.asOf);
  for (let i = 0; i < 200; i++) warm.removePurchase(warm.addPurchase(recs[i]).handle);
  fullGc();
  const addTimes: number[] = [];
  const handles: number[] = [];
  let changedTotal = 0;
  for (const rec of recs) {
    addTimes.push(
      timed(() => {
        const u = index.addPurchase(rec);
        handles.push(u.handle);
        changedTotal += u.changed.length;
        return u.changed;
      }),
    );
    sink.length = 0;
  }
  const updateTimes: number[] = [];
  for (let i = 0; i < handles.length; i += 2) {
    const rec = recs[(i + 1) % recs.length];
    updateTimes.push(timed(() => index.updatePurchase(handles[i], { ...rec, row: recs[i].row }).changed));
    sink.length = 0;
  }
  const full = measure(() => scoreBook({ ...book, purchases: index.livePurchases() }, bench.asOf, "zh-CN"), {
    warmup: 1,
    runs: 3,
  });
  const expected = full.result.scores;
  const matchesFull = JSON.stringify(index.scores()) === JSON.stringify(expected);
  const removeTimes: number[] = [];
  for (let i = 1; i < handles.length; i += 2) {
    removeTimes.push(timed(() => index.removePurchase(handles[i]).changed));
    sink.length = 0;
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const p99 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.99)];
  return {
    customers,
    purchases,
    msPerPurchase: round(mean(addTimes), 4),
    medianMsPerPurchase: round(median(addTimes), 4),
    p99MsPerPurchase: round(p99(addTimes), 4),
    msPerRemove: round(mean(removeTimes), 4),
    msPerUpdate: round(mean(updateTimes), 4),
    changedPerPurchase: round(changedTotal / edits, 1),
    buildMs: round(build.median),
    fullRescoreMs: round(full.median),
    matchesFull,
    edits,
  };
}
