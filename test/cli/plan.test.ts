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
      action: expect.stringContaining("拜访"),
    });
    const ids = plan.map((p: { id: string }) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of plan)
      expect(Object.keys(p).sort()).toEqual(["action", "channel", "id", "name", "quadrant", "reason"]);
    // A quadrant III customer is never visited.
    expect(plan.find((p: { quadrant: string }) => p.quadrant === "III")).toMatchObject({ channel: "remote" });
  });

  it("prints a numbered table headed by the date", async () => {
    const file = writeTemp(dir, "book-text.xlsx", await zhTableBook());
    const { stdout } = await crm(["plan", file, "--as-of", "2026-06-30", "--lang", "en-US"]);
    expect(stdout.split("\n")[0]).toMatch(/^Plan for 2026-06-30: \d+ customers$/);
    expect(stdout).toMatch(/\n1 {2}C001 +张伟 +Appointment today/);
  });
});
