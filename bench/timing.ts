/**
 * How every figure is timed: warm-up runs (JIT, inline caches), then several timed runs back to
 * back, reporting the median. The runs are in steady state: each pays the scavenges its own garbage
 * causes, as repeated refreshes do. A full GC before each run was tried and rejected: V8 then
 * shrinks the young generation and the next run pays for growing it again (a 7 ms core run at
 * 500 × 10,000 measured 18–30 ms that way). One full GC before the warm-up clears what the
 * previous section left behind (minutes of HyperFormula, for instance).
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as (() => void) | undefined;

/** Runs a full garbage collection (no-op when the runtime refuses to expose it). */
export function fullGc(): void {
  collect?.();
}

export interface Timing {
  /** Median wall time of the timed runs, in milliseconds. */
  median: number;
  min: number;
  max: number;
  runs: number;
}

export interface MeasureOptions {
  warmup?: number;
  /** Keep warming up until this much time went into warm-up runs too (small inputs tier up late). */
  warmupMs?: number;
  runs?: number;
  /** Stop adding timed runs once this much time went into them (at least one run is made). */
  budgetMs?: number;
}

export function now(): number {
  return performance.now();
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Times `fn` and hands back its last result too (the caller checks it is right, not just fast). */
export function measure<T>(fn: () => T, opts: MeasureOptions = {}): Timing & { result: T } {
  const { warmup = 2, warmupMs = 0, runs = 7, budgetMs = Infinity } = opts;
  let result!: T;
  fullGc();
  const warmStart = now();
  for (let i = 0; i < warmup || now() - warmStart < warmupMs; i++) result = fn();
  const times: number[] = [];
  let spent = 0;
  while (times.length < runs && (times.length === 0 || spent < budgetMs)) {
    const t = now();
    result = fn();
    const dt = now() - t;
    times.push(dt);
    spent += dt;
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), runs: times.length, result };
}

export function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** CPU time of this process (user + system, every thread: the GC's helpers too) spent in `fn`, in milliseconds. */
export function cpuMs(fn: () => unknown): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * Several functions timed in CPU time, alternated round by round after warm-up runs: the minimum
 * of each. On a shared machine wall time measures the queue for the cores; CPU time does not, and
 * alternating keeps a busy minute from favouring one of them. The minimum is the run least
 * disturbed (another process's use of the caches still shows: compare ratios taken in one call).
 */
export function minCpuMs(fns: readonly (() => unknown)[], rounds: number, warmup = 3): number[] {
  for (const fn of fns) for (let i = 0; i < warmup; i++) fn();
  fullGc();
  const best = fns.map(() => Infinity);
  for (let r = 0; r < rounds; r++) fns.forEach((fn, i) => (best[i] = Math.min(best[i], cpuMs(fn))));
  return best;
}

