/**
 * How a checkout reads books it has never seen (issue 24): generated books (test/layouts/generator.ts)
 * from the held-out caption pool and seeds no test uses, each compared with the tidy book it stands
 * for, and counted as read right, warned (scores differ but `score` says why on stderr), refused
 * (`score` stops with a message), or silent-wrong (scores differ and nothing is said).
 *
 *   npx tsx scripts/layout-eval.ts [checkout root] [--pool heldout|train] [--from 10001] [--count 200]
 *
 * The root defaults to this checkout; pointing it at another (main) compares the two on the same books.
 */
import { resolve } from "node:path";
import { type Pool, generateBook } from "../test/layouts/generator";
import type { GridBook } from "../src/xlsx/grid";

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const root = resolve(args[0] && !args[0].startsWith("--") ? args[0] : resolve(__dirname, ".."));
const pool = opt("--pool", "heldout") as Pool;
const from = Number(opt("--from", "10001"));
const count = Number(opt("--count", "200"));
/** Warnings `score` prints on stderr that say a reading may not be what the user meant. */
const LOUD = new Set(["column.ambiguous", "table.ambiguous", "column.noName", "column.noPaymentStatus", "table.hidden", "table.ledger", "table.ledgerByName"]);

async function main(): Promise<void> {
  const { rawBookOf } = (await import(`${root}/src/xlsx/readBook`)) as typeof import("../src/xlsx/readBook");
  const { analyze } = (await import(`${root}/src/core/analyze`)) as typeof import("../src/core/analyze");
  const { requireScorable } = (await import(`${root}/src/cli/scorable`)) as typeof import("../src/cli/scorable");
  const { parseIsoDay } = (await import(`${root}/src/core/dates`)) as typeof import("../src/core/dates");
  const asOf = parseIsoDay("2026-11-23")!;
  const scores = (grid: GridBook) => {
    const raw = rawBookOf(grid);
    const a = analyze(raw, { asOf, lang: "zh-CN" });
    requireScorable(raw, a);
    const key = a.scores.map((s) => `${s.id}|${s.quadrant}|${s.amount.toFixed(2)}|${s.closeness.toFixed(4)}|${s.borderline}`).sort();
    return { key: JSON.stringify(key), loud: a.problems.some((p) => LOUD.has(p.code)) };
  };
  const tally = { right: 0, rightWarned: 0, warned: 0, refused: 0, silentWrong: 0 };
  const silent: string[] = [];
  for (let seed = from; seed < from + count; seed++) {
    const g = generateBook(seed, pool);
    const truth = scores(g.tidy).key;
    let got: { key: string; loud: boolean };
    try {
      got = scores(g.grid);
    } catch {
      tally.refused++;
      continue;
    }
    if (got.key === truth) {
      tally.right++;
      if (got.loud) tally.rightWarned++;
    } else if (got.loud) tally.warned++;
    else {
      tally.silentWrong++;
      silent.push(`${seed}: ${g.traits.join(", ")}`);
    }
  }
  process.stdout.write(`${root} — ${count} ${pool} books from seed ${from}\n${JSON.stringify(tally)}\n`);
  if (args.includes("--list")) process.stdout.write(silent.join("\n") + "\n");
}

void main();
