/**
 * Today's plan, SPEC section 4, rule by rule on books built for each rule. Quadrants are fixed by
 * the settings (amount threshold 1,000, closeness 2 purchases a year), so each customer's quadrant
 * is what its purchases say: see `who`.
 */
import { analyze } from "../analyze";
import type { Cell } from "../table";
import type { Quadrant } from "../strategy";
import { planAll, planForPane, planReasonText, todayPlan, daysToBirthday, planAction } from "./index";
import { book, day, serial, table } from "../../../test/support/rawBook";

const AS_OF = day("2026-11-23");

/** A customer placed by its purchases (all in January: long before the follow-ups that matter). */
interface Who {
  id: string;
  q: Quadrant;
  /** On the edge: an amount within 10 % of the threshold. */
  edge?: boolean;
  birthday?: string;
}

const PURCHASES: Record<Quadrant, number[]> = { I: [1000, 1000, 1000], II: [5000], III: [10], IV: [10, 10, 10] };
const EDGE: Record<Quadrant, number[]> = { I: [340, 340, 340], II: [1050], III: [950], IV: [10, 10, 10] };

type FollowUp = [id: string, date: string, channel: string, next?: string];

function planBook(who: Who[], followUps: FollowUp[] = [], settings: [string, Cell][] = [], policies: Cell[][] = []) {
  return book({
    customers: table(
      "客户",
      ["客户编号", "客户名称", "生日"],
      who.map((w) => [w.id, `客户${w.id}`, w.birthday ? serial(w.birthday) : null]),
    ),
    purchases: table(
      "购买记录",
      ["客户编号", "日期", "金额"],
      who.flatMap((w) => (w.edge ? EDGE : PURCHASES)[w.q].map((amount, k) => [w.id, serial(`2026-01-0${k + 5}`), amount])),
    ),
    followUps: table(
      "跟进记录",
      ["客户编号", "日期", "方式", "下次约见"],
      followUps.map(([id, date, channel, next]) => [id, serial(date), channel, next ? serial(next) : null]),
    ),
    settings: table("设置", ["键", "值"], [["amountThreshold", 1000], ["closenessThreshold", 2 / 12], ...settings]),
    ...(policies.length ? { policies: table("保险保障", ["客户编号", "被保险人", "险种", "保额", "到期日"], policies) } : {}),
  });
}

const at = (raw: ReturnType<typeof planBook>, asOf = AS_OF) => analyze(raw, { asOf });
const score = (a: ReturnType<typeof at>, id: string) => a.scores.find((s) => s.id === id)!;
const entry = (a: ReturnType<typeof at>, id: string) => planAll(a).find((p) => p.id === id);

describe("the customers' own quadrants in these books", () => {
  it("are what the purchases were chosen for", () => {
    const a = at(planBook([{ id: "A", q: "I" }, { id: "B", q: "II" }, { id: "C", q: "III" }, { id: "D", q: "IV" }, { id: "E", q: "I", edge: true }, { id: "F", q: "II", edge: true }]));
    expect(a.scores.map((s) => [s.id, s.quadrant, s.borderline])).toEqual([
      ["A", "I", false], ["B", "II", false], ["C", "III", false], ["D", "IV", false], ["E", "I", true], ["F", "II", true],
    ]);
  });
});

