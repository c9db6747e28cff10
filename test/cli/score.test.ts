import { crm } from "./harness";
import { enRangeBook, sha256, tempDir, writeTemp, zhTableBook } from "../fixtures/workbooks";

const AS_OF = "2026-06-30";

describe("crm score", () => {
  const dir = tempDir();

  it("gives the same JSON for Chinese sheets with Excel tables and English sheets with plain ranges", async () => {
    const zh = writeTemp(dir, "zh.xlsx", await zhTableBook());
    const en = writeTemp(dir, "en.xlsx", await enRangeBook());
    const a = await crm(["score", zh, "--as-of", AS_OF, "--json", "--lang", "en-US"]);
    const b = await crm(["score", en, "--as-of", AS_OF, "--json", "--lang", "en-US"]);
    expect(a).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(a.stdout)).toEqual(JSON.parse(b.stdout));
  });

  it("prints one object per customer in sheet order, with the quadrant, numbers, a boolean and the strategy", async () => {
    const file = writeTemp(dir, "book.xlsx", await zhTableBook());
    const { stdout } = await crm(["score", file, "--as-of", AS_OF, "--json"]);
    const scores = JSON.parse(stdout);
    expect(scores.map((s: { id: string }) => s.id)).toEqual(["C001", "C002", "C003", "C004"]);
    expect(scores[0]).toEqual({
      id: "C001",
      name: "张伟",
      quadrant: expect.stringMatching(/^(I|II|III|IV)$/),
      amount: 1000000,
      closeness: 0.25,
      borderline: expect.any(Boolean),
      strategy: expect.stringContaining("维护为主"),
    });
    // C002 bought big once (II), C003 often but small and once late (IV at half closeness), C004 long ago (III).
    expect(scores.map((s: { quadrant: string }) => s.quadrant)).toEqual(["I", "II", "IV", "III"]);
    expect(scores[2].closeness).toBeCloseTo((4 / 12) * 0.5, 12);
  });

  it("leaves the input file's bytes unchanged", async () => {
    const file = writeTemp(dir, "untouched.xlsx", await zhTableBook());
    const before = sha256(file);
    await crm(["score", file, "--as-of", AS_OF, "--json", "--out", `${dir}/scored.xlsx`]);
    await crm(["check", file, "--json"]);
    expect(sha256(file)).toBe(before);
  });

  it("prints an aligned table with the thresholds when --json is not given", async () => {
    const file = writeTemp(dir, "table.xlsx", await zhTableBook());
    const { code, stdout } = await crm(["score", file, "--as-of", AS_OF]);
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toMatch(/^客户编号\s+客户名称\s+象限\s+交易额\s+紧密度\s+临界\s+策略$/);
    expect(stdout).toMatch(/分界线：交易额 [\d,.]+，紧密度 [\d.]+ 次\/月/);
    // Columns line up on screen: every row's quadrant starts at the same display column.
    const { displayWidth } = await import("../../src/cli/format");
    const starts = lines.slice(2, 6).map((l) => displayWidth(l.slice(0, l.search(/ (I|II|III|IV) /) + 1)));
    expect(new Set(starts).size).toBe(1);
  });

  it("speaks English for English headers, Chinese for Chinese headers, and obeys --lang and a Chinese locale", async () => {
    const en = writeTemp(dir, "en-lang.xlsx", await enRangeBook());
    const zh = writeTemp(dir, "zh-lang.xlsx", await zhTableBook());
    const strategy = async (args: string[], env?: NodeJS.ProcessEnv) =>
      JSON.parse((await crm(["score", ...args, "--as-of", AS_OF, "--json"], env)).stdout)[0].strategy;
    expect(await strategy([en])).toMatch(/^Maintain/);
    expect(await strategy([zh])).toMatch(/^维护为主/);
    expect(await strategy([zh], { LANG: "en_US.UTF-8" })).toMatch(/^维护为主/);
    expect(await strategy([en], { LANG: "zh_CN.UTF-8" })).toMatch(/^维护为主/);
    expect(await strategy([zh, "--lang", "en-US"])).toMatch(/^Maintain/);
  });
});
