/**
 * A column of 5,000 `=CRM.QUADRANT(A2)` cells as Excel calls them (one call each, in one
 * recalculation wave), answered by the functions' engine. Counts the engine's table reads
 * (`readBook()` calls) — the design's rule is one read per wave — and, after a purchase table
 * change, the reads and pushes of the refresh.
 */
import { FunctionEngine } from "../src/functions/engine";
import type { Result } from "../src/functions/catalog";
import type { RawBook, TableKey } from "../src/core/table";
import { customerId, makeBook } from "./data";
import { now, round } from "./timing";

export interface FunctionsResult {
  cells: number;
  /** readBook() calls to answer the whole column. */
  tableReads: number;
  /** Engine waves used for it. */
  waves: number;
  /** Wall time from the first call to the last answer (includes the read, link and scoring). */
  waveMs: number;
  /** After one change to the purchase table: reads, and results pushed to cells. */
  readsAfterChange: number;
  pushesAfterChange: number;
  /** Every cell got a quadrant numeral. */
  allAnswered: boolean;
}

/** A book source over an in-memory RawBook that counts reads and can fire change events. */
class CountingSource {
  reads = 0;
  private handler?: (tables: TableKey[]) => void;
  constructor(public raw: RawBook) {}
  readBook(): Promise<RawBook> {
    this.reads++;
    return Promise.resolve(this.raw);
  }
  onTablesChanged(handler: (tables: TableKey[]) => void): Promise<() => Promise<void>> {
    this.handler = handler;
    return Promise.resolve(async () => {
      this.handler = undefined;
    });
  }
  change(tables: TableKey[]): void {
    this.handler?.(tables);
  }
}

export async function benchFunctions(cells = 5000, purchasesPerCustomer = 20): Promise<FunctionsResult> {
  const bench = makeBook(cells, cells * purchasesPerCustomer);
  const source = new CountingSource(bench.raw);
  const engine = new FunctionEngine(source, {
    asOf: bench.asOf,
    lang: () => "en-US",
    settleMs: 0,
    followMidnight: false,
  });
  const results: Result[] = new Array(cells);
  let answered = 0;
  let resolveAll!: () => void;
  const all = new Promise<void>((resolve) => (resolveAll = resolve));
  const t = now();
  for (let i = 0; i < cells; i++) {
    engine.stream("QUADRANT", [customerId(i)], {
      setResult(result) {
        if (results[i] === undefined && ++answered === cells) resolveAll();
        results[i] = result;
      },
    });
  }
  await all;
  const waveMs = now() - t;
  const tableReads = source.reads;
  const waves = engine.stats.waves;
  // A purchase appended for customer 1 (as a rep would type it), then the change event.
  const purchases = bench.raw.tables.purchases!;
  const last = purchases.rows[purchases.rows.length - 1];
  source.raw = {
    ...bench.raw,
    tables: {
      ...bench.raw.tables,
      purchases: { ...purchases, rows: [...purchases.rows, [customerId(0), last[1], "基金", 1e7, "正常"]] },
    },
  };
  const pushesBefore = engine.stats.pushes;
  source.change(["purchases"]);
  await new Promise((resolve) => setTimeout(resolve, 20));
  await engine.settled();
  const readsAfterChange = source.reads - tableReads;
  const pushesAfterChange = engine.stats.pushes - pushesBefore;
  await engine.dispose();
  return {
    cells,
    tableReads,
    waves,
    waveMs: round(waveMs),
    readsAfterChange,
    pushesAfterChange,
    allAnswered: results.every((r) => r === "I" || r === "II" || r === "III" || r === "IV"),
  };
}
