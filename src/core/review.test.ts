import { linkBook } from "./book";
import { computeReview, maturityCalendar, maturityWindow, tierOf, type Review } from "./review";
import { reviewJson } from "./reviewView";
import { book, day, serial, table } from "../../test/support/rawBook";
import type { Cell } from "./table";

const ASSET_HEADERS = ["客户编号", "回顾日期", "资产类别", "名称", "机构", "到期日", "风险等级", "市值"];
type AssetRow = [string, string, string, string, string, string | null, string, number];
const asset = ([id, date, cls, name, inst, maturity, risk, value]: AssetRow): Cell[] => [
  id,
  serial(date),
  cls,
  name,
  inst,
  maturity === null ? null : serial(maturity),
  risk,
  value,
];

function reviewBook(rows: AssetRow[], settings: [string, Cell][] = []) {
  return linkBook(
    book({
      customers: table(
        "客户",
        ["客户编号", "客户名称", "风险偏好"],
        [
          ["C1", "王芳", "稳健型"],
          ["C2", "只有贷款", ""],
          ["C3", "新客户", "C5"],
        ],
      ),
      assets: table("资产", ASSET_HEADERS, rows.map(asset)),
      ...(settings.length > 0 ? { settings: table("设置", ["键", "值"], settings) } : {}),
    }),
  );
}

/** C1 reviewed three times: a fund sold in March, stocks bought in March, a mortgage paid down. */
const C1: AssetRow[] = [
  ["C1", "2026-01-31", "存款", "定期存款", "本行", "2026-02-20", "R1", 200_000],
  ["C1", "2026-01-31", "基金", "稳健混合", "本行", null, "R3", 100_000],
  ["C1", "2026-01-31", "贷款", "房贷", "本行", null, "", 300_000],
  ["C1", "2026-02-28", "存款", "定期存款", "本行", "2026-05-20", "R1", 210_000],
  ["C1", "2026-02-28", "基金", "稳健混合", "本行", null, "R3", 110_000],
  ["C1", "2026-02-28", "贷款", "房贷", "本行", null, "", 290_000],
  ["C1", "2026-03-31", "存款", "定期存款", "本行", "2026-05-20", "R1", 210_000],
  ["C1", "2026-03-31", "股票", "蓝筹组合", "他行", null, "R4", 150_000],
  ["C1", "2026-03-31", "理财产品", "季季盈", "本行", "2026-04-30", "R2", 50_000],
  ["C1", "2026-03-31", "贷款", "房贷", "本行", null, "", 280_000],
];

function ok(r: ReturnType<typeof computeReview>): Review {
  if (!r.ok) throw new Error(`review failed: ${r.code}`);
  return r.review;
}

