import { analyze } from "../analyze";
import type { Cell } from "../table";
import { book, day, serial, table } from "../../../test/support/rawBook";
import { accountsJson, extraSales, gapText, keyAccounts, segmentReason } from "./index";

const AS_OF = day("2026-11-23");

/** Customers as [id, potential]; purchases as [id, iso date, amount, status]. */
function accounts(
  customers: [string, Cell][],
  purchases: [string, string, number, string?][] = [],
  extra: { settings?: Cell[][]; opportunities?: { headers: string[]; rows: Cell[][] } } = {},
) {
  const a = analyze(
    book({
      customers: table("客户", ["客户编号", "客户名称", "采购潜力"], customers.map(([id, p]) => [id, `客户${id}`, p])),
      purchases: table("购买记录", ["客户编号", "日期", "金额", "回款状态"], purchases.map(([id, d, amt, st]) => [id, serial(d), amt, st ?? "正常"])),
      ...(extra.settings && { settings: table("设置", ["键", "值", "说明"], extra.settings) }),
      ...(extra.opportunities && { opportunities: table("商机", extra.opportunities.headers, extra.opportunities.rows) }),
    }),
    { asOf: AS_OF },
  );
  return { a, k: keyAccounts(a) };
}

const segmentOf = (k: ReturnType<typeof keyAccounts>, id: string) => k.byCustomer.find((c) => c?.id === id)?.segment;

describe("the attack/defend segments (SPEC 5c)", () => {
  // Potential threshold 1,000 fixed; shares 0.2 and 0.5 (the defaults).
  const fixed = [["potentialThreshold", 1000]];

  it("places each of the five segments on constructed customers", () => {
    const { k } = accounts(
      [["R", 2000], ["A", 2000], ["D", 2000], ["M", 500], ["X", 500]],
      [
        ["R", "2026-06-01", 1200],
        ["A", "2026-06-01", 600],
        ["D", "2026-06-01", 100],
        ["M", "2026-06-01", 200],
        ["X", "2026-06-01", 50],
      ],
      { settings: fixed },
    );
    expect(k.segments.map((s) => [s.id, s.segment, s.resource])).toEqual([
      ["R", "retain", "defend"],
      ["A", "acquire", "attack"],
      ["D", "disrupt", "attack"],
      ["M", "maintain", "maintain"],
      ["X", "abandon", "none"],
    ]);
  });

  it("counts a potential exactly at the threshold as high, and a share exactly at a bound as the upper side", () => {
    const { k } = accounts(
      [["atP", 1000], ["atHigh", 2000], ["atLow", 2000], ["lowAtLow", 500], ["justBelow", 999]],
      [
        ["atP", "2026-06-01", 100], // share 0.1, potential exactly 1,000: high → disrupt, not abandon
        ["atHigh", "2026-06-01", 1000], // share exactly 0.5 → retain
        ["atLow", "2026-06-01", 400], // share exactly 0.2 → acquire
        ["lowAtLow", "2026-06-01", 100], // low potential, share exactly 0.2 → maintain
        ["justBelow", "2026-06-01", 100], // potential 999: low → abandon
      ],
      { settings: fixed },
    );
    expect(["atP", "atHigh", "atLow", "lowAtLow", "justBelow"].map((id) => segmentOf(k, id))).toEqual([
      "disrupt",
      "retain",
      "acquire",
      "maintain",
      "abandon",
    ]);
  });

  it("uses the median of the positive potentials by default, and caps the share at 1", () => {
    const { k } = accounts(
      [["a", 100], ["b", 300], ["c", 900], ["none", null], ["zero", 0]],
      [["a", "2026-06-01", 500], ["c", "2026-06-01", 450]],
    );
    expect(k.thresholds.potential).toBe(300);
    expect(k.byCustomer.map((c) => c && [c.id, c.share, c.segment])).toEqual([
      ["a", 1, "maintain"],
      ["b", 0, "disrupt"],
      ["c", 0.5, "retain"],
      undefined,
      undefined,
    ]);
    // Blank and zero potentials have no class: counted, not an error.
    expect(k.withoutPotential).toBe(2);
  });

  it("follows the share settings, and refuses bounds out of order with a warning naming the row", () => {
    const moved = accounts([["A", 2000]], [["A", "2026-06-01", 600]], { settings: [...fixed, ["shareLow", 0.1], ["shareHigh", 0.3]] });
    expect(segmentOf(moved.k, "A")).toBe("retain");
    const bad = accounts([["A", 2000]], [["A", "2026-06-01", 600]], { settings: [...fixed, ["shareLow", 0.6], ["shareHigh", 0.4]] });
    expect(segmentOf(bad.k, "A")).toBe("acquire");
    expect(bad.a.problems.map((p) => [p.code, p.sheet, p.row, p.params.key])).toEqual([["setting.invalid", "设置", 4, "shareHigh"]]);
  });

  it("reports a potential that is not an amount at its cell and leaves the customer unclassed", () => {
    const { a, k } = accounts([["A", "很多"], ["B", "1.2万"]], [["B", "2026-06-01", 6000]], { settings: fixed });
    expect(a.problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ["amount.invalid", 2, "采购潜力"],
      ["amount.text", 3, "采购潜力"],
    ]);
    expect(k.byCustomer.map((c) => c?.segment)).toEqual([undefined, "retain"]);
  });

  it("says why in the user's language: potential against its threshold, share against both bounds", () => {
    const { k } = accounts([["A", 2000]], [["A", "2026-06-01", 600]], { settings: fixed });
    expect(segmentReason(k.byCustomer[0]!, k.thresholds, "en-US")).toBe(
      "Purchase potential ¥2,000 (high, threshold ¥1,000), our share 30% (amount ¥600; low share 20%, high share 50%)",
    );
  });
});

