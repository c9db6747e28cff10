/**
 * `crm eval <book.xlsx> '<formula>' [--as-of D] [--lang L] [--json]`: evaluates one CRM.* call
 * over the workbook with the same function code Excel runs, through the same engine (one read
 * of the book). Prints the value, or the Excel error code and its message.
 * Exit 0 for a value, 1 for an Excel error (#N/A, #VALUE!), 2 for unusable input (no such file,
 * not a workbook, no customer sheet, a bad option, a formula that is no CRM call).
 *
 * Cell references resolve against the workbook's CRM sheets: `A2` on the customer sheet,
 * `购买记录!D3` on another one.
 */
import { bookLang } from "../core/book";
import { dayFromSerial, formatDay, todayDay } from "../core/dates";
import { type Lang, t } from "../core/i18n";
import type { RawBook } from "../core/table";
import { FunctionEngine } from "../functions/engine";
import { FUNCTIONS } from "../functions/catalog";
import { type EvalResult, evaluate, isFormulaError, parseFormula, rawBookCells } from "../functions/evaluate";
import { isShownError } from "../functions/excelArgs";
import { BookError } from "../xlsx/bookError";
import { readBook } from "../xlsx/readBook";
import { nodeCodec } from "./nodeCodec";
import { type CliIo, CliError, EXIT, readInput } from "./io";
import { earlyLang } from "./load";
import { type CommonOptions, asOfOption, envLang, langOption } from "./options";
import type { CliCommand } from "./command";

export interface EvalOutcome {
  results: EvalResult[];
  lang: Lang;
  date1904: boolean;
}

/**
 * Formulas over an already read workbook, as the command evaluates its one formula: one engine
 * over the book (one read, one scoring), every formula answered from it.
 */
export async function evalOverBook(
  raw: RawBook,
  formulas: readonly string[],
  opts: CommonOptions,
  env: NodeJS.ProcessEnv = {},
): Promise<EvalOutcome> {
  const lang = langOption(opts.lang) ?? envLang(env) ?? bookLang(raw);
  const asOf = asOfOption(opts.asOf);
  const engine = new FunctionEngine(
    { readBook: async () => raw },
    { asOf, today: () => todayDay(), lang: () => lang, followMidnight: false },
  );
  try {
    const cells = rawBookCells(raw);
    const results = await Promise.all(formulas.map((f) => evaluate(f, engine, cells, lang)));
    return { results, lang, date1904: raw.date1904 };
  } finally {
    await engine.dispose();
  }
}

/** `crm eval <book> <formula>`; the shared options (--as-of, --json, --lang) come with every command. */
export const evalCommand: CliCommand = {
  name: "eval",
  help: "functions.cli.eval",
  args: [["<formula>", "functions.cli.formula"]],
  run: ([file, formula], opts, { io, env }) => runEval(file, formula, opts, io, env),
};

export async function runEval(
  file: string,
  formula: string,
  opts: CommonOptions,
  io: CliIo,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  let lang = earlyLang(opts, env);
  try {
    asOfOption(opts.asOf);
    lang = langOption(opts.lang) ?? lang;
    // A formula that is no CRM call is refused before the file is read.
    const parsed = parseFormula(formula, lang);
    if (!parsed.ok) {
      io.stderr(parsed.error.message + "\n");
      return EXIT.unusable;
    }
    const raw = await readBook(await readInput(file), {}, { codec: nodeCodec });
    const { results, date1904 } = await evalOverBook(raw, [formula], opts, env);
    const kind = FUNCTIONS[parsed.call.id].returns;
    return print(results[0], date1904, kind === "date", opts.json === true, io);
  } catch (e) {
    if (e instanceof CliError) io.stderr(e.messageIn(lang) + "\n");
    else if (e instanceof BookError) io.stderr(t(lang, "cli.error.book", { file, detail: e.messageIn(lang) }) + "\n");
    else
      io.stderr(
        t(lang, "cli.error.unexpected", { detail: (e instanceof Error ? e.message : String(e)).split("\n")[0] }) + "\n",
      );
    return EXIT.unusable;
  }
}

function print(result: EvalResult, date1904: boolean, isDate: boolean, json: boolean, io: CliIo): number {
  if (isFormulaError(result)) {
    io.stderr(result.message + "\n");
    return EXIT.unusable;
  }
  if (isShownError(result)) {
    io.stdout(
      json
        ? JSON.stringify({ error: result.error, message: result.message }) + "\n"
        : `${result.error} ${result.message}\n`,
    );
    return EXIT.dataErrors;
  }
  if (json) {
    io.stdout(JSON.stringify({ value: result }) + "\n");
    return EXIT.ok;
  }
  const show = (v: string | number | boolean) => (typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v));
  if (Array.isArray(result)) {
    io.stdout(result.map((row) => row.map(show).join("\t")).join("\n") + "\n");
  } else if (isDate && typeof result === "number") {
    // The value is Excel's serial; the calendar date beside it is for the reader.
    const day = dayFromSerial(result, date1904);
    io.stdout(day === undefined ? `${result}\n` : `${result} (${formatDay(day)})\n`);
  } else {
    io.stdout(show(result) + "\n");
  }
  return EXIT.ok;
}