describe("last contact and the booking (SPEC 4)", () => {
  it("honours a reschedule: off today's plan, 下次拜访 the new date, and an appointment on that date", () => {
    // II (every 7 days), last visited 11-10: 6 days overdue — until the rep reschedules today to 11-30.
    const before = at(planBook([{ id: "B", q: "II" }], [["B", "2026-11-10", "拜访"]]));
    expect(entry(before, "B")).toMatchObject({ reason: "overdue", days: 6, today: true });
    const raw = planBook([{ id: "B", q: "II" }], [["B", "2026-11-10", "拜访"], ["B", "2026-11-23", "改约", "2026-11-30"]]);
    const a = at(raw);
    expect(entry(a, "B")).toBeUndefined();
    expect(score(a, "B")).toMatchObject({ nextVisit: day("2026-11-30"), booking: day("2026-11-30"), lastContact: day("2026-11-10") });
    for (const between of ["2026-11-24", "2026-11-29"]) expect(entry(at(raw, day(between)), "B")).toBeUndefined();
    expect(todayPlan(at(raw, day("2026-11-30")))).toEqual([expect.objectContaining({ id: "B", reason: "appointment" })]);
  });

  it("takes a customer rescheduled today off today's plan whatever else would list them (a birthday), unless booked for today", () => {
    const who: Who[] = [{ id: "A", q: "I", birthday: "1980-11-24" }];
    const due: FollowUp[] = [["A", "2026-10-01", "拜访"]];
    expect(entry(at(planBook(who, due)), "A")).toMatchObject({ reason: "overdue", today: true });
    expect(entry(at(planBook(who, [...due, ["A", "2026-11-23", "改约", "2026-11-30"]])), "A")).toBeUndefined();
    expect(entry(at(planBook(who, [...due, ["A", "2026-11-23", "改约", "2026-11-23"]])), "A")).toMatchObject({ reason: "appointment" });
  });

  it("keeps the issue's postponement: 改约 on 12-14 to 12-21 is not overdue on 12-15", () => {
    const raw = planBook([{ id: "B", q: "II" }], [["B", "2026-12-07", "拜访"], ["B", "2026-12-14", "改约", "2026-12-21"]]);
    const a = at(raw, day("2026-12-15"));
    expect(score(a, "B").nextVisit).toBe(day("2026-12-21"));
    expect(entry(a, "B")).toBeUndefined();
  });

  it("takes the next appointment of a logged visit as the next visit, not last contact + cadence", () => {
    const raw = planBook([{ id: "B", q: "II" }], [["B", "2026-12-14", "拜访", "2026-12-28"]]);
    const a = at(raw, day("2026-12-21"));
    expect(score(a, "B").nextVisit).toBe(day("2026-12-28"));
    expect(entry(a, "B")).toBeUndefined();
  });

  it("counts a missed booking as overdue from the booked day, and says so", () => {
    const a = at(planBook([{ id: "B", q: "II" }], [["B", "2026-11-10", "电话", "2026-11-15"]]));
    const b = entry(a, "B")!;
    expect(b).toMatchObject({ reason: "overdue", days: 8, missed: day("2026-11-15") });
    expect(planReasonText(b, "zh-CN")).toBe("约见 2026-11-15 未履行，已逾期 8 天");
    expect(planReasonText(b, "en-US")).toBe("Appointment of 2026-11-15 not kept: 8 days overdue");
  });

  it("lets a contact after the booked day lapse the booking (a purchase, say)", () => {
    // IV (every 21 days): booked for 10-25 at a visit on 10-20; bought on 10-28 instead.
    const raw = planBook([{ id: "D", q: "IV" }], [["D", "2026-10-20", "拜访", "2026-10-25"]]);
    raw.tables.purchases!.rows.push(["D", serial("2026-10-28"), 10]);
    const a = at(raw);
    expect(score(a, "D")).toMatchObject({ quadrant: "IV", lastContact: day("2026-10-28"), booking: undefined, nextVisit: day("2026-11-18") });
    expect(entry(a, "D")).toMatchObject({ reason: "overdue", days: 5 });
    expect(entry(a, "D")!.missed).toBeUndefined();
  });

  it("ends an earlier booking when a contact is logged without a next date", () => {
    const a = at(planBook([{ id: "B", q: "II" }], [["B", "2026-11-01", "拜访", "2026-12-20"], ["B", "2026-11-15", "拜访"]]));
    expect(score(a, "B")).toMatchObject({ booking: undefined, nextVisit: day("2026-11-22") });
    expect(entry(a, "B")).toMatchObject({ reason: "overdue", days: 1 });
    expect(planReasonText(entry(a, "B")!, "zh-CN")).toBe("已逾期 1 天");
    expect(planReasonText(entry(a, "B")!, "en-US")).toBe("1 day overdue");
  });

  it("leaves no booking after a 改约 row without a next date", () => {
    const a = at(planBook([{ id: "B", q: "II" }], [["B", "2026-11-15", "拜访", "2026-12-20"], ["B", "2026-11-20", "改约"]]));
    expect(score(a, "B")).toMatchObject({ booking: undefined, lastContact: day("2026-11-15"), nextVisit: day("2026-11-22") });
  });

  it("on two follow-ups of the same day, takes the one further down the sheet", () => {
    const lower = at(planBook([{ id: "B", q: "II" }], [["B", "2026-11-20", "拜访", "2026-12-01"], ["B", "2026-11-20", "电话"]]));
    expect(score(lower, "B").booking).toBeUndefined();
    const upper = at(planBook([{ id: "B", q: "II" }], [["B", "2026-11-20", "电话"], ["B", "2026-11-20", "拜访", "2026-12-01"]]));
    expect(score(upper, "B").booking).toBe(day("2026-12-01"));
  });

  it("never counts a 改约 row as the last contact, nor a follow-up dated after the as-of date", () => {
    const a = at(planBook([{ id: "B", q: "II" }], [["B", "2026-11-01", "拜访"], ["B", "2026-11-20", "改约", "2026-11-27"], ["B", "2026-12-01", "拜访"]]));
    expect(score(a, "B").lastContact).toBe(day("2026-11-01"));
    expect(score(a, "B").booking).toBe(day("2026-11-27"));
  });
});