const OPP_HEADERS = ["客户编号", "项目", "阶段", "预计金额", "阶段日期", "向导", "采购人员", "使用者", "把关者", "决策人", "负责人"];
const opp = (id: string, project: string, stage: string, amount: Cell, since: string | null, guide = "", roles: string[] = ["", "", "", ""], rep = ""): Cell[] => [
  id,
  project,
  stage,
  amount,
  since ? serial(since) : null,
  guide,
  ...roles,
  rep,
];

describe("the sales funnel and 1+2+1 (SPEC 5c)", () => {
  const covered = ["采购张", "使用李", "", ""];
  const rows = [
    opp("A", "扩容", "挖掘需求", 5000, "2026-11-01", "王", covered, "我"),
    opp("A", "二期", "target", 1000, "2026-10-20", "王", covered, "我"), // 34 days in its stage: stale
    opp("B", "试点", "挖掘需求", null, "2026-10-24", "", ["", "", "", "赵总"], "我"), // exactly 30 days: not stale
    opp("B", "老单", "赢单", 9000, "2026-01-01"),
    opp("A", "丢了", "Lost", 7000, "2026-01-01"),
    opp("B", "回款", "回收账款", 2500.5, null, "王", ["", "", "把关孙", "赵总"], ""),
  ];
  const { k } = accounts([["A", 1000], ["B", 1000]], [], { opportunities: { headers: OPP_HEADERS, rows } });

  it("counts and sums open opportunities per stage, in stage order, won and lost left out", () => {
    expect(k.funnel.map((f) => [f.stage, f.count, f.amount])).toEqual([
      ["target", 1, 1000],
      ["analysis", 0, 0],
      ["trust", 0, 0],
      ["needs", 2, 5000],
      ["value", 0, 0],
      ["commitment", 0, 0],
      ["collection", 1, 2500.5],
    ]);
    expect(k.funnel.find((f) => f.stage === "needs")!.unpriced).toBe(1);
  });

  it("marks an opportunity stale after more than staleDays in its stage (30 days exactly is not stale)", () => {
    expect(k.opportunities.map((o) => [o.project, o.stale])).toEqual([
      ["扩容", false],
      ["二期", true],
      ["试点", false],
      ["回款", false],
    ]);
    const strict = accounts([["A", 1000], ["B", 1000]], [], { opportunities: { headers: OPP_HEADERS, rows }, settings: [["staleDays", 7]] });
    expect(strict.k.opportunities.map((o) => o.stale)).toEqual([true, true, true, false]);
  });

  it("lists a 1+2+1 gap per missing part: the guide, each buying role while fewer than two are named, the rep", () => {
    expect(k.opportunities.map((o) => [o.project, o.covered, o.gaps])).toEqual([
      ["扩容", true, []],
      ["二期", true, []],
      ["试点", false, ["guide", "buyer", "user", "gatekeeper"]],
      ["回款", false, ["rep"]],
    ]);
    expect(k.opportunities[2].gaps.map((g) => gapText(g, "zh-CN"))).toEqual(["没有向导", "采购人员未覆盖", "使用者未覆盖", "把关者未覆盖"]);
    expect(gapText("decisionMaker", "en-US")).toBe("Decision maker not covered");
  });

  it("reports an unknown stage and a missing project at their cells and leaves those rows out of the funnel", () => {
    const { a, k: k2 } = accounts([["A", 1000]], [], {
      opportunities: { headers: OPP_HEADERS, rows: [opp("A", "x", "谈恋爱", 1, null), opp("A", "", "目标客户", 1, null), opp("Z", "孤儿", "目标客户", 3, null)] },
    });
    expect(a.problems.map((p) => [p.code, p.sheet, p.row, p.column])).toEqual([
      ["enum.unknown", "商机", 2, "阶段"],
      ["value.missing", "商机", 3, "项目"],
      ["orphan", "商机", 4, "客户编号"],
    ]);
    // The orphan is kept in the funnel (never dropped), under the ID it was written with.
    expect(k2.opportunities.map((o) => [o.id, o.project])).toEqual([["Z", "孤儿"]]);
  });

  it("finds the opportunities table and its columns by meaning", () => {
    const { k: k3 } = accounts([["A", 1000]], [], {
      opportunities: {
        headers: ["客户号", "商机名称", "销售阶段", "预计金额(万元)", "内线", "采购", "用户", "技术把关", "拍板人", "销售员"],
        rows: [["A", "扩容", "赢取承诺", 2, "王", "", "", "孙", "赵", "我"]],
      },
    });
    expect(k3.funnel.find((f) => f.stage === "commitment")).toMatchObject({ count: 1, amount: 20000 });
    expect(k3.opportunities[0].gaps).toEqual([]);
  });
});

