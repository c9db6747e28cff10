/**
 * History that never lies (issue 22): a refresh whose input changed shape — here the column map
 * pointed 金额 at 产品 — writes no movements; undone, the history is as it was and the trend has
 * no spike; kept, the new quadrants are recorded once as a reset, which the trend leaves out.
 */
import { HISTORY_TABLE } from "../../src/core/history";
import type { RefreshResult } from "../../src/excel/host";
import { chinesePlainBook, open, serial, type Setup } from "./support";

let clock = Date.UTC(2026, 2, 31, 9, 0);

async function book(): Promise<Setup> {
  const s = open({}, { now: () => clock });
  chinesePlainBook(s.fake, 40);
  await s.host.setup("zh-CN");
  return s;
}

async function refresh(s: Setup): Promise<RefreshResult> {
  clock += 3_600_000;
  return s.host.refresh("zh-CN");
}

function history(s: Setup): unknown[][] {
  const t = s.fake.workbook.tablesInfo().find((x) => x.name === HISTORY_TABLE)!;
  return s.fake.workbook.values(t.sheet, t.address);
}

const amountIsProduct = [{ table: "purchases" as const, field: "amount", choice: { kind: "caption" as const, caption: "产品" } }];
const amountAuto = [{ table: "purchases" as const, field: "amount", choice: { kind: "auto" as const } }];

describe("history that never lies", () => {
  test("a map error saved and undone leaves crmHistory unchanged, and the dashboard trend has no spike", async () => {
    const s = await book();
    const first = await refresh(s);
    const before = history(s);
    expect(before.length).toBe(41);

    await s.host.saveColumnMap("zh-CN", amountIsProduct);
    const wrong = await refresh(s);
    // The bad map does score everyone low: it is the history that must not believe it.
    expect(new Set(wrong.analysis.scores.map((x) => x.quadrant))).not.toEqual(new Set(first.analysis.scores.map((x) => x.quadrant)));
    expect(history(s)).toEqual(before);
    expect(wrong.dashboard!.movements).toEqual([]);
    expect(wrong.dashboard!.shape).toBe("hold");

    await s.host.saveColumnMap("zh-CN", amountAuto);
    const undone = await refresh(s);
    expect(history(s)).toEqual(before);
    expect(undone.dashboard!.movements).toEqual([]);
    expect(undone.dashboard!.trend.map((p) => p.counts)).toEqual(first.dashboard!.trend.map((p) => p.counts));
  });

  test("a changed map kept for a second refresh is recorded once as a reset: no movements, no point in the trend", async () => {
    const s = await book();
    await refresh(s);
    const rows = history(s).length;
    await s.host.saveColumnMap("zh-CN", amountIsProduct);
    expect((await refresh(s)).dashboard!.shape).toBe("hold");
    expect(history(s).length).toBe(rows);

    const kept = await refresh(s);
    expect(kept.dashboard!.shape).toBe("reset");
    expect(kept.dashboard!.movements).toEqual([]);
    const added = history(s).slice(rows);
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((r) => r[6] === "重置")).toBe(true);
    expect(kept.dashboard!.trend).toHaveLength(1);
    const dashboard = s.fake.workbook.values("仪表板").flat();
    expect(dashboard.some((v) => typeof v === "string" && v.includes("重置"))).toBe(true);

    const after = await refresh(s);
    expect(after.dashboard!.shape).toBe("record");
    expect(history(s).length).toBe(rows + added.length);
  });

  test("a customer's own move after the map settles is a movement again", async () => {
    const s = await book();
    await refresh(s);
    await s.host.saveColumnMap("zh-CN", amountIsProduct);
    await refresh(s);
    await s.host.saveColumnMap("zh-CN", amountAuto);
    await refresh(s);
    const t = s.fake.workbook.tablesInfo().find((x) => x.name === "crmPurchases")!;
    s.fake.workbook.user.insertRows(t.sheet, 1);
    s.fake.workbook.user.setValues(t.sheet, "A2", [["C4", serial("2026-03-10"), "基金", 900000, "正常"]]);
    const moved = await refresh(s);
    expect(moved.dashboard!.shape).toBe("record");
    expect(moved.dashboard!.movements.map((m) => m.id)).toContain("C4");
  });
});
