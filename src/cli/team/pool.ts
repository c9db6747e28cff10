/**
 * Runs one task per book on worker threads (books are independent: each is read and scored by
 * its own rules), handing each worker the next book as it finishes one, so a large book does not
 * hold up the small ones behind it. Results come back in book order. With one job, or one book,
 * the books are read in this thread: a worker costs a start-up (~0.1 s bundled, a few seconds
 * when the CLI runs from TypeScript through tsx) that a single book never earns back.
 *
 * A worker runs the CLI's own entry (`main.ts`, or the bundle it was built into), which sees
 * `workerData` and serves tasks instead of parsing a command line — so the bundled CLI is one
 * file and needs no second one beside it.
 */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker, parentPort } from "node:worker_threads";
import type { BookResult } from "../../core/team/report";
import { type BookTask, failure, teamBook } from "./book";

/** What `workerData` carries to mark a thread as a team worker. */
export const WORKER_MARK = "crm-team-worker";

export interface PoolOptions {
  /** Worker threads; default: the machine's cores, at most one per book. 1 = this thread. */
  jobs?: number;
  /** Called as each book is done (any order), for progress. */
  onDone?: (done: number, total: number) => void;
}

export function defaultJobs(books: number): number {
  return Math.max(1, Math.min(books, availableParallelism()));
}

export async function runBooks(tasks: readonly BookTask[], o: PoolOptions = {}): Promise<BookResult[]> {
  const jobs = workerKind() ? Math.max(1, Math.min(o.jobs ?? defaultJobs(tasks.length), tasks.length)) : 1;
  const results: BookResult[] = new Array(tasks.length);
  let done = 0;
  const finish = (i: number, r: BookResult) => {
    results[i] = r;
    o.onDone?.(++done, tasks.length);
  };
  if (jobs <= 1) {
    for (let i = 0; i < tasks.length; i++) finish(i, await teamBook(tasks[i]));
    return results;
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: jobs }, async () => {
      let worker = startWorker();
      try {
        while (next < tasks.length) {
          const i = next++;
          const { result, crashed } = await ask(worker, tasks[i]);
          finish(i, result);
          // A worker that died (out of memory on a huge book) is replaced; the book is one error row.
          if (crashed) {
            await worker.terminate();
            worker = startWorker();
          }
        }
      } finally {
        await worker.terminate();
      }
    }),
  );
  return results;
}

/**
 * How this process can start a worker: bundled, the bundle is the entry; from TypeScript under
 * tsx, through the small bootstrap that registers tsx in the worker; anywhere else (a test
 * runner's own transform) it cannot, and the books are read in this thread.
 */
function workerKind(): "bundle" | "tsx" | undefined {
  if (!__filename.endsWith(".ts")) return "bundle";
  return process.execArgv.some((a) => a.includes("tsx")) ? "tsx" : undefined;
}

function startWorker(): Worker {
  if (workerKind() === "bundle") return new Worker(__filename, { workerData: { mark: WORKER_MARK } });
  const entry = pathToFileURL(join(__dirname, "..", "main.ts")).href;
  return new Worker(join(__dirname, "tsWorker.mjs"), { workerData: { mark: WORKER_MARK, entry } });
}

/** One task on a worker: a book's result, or the worker's failure as that book's error. */
function ask(worker: Worker, task: BookTask): Promise<{ result: BookResult; crashed: boolean }> {
  return new Promise((resolve) => {
    const done = (result: BookResult, crashed: boolean) => {
      worker.off("message", onMessage);
      worker.off("error", onError);
      resolve({ result, crashed });
    };
    const onMessage = (r: BookResult) => done(r, false);
    const onError = (e: Error) => done({ file: task.file, error: failure(e) }, true);
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.postMessage(task);
  });
}

/** The worker's side: each message is a book to read; the answer is its result. */
export function serveBooks(): void {
  parentPort!.on("message", (task: BookTask) => {
    void teamBook(task).then((result) => parentPort!.postMessage(result));
  });
}
