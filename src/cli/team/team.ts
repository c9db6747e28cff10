/**
 * `team <book.xlsx>… | <folder>`: a manager's view over several reps' books (SPEC 8, issue 27).
 * Each book is read and scored by its own rules on a worker thread (pool.ts); a book that cannot
 * be used is one entry with its error, never the end of the run. Prints a table, or `--json`;
 * `--out team.xlsx` writes one row per rep with native charts; `--anonymize` keeps every
 * customer's name and phone out of every output.
 */
import { createHash, randomBytes } from "node:crypto";
import type { Lang } from "../../core/i18n";
import { t } from "../../core/i18n";
import { formatDay, todayDay } from "../../core/dates";
import { QUADRANTS } from "../../core/strategy";
import { type RepFigures, mixShares } from "../../core/team/summary";
import { type BookResult, type TeamReport, teamReport } from "../../core/team/report";
import { normalizeIdText } from "../../core/parse/id";
import { type CliIo, CliError, EXIT, writeLines } from "../io";
import { asOfOption, type CommonOptions, envLang, langOption, mapOption } from "../options";
import type { CliCommand } from "../command";
import { stat } from "node:fs/promises";
import { sameFile, writeOutput } from "../output";
import { bookFiles } from "../books";
import { formatNumber, formatTable } from "../format";
import { runBooks } from "./pool";
import { teamJson } from "./json";

export interface TeamOptions extends CommonOptions {
  out?: string;
  anonymize?: boolean;
  jobs?: string;
}

export const teamCommand: CliCommand<TeamOptions> = {
  name: "team",
  help: "cli.help.team",
  books: "many",
  asOfHelp: "cli.help.teamAsOf",
  options: [
    ["--out <file>", "cli.help.teamOut"],
    ["--anonymize", "cli.help.anonymize"],
    ["--jobs <n>", "cli.help.jobs"],
  ],
  run: (books, opts, { io, env }) => team(books, opts, io, env),
};

async function team(args: string[], opts: TeamOptions, io: CliIo, env: NodeJS.ProcessEnv): Promise<number> {
  const flagLang = langOption(opts.lang);
  const asOf = asOfOption(opts.asOf) ?? todayDay();
  const jobsWanted = jobsOption(opts.jobs);
  mapOption(opts.map); // a bad --map is refused before any book is read
  const files = await bookFiles(args, opts.out);
  // The books are never written: an --out that is one of them is refused before any work.
  if (opts.out !== undefined) for (const f of files) if (await sameFile(f, opts.out)) throw new CliError("cli.error.outIsInput", { file: f });
  const jobs = jobsWanted ?? ((await totalBytes(files)) < WORKERS_FROM_BYTES ? 1 : undefined);
  const progress = opts.onProgress;
  progress?.({ stage: "books", done: 0, total: files.length });
  // One as-of date for the whole team (each book's own asOf setting would make the reps incomparable).
  const results = await runBooks(
    files.map((file) => ({ file, asOf, today: asOf, map: opts.map })),
    { jobs, onDone: (done, total) => progress?.({ stage: "books", done, total }) },
  );
  const lang = flagLang ?? envLang(env) ?? majorityLang(results);
  // One --map for every book: a column that cannot hold its field in one of them stops the run, as `score` does.
  const refused = results.find((r) => r.error && "mapRefused" in r && r.mapRefused);
  if (refused?.error) throw new MapRefused(refused.error[lang]);
  const report = teamReport(results, asOf, opts.anonymize ? pseudonyms() : undefined);
  if (opts.out !== undefined) {
    progress?.({ stage: "writing", done: 0 });
    const { teamWorkbook } = await import("../../xlsx/teamWorkbook");
    await writeOutput(files[0], opts.out, teamWorkbook(report, lang));
  }
  if (opts.json) io.stdout(JSON.stringify(teamJson(report, lang), null, 2) + "\n");
  else writeLines(io.stdout, [...teamLines(report, lang), ...(opts.out ? [t(lang, "cli.team.written", { file: opts.out })] : [])]);
  const broken = report.reps.filter((r) => r.error).length;
  if (broken === report.reps.length) return EXIT.unusable;
  return broken > 0 ? EXIT.dataErrors : EXIT.ok;
}

