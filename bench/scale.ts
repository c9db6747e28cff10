/**
 * The whole grid, headless (issue 16): a full sheet of Excel — 50,000 customers × 1,000,000
 * purchases — written as an .xlsx in the run, then `crm score --json` on it as a child process
 * (wall time and peak resident memory), and LibreOffice Calc converting the same file to CSV
 * (`soffice --headless --convert-to csv`: it must open the whole workbook) for comparison.
 */
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundleCli } from "./cliBundle";
import { BENCH_AS_OF, CUSTOMER_HEADERS, PURCHASE_HEADERS, customerRows, purchaseGenerator } from "./data";
import { writeXlsx } from "./xlsxWriter";
import { formatDay } from "../src/core/dates";
import { median, round } from "./timing";

export interface ScaleResult {
  customers: number;
  purchases: number;
  /** Wall time of `crm score --json` (the CLI bundled as it would ship, run by node), median of `runs`. */
  cliSeconds: number;
  /** Peak resident set of that process (GNU time's maximum RSS, else VmHWM), MB: the highest of the runs. */
  cliPeakMB: number | null;
  /** `soffice --headless --convert-to csv` on the same file, median of `runs`; null when LibreOffice is absent or not timed. */
  libreofficeSeconds: number | null;
  fileMB: number;
  writeSeconds: number;
  /** The CLI scored every customer (its JSON has one entry per customer). */
  scoredAll: boolean;
  runs: number;
  note?: string;
}

export async function benchScale(customers: number, purchases: number, o: { libreoffice: boolean; runs: number; log: (l: string) => void }): Promise<ScaleResult> {
  const dir = join(tmpdir(), `crm-bench-scale-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    const file = join(dir, `book-${customers}x${purchases}.xlsx`);
    const t = performance.now();
    writeXlsx(file, [
      { name: "客户", rows: [CUSTOMER_HEADERS, ...customerRows(customers)] },
      { name: "购买记录", rows: purchaseRows(customers, purchases), dateColumns: new Set([1]) },
    ]);
    const writeSeconds = round((performance.now() - t) / 1000);
    const fileMB = round(statSync(file).size / 2 ** 20);
    o.log(`  wrote ${customers.toLocaleString("en")} × ${purchases.toLocaleString("en")} (${fileMB} MB) in ${writeSeconds} s`);

    const cli = bundleCli();
    const soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].find(existsSync);
    let note: string | undefined;
    if (!o.libreoffice) note = "LibreOffice not timed in a quick run";
    else if (!soffice) note = "LibreOffice is not installed (apt-get install libreoffice-calc-nogui)";
    // Its own profile (other LibreOffice instances on the machine keep theirs locked), created by a
    // warm-up conversion so the timed runs are the opening and converting only.
    const profile = `-env:UserInstallation=file://${join(dir, "lo-profile")}`;
    const convert = (f: string) => spawnSync(soffice!, [profile, "--headless", "--convert-to", "csv", "--outdir", join(dir, "csv"), f], { encoding: "utf8" });
    if (o.libreoffice && soffice) {
      writeXlsx(join(dir, "warm.xlsx"), [{ name: "a", rows: [["x"], [1]] }]);
      convert(join(dir, "warm.xlsx"));
    }

    // The two alternate, run after run, so a busy minute on the shared machine weighs on both alike.
    const cliRuns: { seconds: number; peakMB: number | null }[] = [];
    const loRuns: number[] = [];
    let scoredAll = true;
    for (let i = 0; i < o.runs; i++) {
      const run = await timedRun(process.execPath, [cli, "score", file, "--json", "--as-of", formatDay(BENCH_AS_OF)], join(dir, "scores.json"));
      if (run.status !== 0) throw new Error(`crm score exited ${run.status}: ${run.stderr.split("\n")[0]}`);
      const scored = JSON.parse(readFileSync(join(dir, "scores.json"), "utf8")) as unknown;
      scoredAll &&= Array.isArray(scored) && scored.length === customers;
      cliRuns.push(run);
      o.log(`  crm score --json: ${run.seconds} s, peak ${run.peakMB ?? "?"} MB`);
      if (!o.libreoffice || !soffice || note) continue;
      const t0 = performance.now();
      const lo = convert(file);
      const seconds = round((performance.now() - t0) / 1000);
      if (lo.status !== 0 || !existsSync(join(dir, "csv", `book-${customers}x${purchases}.csv`))) {
        note = `LibreOffice failed (${lo.status}): ${(lo.stderr || lo.stdout).split("\n")[0]}`;
        continue;
      }
      loRuns.push(seconds);
      o.log(`  soffice --convert-to csv: ${seconds} s`);
    }
    const cliSeconds = median(cliRuns.map((r) => r.seconds));
    const peaks = cliRuns.map((r) => r.peakMB).filter((v): v is number => v !== null);
    const cliPeakMB = peaks.length ? Math.max(...peaks) : null;
    const libreofficeSeconds = loRuns.length && !note ? median(loRuns) : null;
    return { customers, purchases, cliSeconds, cliPeakMB, libreofficeSeconds, fileMB, writeSeconds, scoredAll, runs: o.runs, ...(note ? { note } : {}) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function* purchaseRows(customers: number, purchases: number): Generator<(string | number | null)[]> {
  yield PURCHASE_HEADERS;
  const next = purchaseGenerator(customers, 7);
  for (let i = 0; i < purchases; i++) yield next().row as (string | number)[];
}

/**
 * Runs a command with its stdout into `out`: wall seconds and peak resident memory — GNU time's
 * maximum RSS where /usr/bin/time exists, else the kernel's high-water mark (VmHWM) polled from
 * /proc every 20 ms until the process ends.
 */
export function timedRun(cmd: string, args: string[], out: string): Promise<{ status: number | null; seconds: number; peakMB: number | null; stderr: string }> {
  const timeFile = `${out}.time`;
  const gnuTime = existsSync("/usr/bin/time");
  const [c, a] = gnuTime ? ["/usr/bin/time", ["-f", "%M", "-o", timeFile, cmd, ...args]] : [cmd, args];
  const fd = openSync(out, "w");
  const t = performance.now();
  const child = spawn(c, a, { stdio: ["ignore", fd, "pipe"], env: { ...process.env, LANG: "C" } });
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  let hwmKB = NaN;
  const poll = setInterval(() => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
      if (m) hwmKB = Number(m[1]);
    } catch {
      // The process has ended (or there is no /proc): the last reading stands.
    }
  }, 20);
  return new Promise((resolve) => {
    child.on("close", (status) => {
      clearInterval(poll);
      closeSync(fd);
      const seconds = round((performance.now() - t) / 1000);
      const kb = gnuTime && existsSync(timeFile) ? Number(readFileSync(timeFile, "utf8").trim().split("\n").pop()) : hwmKB;
      resolve({ status, seconds, peakMB: Number.isFinite(kb) ? round(kb / 1024) : null, stderr });
    });
  });
}
