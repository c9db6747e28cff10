/**
 * `crm export --parquet DIR`: the linked records of every book as three Parquet files
 * (`customers.parquet`, `purchases.parquet`, `followups.parquet`), the input of `crm sql` in a
 * bank's warehouse. IDs normalized (SPEC 2's comparison key; the ID as written beside it), dates
 * as DATEs, amounts as DOUBLEs, statuses and channels as keys, a `rep` column. Only what the core
 * links is written: a row it excludes (an orphan, an invalid date or amount, a duplicate
 * customer) is excluded here too, so the warehouse sees the records the core scored.
 *
 * DuckDB (embedded, `@duckdb/node-api`) writes the files: the rows go into its in-memory tables
 * through its appender and out with `COPY … (FORMAT parquet)`. Loaded only by this command and
 * `crm sql`'s tests — never by the task pane or the functions (webpack refuses it there).
 */
import { join } from "node:path";
import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection, dateValue } from "@duckdb/node-api";
import type { LinkedBook } from "../core/book";
import { statusOfCode } from "../core/purchases";

export const TABLES_SQL = {
  customers: "rep VARCHAR NOT NULL, id VARCHAR NOT NULL, id_text VARCHAR NOT NULL, name VARCHAR, seq INTEGER NOT NULL, row INTEGER NOT NULL",
  purchases: "rep VARCHAR NOT NULL, id VARCHAR NOT NULL, date DATE NOT NULL, amount DOUBLE NOT NULL, status VARCHAR, product VARCHAR, row INTEGER NOT NULL",
  followups: "rep VARCHAR NOT NULL, id VARCHAR NOT NULL, date DATE NOT NULL, channel VARCHAR, next_date DATE, row INTEGER NOT NULL",
} as const;

export type WarehouseTable = keyof typeof TABLES_SQL;

/** An export in progress: books are added one at a time (each can be dropped once added), then written. */
export class ParquetExport {
  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    private readonly appenders: Record<WarehouseTable, DuckDBAppender>,
  ) {}

  static async open(): Promise<ParquetExport> {
    // No extension is ever downloaded: Parquet is built into the package's DuckDB.
    const instance = await DuckDBInstance.create(":memory:", { autoinstall_known_extensions: "false", autoload_known_extensions: "false" });
    const connection = await instance.connect();
    const appenders = {} as Record<WarehouseTable, DuckDBAppender>;
    for (const [table, columns] of Object.entries(TABLES_SQL) as [WarehouseTable, string][]) {
      await connection.run(`CREATE TABLE ${table} (${columns})`);
      appenders[table] = await connection.createAppender(table);
    }
    return new ParquetExport(instance, connection, appenders);
  }

  add(rep: string, book: LinkedBook): void {
    const { customers, purchases, followups } = this.appenders;
    const text = (a: DuckDBAppender, v: string | undefined) => (v === undefined ? a.appendNull() : a.appendVarchar(v));
    for (const c of book.customers) {
      customers.appendVarchar(rep);
      customers.appendVarchar(c.key);
      customers.appendVarchar(c.id);
      customers.appendVarchar(c.name);
      customers.appendInteger(c.index);
      customers.appendInteger(c.row);
      customers.endRow();
    }
    const p = book.purchases;
    for (let i = 0; i < p.length; i++) {
      const c = p.customer[i];
      if (c < 0) continue;
      purchases.appendVarchar(rep);
      purchases.appendVarchar(book.customers[c].key);
      purchases.appendDate(dateValue(p.day[i]));
      purchases.appendDouble(p.amount[i]);
      text(purchases, statusOfCode(p.status[i]));
      purchases.appendVarchar(p.product(i));
      purchases.appendInteger(p.row[i]);
      purchases.endRow();
    }
    for (const f of book.followUps) {
      if (f.customer < 0) continue;
      followups.appendVarchar(rep);
      followups.appendVarchar(book.customers[f.customer].key);
      followups.appendDate(dateValue(f.day));
      text(followups, f.channel);
      if (f.nextDay === undefined) followups.appendNull();
      else followups.appendDate(dateValue(f.nextDay));
      followups.appendInteger(f.row);
      followups.endRow();
    }
  }

  /** Writes the three files into `dir` (which must exist) and closes the engine. */
  async write(dir: string): Promise<void> {
    try {
      for (const [table, appender] of Object.entries(this.appenders) as [WarehouseTable, DuckDBAppender][]) {
        appender.closeSync();
        const path = join(dir, `${table}.parquet`).replace(/'/g, "''");
        await this.connection.run(`COPY (SELECT * FROM ${table} ORDER BY rep, row) TO '${path}' (FORMAT parquet)`);
      }
    } finally {
      this.close();
    }
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}