describe("the asset review of one client and date", () => {
  const b = reviewBook(C1);
  const march = ok(computeReview(b, "C1", day("2026-03-31")));

  it("the mix is the per-class sum of that review's holdings, loans left out, shares of total assets", () => {
    expect(march.mix).toEqual([
      { class: "stocks", value: 150_000, share: 150_000 / 410_000 },
      { class: "deposits", value: 210_000, share: 210_000 / 410_000 },
      { class: "wealth", value: 50_000, share: 50_000 / 410_000 },
    ]);
    expect(march.mix.reduce((a, m) => a + m.share, 0)).toBeCloseTo(1, 12);
  });

  it("totals: assets without the loan, the loan as liabilities, net worth the difference", () => {
    expect(march.totals).toEqual({ assets: 410_000, liabilities: 280_000, netWorth: 130_000 });
  });

  it("a held holding changes by the difference, a new one by its value, a sold one shows sold at 0", () => {
    const by = (name: string) => march.holdings.find((h) => h.name === name)!;
    expect(by("定期存款")).toMatchObject({ status: "held", change: 0, changePct: 0 });
    expect(by("蓝筹组合")).toMatchObject({ status: "new", change: 150_000, changePct: null });
    expect(by("稳健混合")).toMatchObject({ status: "sold", value: 0, change: -110_000, changePct: -1 });
    expect(by("房贷")).toMatchObject({ status: "held", liability: true, share: null, change: -10_000 });
    expect(march.holdings.map((h) => h.name).at(-1)).toBe("稳健混合");
  });

  it("the trend has one point per review date in order, up to this review", () => {
    expect(march.history.map((p) => [p.date, p.assets, p.netWorth])).toEqual([
      [day("2026-01-31"), 300_000, 0],
      [day("2026-02-28"), 320_000, 30_000],
      [day("2026-03-31"), 410_000, 130_000],
    ]);
    const feb = ok(computeReview(b, "C1", day("2026-02-28")));
    expect(feb.history).toHaveLength(2);
    expect(feb.previousDate).toBe(day("2026-01-31"));
  });

  it("a first review shows no change rather than 100 %", () => {
    const first = ok(computeReview(b, "C1", day("2026-01-31")));
    expect(first.previousDate).toBeUndefined();
    for (const h of first.holdings) expect([h.status, h.change, h.changePct]).toEqual(["first", null, null]);
    expect(reviewJson(first).holdings.every((h) => h.change === null && h.changePct === null)).toBe(true);
  });

  it("without a date, the client's latest review", () => {
    expect(ok(computeReview(b, "c1")).date).toBe(day("2026-03-31"));
  });

  it("flags holdings riskier than the client's preference (稳健 allows R3; stocks are R4)", () => {
    expect([march.maxRisk, march.allowedRisk, march.riskExceeded]).toEqual([4, 3, true]);
    const feb = ok(computeReview(b, "C1", day("2026-02-28")));
    expect(feb.riskExceeded).toBe(false);
  });

  it("compares the allocation with the 10/20/30/40 frame", () => {
    const growth = march.allocation.find((a) => a.bucket === "growth")!;
    expect(growth.share).toBeCloseTo(150_000 / 410_000, 12);
    expect(growth.target).toBe(0.3);
    expect(march.allocation.reduce((a, x) => a + x.value, 0)).toBe(march.totals.assets);
  });

  it("a client with only liabilities gets a clear flag and no mix, not an empty pie", () => {
    const only = ok(
      computeReview(reviewBook([["C2", "2026-03-31", "贷款", "经营贷", "他行", null, "", 80_000]]), "C2"),
    );
    expect(only.noAssets).toBe(true);
    expect(only.mix).toEqual([]);
    expect(only.totals).toEqual({ assets: 0, liabilities: 80_000, netWorth: -80_000 });
  });

  it("says why it cannot review: unknown ID, no reviews, a date that is not a review", () => {
    expect(computeReview(b, "C9")).toMatchObject({ ok: false, code: "review.unknownCustomer" });
    expect(computeReview(b, "C2")).toMatchObject({ ok: false, code: "review.noReviews" });
    expect(computeReview(b, "C1", day("2026-03-30"))).toMatchObject({ ok: false, code: "review.noSuchDate" });
  });

  it("tells two same-named holdings of one review apart by their order", () => {
    const twin = reviewBook([
      ["C3", "2026-01-31", "存款", "定期", "本行", null, "R1", 100],
      ["C3", "2026-01-31", "存款", "定期", "本行", null, "R1", 200],
      ["C3", "2026-02-28", "存款", "定期", "本行", null, "R1", 150],
    ]);
    const r = ok(computeReview(twin, "C3"));
    expect(r.holdings.map((h) => [h.status, h.value, h.change])).toEqual([
      ["held", 150, 50],
      ["sold", 0, -200],
    ]);
  });
});

