/**
 * What the pane's progress bar shows for a host's tick (pure): one bar that only moves forward
 * across the stages of the operation, the stage's words, and whether a cancel can still be
 * honoured (only before the first write: docs/DECISIONS.md).
 */
import { type Lang, t } from "../../core/i18n";
import { type Stage, type Tick, fraction } from "../../core/progress";

export type Operation = "setup" | "refresh";

/** Each stage's share of the bar, from where it starts to where it ends (reading dominates a refresh). */
const SPANS: Record<Operation, Partial<Record<Stage, readonly [number, number]>>> = {
  refresh: { reading: [0, 0.55], scoring: [0.55, 0.65], writing: [0.65, 0.9], formatting: [0.9, 0.95], charts: [0.95, 1], done: [1, 1] },
  setup: { reading: [0, 0.3], writing: [0.3, 0.7], formatting: [0.7, 1], done: [1, 1] },
};

/**
 * The bar's value (0 … 1), or undefined for a moving bar while nothing can be measured yet (no
 * report, or the first stage with no total): an empty bar would look stuck.
 */
export function barValue(op: Operation, tick: Tick | undefined): number | undefined {
  if (!tick) return undefined;
  const [from, to] = SPANS[op][tick.stage] ?? [0, 1];
  const f = fraction(tick);
  if (f === undefined && from === 0) return undefined;
  return from + (to - from) * (f ?? 0);
}

/** The line under the bar: the stage, and the rows handled when the host counts them. */
export function stageText(tick: Tick | undefined, lang: Lang): string {
  const stage = t(lang, `progress.stage.${tick?.stage ?? "reading"}`);
  if (tick?.rows === undefined || tick.rows <= 0) return stage;
  return t(lang, "progress.withRows", { stage, rows: new Intl.NumberFormat(lang).format(tick.rows) });
}

/** Whether a cancel still stops the operation before anything is written. */
export function canCancel(tick: Tick | undefined): boolean {
  return !tick || tick.stage === "reading" || tick.stage === "scoring";
}
