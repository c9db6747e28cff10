import { crm } from "./harness";
import { tempDir, writeTemp, zhTableBook } from "../fixtures/workbooks";

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

  it("with --all lists every candidate, today's first-come within capacity and the rest marked not today", async () => {
    const file = writeTemp(dir, "book-all.xlsx", await zhTableBook());
    const today = JSON.parse((await crm(["plan", file, "--as-of", "2026-06-30", "--json"])).stdout) as { id: string }[];
    const all = JSON.parse((await crm(["plan", file, "--as-of", "2026-06-30", "--json", "--all"])).stdout) as { id: string; today: boolean }[];
    expect(all.filter((p) => p.today).map((p) => p.id)).toEqual(today.map((p) => p.id));
    for (const p of all) expect(typeof p.today).toBe("boolean");
  });

  it("prints a numbered table headed by the date", async () => {
    const file = writeTemp(dir, "book-text.xlsx", await zhTableBook());
    const { stdout } = await crm(["plan", file, "--as-of", "2026-06-30", "--lang", "en-US"]);
    expect(stdout.split("\n")[0]).toMatch(/^Plan for 2026-06-30: \d+ customers$/);
    expect(stdout).toMatch(/\n1 {2}C001 +张伟 +Appointment today/);
  });
});