describe("bad debt costs sales (SPEC 5c, the deck's table)", () => {
  it.each([
    [500, 0.02, 25000],
    [600, 0.03, 20000],
    [1000, 0.06, 16667],
  ])("a loss of %d at a %d margin needs %d of extra sales", (loss, margin, extra) => {
    expect(extraSales(loss, margin)).toBe(extra);
    const { k } = accounts([["A", null]], [["A", "2026-06-01", loss, "坏账"]], { settings: [["profitMargin", margin]] });
    expect(k.badDebt).toEqual({ amount: loss, margin, extraSales: extra, customers: [{ index: 0, id: "A", name: "客户A", amount: loss, extraSales: extra }] });
  });

  it("counts only the window's purchases with status 坏账, per customer and book-wide", () => {
    const { k } = accounts(
      [["A", null], ["B", null], ["C", null]],
      [
        ["A", "2026-06-01", 300, "坏账"],
        ["A", "2026-07-01", 200, "坏账"],
        ["A", "2025-06-01", 900, "坏账"], // before the 12-month window
        ["B", "2026-06-01", 400, "逾期"], // overdue is not lost
        ["C", "2026-08-01", 100, "坏账"],
      ],
      { settings: [["profitMargin", 0.02]] },
    );
    expect(k.badDebt.customers.map((c) => [c.id, c.amount, c.extraSales])).toEqual([
      ["A", 500, 25000],
      ["C", 100, 5000],
    ]);
    expect([k.badDebt.amount, k.badDebt.extraSales]).toEqual([600, 30000]);
  });
});

describe("the JSON of `crm accounts` (SPEC 8)", () => {
  it("has exactly the spec's keys", () => {
    const { k } = accounts([["A", 2000]], [["A", "2026-06-01", 600, "坏账"]], {
      settings: [["potentialThreshold", 1000]],
      opportunities: { headers: OPP_HEADERS, rows: [opp("A", "扩容", "呈现价值", 100, "2026-11-01")] },
    });
    const json = accountsJson(k);
    expect(json.segments).toEqual([{ id: "A", name: "客户A", potential: 2000, share: 0.3, segment: "acquire", resource: "attack" }]);
    expect(json.opportunities).toEqual([{ id: "A", project: "扩容", stage: "value", amount: 100, stale: false, covered: false, gaps: ["guide", "buyer", "user", "gatekeeper", "decisionMaker", "rep"] }]);
    expect(Object.keys(json.funnel[0])).toEqual(["stage", "count", "amount"]);
    expect(json.badDebt).toEqual({ amount: 600, margin: 0.05, extraSales: 12000, customers: [{ id: "A", amount: 600, extraSales: 12000 }] });
  });
});

describe("a stage change logged as a new row", () => {
  it("takes a project's last row as where it stands, the earlier rows as its history", () => {
    const { k } = accounts([["A", 1000]], [], {
      opportunities: {
        headers: OPP_HEADERS,
        rows: [
          opp("A", "扩容", "目标客户", 100, "2026-09-01"),
          opp("A", "二期", "目标客户", 50, "2026-11-01"),
          opp("A", " 扩容 ", "呈现价值", 120, "2026-11-20"), // the same project, moved on
          opp("A", "二期", "丢单", 50, "2026-11-21"), // lost: out of the funnel
        ],
      },
    });
    expect(k.opportunities.map((o) => [o.project, o.stage, o.amount, o.stale])).toEqual([[" 扩容 ".trim(), "value", 120, false]]);
    expect(k.funnel.filter((f) => f.count > 0).map((f) => [f.stage, f.count])).toEqual([["value", 1]]);
  });
});
