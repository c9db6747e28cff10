import type { HistoryRow } from "./history";
import type { Quadrant } from "./strategy";
import { latestRefresh, moveKind, orderMovements } from "./movements";

const row = (id: string, from: Quadrant | undefined, to: Quadrant | undefined, amount = 100, stamp = 2): HistoryRow => ({
  stamp,
  key: id.toLowerCase(),
  id,
  from,
  to,
  amount: to ? amount : undefined,
});

describe("movements since the previous refresh", () => {
  it("lists the warnings first (I→II, I→III, I→IV, II→III, IV→III), then sideways, then the good news, then the table's comings and goings", () => {
    const shuffled = [
      row("g3", "III", "I"),
      row("n1", undefined, "II"),
      row("w5", "IV", "III"),
      row("s1", "II", "IV"),
      row("g1", "II", "I"),
      row("w1", "I", "II"),
      row("l1", "I", undefined),
      row("w3", "I", "IV"),
      row("g5", "III", "IV"),
      row("w2", "I", "III"),
      row("g4", "III", "II"),
      row("w4", "II", "III"),
      row("s2", "IV", "II"),
      row("g2", "IV", "I"),
    ];
    expect(orderMovements(shuffled).map((m) => m.id)).toEqual([
      "w1", "w2", "w3", "w4", "w5", "s1", "s2", "g1", "g2", "g3", "g4", "g5", "l1", "n1",
    ]);
  });

  it("lists customers moved by a threshold apart, after the customers' own moves and before the table's comings and goings", () => {
    const byLine = { ...row("t1", "I", "II", 9000), cause: "threshold" as const };
    const out = orderMovements([row("n1", undefined, "II"), byLine, row("g1", "II", "I"), row("w1", "I", "II", 10)]);
    expect(out.map((m) => [m.id, m.cause])).toEqual([["w1", undefined], ["g1", undefined], ["t1", "threshold"], ["n1", undefined]]);
  });

  it("puts the larger customer first within the same move", () => {
    const out = orderMovements([row("small", "I", "II", 10), row("big", "I", "II", 5000), row("mid", "I", "II", 300)]);
    expect(out.map((m) => m.id)).toEqual(["big", "mid", "small"]);
  });

  it("names each kind of move", () => {
    expect(moveKind("I", "II")).toBe("warning");
    expect(moveKind("IV", "III")).toBe("warning");
    expect(moveKind("II", "IV")).toBe("sideways");
    expect(moveKind("III", "IV")).toBe("good");
    expect(moveKind(undefined, "I")).toBe("entered");
    expect(moveKind("III", undefined)).toBe("left");
  });

  it("takes the rows of the latest refresh only", () => {
    const rows = [row("a", undefined, "I", 1, 1), row("a", "I", "II", 1, 3), row("b", "III", "IV", 1, 3), row("c", "IV", "I", 1, 2)];
    expect(latestRefresh(rows).map((r) => r.id)).toEqual(["a", "b"]);
  });
});
