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
import { earlyLang } from "./load";
import { scoreCommand } from "./score";
import { checkCommand } from "./check";
import { planCommand } from "./plan";

type Action = (file: string, opts: CommonOptions & { out?: string }) => Promise<number>;

export async function runCli(argv: readonly string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let opts: CommonOptions = {};
  let file = "";
  let code: number = EXIT.ok;
  const run = (action: Action) => async (f: string, o: CommonOptions) => {
    [file, opts] = [f, o];
    code = await action(f, o);
  };
  const lang = earlyLang({}, env);
  const program = buildProgram(lang, io, {
    score: run((f, o) => scoreCommand(f, o, io, env)),
    check: run((f, o) => checkCommand(f, o, io, env)),
    plan: run((f, o) => planCommand(f, o, io, env)),
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (e) {
    const lang = earlyLang(opts, env);
    if (e instanceof CommanderError) return usageError(e, lang, io);
    io.stderr(errorLine(e, file, lang) + "\n");
    return EXIT.unusable;
  }
}

function buildProgram(lang: Lang, io: CliIo, actions: Record<"score" | "check" | "plan", (f: string, o: CommonOptions) => Promise<void>>) {
  const program = new Command("crm")
    .description(t(lang, "cli.help.program"))
    .exitOverride()
    // Commander's own error text is English; runCli prints a localized line instead.
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined });
  const common = (cmd: Command) =>
    cmd
      .argument("<book>", t(lang, "cli.help.book"))
      .option("--as-of <date>", t(lang, "cli.help.asOf"))
      .option("--json", t(lang, "cli.help.json"))
      .option("--lang <lang>", t(lang, "cli.help.lang"));
  common(program.command("score").description(t(lang, "cli.help.score")))
    .option("--out <file>", t(lang, "cli.help.out"))
    .action(actions.score);
  common(program.command("check").description(t(lang, "cli.help.check"))).action(actions.check);
  common(program.command("plan").description(t(lang, "cli.help.plan"))).action(actions.plan);
  return program;
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
      "commander.missingArgument": "cli.error.missingBook",
      "commander.optionMissingArgument": "cli.error.optionValue",
      "commander.excessArguments": "cli.error.excessArguments",
    }[e.code] ?? "cli.error.usage";
  io.stderr(t(lang, key, { value: quoted.split(/\s/)[0] }) + "\n");
  return EXIT.unusable;
}

function errorLine(e: unknown, file: string, lang: Lang): string {
  if (e instanceof CliError) return e.messageIn(lang);
  if (e instanceof BookError) return t(lang, "cli.error.book", { file, detail: e.messageIn(lang) });
  const detail = (e instanceof Error ? e.message : String(e)).split("\n")[0];
  return t(lang, "cli.error.unexpected", { detail });
}
