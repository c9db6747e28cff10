/** `score <book.xlsx>`: every customer's quadrant, as JSON or as a table; `--out` writes a scored copy. */
import type { Lang } from "../core/i18n";
import { t } from "../core/i18n";
import type { Analysis } from "../core/analyze";
import { QUADRANTS, quadrantName, relationshipName, strategyText } from "../core/strategy";
import { COMPUTED_COLUMNS, TABLES, caption } from "../core/schema";
import { type CliIo, CliError, EXIT, writeLines } from "./io";
import { sameFile, writeOutput } from "./output";
import { type CommonOptions, mapOption } from "./options";
import type { CliCommand } from "./command";
import { openBook } from "./load";
import { bookLang } from "../core/book";
import { readingNotes, requireScorable } from "./scorable";
import { formatNumber, formatTable } from "./format";
import { type BesideUser, besideUserNotes } from "../core/besideUser";

export interface ScoreOptions extends CommonOptions {
  out?: string;
}

export interface ScoreJson {
  id: string;
  name: string;
  quadrant: string;
  amount: number;
  closeness: number;
  borderline: boolean;
  strategy: string;
}

export const scoreCommand: CliCommand<ScoreOptions> = {
  name: "score",
  help: "cli.help.score",
  options: [["--out <file>", "cli.help.out"]],
  run: ([file], opts, { io, env }) => score(file, opts, io, env),
};

async function score(file: string, opts: ScoreOptions, io: CliIo, env: NodeJS.ProcessEnv): Promise<number> {
  // Checked before the work (a quick refusal) and again as the copy is written.
  if (opts.out !== undefined && (await sameFile(file, opts.out))) throw new CliError("cli.error.outIsInput", { file });
  const { bytes, lang, analysis, raw } = await openBook(file, opts, env);
  requireScorable(raw, analysis);
  // A ledger has no customer sheet to hold the computed columns: said, not a half-written copy (DECISIONS).
  if (opts.out !== undefined && raw.ledger) throw new CliError("cli.error.ledgerOut", { sheet: raw.tables.purchases?.sheet ?? "" });
  let beside: BesideUser[] = [];
  if (opts.out !== undefined) {
    // exceljs (a third of a second to load) only when a copy is written.
    const { writeScored } = await import("../xlsx/writeScored");
    const copy = await writeScored(bytes, analysis, bookLang(raw), mapOption(opts.map).sheets);
    await writeOutput(file, opts.out, copy.bytes);
    beside = copy.besideUser;
  }
  if (opts.json) io.stdout(JSON.stringify(scoreJson(analysis, lang), null, 2) + "\n");
  else
    writeLines(io.stdout, [
      ...scoreTable(analysis, lang),
      ...(opts.out ? [t(lang, "cli.score.written", { file: opts.out })] : []),
    ]);
  // A column of the user's that the copy's own column was put beside: never read (its dates do not count).
  writeLines(io.stderr, [...besideUserNotes(beside, lang), ...readingNotes(raw, analysis, lang)]);
  return EXIT.ok;
}

export function scoreJson(a: Analysis, lang: Lang): ScoreJson[] {
  return a.scores.map((s) => ({
    id: s.id,
    name: s.name,
    quadrant: s.quadrant,
    amount: s.amount,
    closeness: s.closeness,
    borderline: s.borderline,
    strategy: strategyText(s.quadrant, lang),
  }));
}

function scoreTable(a: Analysis, lang: Lang): string[] {
  const col = (key: string) =>
    caption(
      COMPUTED_COLUMNS.find((c) => c.key === key)!,
      lang,
    );
  const idCol = TABLES.customers.columns[0];
  const nameCol = TABLES.customers.columns[1];
  const yes = t(lang, "value.yes");
  const rows = a.scores.map((s) => [
    s.id,
    s.name,
    `${s.quadrant} ${relationshipName(s.quadrant, lang)}`,
    formatNumber(s.amount, 2),
    formatNumber(s.closeness, 3),
    s.borderline ? yes : "",
    quadrantName(s.quadrant, lang),
  ]);
  const counts = QUADRANTS.map((q) => `${q}: ${a.scores.filter((s) => s.quadrant === q).length}`).join("  ");
  const errors = a.problems.filter((p) => p.severity === "error").length;
  const warnings = a.problems.length - errors;
  return [
    ...formatTable(
      [
        caption(idCol, lang),
        caption(nameCol, lang),
        col("quadrant"),
        col("amount"),
        col("closeness"),
        col("borderline"),
        col("strategy"),
      ],
      rows,
      ["left", "left", "left", "right", "right", "left", "left"],
    ),
    "",
    t(lang, "cli.score.thresholds", {
      amount: formatNumber(a.thresholds.amount, 2),
      closeness: formatNumber(a.thresholds.closeness, 3),
    }),
    t(lang, "cli.score.counts", { customers: a.scores.length, counts }),
    ...(a.problems.length > 0 ? [t(lang, "cli.score.problems", { errors, warnings })] : []),
  ];
}
