/**
 * `npm run bench` — every performance figure of issue 7 in one run, side by side, on data
 * generated in the run (deterministic seed):
 *
 *   npm run bench                      human-readable report (progress on stderr)
 *   npm run --silent bench -- --json   one JSON object on stdout, nothing else
 *   … --quick                          small sizes (seconds; used by test/bench.test.ts)
 *   … --no-build                       read dist/ as it is instead of rebuilding a stale one
 *   … --json-out <file>                the report, and the JSON object written to <file>
 *
 * Each section is its own module; a section that fails or whose piece is missing reports null
 * with a note instead of stopping the run.
 */
import { writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { benchScoring, type ScoringResult } from "./scoring";
import { benchPeer, type PeerResult } from "./peer";
import { benchIncremental, type IncrementalResult } from "./incremental";
import { benchSyncs, type SyncCounts } from "./syncs";
import { benchFunctions, type FunctionsResult } from "./functions";
import { benchBundle, type BundleResult } from "./bundle";
import { benchMemory, type MemoryResult } from "./memory";
import { benchScale, type ScaleResult } from "./scale";
import { benchEdit, type EditResult } from "./edit";
import { benchTodayTab, type TodayTabResult } from "./todayTab";
import { benchTeam, type TeamResult } from "./team";
import { benchWarehouse, type WarehouseResult } from "./warehouse";
import { round } from "./timing";

export interface BenchOptions {
  quick: boolean;
  build: boolean;
  log: (line: string) => void;
}

interface Target {
  value: number | null;
  target: string;
  met: boolean | null;
}

export interface BenchReport {
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGB: number;
    node: string;
    platform: string;
    /** 1-minute load average before and after the run: other work on the machine skews timings. */
    loadStart: number;
    loadEnd: number;
  };
  quick: boolean;
  scoring: ScoringResult | null;
  memory: MemoryResult | null;
  peer: PeerResult | null;
  incremental: IncrementalResult | null;
  syncs: {
    setup: Record<string, number | null>;
    refresh: Record<string, number | null>;
    details: SyncCounts[];
  } | null;
  functions: FunctionsResult | null;
  /** One purchase amount typed, through the host on the in-memory Excel (edit.ts). */
  edit: EditResult | null;
  bundle: BundleResult | null;
  scale: ScaleResult | null;
  /** Opening the Today tab at 2,000 demo customers (todayTab.ts). */
  todayTab: TodayTabResult | null;
  /** `crm team` over a folder of books against one `crm score` per book (team.ts). */
  team: TeamResult | null;
  /** `crm sql` in DuckDB over `crm export`'s Parquet against the core (warehouse.ts). */
  warehouse: WarehouseResult | null;
  targets: Record<string, Target>;
  notes: string[];
  totalSeconds: number;
}

const SIZES = {
  full: {
    scoring: [10_000, 200_000],
    memory: [10_000, 200_000],
    incremental: [10_000, 200_000, 2_000],
    peerLadder: [
      [100, 2_000],
      [250, 5_000],
      [500, 10_000],
      [1_000, 20_000],
      [2_000, 40_000],
      [4_000, 80_000],
    ],
    peerLimitMs: 60_000,
    peerRepeatMs: 20_000,
    syncCustomers: [100, 10_000],
    purchasesPerCustomer: 20,
    functionCells: 5_000,
    scale: [50_000, 1_000_000],
    edit: [10_000, 200_000],
    todayTab: 2_000,
    /** books, mean customers, mean purchases per book */
    team: [8, 5_000, 100_000],
    /** reps, customers, purchases over all of them */
    warehouse: [10, 10_000, 200_000],
  },
  quick: {
    scoring: [1_000, 20_000],
    memory: [1_000, 20_000],
    incremental: [1_000, 20_000, 200],
    peerLadder: [
      [20, 400],
      [50, 1_000],
    ],
    peerLimitMs: 5_000,
    peerRepeatMs: 1_000,
    syncCustomers: [100, 10_000],
    purchasesPerCustomer: 2,
    functionCells: 500,
    scale: [1_000, 20_000],
    edit: [1_000, 20_000],
    todayTab: 300,
    team: [3, 200, 2_000],
    warehouse: [3, 300, 3_000],
  },
} as const;

