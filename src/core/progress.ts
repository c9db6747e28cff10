/**
 * How long work says how far it has got, and how it is told to stop. Every host reports through
 * this one shape — the Excel refresh and set-up, the `.xlsx` readers, the CLI — so the pane's bar
 * and the terminal's line show the same stages. Pure: no timers, no DOM; drawing (and throttling
 * the drawing) is the listener's business.
 */

/** What the user sees happening, in order of a refresh (label: i18n key `progress.stage.<stage>`). */
export type Stage = "reading" | "scoring" | "writing" | "formatting" | "charts" | "done" | "books";

/** `books`: several workbooks read one after another (`crm team`), done/total counting books. */
export const STAGES: readonly Stage[] = ["reading", "scoring", "writing", "formatting", "charts", "done", "books"];

export interface Tick {
  stage: Stage;
  /** Work done in this stage so far, in the unit of `total` (rows, bytes, slices, syncs …). */
  done: number;
  /** The stage's total in the same unit, when known; absent means "not known yet" (an indeterminate bar). */
  total?: number;
  /** Rows handled so far, when `done` counts something else (bytes of a stream): what the CLI shows. */
  rows?: number;
}

/**
 * The listener. Reporters call it at a stage's start, at natural steps (a sync, a slice, a few
 * thousand rows of a stream — never per cell) and at its end; `done` never decreases within a
 * stage (work that starts over — a refresh whose rows moved — starts its stages over). It must
 * not throw.
 */
export type Progress = (tick: Tick) => void;

/** A listener that ignores everything, for callers that do not show progress. */
export const noProgress: Progress = () => undefined;

/** Fraction of the stage done, 0 … 1, or undefined when the total is not known. */
export function fraction(tick: Tick): number | undefined {
  if (tick.total === undefined || !(tick.total > 0)) return tick.stage === "done" ? 1 : undefined;
  return Math.max(0, Math.min(1, tick.done / tick.total));
}

/** What can ask work to stop: a DOM/Node `AbortSignal` fits, so does `{ aborted: true }`. */
export interface CancelSignal {
  readonly aborted: boolean;
}

/** The work was stopped by the user before it changed anything (not a failure to report as one). */
export class Cancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "Cancelled";
  }
}

/** Throws `Cancelled` when the signal has been raised; reporters call it between steps. */
export function throwIfCancelled(signal: CancelSignal | undefined): void {
  if (signal?.aborted) throw new Cancelled();
}

/** What long work is handed: where to report, and what may stop it. */
export interface LongWork {
  onProgress?: Progress;
  signal?: CancelSignal;
}

export function isCancelled(e: unknown): e is Cancelled {
  return e instanceof Cancelled || (e instanceof Error && e.name === "Cancelled");
}
