/**
 * Round trips: `context.sync()` calls of setup and of refresh through the Office.js host over the
 * in-memory Excel, for a rep's workbook of plain ranges (customers, purchases) at each size. The
 * design's rule: the count must not grow with the rows (chunking only to stay under the request
 * size limit the fake enforces like Excel on the web: 5 MB).
 */
import { createFakeExcel } from "../src/fake-excel";
import { createExcelHost } from "../src/excel/excelHost";
import type { Cell, RawTable } from "../src/core/table";
import { makeBook } from "./data";
import { now, round } from "./timing";

export interface SyncCounts {
  customers: number;
  purchases: number;
  /** null when the operation failed (see `error`). */
  setup: number | null;
  refresh: number | null;
  /** A second refresh with nothing changed (the everyday click). */
  refreshAgain: number | null;
  setupMs: number | null;
  refreshMs: number | null;
  /** Customer rows the refresh wrote. */
  written: number | null;
  /** What went wrong, with the sync count at the failure, when an operation failed. */
  error?: string;
}

/** Runs one host operation, counting its syncs; a failure is recorded rather than thrown. */
async function counted<T>(
  stats: { syncs: number; resetCounts(): void },
  op: () => Promise<T>,
): Promise<{ syncs: number; ms: number; result: T } | { error: string }> {
  stats.resetCounts();
  const t = now();
  try {
    const result = await op();
    return { syncs: stats.syncs, ms: round(now() - t), result };
  } catch (e) {
    const code = (e as { code?: string }).code ?? (e as Error).name;
    return { error: `${code} at sync ${stats.syncs}: ${String((e as Error).message).split(". ")[0]}` };
  }
}

/** Rows written per sync while seeding the workbook (seeding is not measured). */
const SEED_ROWS_PER_SYNC = 20_000;

async function seedSheet(sheet: string, table: RawTable): Promise<void> {
  const width = table.headers.length;
  const last = String.fromCharCode(64 + width);
  await Excel.run(async (ctx) => {
    ctx.workbook.worksheets.add(sheet);
    await ctx.sync();
  });
  const rows: Cell[][] = [table.headers, ...table.rows];
  for (let from = 0; from < rows.length; from += SEED_ROWS_PER_SYNC) {
    const part = rows.slice(from, from + SEED_ROWS_PER_SYNC);
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem(sheet).getRange(`A${from + 1}:${last}${from + part.length}`);
      range.values = part as (string | number | boolean)[][];
      await ctx.sync();
    });
  }
}

export async function benchSyncs(customers: number, purchasesPerCustomer = 20): Promise<SyncCounts> {
  const bench = makeBook(customers, customers * purchasesPerCustomer);
  const fake = createFakeExcel({ sheets: [] });
  fake.install(globalThis);
  for (const key of ["customers", "purchases"] as const) {
    const table = bench.raw.tables[key]!;
    await seedSheet(table.sheet, table);
  }
  const host = createExcelHost({ today: () => bench.asOf });
  const setup = await counted(fake.stats, () => host.setup("zh-CN"));
  const refresh = await counted(fake.stats, () => host.refresh("zh-CN", { asOf: bench.asOf }));
  const again = await counted(fake.stats, () => host.refresh("zh-CN", { asOf: bench.asOf }));
  const errors = [["setup", setup] as const, ["refresh", refresh] as const]
    .filter(([, r]) => "error" in r)
    .map(([name, r]) => `${name}: ${(r as { error: string }).error}`);
  return {
    customers,
    purchases: bench.purchases,
    setup: "error" in setup ? null : setup.syncs,
    refresh: "error" in refresh ? null : refresh.syncs,
    refreshAgain: "error" in again ? null : again.syncs,
    setupMs: "error" in setup ? null : setup.ms,
    refreshMs: "error" in refresh ? null : refresh.ms,
    written: "error" in refresh ? null : refresh.result.written,
    ...(errors.length ? { error: errors.join("; ") } : {}),
  };
}
