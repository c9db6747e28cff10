import { groupProblems } from "../../src/core/groups";
import { groupFixes } from "../../src/core/customer/fixes";
import { scoredBook } from "./support";

describe("one-click fixes of grouped problems", () => {
  test("turns every text amount of the group into its number in one request, leaving a cell the user changed meanwhile", async () => {
    const { fake, host } = await scoredBook(12);
    const u = fake.workbook.user;
    u.setValues("购买记录", "D2", [["¥1,200.50"]]);
    u.setValues("购买记录", "D3", [["1.2万"]]);
    u.setValues("购买记录", "D4", [["300元"]]);
    const { analysis } = await host.refresh("zh-CN");
    const group = groupProblems(analysis.problems).find((g) => g.code === "amount.text")!;
    expect(group.count).toBe(3);
    const fixes = groupFixes(analysis, group);
    expect(fixes.map((f) => [f.row, f.value])).toEqual([
      [2, 1200.5],
      [3, 12000],
      [4, 300],
    ]);
    u.setValues("购买记录", "D4", [["350元"]]); // the user edits one before clicking
    await fake.workbook.whenIdle();
    const before = fake.workbook.values("购买记录");
    fake.stats.resetCounts();
    const result = await host.writeRows({ table: "purchases", append: [], fill: fixes });
    expect(fake.stats.syncs).toBe(3);
    expect(result).toMatchObject({ filled: 2, appended: 0 });
    expect(result.notFilled.map((f) => f.row)).toEqual([4]);
    const after = fake.workbook.values("购买记录");
    expect(after[1][3]).toBe(1200.5);
    expect(after[2][3]).toBe(12000);
    expect(after[3][3]).toBe("350元");
    // Nothing else moved.
    const others = (rows: unknown[][]) => rows.map((r, i) => (i >= 1 && i <= 2 ? r.filter((_, c) => c !== 3) : r));
    expect(others(after)).toEqual(others(before));
  });
});
