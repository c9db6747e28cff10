/**
 * The core's whole refresh path (RawBook → linked book → scores) against the physical floor: one
 * loop over the same purchase rows that looks each ID up in a Map and sums amount, count and the
 * bad-payment flag per customer in the window — no parsing, no validation, no problems, no median.
 */
import { analyze, scoreBook } from "../src/core/analyze";
import { linkBook } from "../src/core/book";
import { serialFromDay } from "../src/core/dates";
import { windowStart } from "../src/core/quadrant";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import type { Cell } from "../src/core/table";
import { type BenchBook, makeBook } from "./data";
import { measure, minCpuMs, round } from "./timing";

export interface ScoringResult {
  customers: number;
  purchases: number;
  /** `analyze(raw, {asOf})`: link (parse, normalize, link, problems) + score. */
  coreMs: number;
  singlePassMs: number;
  ratioToSinglePass: number;
  /** The two halves of coreMs, timed apart. */
  linkMs: number;
  scoreMs: number;
  /** The floor computed the same amounts and counts as the core (it does the same job). */
  singlePassAgrees: boolean;
  runs: number;
  /** The same two in CPU time, alternated round by round, minimum of `cpuRounds` (timing.ts `minCpuMs`). */
  coreCpuMs: number;
  singlePassCpuMs: number;
  cpuRatioToSinglePass: number;
  cpuRounds: number;
}

export interface SinglePass {
  amount: Float64Array;
  count: Uint32Array;
  bad: Uint8Array;
}

/** The floor: one pass, a Map lookup per row, numeric window test, sums. */
export function singlePass(bench: BenchBook): SinglePass {
  const customers = bench.raw.tables.customers!.rows;
  const rows = bench.raw.tables.purchases!.rows;
  const n = customers.length;
  const index = new Map<Cell, number>();
  for (let i = 0; i < n; i++) index.set(customers[i][0], i);
  const from = serialFromDay(windowStart(bench.asOf, DEFAULT_SETTINGS.windowMonths), false);
  const to = serialFromDay(bench.asOf, false);
  const amount = new Float64Array(n);
  const count = new Uint32Array(n);
  const bad = new Uint8Array(n);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const i = index.get(row[0]);
    const date = row[1] as number;
    if (i === undefined || date <= from || date > to) continue;
    amount[i] += row[3] as number;
    count[i]++;
    if (row[4] === "逾期" || row[4] === "坏账") bad[i] = 1;
  }
  return { amount, count, bad };
}

export function benchScoring(customers: number, purchases: number, runs = 7, cpuRounds = 41): ScoringResult {
  const bench = makeBook(customers, purchases);
  const core = measure(() => analyze(bench.raw, { asOf: bench.asOf }), { warmup: 2, warmupMs: 500, runs });
  const floor = measure(() => singlePass(bench), { warmup: 2, warmupMs: 300, runs });
  const link = measure(() => linkBook(bench.raw, "zh-CN"), { warmup: 1, runs });
  const book = link.result;
  const score = measure(() => scoreBook(book, bench.asOf, "zh-CN"), { warmup: 1, runs });
  const [coreCpu, floorCpu] = minCpuMs([() => analyze(bench.raw, { asOf: bench.asOf }), () => singlePass(bench)], cpuRounds);
  const scores = core.result.scores;
  const f = floor.result;
  const singlePassAgrees = scores.every(
    (s, i) =>
      Math.abs(s.amount - f.amount[i]) < 1e-6 && s.transactions === f.count[i] && s.badPayment === (f.bad[i] === 1),
  );
  return {
    customers,
    purchases,
    coreMs: round(core.median),
    singlePassMs: round(floor.median),
    ratioToSinglePass: round(core.median / floor.median),
    linkMs: round(link.median),
    scoreMs: round(score.median),
    singlePassAgrees,
    runs,
    coreCpuMs: round(coreCpu),
    singlePassCpuMs: round(floorCpu),
    cpuRatioToSinglePass: round(coreCpu / floorCpu, 2),
    cpuRounds,
  };
}
