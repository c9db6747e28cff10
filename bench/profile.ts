/**
 * Where the core's time goes at 10,000 × 200,000. Two uses:
 *
 *   # 1. profile: bundle first (so the profile has real function names and line numbers — tsx's
 *   #    on-the-fly transform collapses every line to 1), then run under --cpu-prof
 *   npx esbuild bench/profile.ts --bundle --platform=node --outfile=.tmp/profile.js
 *   node --cpu-prof --cpu-prof-dir=.tmp/prof .tmp/profile.js
 *
 *   # 2. summarize: self and inclusive time per function (or open the file in Chrome DevTools)
 *   npx tsx bench/profile.ts --summarize .tmp/prof/CPU.….cpuprofile [top]
 */
import { readFileSync } from "node:fs";
import { analyze } from "../src/core/analyze";
import { makeBook } from "./data";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export function summarize(profile: CpuProfile, top = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const time = new Map<number, number>();
  profile.samples.forEach((s, i) => time.set(s, (time.get(s) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const name = (n: ProfileNode) =>
    `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.split("/").slice(-1)[0]}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  for (const n of profile.nodes) {
    const t = time.get(n.id) ?? 0;
    all += t;
    self.set(name(n), (self.get(name(n)) ?? 0) + t);
    const seen = new Set<string>();
    for (let cur: number | undefined = n.id; cur !== undefined; cur = parent.get(cur)) {
      const k = name(byId.get(cur)!);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + t);
    }
  }
  const table = (title: string, m: Map<string, number>) =>
    [
      title,
      ...[...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([k, v]) => `${(v / 1000).toFixed(0).padStart(7)} ms ${((100 * v) / all).toFixed(1).padStart(5)} %  ${k}`),
    ].join("\n");
  return `${table("self", self)}\n\n${table("inclusive", total)}\n`;
}

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === "--summarize") {
    process.stdout.write(summarize(JSON.parse(readFileSync(args[1], "utf8")) as CpuProfile, Number(args[2] ?? 25)));
    return;
  }
  const bench = makeBook(10_000, 200_000);
  const runs = Number(args[0] ?? 10);
  const t = performance.now();
  for (let i = 0; i < runs; i++) analyze(bench.raw, { asOf: bench.asOf });
  process.stdout.write(`${runs} × analyze(10,000 × 200,000): ${((performance.now() - t) / runs).toFixed(1)} ms each\n`);
}

main();