describe("borderline customers (SPEC 4)", () => {
  it("are due on the shorter cadence floor(C × borderlineCadence), not every day", () => {
    // Quadrant I: every 30 days; on the edge every 15. Both last contacted 18 days ago.
    const raw = planBook([{ id: "A", q: "I" }, { id: "E", q: "I", edge: true }], [["A", "2026-11-05", "拜访"], ["E", "2026-11-05", "拜访"]]);
    const a = at(raw);
    expect(entry(a, "A")).toBeUndefined();
    expect(entry(a, "E")).toMatchObject({ reason: "borderline", days: 3, slot: "visit" });
    expect(score(a, "E").nextVisit).toBe(day("2026-11-20"));
    expect(planReasonText(entry(a, "E")!, "zh-CN")).toBe("临界客户，已逾期 3 天");
    // Contacted 10 days ago: not due yet on the edge either.
    expect(entry(at(planBook([{ id: "E", q: "I", edge: true }], [["E", "2026-11-13", "拜访"]])), "E")).toBeUndefined();
  });

  it("are overdue, counted from the shorter cadence, once the quadrant's own cadence has passed too", () => {
    const a = at(planBook([{ id: "E", q: "I", edge: true }], [["E", "2026-10-20", "拜访"]]));
    expect(entry(a, "E")).toMatchObject({ reason: "overdue", days: 34 - 15 });
  });

  it("follow the borderlineCadence setting", () => {
    const a = at(planBook([{ id: "E", q: "I", edge: true }], [["E", "2026-11-05", "拜访"]], [["borderlineCadence", 0.8]]));
    expect(score(a, "E").nextVisit).toBe(day("2026-11-29"));
    expect(entry(a, "E")).toBeUndefined();
  });
});

