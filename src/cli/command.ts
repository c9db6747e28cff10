/**
 * What a subcommand is, so each lives in its own file and `run.ts` only lists them. Every
 * command takes the workbook first; `args` names any further positional arguments (a formula,
 * for instance). The shared options (--as-of, --json, --lang, --map) are added to each command
 * that uses them (`shared`): help lists no option a command would ignore.
 */
import type { CliIo } from "./io";
import type { CommonOptions } from "./options";

export type SharedOption = "asOf" | "json" | "lang" | "map";

export interface CliContext {
  io: CliIo;
  env: NodeJS.ProcessEnv;
}

export interface CliCommand<O extends CommonOptions = CommonOptions> {
  name: string;
  /** i18n key of the one-line description in --help. */
  help: string;
  /** How many workbooks the command takes first: one (the default), one or more, or none. */
  books?: "one" | "many" | "none";
  /** Positional arguments after the workbook: commander syntax and i18n key of the help. */
  args?: readonly (readonly [syntax: string, help: string])[];
  /** i18n key of the --as-of help when the command reads the date its own way (default `cli.help.asOf`). */
  asOfHelp?: string;
  /** The shared options the command takes (default: all of them). */
  shared?: readonly SharedOption[];
  /** Options beyond the shared ones: commander flags and i18n key of the help. */
  options?: readonly (readonly [flags: string, help: string])[];
  /** `positional[0]` is the workbook (`many`: every positional is one); returns the exit code. */
  run(positional: string[], opts: O, ctx: CliContext): Promise<number>;
}
