/**
 * The command line as a function: arguments in, text out through `io`, an exit code back.
 * Every failure ends here as one localized line on stderr — never a stack trace.
 */
import { Command, CommanderError } from "commander";
import type { Lang } from "../core/i18n";
import { t } from "../core/i18n";
import { BookError } from "../xlsx/bookError";
import { type CliIo, CliError, EXIT } from "./io";
import type { CommonOptions } from "./options";
import type { CliCommand, CliContext, SharedOption } from "./command";
import { earlyLang } from "./load";
import { progressLine, wantsProgress } from "./progress";
import { scoreCommand } from "./score";
import { checkCommand } from "./check";
import { planCommand } from "./plan";
import { evalCommand } from "./eval";
import { columnsCommand } from "./columns";
import { importCommand } from "./import";
import { coverageCommand } from "./coverage";
import { accountsCommand } from "./accounts";
import { reviewCommand } from "./review";
import { teamCommand } from "./team/team";
import { exportCommand, sqlCommand } from "./warehouse";

/** The subcommands, in the order --help lists them. */
const COMMANDS: readonly CliCommand<never>[] = [
  scoreCommand,
  checkCommand,
  planCommand,
  evalCommand,
  importCommand,
  coverageCommand,
  accountsCommand,
  reviewCommand,
  columnsCommand,
  teamCommand,
  exportCommand,
  sqlCommand,
];

export async function runCli(
  argv: readonly string[],
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const state = { file: "", opts: {} as CommonOptions, code: EXIT.ok as number };
  // Anything printed first wipes the progress line, so results and errors start at column one.
  const line = progressLine(io.stderr, () => earlyLang(state.opts, env));
  const shown: CliIo = {
    stdout: (text) => (line.clear(), io.stdout(text)),
    stderr: (text) => (line.clear(), io.stderr(text)),
    terminals: io.terminals,
  };
  const watch = (opts: CommonOptions) => {
    if (wantsProgress(io.terminals, env, opts.json)) opts.onProgress = line.progress;
  };
  // The program's texts (help above all) are made before parsing: a --lang on the line already counts.
  const program = buildProgram(earlyLang({ lang: langArgument(argv) }, env), { io: shown, env }, state, watch);
  try {
    await program.parseAsync([...argv], { from: "user" });
    line.clear();
    return state.code;
  } catch (e) {
    line.clear();
    const lang = earlyLang(state.opts, env);
    if (e instanceof CommanderError) return usageError(e, lang, io);
    io.stderr(errorLine(e, state.file, lang) + "\n");
    return EXIT.unusable;
  }
}

function buildProgram(
  lang: Lang,
  ctx: CliContext,
  state: { file: string; opts: CommonOptions; code: number },
  watch: (opts: CommonOptions) => void,
): Command {
  const program = new Command("crm")
    .description(t(lang, "cli.help.program"))
    .helpOption("-h, --help", t(lang, "cli.help.help"))
    .helpCommand("help [command]", t(lang, "cli.help.help"))
    // Commander titles its help sections in English; subcommands inherit this (copyInheritedSettings).
    .configureHelp({ styleTitle: (title) => helpTitle(title, lang) })
    .exitOverride()
    // Commander's own error text is English; runCli prints a localized line instead.
    .configureOutput({ writeOut: ctx.io.stdout, writeErr: ctx.io.stderr, outputError: () => undefined });
  for (const spec of COMMANDS) {
    const cmd = program
      .command(spec.name)
      .description(t(lang, spec.help))
      .helpOption("-h, --help", t(lang, "cli.help.help"));
    if (spec.books === "many") cmd.argument("<book...>", t(lang, "cli.help.books"));
    else if (spec.books !== "none") cmd.argument("<book>", t(lang, "cli.help.book"));
    for (const [syntax, help] of spec.args ?? []) cmd.argument(syntax, t(lang, help));
    const takes = (o: SharedOption) => spec.shared?.includes(o) ?? true;
    if (takes("asOf")) cmd.option("--as-of <date>", t(lang, spec.asOfHelp ?? "cli.help.asOf"));
    if (takes("json")) cmd.option("--json", t(lang, "cli.help.json"));
    if (takes("lang")) cmd.option("--lang <lang>", t(lang, "cli.help.lang"));
    if (takes("map")) cmd.option("--map <table.field=caption>", t(lang, "cli.help.map"), (v: string, all: string[] = []) => [...all, v]);
    for (const [flags, help] of spec.options ?? []) cmd.option(flags, t(lang, help));
    cmd.action(async (...params: unknown[]) => {
      // commander passes the positional arguments, then the options, then the command.
      const positional = params.slice(0, -2).flat() as string[];
      state.file = positional[0] ?? "";
      state.opts = params[params.length - 2] as CommonOptions;
      watch(state.opts);
      state.code = await spec.run(positional, state.opts as never, ctx);
    });
  }
  return program;
}

/** The value of `--lang X` or `--lang=X` in the arguments, before Commander has parsed them. */
function langArgument(argv: readonly string[]): string | undefined {
  const at = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (at < 0) return undefined;
  return argv[at] === "--lang" ? argv[at + 1] : argv[at].slice("--lang=".length);
}

const HELP_TITLES: Record<string, string> = {
  "Usage:": "cli.help.title.usage",
  "Arguments:": "cli.help.title.arguments",
  "Options:": "cli.help.title.options",
  "Global Options:": "cli.help.title.globalOptions",
  "Commands:": "cli.help.title.commands",
};

/** A help section's title in the user's language (a title Commander adds later stays as it is). */
function helpTitle(title: string, lang: Lang): string {
  const key = HELP_TITLES[title];
  return key ? t(lang, key) : title;
}

function usageError(e: CommanderError, lang: Lang, io: CliIo): number {
  if (e.code === "commander.helpDisplayed" || e.code === "commander.version") return EXIT.ok;
  // Help shown because no command was given: already on stderr.
  if (e.code === "commander.help") return EXIT.unusable;
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? "";
  const key =
    {
      "commander.unknownCommand": "cli.error.unknownCommand",
      "commander.unknownOption": "cli.error.unknownOption",
      "commander.missingArgument": quoted === "book" || quoted === "book..." ? "cli.error.missingBook" : "cli.error.missingArgument",
      "commander.optionMissingArgument": "cli.error.optionValue",
      "commander.excessArguments": "cli.error.excessArguments",
    }[e.code] ?? "cli.error.usage";
  // The list of commands comes from COMMANDS, so the message stays true as commands are added.
  const commands = COMMANDS.map((c) => c.name).join(lang === "zh-CN" ? "、" : ", ");
  io.stderr(t(lang, key, { value: quoted.split(/\s/)[0], commands }) + "\n");
  return EXIT.unusable;
}

function errorLine(e: unknown, file: string, lang: Lang): string {
  if (e instanceof CliError) return e.messageIn(lang);
  if (e instanceof BookError) return t(lang, "cli.error.book", { file, detail: e.messageIn(lang) });
  const detail = (e instanceof Error ? e.message : String(e)).split("\n")[0];
  return t(lang, "cli.error.unexpected", { detail });
}
