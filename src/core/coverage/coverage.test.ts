import { analyze } from "../analyze";
import { todayPlan } from "../plan";
import type { Cell } from "../table";
import { book, day, serial, table } from "../../../test/support/rawBook";
import { allHouseholds, bookCoverage, household, householdJson } from "./index";

const AS_OF = day("2026-11-23");
const POLICY_HEADERS = ["客户编号", "被保险人", "关系", "险种", "保额", "保费", "缴费方式", "缴费年限", "生效日", "到期日"];

type Policy = [id: string, insured: string, relationship: string, cover: string, sum: number, premium?: number, payment?: string, years?: number, start?: string, end?: string];

function policies(rows: Policy[]) {
  return table(
    "保险保障",
    POLICY_HEADERS,
    rows.map(([id, insured, rel, cover, sum, premium, payment, years, start, end]) => [
      id,
      insured,
      rel,
      cover,
      sum,
      premium ?? null,
      payment ?? null,
      years ?? null,
      start ? serial(start) : null,
      end ? serial(end) : null,
    ]),
  );
}

/** Customers as [id, name, family column]. */
function households(rows: [string, string, string][], policyRows: Policy[], extra: { settings?: Cell[][]; purchases?: Cell[][] } = {}) {
  return analyze(
    book({
      customers: table("客户", ["客户编号", "客户名称", "家庭成员"], rows),
      policies: policies(policyRows),
      ...(extra.settings && { settings: table("设置", ["键", "值", "说明"], extra.settings) }),
      ...(extra.purchases && { purchases: table("购买记录", ["客户编号", "日期", "金额"], extra.purchases) }),
    }),
    { asOf: AS_OF },
  );
}

const gapsOf = (a: ReturnType<typeof analyze>, i = 0) => household(a, i).members.map((m) => [m.name, m.gaps]);

describe("the default gap rules (SPEC 5b)", () => {
  it("finds a single adult without critical-illness and medical cover, and asks no life cover of someone without children", () => {
    const a = households([["C1", "张伟", ""]], [["C1", "张伟", "本人", "寿险", 500000, 6000, "期缴", 20, "2020-01-01"]]);
    expect(gapsOf(a)).toEqual([["张伟", ["criticalIllness", "medical"]]]);
  });

  it("finds a spouse without critical-illness or medical cover", () => {
    const a = households(
      [["C1", "张伟", "配偶:王芳"]],
      [
        ["C1", "张伟", "本人", "重疾", 500000],
        ["C1", "张伟", "本人", "医疗", 2000000],
        ["C1", "王芳", "配偶", "医疗", 1000000],
      ],
    );
    expect(gapsOf(a)).toEqual([
      ["张伟", []],
      ["王芳", ["criticalIllness"]],
    ]);
  });

  it("finds a child covered only by accident insurance without medical cover, and a child with nothing without either", () => {
    const a = households(
      [["C1", "张伟", "配偶:王芳;子女:张小明;子女:张小红"]],
      [
        ["C1", "张伟", "本人", "重疾", 500000],
        ["C1", "张伟", "本人", "医疗", 2000000],
        ["C1", "张伟", "本人", "寿险", 1000000],
        ["C1", "王芳", "配偶", "重疾", 500000],
        ["C1", "王芳", "配偶", "医疗", 2000000],
        ["C1", "张小明", "子女", "意外", 100000],
      ],
    );
    expect(gapsOf(a)).toEqual([
      ["张伟", []],
      ["王芳", []],
      ["张小明", ["medical"]],
      ["张小红", ["medical", "accident"]],
    ]);
  });

  it("asks life cover of the customer once a child is named, in the policies or in the family column", () => {
    const covered: Policy[] = [
      ["C1", "张伟", "本人", "重疾", 500000],
      ["C1", "张伟", "本人", "医疗", 2000000],
    ];
    const noChild = households([["C1", "张伟", "已婚"]], covered);
    const childInFamily = households([["C1", "张伟", "子女:张小明"]], covered);
    const childInPolicies = households([["C1", "张伟", ""]], [...covered, ["C1", "张小明", "子女", "医疗", 100000]]);
    expect(household(noChild, 0).members[0].gaps).toEqual([]);
    expect(household(childInFamily, 0).members[0].gaps).toEqual(["life"]);
    expect(household(childInPolicies, 0).members[0].gaps).toEqual(["life"]);
  });
});

