import { analyze } from "./analyze";
import { daysToBirthday, planAction, planForPane, planReasonText, todayPlan } from "./plan";
import { book, customers, day, purchases, serial, table } from "../../test/support/rawBook";

const AS_OF = day("2026-11-23");

/** Five customers, each with a clear story for today. */
function storyBook() {
  return book({
    customers: table(
      "客户",
      ["客户编号", "客户名称", "生日"],
      [
        ["C1", "约见", serial("1980-01-01")],
        ["C2", "大单稀客", serial("1980-01-01")],
        ["C3", "常客", serial("1980-01-01")],
        ["C4", "新客户", serial("1990-11-25")],
        ["C5", "刚联系", serial("1985-11-24")],
        ["C6", "保单", null],
      ],
    ),
    // Amount median 600 (C1 500, C2 9000, C3 300, C5 700); closeness median 2.5 purchases / 12 months.
    purchases: purchases([
      ["C1", "2026-11-19", 250],
      ["C1", "2026-11-20", 250],
      ["C2", "2026-10-01", 9000], // II: big but rare; last contact 53 days ago, cadence 7 → 46 days overdue
      ["C3", "2026-11-01", 100], // IV: frequent small buyer, contacted 13 days ago (cadence 21)
      ["C3", "2026-11-05", 100],
      ["C3", "2026-11-10", 100],
      ["C5", "2026-11-10", 200], // I: contacted yesterday, birthday tomorrow
      ["C5", "2026-11-15", 200],
      ["C5", "2026-11-22", 300],
    ]),
    followUps: table(
      "跟进记录",
      ["客户编号", "日期", "方式", "下次约见"],
      [
        ["C1", serial("2026-11-20"), "拜访", serial("2026-11-23")],
        ["C6", serial("2026-11-22"), "电话", null], // III but contacted yesterday: only the policy renewal brings them up
      ],
    ),
    policies: table(
      "保险保障",
      ["客户编号", "被保险人", "险种", "保额", "到期日"],
      [["C6", "本人", "重疾", 500000, serial("2027-01-10")]],
    ),
  });
}

describe("today's plan (SPEC 4)", () => {
  const a = analyze(storyBook(), { asOf: AS_OF });
  const plan = todayPlan(a);

  it("lists appointments first, then overdue customers by quadrant priority, then birthdays and renewals", () => {
    expect(plan.map((p) => [p.id, p.reason])).toEqual([
      ["C1", "appointment"],
      ["C2", "overdue"],
      ["C4", "overdue"],
      ["C5", "birthday"],
      ["C6", "renewal"],
    ]);
  });

  it("keeps SPEC 4's list for a customer with a follow-up dated today, and the pane counts them done instead of to do", () => {
    for (const id of ["C1", "C5", "C6"]) {
      const raw = storyBook();
      raw.tables.followUps!.rows.push([id, serial("2026-11-23"), "电话", null]);
      const a = analyze(raw, { asOf: AS_OF });
      expect(todayPlan(a).map((p) => p.id)).toContain(id);
      const { todo, done } = planForPane(a);
      expect(done.map((p) => p.id)).toEqual([id]);
      expect(todo.map((p) => p.id)).toEqual(todayPlan(a).map((p) => p.id).filter((x) => x !== id));
    }
  });

  it("lists each customer once, under the first reason that applies", () => {
    expect(new Set(plan.map((p) => p.id)).size).toBe(plan.length);
    expect(plan.find((p) => p.id === "C4")!.reason).toBe("overdue");
  });

  it("marks a never-contacted customer and counts days overdue for the others", () => {
    expect(plan.find((p) => p.id === "C4")).toEqual(expect.objectContaining({ neverContacted: true, quadrant: "III", channel: "remote" }));
    expect(plan.find((p) => p.id === "C2")).toEqual(expect.objectContaining({ days: 46, quadrant: "II", channel: "visit" }));
  });

  it("never proposes a visit to a quadrant III customer", () => {
    for (const p of plan.filter((p) => p.quadrant === "III")) expect(p.channel).toBe("remote");
    expect(planAction(plan.find((p) => p.id === "C4")!, "zh-CN")).toContain("电话/短信/邮件");
  });

  it("puts never-contacted customers before the most overdue within a quadrant", () => {
    // No purchases at all: all three are III; C1 was last contacted longest ago, C2 never.
    const b = book({
      customers: customers(3),
      followUps: table("跟进记录", ["客户编号", "日期"], [["C1", serial("2026-01-10")], ["C3", serial("2026-05-01")]]),
    });
    const items = todayPlan(analyze(b, { asOf: AS_OF }));
    expect(items.map((p) => [p.id, p.days ?? "never"])).toEqual([["C2", "never"], ["C1", 227], ["C3", 116]]);
  });

  it("lists borderline customers that are not due", () => {
    const b = book({
      customers: customers(3),
      // Amount median 1050: C1 is 50 below it, C2 on it; C3 buys twice, far above both medians.
      purchases: purchases([["C1", "2026-11-20", 1000], ["C2", "2026-11-20", 1050], ["C3", "2026-11-20", 5000], ["C3", "2026-11-21", 5000]]),
    });
    const items = todayPlan(analyze(b, { asOf: AS_OF }));
    expect(items.filter((p) => p.reason === "borderline").map((p) => p.id)).toEqual(["C1", "C2"]);
  });
});

describe("reason texts", () => {
  it("says a contact is due today rather than overdue by 0 days", () => {
    const item = { index: 0, id: "C1", name: "甲", row: 2, reason: "overdue", quadrant: "II", channel: "visit", days: 0 } as const;
    expect(planReasonText(item, "zh-CN")).toBe("今天到期该联系");
    expect(planReasonText({ ...item, days: 3 }, "en-US")).toBe("Contact overdue by 3 days");
    expect(planReasonText({ ...item, neverContacted: true, days: undefined }, "en-US")).toBe("Never contacted");
  });
});

describe("birthdays", () => {
  it("counts days to the next birthday, today included, across the new year", () => {
    expect(daysToBirthday(day("1980-11-23"), AS_OF)).toBe(0);
    expect(daysToBirthday(day("1980-01-02"), day("2026-12-28"))).toBe(5);
  });

  it("celebrates a 29 February birthday on 28 February in other years", () => {
    expect(daysToBirthday(day("1988-02-29"), day("2027-02-26"))).toBe(2);
    expect(daysToBirthday(day("1988-02-29"), day("2028-02-26"))).toBe(3);
  });
});