describe("tier and watch", () => {
  it("a tier is reached at its threshold exactly, not a yuan below", () => {
    const th = [50_000, 500_000, 6_000_000];
    expect([
      tierOf(49_999, th),
      tierOf(50_000, th),
      tierOf(499_999, th),
      tierOf(500_000, th),
      tierOf(6_000_000, th),
    ]).toEqual([0, 1, 1, 2, 3]);
  });

  const at = (values: number[]) =>
    values.map((v, i): AssetRow => ["C3", `2026-0${i + 1}-15`, "存款", "活期", "本行", null, "R1", v]);

  it("watch: within 10 % above the tier's threshold, not at 10 % or beyond", () => {
    expect(ok(computeReview(reviewBook(at([549_999])), "C3")).watch).toBe(true);
    expect(ok(computeReview(reviewBook(at([550_000])), "C3")).watch).toBe(false);
    expect(ok(computeReview(reviewBook(at([49_000])), "C3")).watch).toBe(false);
  });

  it("watch: dropped a tier since the last review", () => {
    const r = ok(computeReview(reviewBook(at([700_000, 400_000])), "C3"));
    expect([r.tier, r.watch, r.watchReason]).toEqual([1, true, "droppedTier"]);
  });

  it("thresholds and margin come from the settings", () => {
    const b = reviewBook(at([120_000]), [
      ["tierThresholds", "100000, 1000000"],
      ["watchMargin", 0.25],
    ]);
    expect(ok(computeReview(b, "C3"))).toMatchObject({ tier: 1, watch: true });
  });
});

describe("maturity calendar", () => {
  const rows = (dates: string[]): AssetRow[] =>
    dates.map((m, i) => ["C1", "2026-03-31", "存款", `定期${i}`, "本行", m, "R1", 1000 * (i + 1)]);

  it("windows at their edges: day 30 is in 30, day 31 in 60, day 90 in 90, day 91 out, the past out", () => {
    expect([0, 30, 31, 60, 61, 90, 91, -1].map(maturityWindow)).toEqual([30, 30, 60, 60, 90, 90, undefined, undefined]);
  });

  it("across the book: the latest review on or before the as-of date, nearest first", () => {
    const b = reviewBook(rows(["2026-06-30", "2026-04-30", "2026-07-01", "2026-03-30"]));
    const list = maturityCalendar(b, day("2026-04-01"));
    expect(list.map((m) => [m.name, m.days, m.window])).toEqual([
      ["定期1", 29, 30],
      ["定期0", 90, 90],
    ]);
    expect(maturityCalendar(b, day("2026-03-30"))).toEqual([]);
  });
});

describe("today's plan", () => {
  it("lists a client whose holding matures within the settings' 30 days, after renewals, once", async () => {
    const { analyze } = await import("./analyze");
    const { todayPlan, planReasonText } = await import("./plan");
    const raw = book({
      customers: table("客户", ["客户编号", "客户名称"], [["C1", "王芳"], ["C2", "李雷"]]),
      followUps: table("跟进记录", ["客户编号", "日期", "方式"], [["C1", serial("2026-03-01"), "拜访"], ["C2", serial("2026-03-01"), "拜访"]]),
      assets: table("资产", ASSET_HEADERS, [
        asset(["C1", "2026-03-31", "存款", "定期存款", "本行", "2026-04-30", "R1", 1000]),
        asset(["C1", "2026-03-31", "理财产品", "季季盈", "本行", "2026-04-10", "R2", 1000]),
        asset(["C2", "2026-03-31", "存款", "定期存款", "本行", "2026-05-01", "R1", 1000]),
      ]),
    });
    const a = analyze(raw, { asOf: day("2026-03-31") });
    const maturing = todayPlan(a).filter((p) => p.reason === "maturity");
    expect(maturing.map((p) => [p.id, p.days])).toEqual([["C1", 10]]);
    expect(planReasonText(maturing[0], "zh-CN")).toBe("季季盈 2026-04-10 到期（10 天后）");
    // Talked to on 03-20, within 30 days before 季季盈 matures: that one is followed up; the deposit
    // maturing 04-30 entered its 30 days only today, so C1 is still on the plan, for it.
    raw.tables.followUps!.rows.push(["C1", serial("2026-03-20"), "电话"]);
    const after = todayPlan(analyze(raw, { asOf: day("2026-03-31") })).filter((p) => p.reason === "maturity");
    expect(after.map((p) => [p.id, p.days, p.holding])).toEqual([["C1", 30, "定期存款"]]);
  });
});