describe("a household without any policy recorded", () => {
  it("shows its members but claims no gaps: nothing recorded is not the same as no cover", () => {
    const a = households([["C1", "张伟", "配偶:王芳;子女:张小明"]], []);
    expect(gapsOf(a)).toEqual([
      ["张伟", []],
      ["王芳", []],
      ["张小明", []],
    ]);
    expect(bookCoverage(a).gaps).toEqual([]);
  });
});

describe("the gap rules are settings", () => {
  const child: Policy[] = [["C1", "张小明", "子女", "意外", 100000]];
  const family: [string, string, string][] = [["C1", "张伟", ""]];
  const childGaps = (settings: Cell[][]) => {
    const a = households(family, child, { settings });
    return { gaps: household(a, 0).members.find((m) => m.relationship === "child")!.gaps, problems: a.problems };
  };

  it("follows the rep's own list of covers for a child", () => {
    expect(childGaps([["gapChild", "医疗、意外、教育金"]]).gaps).toEqual(["medical", "education"]);
  });

  it("checks nothing for a relationship whose rule is left blank", () => {
    expect(childGaps([["gapChild", ""]]).gaps).toEqual([]);
  });

  it("keeps the default and names the cell when a rule names no cover type", () => {
    const { gaps, problems } = childGaps([["gapChild", "医疗、牙科"]]);
    expect(gaps).toEqual(["medical"]);
    expect(problems.map((p) => [p.code, p.sheet, p.row, p.column])).toEqual([["setting.invalid", "设置", 2, "值"]]);
  });
});

describe("who a member is", () => {
  it("takes 配偶 王芳, 王芳, 王 芳, full-width 王芳 and 王芳(配偶) as one member", () => {
    const a = households(
      [["C1", "张伟", ""]],
      [
        ["C1", "配偶 王芳", "", "重疾", 100000],
        ["C1", "王芳", "配偶", "重疾", 200000],
        ["C1", "王 芳", "", "医疗", 300000],
        ["C1", "王芳", "", "医疗", 400000],
        ["C1", "王芳(配偶)", "", "意外", 500000],
      ],
    );
    const members = household(a, 0).members;
    expect(members.map((m) => [m.name, m.relationship])).toEqual([
      ["张伟", "self"],
      ["王芳", "spouse"],
    ]);
    expect(members[1].cells.criticalIllness.sumInsured).toBe(300000);
    expect(members[1].cells.medical.sumInsured).toBe(700000);
    expect(members[1].cells.accident.sumInsured).toBe(500000);
  });

  it("takes the customer's own name, written any way, or 本人, as the customer", () => {
    const a = households(
      [["C1", "Jane Smith", ""]],
      [
        ["C1", "jane  smith", "", "Life", 100],
        ["C1", "本人", "", "Medical", 200],
        ["C1", "Tom Smith", "Self", "Accident", 300],
      ],
    );
    const members = household(a, 0).members;
    expect(members).toHaveLength(1);
    expect([members[0].cells.life.sumInsured, members[0].cells.medical.sumInsured, members[0].cells.accident.sumInsured]).toEqual([100, 200, 300]);
  });

  it("reads an English relationship word only with a separator, so a surname like Son stays a name", () => {
    const a = households(
      [["C1", "Jane Smith", ""]],
      [
        ["C1", "Spouse: Tom Smith", "", "Life", 100],
        ["C1", "Son Lee", "", "Life", 100],
      ],
    );
    expect(household(a, 0).members.map((m) => [m.name, m.relationship])).toEqual([
      ["Jane Smith", "self"],
      ["Tom Smith", "spouse"],
      ["Son Lee", undefined],
    ]);
  });
});

