/**
 * What the streaming mechanism costs at 5,000 cells (JavaScript side; Excel's own cost of
 * delivering results is not measurable outside Excel). Not a test — run it:
 *
 *   node --expose-gc --import tsx test/functions/streaming-cost.ts [cells] [purchasesPerCustomer]
 *
 * Prints one JSON object: the first wave, memory per live call, the time to push an update to
 * every cell, the time for a change that moves one customer, and the alternatives' JS-side cost
 * (a volatile wave answered from the snapshot; a table argument re-linked per call).
 */
import { FunctionEngine, sameResult } from "../../src/functions/engine";
import { type Result, runFunction } from "../../src/functions/catalog";
import type { RawBook, TableKey } from "../../src/core/table";
import { snapshotOf } from "../../src/functions/snapshot";
import { dayFromYmd, serialFromDay } from "../../src/core/dates";

const cells = Number(process.argv[2] ?? 5000);
const perCustomer = Number(process.argv[3] ?? 20);
const asOf = dayFromYmd(2026, 3, 31)!;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const now = () => performance.now();
const round = (x: number, digits = 2) => Number(x.toFixed(digits));

function makeBook(): RawBook {
  const customers = Array.from({ length: cells }, (_, i) => [`C${i + 1}`, `客户${i + 1}`]);
  const purchases: (string | number)[][] = [];
  for (let i = 0; i < cells; i++) {
    const n = 1 + ((i * 7) % perCustomer);
    for (let k = 0; k < n; k++)
      purchases.push([
        `C${i + 1}`,
        serialFromDay(asOf - ((i + k * 37) % 360), false),
        "基金",
        100 + ((i * 13 + k) % 900),
        "正常",
      ]);
  }
  return {
    date1904: false,
    tables: {
      customers: { sheet: "客户", headerRow: 1, firstColumn: 0, headers: ["客户编号", "客户名称"], rows: customers },
      purchases: {
        sheet: "购买记录",
        headerRow: 1,
        firstColumn: 0,
        headers: ["客户编号", "日期", "产品", "金额", "回款状态"],
        rows: purchases,
      },
    },
  };
}

class Source {
  reads = 0;
  handler?: (tables: TableKey[]) => void;
  constructor(public raw: RawBook) {}
  readBook() {
    this.reads++;
    return Promise.resolve(this.raw);
  }
  onTablesChanged(handler: (tables: TableKey[]) => void) {
    this.handler = handler;
    return Promise.resolve(async () => undefined);
  }
}

async function main() {
  const raw = makeBook();
  const source = new Source(raw);
  const engine = new FunctionEngine(source, { asOf, lang: () => "en-US", settleMs: 0, followMidnight: false });
  let setResults = 0;
  const sinks = Array.from({ length: cells }, () => ({
    last: undefined as Result | undefined,
    setResult(r: Result) {
      this.last = r;
      setResults++;
    },
  }));

  // First wave: one read, link, score, and 5,000 answers.
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  let t = now();
  sinks.forEach((sink, i) => engine.stream("AMOUNT", [`C${i + 1}`], sink));
  await engine.settled();
  const firstWaveMs = now() - t;
  gc();
  const heapWithCalls = process.memoryUsage().heapUsed;

  // Memory of the live calls alone: the same number registered again over the loaded snapshot.
  const extra = Array.from({ length: cells }, () => ({ setResult: (_: Result) => undefined }));
  gc();
  const before = process.memoryUsage().heapUsed;
  const cancels = extra.map((sink, i) => engine.stream("AMOUNT", [`C${i + 1}`], sink));
  await engine.settled();
  gc();
  const perCallBytes = (process.memoryUsage().heapUsed - before) / cells;
  cancels.forEach((c) => c());

  // Link + score alone (what every refresh pays once).
  t = now();
  for (let k = 0; k < 3; k++) snapshotOf(raw, { asOf, today: asOf, lang: "en-US" });
  const linkScoreMs = (now() - t) / 3;

  // A change that alters every cell: one more purchase for every customer (a big paste).
  const grown: RawBook = {
    ...raw,
    tables: {
      ...raw.tables,
      purchases: {
        ...raw.tables.purchases!,
        rows: [
          ...raw.tables.purchases!.rows,
          ...Array.from({ length: cells }, (_, i) => [`C${i + 1}`, serialFromDay(asOf, false), "基金", 1, "正常"]),
        ],
      },
    },
  };
  source.raw = grown;
  setResults = 0;
  t = now();
  source.handler!(["purchases"]);
  await engine.settled();
  const pushAllMs = now() - t;
  const pushedAll = setResults;

  // A change that moves one customer: one read + rescore + 5,000 re-evaluations, few pushes.
  const one: RawBook = {
    ...grown,
    tables: {
      ...grown.tables,
      purchases: {
        ...grown.tables.purchases!,
        rows: [...grown.tables.purchases!.rows, ["C1", serialFromDay(asOf, false), "基金", 5, "正常"]],
      },
    },
  };
  source.raw = one;
  setResults = 0;
  t = now();
  source.handler!(["purchases"]);
  await engine.settled();
  const oneChangeMs = now() - t;
  const pushedOne = setResults;

  // The push loop alone, as a refresh runs it: re-evaluate 5,000 calls, compare, setResult.
  const snap = engine.peek()!;
  const ctx = { lang: "en-US" as const, snap };
  let pushLoopMs = Infinity;
  for (let k = 0; k < 5; k++) {
    t = now();
    sinks.forEach((sink, i) => {
      const r = runFunction("AMOUNT", ctx, [`C${i + 1}`]);
      if (!sameResult(r, k % 2 ? undefined : sink.last)) sink.setResult(r);
    });
    pushLoopMs = Math.min(pushLoopMs, now() - t);
  }

  // A change in a table no function reads.
  const readsBefore = source.reads;
  t = now();
  source.handler!(["assets"]);
  await engine.settled();
  const unrelatedMs = now() - t;

  // Alternative: @volatile — every edit anywhere re-runs 5,000 calls (here answered from the cached snapshot).
  t = now();
  await Promise.all(sinks.map((_, i) => engine.call("AMOUNT", [`C${i + 1}`])));
  const volatileWaveMs = now() - t;

  const purchases = one.tables.purchases!.rows.length;
  await engine.dispose();
  console.log(
    JSON.stringify(
      {
        cells,
        purchases,
        reads: source.reads,
        firstWaveMs: round(firstWaveMs),
        liveCallBytes: Math.round(perCallBytes),
        heapWithCallsMB: round((heapWithCalls - heap0) / 2 ** 20),
        linkAndScoreMs: round(linkScoreMs),
        pushToAll: { ms: round(pushAllMs), setResultCalls: pushedAll },
        reevaluateAndPushLoopMs: round(pushLoopMs),
        oneCustomerChange: { ms: round(oneChangeMs), setResultCalls: pushedOne },
        unrelatedChange: { ms: round(unrelatedMs), reads: source.reads - readsBefore },
        alternatives: {
          volatileWaveFromSnapshotMs: round(volatileWaveMs),
          tableArgumentValuesPerRecalc: cells * purchases * 5,
          tableArgumentRelinkEstimateMs: round(cells * linkScoreMs),
        },
      },
      null,
      2,
    ),
  );
}

void main();
