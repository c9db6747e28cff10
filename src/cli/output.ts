/**
 * Writing an output file (`--out`) so that the input can never be the one written: the two are
 * compared as files (device and inode after following links, then real paths), not as path
 * strings, and the bytes go to a temporary file in the target's folder that is renamed over the
 * target — a failure half-way leaves no half-written file, and a symbolic link at the target is
 * replaced, never written through.
 */
import { randomBytes } from "node:crypto";
import { realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { CliError } from "./io";

/** True when both paths lead to the same file: a symbolic link, a hard link, `./a` beside `a`. */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [sa, sb] = await Promise.all([stat(a).catch(() => undefined), stat(b).catch(() => undefined)]);
  if (sa && sb && sa.dev === sb.dev && sa.ino === sb.ino) return true;
  const [ra, rb] = await Promise.all([realTarget(a), realTarget(b)]);
  return ra === rb;
}

/** The real path of a file that may not exist yet: its folder's real path and its name. */
async function realTarget(path: string): Promise<string> {
  const full = resolve(path);
  return realpath(full).catch(async () => join(await realpath(dirname(full)).catch(() => dirname(full)), basename(full)));
}

/** Refuses an output that is the input, then writes it through a temporary file and a rename. */
export async function writeOutput(input: string, out: string, bytes: Uint8Array): Promise<void> {
  if (await sameFile(input, out)) throw new CliError("cli.error.outIsInput", { file: input });
  const temp = join(dirname(resolve(out)), `.${basename(out)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: "wx" });
    await rename(temp, out);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw new CliError("cli.error.cannotWrite", { file: out, detail: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
}
