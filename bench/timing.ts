/**
 * How every figure is timed: warm-up runs (JIT, caches), then several timed runs, reporting the
 * median. A full GC runs before each timed run when it can be reached, so garbage left by the
 * previous run is not billed to the next one; the GC a run causes itself is part of its cost.
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
  const { warmup = 2, runs = 7, budgetMs = Infinity } = opts;
  let result!: T;
  for (let i = 0; i < warmup; i++) result = fn();
  const times: number[] = [];
  let spent = 0;
  while (times.length < runs && (times.length === 0 || spent < budgetMs)) {
    fullGc();
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