describe("premiums", () => {
  it("counts a regular premium every year, and a single premium apart from the annual total", () => {
    const a = households(
      [["C1", "张伟", ""]],
      [
        ["C1", "张伟", "本人", "重疾", 500000, 8000, "期缴", 20, "2020-03-01"],
        ["C1", "张伟", "本人", "年金", 300000, 100000, "趸交", 1, "2024-01-01"],
        ["C1", "张伟", "本人", "医疗", 2000000, 600, "", undefined, "2026-01-01", "2026-12-31"],
      ],
    );
    const h = household(a, 0);
    expect(h.members[0].annualPremium).toBe(8600);
    expect(h.members[0].singlePremium).toBe(100000);
    expect(h.totals.annualPremium).toBe(8600);
  });

  it("stops counting a regular premium once its payment years are over, and counts nothing of an ended policy", () => {
    const a = households(
      [["C1", "张伟", ""]],
      [
        ["C1", "张伟", "本人", "寿险", 500000, 5000, "期缴", 10, "2010-01-01"],
        ["C1", "张伟", "本人", "医疗", 1000000, 700, "期缴", 1, "2025-01-01", "2025-12-31"],
      ],
    );
    const h = household(a, 0);
    expect(h.totals.annualPremium).toBe(0);
    expect(h.members[0].cells.life.sumInsured).toBe(500000);
    expect(h.members[0].cells.medical.sumInsured).toBe(0);
    expect(h.members[0].gaps).toContain("medical");
  });
});

describe("a policy ending before its start", () => {
  const a = households(
    [["C1", "张伟", ""]],
    [
      ["C1", "张伟", "本人", "重疾", 500000, 8000, "期缴", 20, "2026-03-01", "2025-03-01"],
      ["C1", "张伟", "本人", "医疗", 1000000, 600, "期缴", 1, "2026-01-01", "2026-12-31"],
    ],
  );

  it("is an error at its end-date cell", () => {
    expect(a.problems.filter((p) => p.severity === "error").map((p) => [p.code, p.sheet, p.row, p.column])).toEqual([
      ["policy.endBeforeStart", "保险保障", 2, "到期日"],
    ]);
  });

  it("marks its matrix cell, counts neither its sum nor its premium, and claims no gap there", () => {
    const me = household(a, 0).members[0];
    expect(me.cells.criticalIllness).toEqual(expect.objectContaining({ error: true, sumInsured: 0, gap: false }));
    expect(me.annualPremium).toBe(600);
    expect(me.gaps).toEqual([]);
  });
});

