/**
 * What the last ribbon command did, for the task pane to show: a command has no window of its
 * own, and the pane lives in the same runtime (shared runtime), so it can listen here.
 *
 *   const stop = onCommandOutcome((o) => (o.ok ? showResult(o.result) : showError(o.error)));
 */
import type { RefreshResult } from "../excel/host";

export type CommandOutcome =
  | { command: "refreshQuadrants"; ok: true; result: RefreshResult }
  | { command: "refreshQuadrants"; ok: false; error: unknown };

type Listener = (outcome: CommandOutcome) => void;

interface Channel {
  listeners: Set<Listener>;
  last?: CommandOutcome;
}

// On globalThis like the functions' shared engine: one channel per runtime, even should two
// bundles each carry a copy of this module.
const CHANNEL = Symbol.for("quadrant-crm.commands.outcomes");

function channel(): Channel {
  const g = globalThis as unknown as Record<symbol, Channel | undefined>;
  return (g[CHANNEL] ??= { listeners: new Set() });
}

/** A listener that throws must neither fail the command nor keep the others from hearing it. */
function deliver(listener: Listener, outcome: CommandOutcome): void {
  try {
    listener(outcome);
  } catch (error) {
    console.error("A command outcome listener failed", error);
  }
}

export function publishCommandOutcome(outcome: CommandOutcome): void {
  const c = channel();
  c.last = outcome;
  for (const listener of [...c.listeners]) deliver(listener, outcome);
}

/**
 * Calls `listener` with every outcome from now on, and at once with the last one if there is
 * one: the command that opened the pane may have finished before the pane subscribed.
 * Returns the unsubscribe function.
 */
export function onCommandOutcome(listener: Listener): () => void {
  const c = channel();
  c.listeners.add(listener);
  if (c.last) deliver(listener, c.last);
  return () => {
    c.listeners.delete(listener);
  };
}
