/**
 * The add-in's own writes raise change events like the user's. Where Excel can switch them off
 * (`context.runtime.enableEvents`, ExcelApi 1.8) each batch of own writes is wrapped: events off
 * before the writes and on again after them, in the same batch (commands run in order), so
 * nothing of the add-in's own reaches its handlers (the pane's "data changed" hint, the functions'
 * re-read). Elsewhere the own-write filter of events.ts stays the fallback. A batch that fails
 * after switching them off drops the rest of its commands: `restoreEvents` switches them on again.
 */
import { excelApiSupported } from "./run";

export interface QuietState {
  /** A batch switched events off and has not been seen to switch them on again. */
  eventsOff?: boolean;
  /** Batches that switched events off so far: a user's change meanwhile raised nothing (events.ts). */
  quietWindows?: number;
}

/** Queues `writes` between events off and on, where the host supports it. */
export function quietly(ctx: Excel.RequestContext, state: QuietState, writes: () => void): void {
  const end = quietFromHere(ctx, state);
  writes();
  end();
}

/**
 * Events off from here in the batch (where the host supports it); the function returned queues
 * them on again. For a batch whose writes are queued by many calls (setup's build and formats).
 */
export function quietFromHere(ctx: Excel.RequestContext, state: QuietState): () => void {
  if (!excelApiSupported("1.8")) return () => undefined;
  ctx.runtime.enableEvents = false;
  state.eventsOff = true;
  state.quietWindows = (state.quietWindows ?? 0) + 1;
  return () => {
    ctx.runtime.enableEvents = true;
  };
}

/** After a sync that carried `quietly` succeeded: events are on again. */
export function quietSynced(state: QuietState): void {
  state.eventsOff = false;
}

/** Switches events on again after a failed batch left them off (one more sync, only then). */
export async function restoreEvents(ctx: Excel.RequestContext, state: QuietState): Promise<void> {
  if (!state.eventsOff) return;
  ctx.runtime.enableEvents = true;
  await ctx.sync();
  state.eventsOff = false;
}
