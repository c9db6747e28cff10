/**
 * `crm team` over a folder of generated books against the same books scored by separate
 * `crm score --json` runs, one after another — what a manager without `team` would script — all
 * in the same bench run, through the CLI bundled as it ships (child processes, wall time, medians).
 * `team` reads the books on worker threads (one per core) and pays Node's start once.
 */
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { BENCH_AS_OF, CUSTOMER_HEADERS, PURCHASE_HEADERS, customerRows, purchaseGenerator } from "./data";
import { writeXlsx } from "./xlsxWriter";
import { bundleCli } from "./cliBundle";
import { timedRun } from "./scale";
import { formatDay } from "../src/core/dates";
import { median, round } from "./timing";

export interface TeamResult {
  books: number;
  /** Customers and purchases over all the books. */
  customers: number;
  purchases: number;
  /** Wall time of `crm team <folder> --json`, median of `runs`. */
  seconds: number;
  /** Wall time of one `crm score --json` per book, run one after another, median of `runs`. */
  separateSeconds: number;
  /** Worker threads `team` used (the machine's cores, at most one per book). */
  jobs: number;
  /** Every book's per-quadrant counts in `team` equal those of its own `crm score`. */
  agree: boolean;
  runs: number;
}

export async function benchTeam(books: number, customers: number, purchases: number, o: { runs: number; log: (l: string) => void }): Promise<TeamResult> {
  const dir = join(tmpdir(), `crm-bench-team-${process.pid}`);
  const folder = join(dir, "books");
  mkdirSync(folder, { recursive: true });
  try {
    const files: string[] = [];
    for (let b = 0; b < books; b++) {
      // Books of different sizes, as reps' books are: from half to one and a half times the mean.
      const scale = 0.5 + b / Math.max(1, books - 1);
      const n = Math.round(customers * scale);
      const m = Math.round(purchases * scale);
      const next = purchaseGenerator(n, 100 + b);
      const rows = function* () {
        yield PURCHASE_HEADERS;
        for (let i = 0; i < m; i++) yield next().row as (string | number)[];
      };
      const file = join(folder, `rep${String(b + 1).padStart(2, "0")}.xlsx`);
      writeXlsx(file, [
        { name: "客户", rows: [CUSTOMER_HEADERS, ...customerRows(n, 100 + b)] },
        { name: "购买记录", rows: rows(), dateColumns: new Set([1]) },
      ]);
      files.push(file);
    }
    const cli = bundleCli();
    const asOf = formatDay(BENCH_AS_OF);
    const teamRuns: number[] = [];
    const separateRuns: number[] = [];
    let agree = true;
    // The two alternate, run after run, so a busy minute on the shared machine weighs on both alike.
    for (let r = 0; r < o.runs; r++) {
      const team = await timedRun(process.execPath, [cli, "team", folder, "--as-of", asOf, "--json"], join(dir, "team.json"));
      if (team.status !== 0) throw new Error(`crm team exited ${team.status}: ${team.stderr.split("\n")[0]}`);
      teamRuns.push(team.seconds);
      const reps = (JSON.parse(readFileSync(join(dir, "team.json"), "utf8")) as { reps: { quadrants: Record<string, { count: number }> }[] }).reps;
      let separate = 0;
      for (const [i, file] of files.entries()) {
        const run = await timedRun(process.execPath, [cli, "score", file, "--as-of", asOf, "--json"], join(dir, "score.json"));
        if (run.status !== 0) throw new Error(`crm score exited ${run.status}: ${run.stderr.split("\n")[0]}`);
        separate += run.seconds;
        const scores = JSON.parse(readFileSync(join(dir, "score.json"), "utf8")) as { quadrant: string }[];
        for (const q of ["I", "II", "III", "IV"]) agree &&= reps[i].quadrants[q].count === scores.filter((s) => s.quadrant === q).length;
      }
      separateRuns.push(round(separate, 2));
      o.log(`  crm team: ${team.seconds} s; ${books} × crm score: ${round(separate, 2)} s`);
    }
    const size = (i: number) => 0.5 + i / Math.max(1, books - 1);
    const total = (x: number) => Array.from({ length: books }, (_, i) => Math.round(x * size(i))).reduce((a, b) => a + b, 0);
    return {
      books,
      customers: total(customers),
      purchases: total(purchases),
      seconds: median(teamRuns),
      separateSeconds: median(separateRuns),
      jobs: Math.min(books, availableParallelism()),
      agree,
      runs: o.runs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