describe("birthdays (SPEC 4)", () => {
  const quiet: FollowUp[] = ["A", "B", "C", "D"].map((id) => [id, "2026-11-22", "拜访"]);
  const people: Who[] = [
    { id: "A", q: "I", birthday: "1980-11-25" },
    { id: "B", q: "II", birthday: "1980-11-23" },
    { id: "C", q: "IV", birthday: "1980-11-27" },
    { id: "D", q: "III", birthday: "1980-11-24" },
  ];

  it("lists birthdays from today to birthdayDays ahead, nearest first, as a greeting by call", () => {
    const items = todayPlan(at(planBook(people, quiet.map(([id]) => [id, "2026-11-19", "拜访"] as FollowUp))));
    expect(items.filter((p) => p.reason === "birthday").map((p) => [p.id, p.days, p.slot, p.channel])).toEqual([
      ["B", 0, "call", "wechat"],
      ["D", 1, "call", "wechat"],
      ["A", 2, "call", "wechat"],
    ]);
  });

  it("says today, tomorrow, or in how many days", () => {
    const items = todayPlan(at(planBook(people, quiet.map(([id]) => [id, "2026-11-19", "拜访"] as FollowUp))));
    expect(items.filter((p) => p.reason === "birthday").map((p) => planReasonText(p, "zh-CN"))).toEqual(["今天生日", "明天生日", "2 天后生日"]);
    expect(items.filter((p) => p.reason === "birthday").map((p) => planReasonText(p, "en-US"))).toEqual(["Birthday today", "Birthday tomorrow", "Birthday in 2 days"]);
    expect(planAction(items.find((p) => p.reason === "birthday")!, "zh-CN")).toContain("生日祝福");
  });

  it("drops a birthday once the greeting was logged (a follow-up other than 改约 from birthday − birthdayDays)", () => {
    // A's birthday is 11-25: a greeting from 11-22 on counts; a visit on 11-21 or a 改约 on 11-22 does not.
    const sent = todayPlan(at(planBook(people, [...quiet.slice(1), ["A", "2026-11-22", "微信"]])));
    expect(sent.map((p) => p.id)).not.toContain("A");
    const early = todayPlan(at(planBook(people, [...quiet.slice(1), ["A", "2026-11-21", "拜访"]])));
    expect(early.find((p) => p.id === "A")).toMatchObject({ reason: "birthday" });
    const rescheduled = todayPlan(at(planBook(people, [...quiet.slice(1), ["A", "2026-11-21", "拜访"], ["A", "2026-11-22", "改约", "2026-12-01"]])));
    expect(rescheduled.find((p) => p.id === "A")).toMatchObject({ reason: "birthday" });
  });

  it("follows birthdayDays (and a visit yesterday counts as the greeting for the three nearest)", () => {
    const items = todayPlan(at(planBook(people, quiet, [["birthdayDays", 4]])));
    expect(items.filter((p) => p.reason === "birthday").map((p) => [p.id, p.days])).toEqual([["C", 4]]);
  });

  it("celebrates a 29 February birthday on 28 February in other years", () => {
    expect(daysToBirthday(day("1988-02-29"), day("2027-02-26"))).toBe(2);
    expect(daysToBirthday(day("1988-02-29"), day("2028-02-26"))).toBe(3);
    // Contacted a week before: no greeting yet (the window opens on 02-25), not due either.
    const a = at(planBook([{ id: "A", q: "I", birthday: "1988-02-29" }], [["A", "2027-02-19", "电话"]]), day("2027-02-26"));
    expect(todayPlan(a)).toEqual([expect.objectContaining({ id: "A", reason: "birthday", days: 2, date: day("2027-02-28") })]);
  });
});

