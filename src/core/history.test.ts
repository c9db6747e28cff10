import { analyze } from "./analyze";
import { type HistoryRow, countsOverRefreshes, historyCells, historyDiff, historyHeaders, lastMove, lastQuadrants, readHistory } from "./history";
import { thresholdCause } from "./movements";
import { memoFormula, readMemo } from "./refreshMemo";
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
    const written = table("Migration history", historyHeaders("en-US"), [...first, ...moved].map((r) => historyCells(r, "en-US")));
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

  it("reads a history written before the cause column (six columns) with no cause, and a cause in either language", () => {
    const old = table("迁移记录", historyHeaders("zh-CN").slice(0, 6), [[45000, "C1", "I", "II", 1, 1]]);
    expect(readHistory(old).rows[0].cause).toBeUndefined();
    const zh = table("迁移记录", historyHeaders("zh-CN"), [[45000, "C1", "I", "II", 1, 1, "分界线移动"], [45000, "C2", "I", "II", 1, 1, ""]]);
    expect(readHistory(zh).rows.map((r) => r.cause)).toEqual(["threshold", undefined]);
    const en = table("Migration history", historyHeaders("en-US"), [[45000, "C1", "I", "II", 1, 1, "Threshold moved"], [45000, "C2", "", "II", 1, 1, "reset"]]);
    expect(readHistory(en).rows.map((r) => r.cause)).toEqual(["threshold", "reset"]);
  });
});

describe("why a customer moved", () => {
  /** C1–C3 buy twice each (amounts 100, 200, 300); C4 buys nothing, or twice for 1,000 in all. */
  const books = (c4buys: boolean) =>
    analyze(
      book({
        customers: customers(4),
        purchases: purchases([
          ["C1", "2026-10-01", 50], ["C1", "2026-10-02", 50],
          ["C2", "2026-10-01", 100], ["C2", "2026-10-02", 100],
          ["C3", "2026-10-01", 150], ["C3", "2026-10-02", 150],
          ...(c4buys ? ([["C4", "2026-10-01", 500], ["C4", "2026-10-02", 500]] as [string, string, number][]) : []),
        ]),
      }),
      { asOf },
    );

  it("records a customer whose own figures did not change, moved by a threshold, with the cause 'threshold'", () => {
    const before = books(false);
    const after = books(true); // C4's purchases move the amount median from 200 to 250
    expect([before.thresholds.amount, after.thresholds.amount]).toEqual([200, 250]);
    const first = historyDiff([], before.scores, 1);
    const moved = historyDiff(first, after.scores, 2, thresholdCause(after.thresholds, before.thresholds, 0.1));
    // C2 (200, unchanged) falls below the new median: I → IV by the threshold; C4 bought: III → I by its own figures.
    expect(moved.map((r) => [r.id, r.from, r.to, r.cause])).toEqual([
      ["C2", "I", "IV", "threshold"],
      ["C4", "III", "I", undefined],
    ]);
  });

  it("gives no cause to the customer whose own purchase moved the threshold they crossed", () => {
    // C1 and C2 bought 100 and 300 (median 200). C4 buys 150 once: the median falls to 150, so C4's
    // amount is on it — at the old median C4 would still be III, but C4 bought: its own doing.
    const buys = (c4: boolean) =>
      analyze(
        book({
          customers: customers(4),
          purchases: purchases([
            ["C1", "2026-10-01", 50], ["C1", "2026-10-02", 50],
            ["C2", "2026-10-01", 150], ["C2", "2026-10-02", 150],
            ...(c4 ? ([["C4", "2026-10-03", 150]] as [string, string, number][]) : []),
          ]),
        }),
        { asOf },
      );
    const before = buys(false);
    const after = buys(true);
    expect([before.thresholds.amount, after.thresholds.amount]).toEqual([200, 150]);
    const first = historyDiff([], before.scores, 1);
    const moved = historyDiff(first, after.scores, 2, thresholdCause(after.thresholds, before.thresholds, 0.1));
    const c4 = moved.find((r) => r.id === "C4")!;
    expect([c4.from, c4.to, c4.cause]).toEqual(["III", "II", undefined]);
  });

  it("gives no cause when the previous thresholds are unknown or did not move", () => {
    const before = books(false);
    const after = books(true);
    const first = historyDiff([], before.scores, 1);
    expect(historyDiff(first, after.scores, 2, thresholdCause(after.thresholds, undefined, 0.1)).every((r) => !r.cause)).toBe(true);
    expect(thresholdCause(before.thresholds, { ...before.thresholds }, 0.1)(before.scores[0], first[0] as never)).toBeUndefined();
  });

  it("keeps the thresholds a refresh used in a memo the next refresh reads back exactly, and ignores a memo it cannot read", () => {
    const thresholds = { amount: 1234.5678901234, closeness: 1 / 6 };
    expect(readMemo(memoFormula({ thresholds }))).toEqual({ thresholds });
    expect(readMemo('="amountThreshold=abc;closenessThreshold=0.5"')).toEqual({});
    expect(readMemo("=Sheet1!$A$1")).toEqual({});
    expect(readMemo(undefined)).toEqual({});
  });
});
