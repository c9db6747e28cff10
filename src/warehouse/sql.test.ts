/**
 * The SQL of `crm sql` gives every customer the quadrant, amount, closeness and borderline flag
 * the core gives — run in DuckDB over the Parquet files `crm export` writes, on generated books of
 * several reps at once: refunds, bad debts, as-of dates at month ends (SPEC 3's calendar-month
 * clamp) with purchases on the window's first and last days, amounts repeated so that customers
 * tie at the median, customers without purchases, and thresholds that differ per rep.
 */
import fc from "fast-check";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { analyze } from "../core/analyze";
import { type Day, dayFromYmd, serialFromDay } from "../core/dates";
import { windowStart } from "../core/quadrant";
import type { Cell, RawBook } from "../core/table";
import { ParquetExport } from "./parquet";
import { type Dialect, quadrantSql } from "./sql";

const AS_OF_DATES: Day[] = [
  dayFromYmd(2026, 3, 31)!, // the window starts on 2025-03-31
  dayFromYmd(2024, 2, 29)!, // leap day: starts on 2023-02-28
  dayFromYmd(2026, 5, 31)!,
  dayFromYmd(2025, 2, 28)!,
  dayFromYmd(2026, 6, 15)!,
];
const STATUSES = ["正常", "待回款", "逾期", "坏账", ""];

/** A rep's book: customers C1…Cn, purchases dated on and around the window's edges. */
const repBook = (asOf: Day) =>
  fc
    .record({
      customers: fc.integer({ min: 0, max: 14 }),
      // Few distinct amounts, so that window sums tie (at the median, too); refunds among them.
      amounts: fc.array(fc.constantFrom(100, 250.5, 250.5, 1000, -80, 99.99, 0.01, 3333.33), { minLength: 1, maxLength: 4 }),
      purchases: fc.array(
        fc.record({
          customer: fc.nat(),
          amount: fc.nat(),
          status: fc.constantFrom(...STATUSES),
          when: fc.oneof(
            fc.constantFrom("start", "afterStart", "asOf", "afterAsOf", "beforeStart"),
            fc.integer({ min: 0, max: 400 }),
          ),
        }),
        { maxLength: 60 },
      ),
    })
    .map(({ customers, amounts, purchases }) => {
      const start = windowStart(asOf, 12);
      const day = (w: string | number) =>
        typeof w === "number" ? asOf - w : { start, afterStart: start + 1, asOf, afterAsOf: asOf + 1, beforeStart: start - 1 }[w]!;
      const rows: Cell[][] = purchases
        .filter(() => customers > 0)
        .map((p) => [`C${(p.customer % customers) + 1}`, serialFromDay(day(p.when), false), amounts[p.amount % amounts.length], p.status]);
      const raw: RawBook = {
        date1904: false,
        tables: {
          customers: { sheet: "客户", headerRow: 1, firstColumn: 0, headers: ["客户编号", "客户名称"], rows: Array.from({ length: customers }, (_, i) => [`C${i + 1}`, `客户${i + 1}`]) },
          purchases: { sheet: "购买记录", headerRow: 1, firstColumn: 0, headers: ["客户编号", "日期", "金额", "回款状态"], rows },
        },
      };
      return raw;
    });

interface Row {
  rep: string;
  id: string;
  quadrant: string;
  amount: number;
  closeness: number;
  borderline: boolean;
}

async function runSql(dir: string, asOf: Day, dialect: Dialect = "duckdb"): Promise<Row[]> {
  const db = await DuckDBInstance.create(":memory:", { autoinstall_known_extensions: "false", autoload_known_extensions: "false" });
  const c = await db.connect();
  try {
    const reader = await c.runAndReadAll(quadrantSql({ asOf, dialect, from: dir }));
    return reader.getRowObjectsJS() as unknown as Row[];
  } finally {
    c.closeSync();
    db.closeSync();
  }
}

describe("the SQL of crm sql, run in DuckDB, against the core", () => {
  const dir = mkdtempSync(join(tmpdir(), "crm-sql-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("gives every customer of every rep the core's quadrant, amount, closeness and borderline flag", async () => {
    let run = 0;
    let customers = 0;
    let borderline = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...AS_OF_DATES).chain((asOf) => fc.tuple(fc.constant(asOf), fc.array(repBook(asOf), { minLength: 1, maxLength: 4 }))),
        async ([asOf, books]) => {
          const out = join(dir, String(run++));
          const exp = await ParquetExport.open();
          const want: Row[] = [];
          books.forEach((raw, r) => {
            const a = analyze(raw, { asOf });
            exp.add(`rep${r}`, a.book);
            for (const s of a.scores) want.push({ rep: `rep${r}`, id: s.key, quadrant: s.quadrant, amount: s.amount, closeness: s.closeness, borderline: s.borderline });
          });
          mkdirSync(out);
          await exp.write(out);
          const got = await runSql(out, asOf);
          expect(got).toEqual(want);
          customers += want.length;
          borderline += want.filter((w) => w.borderline).length;
        },
      ),
      { numRuns: 60 },
    );
    // The generator reached what the property is about.
    expect(customers).toBeGreaterThan(200);
    expect(borderline).toBeGreaterThan(5);
  }, 120_000);
});
