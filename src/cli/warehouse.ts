/**
 * `export <book.xlsx>… --parquet DIR` and `sql [--dialect duckdb|spark] --as-of … [--from DIR]`
 * (SPEC 8): the way past one machine. `export` writes every book's linked records as Parquet
 * (src/warehouse/parquet.ts); `sql` prints the method as one query over those files
 * (src/warehouse/sql.ts). DuckDB is loaded only when `export` runs.
 */
import { mkdir } from "node:fs/promises";
import { t } from "../core/i18n";
import { linkBook, bookLang } from "../core/book";
import { DEFAULT_SETTINGS, type Settings } from "../core/settings";
import { todayDay } from "../core/dates";
import { fileStem } from "../core/team/report";
import { readBook } from "../xlsx/readBook";
import { DIALECTS, type Dialect, quadrantSql } from "../warehouse/sql";
import { type CliIo, CliError, EXIT, readInput, writeLines } from "./io";
import { asOfOption, type CommonOptions, mapOption } from "./options";
import { earlyLang } from "./load";
import type { CliCommand } from "./command";
import { nodeCodec } from "./nodeCodec";
import { failure } from "./team/book";
import { bookFiles } from "./books";

export interface ExportOptions extends CommonOptions {
  parquet?: string;
}

export const exportCommand: CliCommand<ExportOptions> = {
  name: "export",
  help: "cli.help.export",
  books: "many",
  // Records, not scores: the as-of date belongs to `crm sql` (SPEC 8); nothing here is JSON.
  shared: ["lang", "map"],
  options: [["--parquet <dir>", "cli.help.parquet"]],
  run: (books, opts, { io, env }) => exportBooks(books, opts, io, env),
};

/** The scoring settings the SQL writes in; a book with others is scored by the defaults in the warehouse (said on stderr). */
const SCORING_KEYS = ["windowMonths", "badPaymentPenalty", "amountThreshold", "closenessThreshold", "borderlineMargin"] as const;

async function exportBooks(args: string[], opts: ExportOptions, io: CliIo, env: NodeJS.ProcessEnv): Promise<number> {
  const lang = earlyLang(opts, env);
  if (opts.parquet === undefined) throw new CliError("cli.error.parquetDir");
  const files = await bookFiles(args, undefined);
  const { choices, sheets } = mapOption(opts.map);
  const { ParquetExport } = await import("../warehouse/parquet");
  const out = await ParquetExport.open();
  const reps = new Set<string>();
  let written = 0;
  try {
    for (const [i, file] of files.entries()) {
      opts.onProgress?.({ stage: "books", done: i, total: files.length });
      try {
        const raw = await readBook(await readInput(file), sheets, { codec: nodeCodec });
        raw.choices = choices;
        const book = linkBook(raw, bookLang(raw));
        const missing = book.problems.find((p) => (p.table === "customers" || p.table === "purchases") && p.code === "column.missing");
        if (missing) throw new CliError("cli.error.columnMissing", { sheet: missing.sheet, row: missing.row, column: missing.column });
        // Each rep once: thresholds are taken per rep, so two books under one name would be scored as one.
        let rep = book.settings.owner || fileStem(file);
        if (reps.has(rep)) rep = `${rep} (${fileStem(file)})`;
        reps.add(rep);
        out.add(rep, book);
        written++;
        const own = SCORING_KEYS.filter((k) => book.settings[k] !== DEFAULT_SETTINGS[k as keyof Settings]);
        if (own.length) writeLines(io.stderr, [t(lang, "cli.export.ownSettings", { file, keys: own.join(", ") })]);
      } catch (e) {
        writeLines(io.stderr, [failure(e, file)[lang]]);
      }
    }
    if (written === 0) {
      out.close();
      return EXIT.unusable;
    }
    await mkdir(opts.parquet, { recursive: true });
    await out.write(opts.parquet);
  } catch (e) {
    throw new CliError("cli.error.cannotWrite", { file: opts.parquet, detail: (e instanceof Error ? e.message : String(e)).split("\n")[0] });
  }
  opts.onProgress?.({ stage: "books", done: files.length, total: files.length });
  writeLines(io.stdout, [t(lang, "cli.export.written", { books: written, dir: opts.parquet })]);
  return written < files.length ? EXIT.dataErrors : EXIT.ok;
}

export interface SqlOptions extends CommonOptions {
  dialect?: string;
  from?: string;
}

export const sqlCommand: CliCommand<SqlOptions> = {
  name: "sql",
  help: "cli.help.sql",
  books: "none",
  asOfHelp: "cli.help.sqlAsOf",
  // A query over the exported files: no workbook to map, and SQL is its output.
  shared: ["asOf", "lang"],
  options: [
    ["--dialect <dialect>", "cli.help.dialect"],
    ["--from <dir>", "cli.help.from"],
  ],
  run: async (_none, opts, { io }) => {
    const dialect = (opts.dialect ?? "duckdb").toLowerCase() as Dialect;
    if (!DIALECTS.includes(dialect)) throw new CliError("cli.error.dialect", { value: opts.dialect ?? "" });
    io.stdout(quadrantSql({ asOf: asOfOption(opts.asOf) ?? todayDay(), dialect, from: opts.from }));
    return EXIT.ok;
  },
};