/** A refusal already worded in the run's language (the team's, decided once every book was read). */
class MapRefused extends CliError {
  constructor(private readonly line: string) {
    super("cli.team.mapRefused");
  }

  messageIn(): string {
    return this.line;
  }
}

/**
 * Below this many bytes of books, they are read in this thread: a worker's start (loading the CLI
 * again, ~0.3 s) costs about what reading 2 MB of .xlsx does, so small teams gain nothing from it.
 */
const WORKERS_FROM_BYTES = 4 << 20;

async function totalBytes(files: readonly string[]): Promise<number> {
  const sizes = await Promise.all(files.map((f) => stat(f).then((s) => s.size, () => 0)));
  return sizes.reduce((a, b) => a + b, 0);
}

function jobsOption(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new CliError("cli.error.jobs", { value: text });
  return n;
}

/** Pseudonyms for anonymized IDs: a digest salted afresh on every run, so none can be turned back into the ID. */
function pseudonyms(): (id: string) => string {
  const salt = randomBytes(16);
  return (id) => "#" + createHash("sha256").update(salt).update(normalizeIdText(id)).digest("hex").slice(0, 10);
}

function majorityLang(results: readonly BookResult[]): Lang {
  const zh = results.filter((r) => !r.error && r.lang === "zh-CN").length;
  const en = results.filter((r) => !r.error && r.lang === "en-US").length;
  return zh > 0 && zh >= en ? "zh-CN" : "en-US";
}

function teamLines(r: TeamReport, lang: Lang): string[] {
  const pct = (x: number | undefined) => (x === undefined ? "–" : `${Math.round(x * 100)}%`);
  const row = (name: string, f: Omit<RepFigures, "movements"> & { movements: RepFigures["movements"] | Record<string, number> }) => {
    const shares = mixShares(f.revenueMix);
    const amount = QUADRANTS.reduce((s, q) => s + f.quadrants[q].amount, 0);
    return [
      name,
      String(f.customers),
      ...QUADRANTS.map((q) => String(f.quadrants[q].count)),
      formatNumber(amount, 0),
      `${pct(shares?.existing)}/${pct(shares?.crossSell)}/${pct(shares?.newCustomers)}`,
      `${f.problems.errors}/${f.problems.warnings}`,
      String(f.planToday),
      String(f.contactsLast30Days),
      f.movements ? `${f.movements.warning}↓ ${f.movements.good}↑` : "–",
    ];
  };
  const rows = r.reps.filter((x) => x.figures).map((x) => row(x.rep, x.figures!));
  rows.push(row(t(lang, "cli.team.totals"), r.totals));
  const lines = [
    t(lang, "cli.team.title", { date: formatDay(r.asOf), books: r.reps.length, read: r.reps.filter((x) => x.figures).length }),
    "",
    ...formatTable(
      ["rep", "customers", "I", "II", "III", "IV", "amount", "mix", "problems", "plan", "contacts", "moves"].map((k) =>
        ["I", "II", "III", "IV"].includes(k) ? k : t(lang, `cli.team.col.${k}`),
      ),
      rows,
      ["left", "right", "right", "right", "right", "right", "right", "right", "right", "right", "right", "left"],
    ),
    t(lang, "cli.team.mixNote"),
  ];
  const broken = r.reps.filter((x) => x.error);
  if (broken.length) lines.push("", ...broken.map((x) => t(lang, "cli.team.broken", { rep: x.rep, error: x.error![lang] })));
  lines.push("", t(lang, "cli.team.shared", { count: r.shared.length }));
  for (const s of r.shared.slice(0, SHARED_LINES))
    lines.push(
      t(lang, s.match === "phone" ? "cli.team.sharedPhone" : "cli.team.sharedId", {
        id: s.id,
        name: s.name ? ` ${s.name}` : "",
        reps: s.reps.join(lang === "zh-CN" ? "、" : ", "),
      }),
    );
  if (r.shared.length > SHARED_LINES) lines.push(t(lang, "cli.team.sharedMore", { count: r.shared.length - SHARED_LINES }));
  return lines;
}

/** Shared customers listed on the terminal; all of them are in --json and --out. */
const SHARED_LINES = 20;