describe("renewals", () => {
  const rows: Policy[] = [
    ["C1", "张伟", "本人", "医疗", 1000000, 600, "期缴", 1, "2026-01-01", "2026-12-20"], // in 27 days
    ["C1", "张伟", "本人", "意外", 100000, 100, "期缴", 1, "2026-03-01", "2027-02-28"], // in 97 days
    ["C1", "张伟", "本人", "寿险", 500000, 5000, "期缴", 20, "2020-01-01"], // no end date
    ["C1", "张伟", "本人", "重疾", 500000, 5000, "期缴", 20, "2020-01-01", "2026-11-01"], // already ended
  ];

  it("lists the customers with no policy recorded as leads, quadrant II first, then by amount", () => {
    const a = households(
      [
        ["C1", "张伟", ""],
        ["C2", "王芳", ""],
        ["C3", "李娜", ""],
      ],
      [["C1", "张伟", "本人", "医疗", 1000000]],
      { purchases: [["C3", "2026-10-01", 5000], ["C2", "2026-10-01", 100]] },
    );
    const leads = bookCoverage(a).noPolicy;
    // C1 has a policy; of the two without, quadrant I (C3, the larger buyer) before IV (C2).
    expect(leads.map((l) => [l.id, l.quadrant])).toEqual([
      ["C3", "I"],
      ["C2", "IV"],
    ]);
    expect(leads.find((l) => l.id === "C3")).toMatchObject({ name: "李娜", row: 4 });
  });

  it("lists the policies ending within the horizon, never one without an end date", () => {
    const c = bookCoverage(households([["C1", "张伟", ""]], rows));
    expect(c.renewals.map((r) => [r.cover, r.days])).toEqual([["medical", 27]]);
  });

  it("takes the horizon from the renewalDays setting", () => {
    const c = bookCoverage(households([["C1", "张伟", ""]], rows, { settings: [["renewalDays", 120]] }));
    expect(c.renewals.map((r) => [r.cover, r.days])).toEqual([
      ["medical", 27],
      ["accident", 97],
    ]);
  });

  it("agrees with today's plan about who has a renewal", () => {
    const a = households(
      [
        ["C1", "张伟", ""],
        ["C2", "李娜", ""],
      ],
      [...rows, ["C2", "李娜", "本人", "医疗", 1000000, 600, "期缴", 1, "2026-03-01", "2026-02-01"]],
      // Both in IV, contacted yesterday and off the borders: only a renewal can bring them up.
      { purchases: [["C1", serial("2026-11-22"), 100], ["C2", serial("2026-11-22"), 100]], settings: [["amountThreshold", 1e9], ["closenessThreshold", 0.05]] },
    );
    const planned = todayPlan(a).filter((p) => p.reason === "renewal").map((p) => p.id);
    expect(planned).toEqual([...new Set(bookCoverage(a).renewals.map((r) => r.id))]);
  });
});

describe("the book's gap list", () => {
  it("puts quadrant II first, then I, IV and III, and within a quadrant the larger annual premium first", () => {
    const purchases = (id: string, n: number, amount: number) => Array.from({ length: n }, (_, k) => [id, serial(`2026-0${k + 1}-10`), amount]);
    const a = households(
      [
        ["C3", "三象限", ""],
        ["C4", "四象限", ""],
        ["C1", "一象限", ""],
        ["C2", "二象限", ""],
        ["C5", "二象限大", ""],
      ],
      [
        ["C2", "二象限", "本人", "重疾", 100, 1000, "期缴"],
        ["C5", "二象限大", "本人", "重疾", 100, 9000, "期缴"],
        ["C1", "一象限", "本人", "寿险", 100],
        ["C3", "三象限", "本人", "寿险", 100],
        ["C4", "四象限", "本人", "寿险", 100],
      ],
      {
        settings: [["amountThreshold", 1000], ["closenessThreshold", 0.2]],
        purchases: [...purchases("C1", 3, 500), ...purchases("C2", 1, 2000), ...purchases("C5", 1, 2000), ...purchases("C4", 3, 100)] as Cell[][],
      },
    );
    const gaps = bookCoverage(a).gaps;
    expect([...new Set(gaps.map((g) => `${g.id} ${g.quadrant}`))]).toEqual(["C5 II", "C2 II", "C1 I", "C4 IV", "C3 III"]);
    expect(gaps.filter((g) => g.id === "C4").map((g) => g.cover)).toEqual(["criticalIllness", "medical"]);
  });

  it("gives the same figures household by household as the one-customer view", () => {
    const a = households(
      [
        ["C1", "张伟", "配偶:王芳"],
        ["C2", "李娜", ""],
      ],
      [
        ["C1", "王芳", "配偶", "医疗", 1000000, 500, "期缴", 1, "2026-01-01", "2026-12-10"],
        ["C2", "李娜", "本人", "重疾", 300000, 3000, "期缴", 20, "2022-01-01"],
      ],
    );
    const all = allHouseholds(a);
    const lists = bookCoverage(a, all);
    for (const h of all) expect(householdJson(h, lists.renewals)).toEqual(householdJson(household(a, h.index), lists.renewals));
  });
});
