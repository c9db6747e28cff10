/**
 * `crm export --parquet` then `crm sql`: the printed query runs unchanged in DuckDB over the
 * exported files and gives every customer of every book what that book's own `crm score` gives.
 * The Spark text differs from it only in the engine's own words (reading a Parquet file, date
 * arithmetic, the median).
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { crm } from "./harness";
import { tempDir, writeTemp } from "../fixtures/workbooks";
import { demoXlsx } from "../../src/demo/writeDemo";
import { parseIsoDay } from "../../src/core/dates";
import { normalizeIdText } from "../../src/core/parse/id";

const AS_OF = "2026-03-31";

describe("crm export and crm sql", () => {
  const dir = tempDir();
  const books = join(dir, "books");
  const parquet = join(dir, "parquet");

  beforeAll(async () => {
    const asOf = parseIsoDay(AS_OF)!;
    mkdirSync(books);
    writeTemp(books, "王芳.xlsx", await demoXlsx({ lang: "zh-CN", asOf, customers: 60, seed: 11 }));
    writeTemp(books, "Alice.xlsx", await demoXlsx({ lang: "en-US", asOf, customers: 45, seed: 12 }));
    writeTemp(books, "broken.xlsx", "not a workbook");
  }, 60_000);

  it("exports the books it can read, says which it cannot, and the SQL printed runs unchanged in DuckDB with each book's crm score answers", async () => {
    const exported = await crm(["export", books, "--parquet", parquet]);
    expect(exported.code).toBe(1); // one book could not be read
    expect(exported.stderr).toContain("broken.xlsx");
    const sql = await crm(["sql", "--as-of", AS_OF, "--from", parquet]);
    expect(sql.code).toBe(0);
    const db = await DuckDBInstance.create(":memory:", { autoinstall_known_extensions: "false", autoload_known_extensions: "false" });
    const c = await db.connect();
    const rows = (await c.runAndReadAll(sql.stdout)).getRowObjectsJS() as unknown as { rep: string; id: string; quadrant: string; amount: number; closeness: number; borderline: boolean }[];
    c.closeSync();
    db.closeSync();
    for (const [rep, file] of [["Alice", "Alice.xlsx"], ["王芳", "王芳.xlsx"]]) {
      const scores = JSON.parse((await crm(["score", join(books, file), "--as-of", AS_OF, "--json"])).stdout) as { id: string; quadrant: string; amount: number; closeness: number; borderline: boolean }[];
      const mine = rows.filter((r) => r.rep === rep);
      expect(mine.map((r) => r.id)).toEqual(scores.map((s) => normalizeIdText(s.id)));
      expect(mine.map(({ quadrant, amount, closeness, borderline }) => ({ quadrant, amount, closeness, borderline }))).toEqual(
        scores.map(({ quadrant, amount, closeness, borderline }) => ({ quadrant, amount, closeness, borderline })),
      );
    }
  }, 120_000);

  it("prints the Spark dialect differing from DuckDB's only in reading Parquet, date arithmetic and the median", async () => {
    const duck = (await crm(["sql", "--as-of", AS_OF, "--from", "/data/crm"])).stdout.split("\n");
    const spark = (await crm(["sql", "--as-of", AS_OF, "--from", "/data/crm", "--dialect", "spark"])).stdout.split("\n");
    expect(spark).toHaveLength(duck.length);
    const differ = duck.map((line, i) => [line, spark[i]]).filter(([d, s]) => d !== s);
    for (const [d, s] of differ) {
      const kind = /Dialect/.test(d) ? "comment" : /read_parquet/.test(d) ? "file" : /INTERVAL/.test(d) ? "date" : /median/.test(d) ? "median" : "other";
      expect({ kind, duckdb: d, spark: s }).not.toMatchObject({ kind: "other" });
      if (kind === "file") expect(s).toMatch(/parquet\.`\/data\/crm\/(customers|purchases)\.parquet`/);
      if (kind === "date") expect(s).toContain("add_months(DATE '2026-03-31', -12)");
      if (kind === "median") expect(s).toMatch(/percentile\(CASE WHEN (amount|closeness) > 0 THEN (amount|closeness) END, 0\.5\)/);
    }
    expect(differ.length).toBeGreaterThanOrEqual(5);
  });

  it("refuses an unknown dialect and an export without a folder, in one line each", async () => {
    expect(await crm(["sql", "--dialect", "oracle"])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^Unknown SQL dialect “oracle”.*\n$/) });
    expect(await crm(["export", books])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--parquet/) });
  });

  it("list in their help only the options they use: export takes no as-of date (crm sql does), sql maps no workbook", async () => {
    const exportHelp = await crm(["export", "--help"], { LANG: "en_US.UTF-8" });
    expect(exportHelp.code).toBe(0);
    expect(exportHelp.stdout).toContain("--parquet <dir>");
    expect(exportHelp.stdout).toContain("--map");
    expect(exportHelp.stdout).not.toContain("--as-of");
    expect(exportHelp.stdout).not.toContain("--json");
    const sqlHelp = await crm(["sql", "--help"], { LANG: "en_US.UTF-8" });
    expect(sqlHelp.stdout).toContain("--as-of <date>");
    expect(sqlHelp.stdout).not.toContain("--map");
    expect(sqlHelp.stdout).not.toContain("--json");
    // An as-of date given to export is said to be no option of it, not silently ignored.
    expect(await crm(["export", books, "--parquet", parquet, "--as-of", AS_OF], { LANG: "en_US.UTF-8" })).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("“--as-of”"),
    });
  });
});