async function section<T>(
  name: string,
  notes: string[],
  log: (l: string) => void,
  fn: () => T | Promise<T>,
): Promise<T | null> {
  log(`${name} …`);
  try {
    return await fn();
  } catch (e) {
    const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    notes.push(`${name}: failed (${message.split("\n")[0]}) — its fields are null`);
    log(`  ${name} failed: ${message}`);
    return null;
  }
}

export async function runBench(o: BenchOptions): Promise<BenchReport> {
  const started = performance.now();
  const loadStart = round(loadavg()[0], 2);
  const size = o.quick ? SIZES.quick : SIZES.full;
  const notes: string[] = [];
  const { log } = o;

  // Memory first, on a heap nothing else has used yet.
  const memory = await section("memory", notes, log, () => benchMemory(size.memory[0], size.memory[1]));
  const scoring = await section("scoring", notes, log, () => benchScoring(size.scoring[0], size.scoring[1]));
  const incremental = await section("incremental", notes, log, () =>
    benchIncremental(size.incremental[0], size.incremental[1], size.incremental[2]),
  );
  const functions = await section("functions", notes, log, () => benchFunctions(size.functionCells));
  const edit = await section("edit", notes, log, () => benchEdit(size.edit[0], size.edit[1]));
  const todayTab = await section("todayTab", notes, log, () => benchTodayTab(size.todayTab));
  const syncDetails: SyncCounts[] = [];
  const syncs = await section("syncs", notes, log, async () => {
    for (const n of size.syncCustomers) {
      const r = await benchSyncs(n, size.purchasesPerCustomer);
      syncDetails.push(r);
      log(
        `  ${n} customers × ${r.purchases} purchases: setup ${r.setup} syncs, refresh ${r.refresh} (again ${r.refreshAgain})`,
      );
      if (r.error) notes.push(`syncs at ${n} customers: ${r.error}`);
    }
    const by = (k: "setup" | "refresh") => Object.fromEntries(syncDetails.map((d) => [String(d.customers), d[k]]));
    return { setup: by("setup"), refresh: by("refresh"), details: syncDetails };
  });
  const bundle = await section("bundle", notes, log, () => benchBundle({ build: o.build && !o.quick }));
  if (bundle?.note) notes.push(`bundle: ${bundle.note}`);
  // The full sheet of Excel in child processes (the CLI, LibreOffice): this process's heap plays no part.
  const scale = await section("scale", notes, log, () =>
    benchScale(size.scale[0], size.scale[1], { libreoffice: !o.quick, runs: o.quick ? 1 : 3, log }),
  );
  if (scale?.note) notes.push(`scale: ${scale.note}`);
  const team = await section("team", notes, log, () => benchTeam(size.team[0], size.team[1], size.team[2], { runs: o.quick ? 1 : 3, log }));
  const warehouse = await section("warehouse", notes, log, () => benchWarehouse(size.warehouse[0], size.warehouse[1], size.warehouse[2], o.quick ? 2 : 7));
  // The peer last: its minutes of HyperFormula garbage must not sit under the other timings.
  const peer = await section("peer", notes, log, () =>
    benchPeer({
      ladder: size.peerLadder.map(([n, m]) => [n, m]),
      limitMs: size.peerLimitMs,
      repeatBudgetMs: size.peerRepeatMs,
      log,
    }),
  );

  const t = (value: number | null | undefined, target: string, ok: (v: number) => boolean): Target => ({
    value: value ?? null,
    target,
    met: value === null || value === undefined ? null : ok(value),
  });
  const syncValues = syncDetails.flatMap((d) => [d.setup, d.refresh]);
  const syncsOk =
    syncValues.length > 0 && syncValues.every((v) => v !== null && v <= 4) && new Set(syncValues).size === 1;
  const targets: Record<string, Target> = {
    coreVsPeer: t(
      peer?.ratio,
      "≥ 100× faster than the peer at the largest common size",
      (v) => v >= 100 && peer!.sameQuadrants,
    ),
    coreVsSinglePass: t(
      scoring?.ratioToSinglePass,
      "core ≤ 3× the bare single pass at 10,000 × 200,000",
      (v) => v <= 3,
    ),
    coreVsSinglePassCpu: t(
      scoring?.cpuRatioToSinglePass,
      "… the same in CPU time (min of alternated rounds: what a busy machine's wall time hides)",
      (v) => v <= 3,
    ),
    core10k: t(scoring?.coreMs, "well under 1 s at 10,000 × 200,000", (v) => v < 500),
    incremental: t(incremental?.msPerPurchase, "≤ 1 ms per appended purchase at 10,000 × 200,000", (v) => v <= 1),
    syncs: {
      value: syncValues.length && syncValues.every((v) => v !== null) ? Math.max(...(syncValues as number[])) : null,
      target: "setup and refresh equal at 100 and 10,000 customers, ≤ 4",
      met: syncValues.length ? syncsOk : null,
    },
    functionReads: t(functions?.tableReads, "one table read for the whole column", (v) => v === 1),
    editSyncs: t(edit?.syncs, "one purchase amount typed at 10,000 × 200,000: ≤ 2 syncs", (v) => v <= 2),
    editBytesRead: t(edit?.bytesRead, "… ≤ 64 KB read", (v) => v <= 65_536),
    editMs: t(edit?.ms, "… ≤ 10 ms until every live CRM.QUADRANT cell holds its new value", (v) => v <= 10),
    taskpaneBundle: t(bundle?.taskpaneGzipKB, "task-pane page ≤ 300 KB gzipped", (v) => v <= 300),
    scaleVsLibreOffice: t(
      scale && scale.libreofficeSeconds !== null ? round(scale.cliSeconds / scale.libreofficeSeconds, 2) : null,
      "crm score on 50,000 × 1,000,000 no slower than LibreOffice opening it (CLI / LibreOffice ≤ 1)",
      (v) => v <= 1 && scale!.scoredAll,
    ),
    scaleMemory: t(scale?.cliPeakMB, "crm score on 50,000 × 1,000,000 peaks at ≤ 1024 MB", (v) => v <= 1024),
    todayTabMs: t(todayTab?.openMs, "Today tab at 2,000 demo customers: plan + render well under a second (≤ 100 ms)", (v) => v <= 100),
    todayTabEntries: t(
      todayTab?.entries,
      "… at most dailyVisits + dailyCalls entries plus the day's appointments",
      () => todayTab!.withinCapacity,
    ),
    teamVsSeparate: t(
      team ? round(team.seconds / team.separateSeconds, 2) : null,
      "crm team well under one crm score per book (team / separate ≤ 0.6), same quadrant counts",
      (v) => v <= 0.6 && team!.agree,
    ),
    warehouseAgrees: {
      value: warehouse ? (warehouse.agree ? 1 : 0) : null,
      target: "crm sql in DuckDB gives every customer the core's quadrant, amount, closeness and borderline flag",
      met: warehouse ? warehouse.agree : null,
    },
  };
  if (o.quick) notes.push("quick run: small sizes, targets are for the full run");
  const loadEnd = round(loadavg()[0], 2);
  if (Math.max(loadStart, loadEnd) > cpus().length * 0.75) {
    notes.push(`the machine was busy (load ${loadStart} → ${loadEnd} on ${cpus().length} cores): timings are inflated`);
  }
  return {
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? "unknown",
      memoryGB: round(totalmem() / 2 ** 30),
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      loadStart,
      loadEnd,
    },
    quick: o.quick,
    scoring,
    memory,
    peer,
    incremental,
    syncs,
    functions,
    edit,
    bundle,
    scale,
    todayTab,
    team,
    warehouse,
    targets,
    notes,
    totalSeconds: round((performance.now() - started) / 1000),
  };
}

