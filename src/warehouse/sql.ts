/**
 * SPEC section 3 as one SQL query over the Parquet files `crm export` writes, so a bank can run
 * the method where its data lives (Spark SQL, Trino, DuckDB) over every rep at once: one row per
 * customer — `rep`, `id`, `quadrant`, `amount`, `closeness`, `borderline` — in each rep's sheet
 * order, with the as-of date and the default settings written in and the thresholds (medians of
 * the positive values) taken per rep. The DuckDB text is proven against the core on generated
 * books (src/warehouse/sql.test.ts); the Spark text differs only where the engines do: date
 * arithmetic (`add_months`) and the median (`percentile`). docs/WAREHOUSE.md says how to run it.
 *
 * Exactness: amounts are summed as DECIMAL(38, 6) — order-free, unlike a floating sum — which is
 * the core's sum rounded to the millionth; closeness is `count / W` and the penalty as the core
 * computes them; the borderline test has the core's relative epsilon of 1e-12.
 */
import { DEFAULT_SETTINGS } from "../core/settings";
import { type Day, formatDay } from "../core/dates";

export type Dialect = "duckdb" | "spark";
export const DIALECTS: readonly Dialect[] = ["duckdb", "spark"];

export interface SqlOptions {
  asOf: Day;
  dialect: Dialect;
  /** The folder of the Parquet files, as the engine should see it (default: the current directory). */
  from?: string;
}

const D = DEFAULT_SETTINGS;

export function quadrantSql(o: SqlOptions): string {
  const dir = (o.from ?? ".").replace(/\/+$/, "") || ".";
  const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
  const file = (name: string) =>
    o.dialect === "duckdb" ? `read_parquet(${quote(`${dir}/${name}.parquet`)})` : `parquet.\`${`${dir}/${name}.parquet`.replace(/`/g, "``")}\``;
  const asOf = `DATE '${formatDay(o.asOf)}'`;
  const start = o.dialect === "duckdb" ? `${asOf} - INTERVAL ${D.windowMonths} MONTH` : `add_months(${asOf}, -${D.windowMonths})`;
  const median = (x: string) => (o.dialect === "duckdb" ? `median(${x})` : `percentile(${x}, 0.5)`);
  const high = (v: string, t: string) => `(${v} >= ${t} AND ${v} > 0)`;
  const near = (v: string, t: string) => `(${t} > 0 AND abs(${v} - ${t}) <= ${D.borderlineMargin} * ${t} * (1 + 1e-12))`;
  if (D.amountThreshold !== "median" || D.closenessThreshold !== "median") throw new Error("the SQL states the median thresholds");
  return `-- The four-quadrant method (SPEC section 3) as of ${formatDay(o.asOf)}, default settings:
-- window ${D.windowMonths} months (${formatDay(o.asOf)} minus ${D.windowMonths} calendar months, clamped to the month's end, < date <= as-of),
-- bad-payment penalty ${D.badPaymentPenalty}, thresholds the median of the positive values per rep, borderline margin ${D.borderlineMargin}.
-- One row per customer: rep, id, quadrant, amount, closeness, borderline. Dialect: ${o.dialect}.
WITH
  window_sums AS (
    SELECT c.rep, c.id, c.seq,
           coalesce(sum(CAST(p.amount AS DECIMAL(38, 6))), 0) AS amount_sum,
           count(p.id) AS purchases,
           max(CASE WHEN p.status IN ('overdue', 'badDebt') THEN 1 ELSE 0 END) AS bad
    FROM ${file("customers")} c
    LEFT JOIN ${file("purchases")} p
      ON p.rep = c.rep AND p.id = c.id
     AND p.date > ${start} AND p.date <= ${asOf}
    GROUP BY c.rep, c.id, c.seq
  ),
  figures AS (
    SELECT rep, id, seq,
           CAST(amount_sum AS DOUBLE) AS amount,
           CASE WHEN bad = 1 THEN CAST(purchases AS DOUBLE) / ${D.windowMonths} * ${1 - D.badPaymentPenalty}
                ELSE CAST(purchases AS DOUBLE) / ${D.windowMonths} END AS closeness
    FROM window_sums
  ),
  thresholds AS (
    SELECT rep,
           coalesce(${median("CASE WHEN amount > 0 THEN amount END")}, 0) AS t_amount,
           coalesce(${median("CASE WHEN closeness > 0 THEN closeness END")}, 0) AS t_closeness
    FROM figures
    GROUP BY rep
  )
SELECT f.rep, f.id,
       CASE WHEN ${high("f.amount", "t.t_amount")} THEN (CASE WHEN ${high("f.closeness", "t.t_closeness")} THEN 'I' ELSE 'II' END)
            ELSE (CASE WHEN ${high("f.closeness", "t.t_closeness")} THEN 'IV' ELSE 'III' END) END AS quadrant,
       f.amount, f.closeness,
       (${near("f.amount", "t.t_amount")} OR ${near("f.closeness", "t.t_closeness")}) AS borderline
FROM figures f
JOIN thresholds t ON t.rep = f.rep
ORDER BY f.rep, f.seq;
`;
}
