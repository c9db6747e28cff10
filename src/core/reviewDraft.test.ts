import { linkBook } from "./book";
import { validateNewRow } from "./customer/newRows";
import { draftFromPrevious, draftProblem, draftRows } from "./reviewDraft";
import { book, day, serial, table } from "../../test/support/rawBook";

const raw = book({
  customers: table("客户", ["客户编号", "客户名称"], [["C1", "王芳"]]),
  assets: table(
    "资产",
    ["客户编号", "回顾日期", "资产类别", "名称", "机构", "到期日", "风险等级", "市值"],
    [
      ["C1", serial("2026-01-31"), "存款", "定期", "本行", serial("2026-02-15"), "R1", 100],
      ["C1", serial("2026-01-31"), "基金", "混合", "他行", null, "R3", 50],
      ["C1", serial("2026-02-28"), "存款", "定期", "本行", serial("2026-06-30"), "R1", 110],
    ],
  ),
});

describe("recording a new review", () => {
  const b = linkBook(raw);

  it("starts from the previous review's holdings, without the sold ones, and drops maturities already past", () => {
    expect(draftFromPrevious(b, "C1", day("2026-03-31"))).toEqual([
      {
        class: "deposits",
        name: "定期",
        institution: "ours",
        heldSince: undefined,
        maturity: day("2026-06-30"),
        riskLevel: "R1",
        value: 110,
      },
    ]);
    const fromJanuary = draftFromPrevious(b, "C1", day("2026-02-20"));
    expect(fromJanuary.map((h) => [h.name, h.maturity])).toEqual([
      ["定期", undefined],
      ["混合", undefined],
    ]);
  });

  it("refuses a date that already has a review, and an empty review", () => {
    expect(draftProblem(b, "C1", day("2026-02-28"), draftFromPrevious(b, "C1", day("2026-02-28")))).toBe(
      "reviewExists",
    );
    expect(draftProblem(b, "C1", day("2026-03-31"), [])).toBe("noHoldings");
  });

  it("gives rows the assets table accepts, in the user's words, dated the review date", () => {
    const rows = draftRows("C1", day("2026-03-31"), draftFromPrevious(b, "C1", day("2026-03-31")), "zh-CN");
    expect(rows).toEqual([
      expect.objectContaining({
        id: "C1",
        reviewDate: { day: day("2026-03-31") },
        assetClass: "存款",
        institution: "本行",
        value: 110,
      }),
    ]);
    expect(rows.flatMap((r) => validateNewRow(b, "assets", r))).toEqual([]);
  });
});
