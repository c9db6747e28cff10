/**
 * Progress on the terminal: one line on stderr, redrawn in place with `\r` (stage, rows, percent),
 * cleared before anything else is printed. Shown only to a person watching a terminal: never
 * when stderr is not one, when `CI` is set, on a dumb terminal, or when `--json` output is piped
 * (a script reading the JSON may be capturing stderr too).
 */
import { type Lang, t } from "../core/i18n";
import { type Progress, type Tick, fraction } from "../core/progress";

/** Which of the process's streams are terminals (`process.stdout.isTTY` …). */
export interface Terminals {
  stdout: boolean;
  stderr: boolean;
}

/** Redraws closer together than this are skipped (a stage change always draws). */
const REDRAW_MS = 100;

export function wantsProgress(terminals: Terminals | undefined, env: NodeJS.ProcessEnv, json: boolean | undefined): boolean {
  if (!terminals?.stderr) return false;
  if (env.CI !== undefined && env.CI !== "" && env.CI !== "0" && env.CI.toLowerCase() !== "false") return false;
  if (env.TERM === "dumb") return false;
  return !(json && !terminals.stdout);
}

/** The line for a tick: "Reading the workbook… · 12,000 rows · 40%". */
export function progressText(tick: Tick, lang: Lang): string {
  const parts = [t(lang, `progress.stage.${tick.stage}`)];
  if (tick.stage === "books" && tick.total !== undefined) parts.push(`${tick.done}/${tick.total}`);
  if (tick.rows !== undefined && tick.rows > 0) parts.push(t(lang, "progress.cli.rows", { rows: new Intl.NumberFormat(lang).format(tick.rows) }));
  const f = fraction(tick);
  if (f !== undefined && tick.stage !== "done") parts.push(`${Math.floor(f * 100)}%`);
  return parts.join(" · ");
}

export interface ProgressLine {
  progress: Progress;
  /** Wipes the line (before other output, and at the end); a no-op when nothing is shown. */
  clear(): void;
}

export function progressLine(write: (text: string) => void, lang: () => Lang, now: () => number = Date.now): ProgressLine {
  let shown = 0;
  let lastStage: string | undefined;
  let lastDraw = -Infinity;
  const clear = () => {
    if (shown === 0) return;
    write("\r" + " ".repeat(shown) + "\r");
    shown = 0;
  };
  const progress: Progress = (tick) => {
    const at = now();
    if (tick.stage === lastStage && at - lastDraw < REDRAW_MS) return;
    lastStage = tick.stage;
    lastDraw = at;
    const text = progressText(tick, lang());
    // Padded over the previous line's tail, in terminal columns (a CJK character takes two).
    const width = [...text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
    write("\r" + text + " ".repeat(Math.max(0, shown - width)));
    shown = Math.max(width, shown);
  };
  return { progress, clear };
}
