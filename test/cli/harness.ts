/** Runs the command line in-process (milliseconds) with a fixed environment. */
import { runCli } from "../../src/cli/run";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A neutral locale by default, so the workbook (or --lang) decides the language. */
export async function crm(args: string[], env: NodeJS.ProcessEnv = { LANG: "C" }): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) }, env);
  return { code, stdout, stderr };
}