function printReport(r: BenchReport): void {
  const out: string[] = [];
  const line = (s = "") => out.push(s);
  const ms = (v: number | null | undefined) => (v === null || v === undefined ? "n/a" : `${v} ms`);
  line(
    `Quadrant CRM benchmark — ${r.machine.cpus} × ${r.machine.cpuModel}, Node ${r.machine.node}${r.quick ? " (quick)" : ""}`,
  );
  line();
  if (r.scoring) {
    const s = r.scoring;
    line(
      `Scoring ${s.customers.toLocaleString("en")} customers × ${s.purchases.toLocaleString("en")} purchases (median of ${s.runs})`,
    );
    line(`  core analyze (raw → scores)   ${ms(s.coreMs)}   = link ${ms(s.linkMs)} + score ${ms(s.scoreMs)}`);
    line(
      `  bare single pass (floor)      ${ms(s.singlePassMs)}   core/floor = ${s.ratioToSinglePass}×   floor agrees: ${s.singlePassAgrees}`,
    );
    line(
      `  CPU time, min of ${s.cpuRounds} alternated   core ${ms(s.coreCpuMs)}   floor ${ms(s.singlePassCpuMs)}   core/floor = ${s.cpuRatioToSinglePass}×`,
    );
    line();
  }
  if (r.memory) {
    const m = r.memory;
    line(
      `Memory of the functions' scored snapshot at ${m.customers.toLocaleString("en")} × ${m.purchases.toLocaleString("en")}: ${m.snapshotMB} MB = raw cells ${m.rawMB} MB + linked and scored ${m.linkedMB} MB`,
    );
    line();
  }
  if (r.peer) {
    const p = r.peer;
    line(`Same quadrant table in ${p.engine} (SUMIFS/COUNTIFS/MEDIAN/IF formulas)`);
    line(
      `  ${"size".padEnd(14)}${"peer".padStart(12)}${"core".padStart(12)}${"ratio".padStart(10)}${"one edit".padStart(12)}  same quadrants`,
    );
    for (const z of p.sizes) {
      line(
        `  ${`${z.customers}×${z.purchases}`.padEnd(14)}${`${z.peerMs} ms`.padStart(12)}${`${z.coreMs} ms`.padStart(12)}${`${z.ratio}×`.padStart(10)}${(z.peerEditMs === null ? "—" : `${z.peerEditMs} ms`).padStart(12)}  ${z.sameQuadrants}`,
      );
    }
    line(`  stopped: ${p.stoppedBecause}`);
    line();
  }
  if (r.incremental) {
    const i = r.incremental;
    line(
      `Incremental index at ${i.customers.toLocaleString("en")} × ${i.purchases.toLocaleString("en")} (${i.edits} edits)`,
    );
    line(
      `  append + re-score: ${i.msPerPurchase} ms mean, ${i.medianMsPerPurchase} ms median, ${i.p99MsPerPurchase} ms p99; ${i.changedPerPurchase} customers changed per append`,
    );
    line(
      `  update ${i.msPerUpdate} ms, remove ${i.msPerRemove} ms; build ${ms(i.buildMs)}; full rescore ${ms(i.fullRescoreMs)}; equals full rescore: ${i.matchesFull}`,
    );
    line();
  }
  if (r.syncs) {
    line("Round trips (context.sync) on the in-memory Excel");
    for (const d of r.syncs.details) {
      line(
        `  ${`${d.customers} × ${d.purchases}`.padEnd(16)} setup ${d.setup ?? "failed"}   refresh ${d.refresh ?? "failed"} (again ${d.refreshAgain ?? "—"})   ${d.refreshMs === null ? "" : `refresh ${d.refreshMs} ms`}`,
      );
    }
    line();
  }
  if (r.functions) {
    const f = r.functions;
    line(
      `Custom functions: ${f.cells} × CRM.QUADRANT → ${f.tableReads} table read(s) in ${f.waves} wave(s), ${f.waveMs} ms; after a change: ${f.readsAfterChange} read, ${f.pushesAfterChange} pushes`,
    );
    line();
  }
  if (r.edit) {
    const e = r.edit;
    line(
      `One purchase amount typed at ${e.customers.toLocaleString("en")} × ${e.purchases.toLocaleString("en")}, ${e.cells.toLocaleString("en")} live CRM.QUADRANT cells (median of ${e.runs})`,
    );
    line(
      `  ${e.syncs} sync(s), ${e.bytesRead} bytes read, ${ms(e.ms)} until every cell is current (the first edit after the full read: ${ms(e.firstMs)}); ${e.pushed} cells pushed, ${e.fullReads} full reads; equals a full rescore: ${e.matchesFull}`,
    );
    line();
  }
  if (r.todayTab) {
    const d = r.todayTab;
    line(`The Today tab at ${d.customers.toLocaleString("en")} demo customers (plan + React render of the tab, median)`);
    line(
      `  ${d.entries} entries today (${d.appointments} appointments; capacity ${d.capacity}), ${d.later} later: plan ${ms(d.planMs)} + render ${ms(d.renderMs)} = ${ms(d.openMs)}`,
    );
    line(`  every candidate rendered, as the tab did before capacity (peer): ${ms(d.peerMs)}, ${d.ratio}× the tab now`);
    line();
  }
  if (r.bundle) {
    const b = r.bundle;
    line(
      `Bundles (gzip): task-pane page ${b.taskpaneGzipKB} KB; functions ${b.functionsGzipKB} KB as loaded, ${b.functionsNeededGzipKB} KB needed`,
    );
    for (const [f, s] of Object.entries(b.files))
      line(`  ${f.padEnd(16)} ${String(s.rawKB).padStart(8)} KB raw ${String(s.gzipKB).padStart(8)} KB gzip`);
    line();
  }
  if (r.scale) {
    const z = r.scale;
    line(`The whole grid: ${z.customers.toLocaleString("en")} customers × ${z.purchases.toLocaleString("en")} purchases (${z.fileMB} MB .xlsx, written in ${z.writeSeconds} s)`);
    line(`  crm score --json        ${z.cliSeconds} s (median of ${z.runs}), peak ${z.cliPeakMB ?? "n/a"} MB, every customer scored: ${z.scoredAll}`);
    line(`  LibreOffice → csv       ${z.libreofficeSeconds === null ? "n/a" : `${z.libreofficeSeconds} s`}`);
    line();
  }
  if (r.team) {
    const m = r.team;
    line(`A manager's team view: ${m.books} books, ${m.customers.toLocaleString("en")} customers × ${m.purchases.toLocaleString("en")} purchases`);
    line(`  crm team <folder> --json   ${m.seconds} s (${m.jobs} worker threads, median of ${m.runs})`);
    line(`  ${m.books} × crm score --json     ${m.separateSeconds} s, one after another; same quadrant counts: ${m.agree}`);
    line();
  }
  if (r.warehouse) {
    const w = r.warehouse;
    line(`The method in a warehouse engine: ${w.reps} reps, ${w.customers.toLocaleString("en")} customers × ${w.purchases.toLocaleString("en")} purchases`);
    line(`  crm sql in DuckDB over Parquet   ${ms(w.sqlMs)} (export ${ms(w.exportMs)})   core analyze of the books ${ms(w.coreMs)}   agree: ${w.agree}`);
    line();
  }
  line("Targets");
  for (const [name, tg] of Object.entries(r.targets)) {
    line(
      `  ${tg.met === null ? "?" : tg.met ? "✓" : "✗"} ${name.padEnd(16)} ${String(tg.value ?? "n/a").padStart(8)}   ${tg.target}`,
    );
  }
  if (r.notes.length) {
    line();
    line("Notes");
    for (const n of r.notes) line(`  - ${n}`);
  }
  line();
  line(`Total ${r.totalSeconds} s`);
  process.stdout.write(out.join("\n") + "\n");
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes("--json");
  const report = await runBench({
    quick: args.includes("--quick"),
    build: !args.includes("--no-build"),
    log: (l) => process.stderr.write(`${l}\n`),
  });
  const out = args.indexOf("--json-out");
  if (out >= 0 && args[out + 1]) writeFileSync(args[out + 1], JSON.stringify(report, null, 2) + "\n");
  if (json) process.stdout.write(JSON.stringify(report) + "\n");
  else printReport(report);
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (e) => {
      process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
      process.exit(1);
    },
  );
}
