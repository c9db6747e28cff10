import { analyze } from "./analyze";
import { COMPUTED_KEYS, computedCell } from "./computed";
import { COMPUTED_COLUMNS } from "./schema";
import { book, customers, day, purchases, table } from "../../test/support/rawBook";

describe("the computed columns", () => {
  it("are appended in the order the schema lists their captions", () => {
    expect(COMPUTED_COLUMNS.map((c) => c.key)).toEqual([...COMPUTED_KEYS]);
  });

  it("hold the quadrant numeral, the figures, a yes for borderline, the short strategy name and the dates", () => {
    const a = analyze(book({ customers: customers(2), purchases: purchases([["C1", "2026-11-01", 500]]) }), { asOf: day("2026-11-23") });
    const [c1, c2] = a.scores;
    const row = (s: typeof c1, lang: "zh-CN" | "en-US") => COMPUTED_KEYS.map((k) => computedCell(k, s, lang, a));
    // C1 is the only buyer, so it sits exactly on both medians: borderline, due every 15 days, not 30.
    expect(row(c1, "zh-CN")).toEqual(["I", 500, 1 / 12, "是", "维护为主，以守为攻", { day: day("2026-11-01") }, { day: day("2026-11-16") }, null]);
    expect(row(c2, "en-US")).toEqual(["III", 0, 0, null, "Light touch", null, { day: day("2026-11-23") }, null]);
  });

  it("hold the attack/defend segment's name where the customer has a purchase potential (SPEC 5c)", () => {
    const raw = book({ customers: table("客户", ["客户编号", "客户名称", "采购潜力"], [["C1", "甲", 1000], ["C2", "乙", 500]]), purchases: purchases([["C1", "2026-11-01", 600]]) });
    const a = analyze(raw, { asOf: day("2026-11-23") });
    // Potential threshold = the median of 1,000 and 500 = 750: C1 high with 60 % (retain), C2 low with none (abandon).
    expect(a.scores.map((s) => [computedCell("segment", s, "zh-CN", a), computedCell("segment", s, "en-US", a)])).toEqual([["保留", "Retain"], ["放弃", "Abandon"]]);
  });
});
