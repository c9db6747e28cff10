/**
 * One purchase amount typed: what an edit costs the custom functions, through the real Office.js
 * host on the in-memory Excel (byte-true payloads: 5 MB of UTF-8 per response). The book is set up
 * as the add-in leaves it (customer and purchase tables with the add-in's names), a live
 * `CRM.QUADRANT` cell per customer is answered, then a user types one amount that moves a customer
 * to another quadrant. Measured from the keystroke's change (the cell written) until every live cell
 * holds its new value: the syncs, the response bytes, the wall time — the engine's settle delay set
 * to 0 (in the add-in it waits 30 ms for a burst of events to end; that wait is not work).
 * The end is the moment the engine has pushed to every live cell (its subscribers hear last). The
 * first edit after the full read runs cold code amid that read's garbage (`firstMs`; the engine
 * builds the incremental index in the idle moment after the read, not on the keystroke); the figure
 * is the median of the edits after it. After the edits, every cell is checked against a full read and rescore (`matchesFull`;
 * the property test of test/functions/edits.test.ts checks after every edit).
 */
import { createFakeExcel, type FakeExcel } from "../src/fake-excel";
import { createExcelHost } from "../src/excel/excelHost";
import { FunctionEngine } from "../src/functions/engine";
import { snapshotOf } from "../src/functions/snapshot";
import { runFunction, type Result } from "../src/functions/catalog";
import { sameResult } from "../src/functions/engine";
import { TABLES } from "../src/core/schema";
import { columnLetters } from "../src/excel/address";
import type { Cell } from "../src/core/table";
import { dayFromSerial } from "../src/core/dates";
import { customerId, makeBook } from "./data";
import { fullGc, now, round } from "./timing";

export interface EditResult {
  customers: number;
  purchases: number;
  /** Live CRM.QUADRANT cells (one per customer). */
  cells: number;
  /** `context.sync()` calls of one edit's update. */
  syncs: number;
  /** Response bytes of those syncs. */
  bytesRead: number;
  /** Median wall time, edit → every live cell current (settle delay 0). */
  ms: number;
  /** The first edit after the full read (cold code, the read's garbage still to collect). */
  firstMs: number;
  /** Cells whose value changed, per edit (median). */
  pushed: number;
  /** Table reads (`readBook`) during the edits: 0 when every edit was localized. */
  fullReads: number;
  /** After every edit, every live cell equals a full read and rescore. */
  matchesFull: boolean;
  runs: number;
}

function seed(fake: FakeExcel, raw: ReturnType<typeof makeBook>["raw"]): void {
  for (const key of ["customers", "purchases"] as const) {
    const t = raw.tables[key]!;
    fake.workbook.user.addSheet(t.sheet);
    fake.workbook.user.setValues(t.sheet, "A1", [t.headers, ...t.rows] as (string | number | boolean)[][]);
    fake.workbook.user.addTable(t.sheet, `A1:${columnLetters(t.headers.length - 1)}${t.rows.length + 1}`, TABLES[key].tableName);
  }
}

export async function benchEdit(customers: number, purchases: number, runs = 9): Promise<EditResult> {
  const bench = makeBook(customers, purchases);
  const fake = createFakeExcel({ sheets: [] });
  fake.install(globalThis);
  seed(fake, bench.raw);
  const host = createExcelHost({ today: () => bench.asOf });
  const engine = new FunctionEngine(host, { asOf: bench.asOf, lang: () => "zh-CN", settleMs: 0, followMidnight: false });
  const results: Result[] = new Array(customers);
  for (let i = 0; i < customers; i++) {
    engine.stream("QUADRANT", [customerId(i)], { setResult: (r) => (results[i] = r) });
  }
  const settle = async () => {
    for (let k = 0; k < 2; k++) {
      await fake.workbook.whenIdle();
      await engine.settled();
    }
  };
  await settle();

  // Customers in III or IV with a purchase in the window, far below the column map's sample rows.
  const rows = bench.raw.tables.purchases!.rows;
  const start = bench.asOf - 300;
  const targets: { row: number; amount: Cell }[] = [];
  for (let r = rows.length - 1; r >= 100 && targets.length < runs; r--) {
    const i = Number(String(rows[r][0]).slice(1)) - 1;
    const day = dayFromSerial(rows[r][1] as number, false);
    if ((results[i] === "III" || results[i] === "IV") && day !== undefined && day > start && day <= bench.asOf) {
      if (!targets.some((t) => rows[t.row][0] === rows[r][0])) targets.push({ row: r, amount: rows[r][3] });
    }
  }

  const times: number[] = [];
  const pushed: number[] = [];
  let syncs = 0;
  let bytesRead = 0;
  // The moment the engine has pushed a new snapshot's results to every live cell (its subscribers hear of it last).
  let current = 0;
  const unsubscribe = engine.subscribe(() => (current = now()));
  const readsBefore = engine.stats.reads;
  fullGc();
  // Back to back, as a rep types: a full read between edits would leave its garbage to the next one.
  for (const target of targets) {
    const before = results.slice();
    fake.stats.resetCounts();
    const t = now();
    fake.workbook.user.setValues(bench.raw.tables.purchases!.sheet, `D${target.row + 2}`, [[10_000_000]]);
    await settle();
    times.push(current - t);
    syncs = Math.max(syncs, fake.stats.syncs);
    bytesRead = Math.max(bytesRead, fake.stats.bytesRead);
    pushed.push(results.filter((r, i) => !sameResult(r, before[i])).length);
  }
  const fullReads = engine.stats.reads - readsBefore;
  // Not timed: the cells after all the edits, against a full read and rescore.
  const full = snapshotOf(await createExcelHost().readBook(), { asOf: bench.asOf, today: bench.asOf, lang: "zh-CN" });
  const ctx = { lang: "zh-CN" as const, snap: full };
  const matchesFull = results.every((r, i) => sameResult(r, runFunction("QUADRANT", ctx, [customerId(i)])));
  unsubscribe();
  await engine.dispose();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
  return {
    customers,
    purchases: bench.purchases,
    cells: customers,
    syncs,
    bytesRead,
    ms: round(median(times.slice(1))),
    firstMs: round(times[0] ?? 0),
    pushed: median(pushed),
    fullReads,
    matchesFull,
    runs: Math.max(0, times.length - 1),
  };
}
