/**
 * The method in a warehouse engine against the core, on the same customers: several reps' books
 * (bench/data.ts) exported as Parquet by `crm export`'s own code, then `crm sql`'s DuckDB query
 * run over the files (DuckDB embedded, all cores) against `analyze` on each rep's book in this
 * process. Both are medians of several timed runs after a warm-up; `agree` checks every customer's
 * quadrant, amount, closeness and borderline flag.
 */
import { mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { analyze } from "../src/core/analyze";
import { ParquetExport } from "../src/warehouse/parquet";
import { quadrantSql } from "../src/warehouse/sql";
import { BENCH_AS_OF, makeBook } from "./data";
import { measure, median, now, round } from "./timing";

export interface WarehouseResult {
  reps: number;
  customers: number;
  purchases: number;
  /** DuckDB running the SQL over the Parquet files, median. */
  sqlMs: number;
  /** `analyze` of every rep's book (linking included), median. */
  coreMs: number;
  /** Writing the Parquet files (`crm export`'s code), once. */
  exportMs: number;
  agree: boolean;
  runs: number;
}

export async function benchWarehouse(reps: number, customers: number, purchases: number, runs = 5): Promise<WarehouseResult> {
  const dir = join(tmpdir(), `crm-bench-warehouse-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    const books = Array.from({ length: reps }, (_, r) => makeBook(Math.round(customers / reps), Math.round(purchases / reps), 300 + r));
    const core = measure(() => books.map((b) => analyze(b.raw, { asOf: BENCH_AS_OF })), { warmup: 1, runs });
    const t0 = now();
    const out = await ParquetExport.open();
    core.result.forEach((a, r) => out.add(`rep${String(r).padStart(2, "0")}`, a.book));
    await out.write(dir);
    const exportMs = now() - t0;

    const db = await DuckDBInstance.create(":memory:", { autoinstall_known_extensions: "false", autoload_known_extensions: "false" });
    const c = await db.connect();
    const sql = quadrantSql({ asOf: BENCH_AS_OF, dialect: "duckdb", from: dir });
    let rows: Record<string, unknown>[] = [];
    const times: number[] = [];
    try {
      rows = (await c.runAndReadAll(sql)).getRowObjectsJS();
      for (let i = 0; i < runs; i++) {
        const t = now();
        rows = (await c.runAndReadAll(sql)).getRowObjectsJS();
        times.push(now() - t);
      }
    } finally {
      c.closeSync();
      db.closeSync();
    }
    const want = core.result.flatMap((a, r) => a.scores.map((s) => ({ rep: `rep${String(r).padStart(2, "0")}`, id: s.key, quadrant: s.quadrant, amount: s.amount, closeness: s.closeness, borderline: s.borderline })));
    const agree = rows.length === want.length && want.every((w, i) => Object.entries(w).every(([k, v]) => rows[i][k] === v));
    return {
      reps,
      customers: want.length,
      purchases: books.reduce((n, b) => n + b.purchases, 0),
      sqlMs: round(median(times)),
      coreMs: round(core.median),
      exportMs: round(exportMs),
      agree,
      runs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
