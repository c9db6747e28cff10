/**
 * What the functions' scored snapshot keeps in memory at 10,000 × 200,000: the heap (plus typed
 * array buffers) after a forced full GC with the snapshot held, minus the same without it. The
 * snapshot keeps the raw cells it was read from (the linked book refers to its tables for
 * writing back and for the customer card), so that part is reported apart.
 */
import { snapshotOf } from "../src/functions/snapshot";
import { makeBook } from "./data";
import { fullGc, round } from "./timing";

export interface MemoryResult {
  customers: number;
  purchases: number;
  /** Retained by the snapshot the functions keep: raw cells, linked book, scores. */
  snapshotMB: number;
  /** Of which the raw cells as read (what any reader of the workbook holds). */
  rawMB: number;
  /** Of which what linking and scoring add: customers, purchase columns, scores, problems. */
  linkedMB: number;
}

/** Heap in use plus ArrayBuffer memory (typed arrays live outside the JS heap), after full GCs. */
function used(): number {
  fullGc();
  fullGc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

const MB = 2 ** 20;

export function benchMemory(customers: number, purchases: number): MemoryResult {
  const base = used();
  let bench: ReturnType<typeof makeBook> | undefined = makeBook(customers, purchases);
  const raw = used() - base;
  const snapshot = snapshotOf(bench.raw, { asOf: bench.asOf, today: bench.asOf });
  // Drop the bench's own reference: from here on only the snapshot keeps the raw cells alive.
  bench = undefined;
  const held = used() - base;
  if (snapshot.analysis.scores.length !== customers) throw new Error("the snapshot lost customers");
  return {
    customers,
    purchases,
    snapshotMB: round(held / MB),
    rawMB: round(raw / MB),
    linkedMB: round((held - raw) / MB),
  };
}