describe("renewals and maturities (SPEC 4)", () => {
  const policy = (id: string, end: string): Cell[] => [id, "本人", "重疾", 500000, serial(end)];

  it("list a policy ending within renewalDays, nearest first, unless followed up within the horizon", () => {
    const who: Who[] = [{ id: "A", q: "I" }, { id: "B", q: "II" }, { id: "C", q: "III" }];
    const quiet: FollowUp[] = [["A", "2026-09-01", "拜访"], ["B", "2026-11-22", "拜访"], ["C", "2026-09-01", "电话"]];
    // C's policy ends 12-20 (27 days): C was last in touch on 09-01, before the 60-day horizon began, and
    // is not due (III: every 90 days). B's ends 12-01 and B was visited yesterday, within the horizon:
    // followed up already. A's ends 2027-01-10, but A is overdue (I, last visited 09-01): one reason, the first.
    const a = at(planBook(who, quiet, [], [policy("A", "2027-01-10"), policy("B", "2026-12-01"), policy("C", "2026-12-20")]));
    const renewals = planAll(a).filter((p) => p.reason === "renewal");
    expect(renewals.map((p) => [p.id, p.days, p.slot])).toEqual([["C", 27, "call"]]);
    expect(entry(a, "A")?.reason).toBe("overdue");
    expect(entry(a, "B")).toBeUndefined();
    expect(planReasonText(renewals[0], "zh-CN")).toBe("保单 2026-12-20 到期（27 天后）");
  });
});

describe("capacity (SPEC 4)", () => {
  /** Four II customers overdue, two with an appointment today, three III customers overdue, one birthday. */
  function busyDay(settings: [string, Cell][], extra: FollowUp[] = []) {
    const who: Who[] = [
      ...["V1", "V2", "V3", "V4"].map((id) => ({ id, q: "II" as const })),
      ...["W1", "W2", "W3"].map((id) => ({ id, q: "III" as const })),
      { id: "P1", q: "I" },
      { id: "P2", q: "IV" },
      { id: "G", q: "I", birthday: "1980-11-24" },
    ];
    const followUps: FollowUp[] = [
      ["V1", "2026-11-01", "拜访"],
      ["V2", "2026-11-05", "拜访"],
      ["V3", "2026-11-09", "拜访"],
      ["V4", "2026-11-12", "拜访"],
      ["W1", "2026-05-01", "电话"],
      ["W2", "2026-06-01", "电话"],
      ["W3", "2026-07-01", "电话"],
      ["P1", "2026-11-20", "拜访", "2026-11-23"],
      ["P2", "2026-11-20", "拜访", "2026-11-23"],
      ["G", "2026-11-15", "拜访"],
      ...extra,
    ];
    return at(planBook(who, followUps, settings));
  }

  it("keeps every appointment even past the limit, then fills each kind of slot in candidate order; the rest is later", () => {
    const a = busyDay([["dailyVisits", 1], ["dailyCalls", 2]]);
    const all = planAll(a);
    expect(all.map((p) => [p.id, p.reason, p.slot, p.today])).toEqual([
      ["P1", "appointment", "visit", true],
      ["P2", "appointment", "visit", true], // past the limit of 1: a promise
      ["V1", "overdue", "visit", false],
      ["V2", "overdue", "visit", false],
      ["V3", "overdue", "visit", false],
      ["V4", "overdue", "visit", false],
      ["W1", "overdue", "call", true],
      ["W2", "overdue", "call", true],
      ["W3", "overdue", "call", false],
      ["G", "birthday", "call", false],
    ]);
    expect(todayPlan(a).map((p) => p.id)).toEqual(["P1", "P2", "W1", "W2"]);
  });

  it("puts a quadrant III customer in a call slot, never a visit, whatever the reason", () => {
    const a = busyDay([]);
    for (const p of planAll(a).filter((x) => x.quadrant === "III")) expect([p.slot, p.channel]).toEqual(["call", "phone"]);
    expect(planAction(entry(a, "W1")!, "zh-CN")).toMatch(/^电话、短信或邮件。保持接触/);
    const booked = at(planBook([{ id: "W", q: "III" }], [["W", "2026-11-20", "电话", "2026-11-23"]]));
    expect(todayPlan(booked)).toEqual([expect.objectContaining({ id: "W", reason: "appointment", slot: "call" })]);
  });

  it("counts the contacts already logged today against the day's slots", () => {
    // Four visits a day, two of them appointments: two left — one, once G was visited today.
    const a = busyDay([["dailyVisits", 4], ["dailyCalls", 10]]);
    expect(todayPlan(a).filter((p) => p.slot === "visit").map((p) => p.id)).toEqual(["P1", "P2", "V1", "V2"]);
    const b = busyDay([["dailyVisits", 4], ["dailyCalls", 10]], [["G", "2026-11-23", "拜访"]]);
    expect(todayPlan(b).filter((p) => p.slot === "visit").map((p) => p.id)).toEqual(["P1", "P2", "V1"]);
    expect(planForPane(b).contacted.map((c) => b.scores[c.index].id)).toEqual(["G"]);
  });

  it("has no limit when the setting is blank", () => {
    const a = busyDay([["dailyVisits", null], ["dailyCalls", ""]]);
    expect(planAll(a).every((p) => p.today)).toBe(true);
    expect(a.problems.filter((p) => p.table === "settings")).toEqual([]);
  });

  it("falls back to 6 visits and 15 calls, and says so, when a limit cannot be read", () => {
    const a = busyDay([["dailyVisits", "六"], ["dailyCalls", -1]]);
    expect([a.book.settings.dailyVisits, a.book.settings.dailyCalls]).toEqual([6, 15]);
    expect(a.problems.filter((p) => p.table === "settings").map((p) => [p.code, p.params?.key])).toEqual([
      ["setting.invalid", "dailyVisits"],
      ["setting.invalid", "dailyCalls"],
    ]);
  });
});

