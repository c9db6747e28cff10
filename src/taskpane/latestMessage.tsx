/**
 * Messages that replace each other: the pane shows the outcome of the last thing the user did, not
 * a pile of them. Each outcome (a refresh's, a row written, an import, a sheet made …) registers
 * itself by identity when it appears; only the newest is shown. A component mounted again (the
 * user comes back to a tab) keeps its message's place, so coming back never revives an old one.
 */
import { type ReactNode, createContext, useCallback, useContext, useLayoutEffect, useMemo, useRef, useState } from "react";

interface Slot {
  latest: number;
  claim(message: unknown): number;
}

const SlotContext = createContext<Slot | undefined>(undefined);

export function LatestMessageProvider({ children }: { children: ReactNode }) {
  const [latest, setLatest] = useState(0);
  const seen = useRef(new Map<unknown, number>());
  const claim = useCallback((message: unknown) => {
    const known = seen.current.get(message);
    if (known !== undefined) return known;
    const n = seen.current.size + 1;
    seen.current.set(message, n);
    setLatest(n);
    return n;
  }, []);
  const value = useMemo(() => ({ latest, claim }), [latest, claim]);
  return <SlotContext.Provider value={value}>{children}</SlotContext.Provider>;
}

/**
 * Whether `message` (any value that is new for each new outcome — a result object, a text; falsy:
 * nothing to show) is the pane's newest message. Outside a provider every message shows.
 */
export function useLatestMessage(message: unknown): boolean {
  const slot = useContext(SlotContext);
  const [mine, setMine] = useState<number>();
  useLayoutEffect(() => {
    // Claimed once per message (not again when the slot moves on).
    setMine(message && slot ? slot.claim(message) : undefined);
  }, [message]);
  if (!slot) return Boolean(message);
  return Boolean(message) && mine !== undefined && mine === slot.latest;
}
