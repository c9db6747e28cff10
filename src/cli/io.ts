/**
 * The command line's contact with the outside: where text goes, how a failure is reported (one
 * line, never a stack trace), exit codes, and reading the input file without ever writing it.
 */
import { readFile, stat } from "node:fs/promises";
import type { Lang, Params } from "../core/i18n";
import { t } from "../core/i18n";
import type { Terminals } from "./progress";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Which streams are terminals; absent (tests, a library caller): neither, so no progress line. */
  terminals?: Terminals;
}

export const EXIT = {
  ok: 0,
  /** `check` found at least one error in the data. */
  dataErrors: 1,
  /** The input cannot be used: no such file, not a workbook, no customer sheet, bad options. */
  unusable: 2,
} as const;

/** A failure the user can fix, carried as a message key so it is shown in the user's language. */
export class CliError extends Error {
  constructor(
    readonly key: string,
    readonly params: Params = {},
  ) {
    super(key);
    this.name = "CliError";
  }

  messageIn(lang: Lang): string {
    return t(lang, this.key, this.params);
  }
}

/** The file's bytes; the file is opened for reading only. */
export async function readInput(path: string): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new CliError("cli.error.noFile", { file: path });
  }
  if (!info.isFile()) throw new CliError("cli.error.notAFile", { file: path });
  try {
    return new Uint8Array(await readFile(path, { flag: "r" }));
  } catch (e) {
    throw new CliError("cli.error.cannotRead", { file: path, detail: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
}

/** One output line per call, so tests and pipes see whole lines. */
export function writeLines(write: (text: string) => void, lines: readonly string[]): void {
  if (lines.length > 0) write(lines.join("\n") + "\n");
}
