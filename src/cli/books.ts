/** The workbooks a many-book command (`team`, `export`) is given: files, or folders of them. */
import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { CliError } from "./io";

/** The books named: files as given; a folder's .xlsx files (not Excel's `~$` lock files, not the --out file), by name. */
export async function bookFiles(args: readonly string[], out: string | undefined): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const info = await stat(arg).catch(() => undefined);
    if (info?.isDirectory()) {
      const names = (await readdir(arg)).filter((n) => /\.xlsx$/i.test(n) && !n.startsWith("~$")).sort();
      files.push(...names.map((n) => join(arg, n)).filter((f) => out === undefined || resolve(f) !== resolve(out)));
    } else files.push(arg);
  }
  if (files.length === 0) throw new CliError("cli.error.noBooks", { folder: args.join(", ") });
  return files;
}