describe("candidate order (SPEC 4)", () => {
  it("orders the overdue by quadrant II > I > IV > III, then days overdue (never contacted first), then sheet order", () => {
    const who: Who[] = [
      { id: "III-a", q: "III" },
      { id: "IV-a", q: "IV" },
      { id: "I-a", q: "I" },
      { id: "II-a", q: "II" },
      { id: "II-b", q: "II" },
      { id: "N", q: "II" },
      { id: "II-c", q: "II" },
    ];
    const raw = planBook(who, [
      ["III-a", "2026-05-01", "电话"],
      ["IV-a", "2026-09-01", "拜访"],
      ["I-a", "2026-09-01", "拜访"],
      ["II-a", "2026-11-10", "拜访"],
      ["II-b", "2026-10-10", "拜访"],
      ["II-c", "2026-11-10", "拜访"],
    ]);
    // N's January purchases are contacts too: without them N was never contacted (and is III).
    raw.tables.purchases!.rows = raw.tables.purchases!.rows.filter((r) => r[0] !== "N");
    const a = at(raw, AS_OF);
    expect(score(a, "N").quadrant).toBe("III");
    const ids = todayPlan(a).map((p) => p.id);
    expect(ids).toEqual(["II-b", "II-a", "II-c", "I-a", "IV-a", "N", "III-a"]);
    expect(entry(a, "N")).toMatchObject({ neverContacted: true });
    expect(entry(a, "N")!.days).toBeUndefined();
  });
});

describe("the Today tab's parts", () => {
  it("are today's plan exactly, the later candidates, and the customers contacted or rescheduled today", () => {
    const raw = planBook(
      [{ id: "A", q: "II" }, { id: "B", q: "II" }, { id: "C", q: "II" }, { id: "D", q: "II" }],
      [["A", "2026-11-01", "拜访"], ["B", "2026-11-02", "拜访"], ["C", "2026-11-03", "拜访"], ["D", "2026-11-23", "改约", "2026-11-26"]],
      [["dailyVisits", 1]],
    );
    const a = at(raw);
    const pane = planForPane(a);
    expect(pane.today).toEqual(todayPlan(a));
    expect(pane.today.map((p) => p.id)).toEqual(["A"]);
    expect(pane.later.map((p) => p.id)).toEqual(["B", "C"]);
    expect(pane.contacted).toEqual([{ index: 3, channel: "rescheduled", next: day("2026-11-26") }]);
  });
});
