import { crm } from "./harness";
import type { PlanJson } from "../../src/cli/plan";
import { buildXlsx, date, tempDir, writeTemp, zhTableBook } from "../fixtures/workbooks";

describe("crm plan", () => {
  const dir = tempDir();

  it("lists the appointment first, then the overdue customers, each once, with reason, channel and action", async () => {
    const file = writeTemp(dir, "book.xlsx", await zhTableBook());
    const { code, stdout } = await crm(["plan", file, "--as-of", "2026-06-30", "--json"]);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout);
    expect(plan[0]).toEqual({
      id: "C001",
      name: "张伟",
      reason: "appointment",
      quadrant: "I",
      channel: "visit",
      slot: "visit",
      action: expect.stringContaining("拜访"),
    });
    const ids = plan.map((p: { id: string }) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of plan)
      expect(Object.keys(p).sort()).toEqual(["action", "channel", "id", "name", "quadrant", "reason", "slot"]);
    // A quadrant III customer is never visited: a call.
    const third = plan.filter((p: { quadrant: string }) => p.quadrant === "III");
    expect(third.length).toBeGreaterThan(0);
    for (const p of third) expect(p).toMatchObject({ channel: "phone", slot: "call" });
  });

  /**
   * A busy day on a small book: the settings allow one visit and one call; V1 and V2 (II) are
   * overdue for a visit, P1 (IV) is booked for today, W1 and W2 (III, one purchase long ago) are
   * overdue for a call. P1's appointment is kept; one visit and one call are left for the rest.
   */
  async function busyBook(): Promise<string> {
    const customers = ["V1", "V2", "P1", "W1", "W2"].map((id) => [id, `客户${id}`, null]);
    const buy = (id: string, day: string, amount: number) => [id, date(day), "理财", amount, "正常"];
    return writeTemp(
      dir,
      "busy.xlsx",
      await buildXlsx([
        { name: "客户", table: "crmCustomers", rows: [["客户编号", "客户名称", "生日"], ...customers] },
        {
          name: "购买记录",
          table: "crmPurchases",
          rows: [
            ["客户编号", "日期", "产品", "金额", "回款状态"],
            buy("V1", "2026-01-05", 5000),
            buy("V2", "2026-01-05", 5000),
            ...[5, 6, 7].map((d) => buy("P1", `2026-01-0${d}`, 10)),
            buy("W1", "2026-01-05", 10),
            buy("W2", "2026-01-05", 10),
          ],
        },
        {
          name: "跟进记录",
          table: "crmFollowUps",
          rows: [
            ["客户编号", "日期", "方式", "内容", "下次约见"],
            ["V1", date("2026-05-01"), "拜访", "", null],
            ["V2", date("2026-06-01"), "拜访", "", null],
            ["P1", date("2026-06-20"), "拜访", "", date("2026-06-30")],
            ["W1", date("2026-01-10"), "电话", "", null],
            ["W2", date("2026-02-10"), "电话", "", null],
          ],
        },
        {
          name: "设置",
          table: "crmSettings",
          rows: [
            ["键", "值", "说明"],
            ["amountThreshold", 1000, ""],
            ["closenessThreshold", 2 / 12, ""],
            ["dailyVisits", 1, ""],
            ["dailyCalls", 1, ""],
          ],
        },
      ]),
    );
  }

  it("with --all lists every candidate in candidate order, each marked today or not, today's exactly the plan", async () => {
    const file = await busyBook();
    const today = JSON.parse((await crm(["plan", file, "--as-of", "2026-06-30", "--json"])).stdout) as PlanJson[];
    const { code, stdout } = await crm(["plan", file, "--as-of", "2026-06-30", "--json", "--all"]);
    expect(code).toBe(0);
    const all = JSON.parse(stdout) as PlanJson[];
    expect(all.map((p) => [p.id, p.reason, p.quadrant, p.slot, p.today])).toEqual([
      ["P1", "appointment", "IV", "visit", true],
      ["V1", "overdue", "II", "visit", false], // the appointment took the one visit
      ["V2", "overdue", "II", "visit", false],
      ["W1", "overdue", "III", "call", true],
      ["W2", "overdue", "III", "call", false],
    ]);
    for (const p of all)
      expect(Object.keys(p).sort()).toEqual(["action", "channel", "id", "name", "quadrant", "reason", "slot", "today"]);
    expect(all.find((p) => p.id === "W2")).toMatchObject({ channel: "phone", action: expect.stringContaining("电话") });
    expect(all.filter((p) => p.today).map(({ today: _today, ...p }) => p)).toEqual(today);
    // Without --all, an entry carries no today field.
    for (const p of today) expect(p).not.toHaveProperty("today");
  });

  it("as text numbers only today's work and says how many more are due (both languages)", async () => {
    const file = await busyBook();
    const zh = (await crm(["plan", file, "--as-of", "2026-06-30"])).stdout.split("\n");
    expect(zh.slice(0, 2)).toEqual(["2026-06-30 今日计划：2 位客户", "另有 3 位已到期，今天排不下（--all 全部列出）。"]);
    const en = (await crm(["plan", file, "--as-of", "2026-06-30", "--all", "--lang", "en-US"])).stdout.split("\n");
    expect(en.slice(0, 2)).toEqual(["Plan for 2026-06-30: 2 customers", "The 3 without a number (–) are due but not today."]);
    const numbers = en.filter((l) => /^ *(\d+|–) {2}[VPW]\d/.test(l)).map((l) => l.trim().split(/ +/).slice(0, 2));
    expect(numbers).toEqual([
      ["1", "P1"],
      ["–", "V1"],
      ["–", "V2"],
      ["2", "W1"],
      ["–", "W2"],
    ]);
  });

  it("prints a numbered table headed by the date", async () => {
    const file = writeTemp(dir, "book-text.xlsx", await zhTableBook());
    const { stdout } = await crm(["plan", file, "--as-of", "2026-06-30", "--lang", "en-US"]);
    expect(stdout.split("\n")[0]).toMatch(/^Plan for 2026-06-30: \d+ customers$/);
    expect(stdout).toMatch(/\n1 {2}C001 +张伟 +Appointment today/);
  });
});
