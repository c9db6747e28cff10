import { analyze } from "./analyze";
import { type HistoryRow, countsOverRefreshes, historyCells, historyDiff, historyHeaders, lastMove, lastQuadrants, readHistory } from "./history";
import { book, customers, day, purchases, table } from "../../test/support/rawBook";

const asOf = day("2026-11-23");

/** C1 … C4 placed I, II, III, IV by their purchases (thresholds: median of the positives). */
function fourQuadrants(extra: [string, string, number][] = []) {
  return analyze(
    book({
      customers: customers(4),
      purchases: purchases([
        ["C1", "2026-10-01", 1000],
        ["C1", "2026-10-02", 1000],
        ["C2", "2026-10-03", 5000],
        ["C4", "2026-10-04", 10],
        ["C4", "2026-10-05", 10],
        ...extra,
      ]),
    }),
    { asOf },
  );
}

/** A refresh as the host runs it: the diff against what the history holds, appended. */
function refresh(history: HistoryRow[], stamp: number, extra: [string, string, number][] = []): HistoryRow[] {
  return historyDiff(history, fourQuadrants(extra).scores, stamp);
}

describe("the migration history", () => {
  it("records every customer's starting quadrant on the first refresh, from blank", () => {
    const rows = refresh([], 1);
    expect(rows.map((r) => [r.id, r.from, r.to])).toEqual([
      ["C1", undefined, "I"],
      ["C2", undefined, "II"],
      ["C3", undefined, "III"],
      ["C4", undefined, "IV"],
    ]);
  });

  it("appends nothing when a refresh finds no quadrant changed", () => {
    const first = refresh([], 1);
    expect(refresh(first, 2)).toEqual([]);
  });

  it("appends exactly the customers whose quadrant changed after one purchase", () => {
    const first = refresh([], 1);
    // C3 buys a lot once; the medians move with it, so others may move too: exactly those are appended.
    const changed = refresh(first, 2, [["C3", "2026-11-01", 9000]]);
    const before = new Map(fourQuadrants().scores.map((s) => [s.id, s.quadrant]));
    const after = fourQuadrants([["C3", "2026-11-01", 9000]]).scores;
    const expected = after.filter((s) => before.get(s.id) !== s.quadrant).map((s) => [s.id, before.get(s.id), s.quadrant]);
    expect(expected.length).toBeGreaterThan(0);
    expect(changed.map((r) => [r.id, r.from, r.to])).toEqual(expected);
    expect(changed.every((r) => r.stamp === 2)).toBe(true);
  });

  it("records a customer that left the table with a blank 'to', and counts no ghost afterwards", () => {
    const first = refresh([], 1);
    const three = analyze(
      book({ customers: customers(3), purchases: purchases([["C1", "2026-10-01", 1000], ["C1", "2026-10-02", 1000], ["C2", "2026-10-03", 5000]]) }),
      { asOf },
    );
    const rows = historyDiff(first, three.scores, 2);
    const left = rows.find((r) => r.id === "C4")!;
    expect([left.from, left.to]).toEqual(["IV", undefined]);
    const counts = countsOverRefreshes([...first, ...rows], 12);
    const total = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
    expect(counts.map((c) => total(c.counts))).toEqual([4, 3]);
  });

  it("reads back what it writes, by caption in either language, and names the last move of a customer", () => {
    const first = refresh([], 45000.25);
    const moved = refresh(first, 45001.5, [["C3", "2026-11-01", 9000]]);
    const written = table("Migration history", historyHeaders("en-US"), [...first, ...moved].map(historyCells));
    const { rows, skipped } = readHistory(written);
    expect(skipped).toBe(0);
    expect(lastQuadrants(rows)).toEqual(lastQuadrants([...first, ...moved]));
    const c3 = lastMove(rows, "c3")!;
    expect([c3.from, c3.to, c3.stamp]).toEqual(["III", fourQuadrants([["C3", "2026-11-01", 9000]]).scores[2].quadrant, 45001.5]);
    const still = ["C1", "C2", "C3", "C4"].find((id) => !moved.some((r) => r.id === id))!;
    expect(lastMove(rows, still.toLowerCase())).toBeUndefined(); // a starting quadrant is not a move
  });

  it("skips, and counts, rows someone typed without a refresh time or an ID", () => {
    const zh = table("迁移记录", historyHeaders("zh-CN"), [[45000, "C1", "", "I", 1, 1], ["昨天", "C2", "", "II", 1, 1], [45000, "", "", "I", 1, 1]]);
    const { rows, skipped } = readHistory(zh);
    expect(rows.map((r) => r.id)).toEqual(["C1"]);
    expect(skipped).toBe(2);
  });
});
