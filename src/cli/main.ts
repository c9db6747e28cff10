/** Entry point: `npm run --silent crm -- <command> …` (tsx src/cli/main.ts). */
import { isMainThread, workerData } from "node:worker_threads";
import { runCli } from "./run";
import { t } from "../core/i18n";
import { earlyLang } from "./load";
import { WORKER_MARK, serveBooks } from "./team/pool";

// A library failing outside the awaited chain must still end as one line, not a stack trace.
const fail = (e: unknown) => {
  if ((e as NodeJS.ErrnoException)?.code === "EPIPE") process.exit(process.exitCode ?? 0);
  const detail = (e instanceof Error ? e.message : String(e)).split("\n")[0];
  process.stderr.write(t(earlyLang({}, process.env), "cli.error.unexpected", { detail }) + "\n");
  process.exit(2);
};
if (!isMainThread && (workerData as { mark?: string } | null)?.mark === WORKER_MARK) {
  // A worker thread of `crm team` (team/pool.ts): it reads the books it is handed, nothing else.
  serveBooks();
} else {
  process.on("uncaughtException", fail);
  process.on("unhandledRejection", fail);
  process.stdout.on("error", fail);

  runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    terminals: { stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true },
  }).then((code) => {
    process.exitCode = code;
  }, fail);
}
