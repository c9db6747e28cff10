import { Cancelled, fraction, isCancelled, throwIfCancelled } from "./progress";

describe("progress ticks", () => {
  it("gives the fraction of a stage done, clamped, and none when the total is unknown", () => {
    expect(fraction({ stage: "reading", done: 250, total: 1000 })).toBe(0.25);
    expect(fraction({ stage: "writing", done: 12, total: 10 })).toBe(1);
    expect(fraction({ stage: "reading", done: 5000 })).toBeUndefined();
    expect(fraction({ stage: "done", done: 0 })).toBe(1);
  });

  it("stops work when an AbortSignal has been raised, and only then", () => {
    const controller = new AbortController();
    expect(() => throwIfCancelled(controller.signal)).not.toThrow();
    expect(() => throwIfCancelled(undefined)).not.toThrow();
    controller.abort();
    let caught: unknown;
    try {
      throwIfCancelled(controller.signal);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(Cancelled);
    expect(isCancelled(caught)).toBe(true);
    expect(isCancelled(new Error("cancelled"))).toBe(false);
  });
});
