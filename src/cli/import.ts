/**
 * `import <book.xlsx> <list.csv|list.xlsx> --table … --out merged.xlsx [--json]` (SPEC 8): the
 * list is read (CSV encoding detected), its header found and columns matched, merged by ID into
 * the table, and a copy of the workbook written with the result. Conflicts are listed and the
 * workbook's value kept (the pane lets the user choose); every row not imported is reported.
 */
import type { TableKey } from "../core/table";
import { t } from "../core/i18n";
import { TABLES, caption, matchKey } from "../core/schema";
import { columnIndexes, proposeColumnMap } from "../core/columns";
import { findListHeader } from "../core/import/header";
import { type ImportReport, importReport, planImport } from "../core/import/merge";
import { type CliIo, CliError, EXIT, readInput, writeLines } from "./io";
import { type CommonOptions, mapOption } from "./options";
import type { CliCommand } from "./command";
import { openBook } from "./load";
import { sameFile, writeOutput } from "./output";

interface ImportOptions extends CommonOptions {
  table?: string;
  out?: string;
}

const IMPORTABLE: readonly TableKey[] = ["customers", "followUps", "purchases", "assets", "policies"];

export const importCommand: CliCommand<ImportOptions> = {
  name: "import",
  help: "cli.help.import",
  args: [["<list>", "cli.help.importList"]],
  options: [
    ["--table <table>", "cli.help.importTable"],
    ["--out <file>", "cli.help.out"],
  ],
  run: ([file, list], opts, { io, env }) => runImport(file, list, opts, io, env),
};

async function runImport(file: string, listFile: string, opts: ImportOptions, io: CliIo, env: NodeJS.ProcessEnv): Promise<number> {
  const tables = IMPORTABLE.join(", ");
  if (opts.table === undefined) throw new CliError("cli.error.importTableMissing", { tables });
  // The key (followUps) or the table's name in either language (跟进记录, Follow-ups), as the rep sees it.
  const wanted = matchKey(opts.table);
  const table = IMPORTABLE.find((k) => [k, TABLES[k].zh, TABLES[k].en].some((name) => matchKey(name) === wanted));
  if (!table) throw new CliError("cli.error.importTable", { value: opts.table, tables });
  if (opts.out === undefined) throw new CliError("cli.error.importOut");
  if (await sameFile(file, opts.out)) throw new CliError("cli.error.outIsInput", { file });
  const { bytes, lang, analysis, raw } = await openBook(file, opts, env);
  // A ledger book has only its purchases sheet: any other table would be "no customer sheet", which says nothing of what to do.
  const ledger = raw.ledger && table !== "purchases" ? raw.tables.purchases?.sheet : undefined;
  if (ledger !== undefined) throw new CliError("cli.error.ledgerImport", { sheet: ledger, table });
  // Loaded here, not with every command: they bring exceljs (a third of a second to load).
  const [{ readListFile }, { writeImported }] = await Promise.all([import("../import/readList"), import("../xlsx/writeImported")]);
  const listed = await readListFile(await readInput(listFile), listFile);
  const list = findListHeader(listed.rows, table);
  if (!list) throw new CliError("cli.error.importNoHeader", { file: listFile, column: caption(TABLES[table].columns[0], lang) });
  const proposal = proposeColumnMap(table, list.headers, list.rows);
  const multipliers = Object.fromEntries(Object.values(proposal.fields).map((f) => [f.field, f.multiplier]));
  const plan = planImport(analysis.book, table, list, columnIndexes(proposal), lang, multipliers);
  const written = await writeImported(bytes, plan, mapOption(opts.map).sheets);
  await writeOutput(file, opts.out, written.bytes);
  const report: ImportReport = importReport(plan, lang, written.filled);
  if (opts.json) io.stdout(JSON.stringify(report, null, 2) + "\n");
  else {
    writeLines(io.stdout, [
      t(lang, "cli.import.summary", { added: report.added, filled: report.filled, conflicts: report.conflicts.length, skipped: report.skipped.length }),
      ...report.conflicts.map((c) => t(lang, "cli.import.conflict", { id: c.id, column: c.column, current: c.current, incoming: c.incoming, row: c.listRow })),
      ...report.fills.map((f) => t(lang, "cli.import.fill", { id: f.id, row: f.row, column: f.column, value: f.value })),
      ...report.skipped.map((s) => t(lang, "cli.import.skipped", { row: s.row, reason: s.reason })),
      ...report.blanked.map((b) => t(lang, "cli.import.blanked", { warning: b.warning })),
      t(lang, "cli.score.written", { file: opts.out }),
    ]);
  }
  return EXIT.ok;
}
