import { progressLine, progressText, wantsProgress } from "./progress";

describe("whether the command line shows progress", () => {
  const both = { stdout: true, stderr: true };
  it("shows it to a person at a terminal", () => {
    expect(wantsProgress(both, {}, false)).toBe(true);
    expect(wantsProgress(both, {}, true)).toBe(true);
    // Text output redirected to a file: stderr is still the person's terminal.
    expect(wantsProgress({ stdout: false, stderr: true }, {}, false)).toBe(true);
  });

  it("never when stderr is not a terminal, when --json output is piped, on CI or a dumb terminal", () => {
    expect(wantsProgress({ stdout: true, stderr: false }, {}, false)).toBe(false);
    expect(wantsProgress(undefined, {}, false)).toBe(false);
    expect(wantsProgress({ stdout: false, stderr: true }, {}, true)).toBe(false);
    expect(wantsProgress(both, { CI: "true" }, false)).toBe(false);
    expect(wantsProgress(both, { CI: "1" }, false)).toBe(false);
    expect(wantsProgress(both, { TERM: "dumb" }, false)).toBe(false);
    // CI explicitly off is not CI.
    expect(wantsProgress(both, { CI: "false" }, false)).toBe(true);
  });
});

describe("the progress line", () => {
  it("says the stage, the rows and the percent, in the user's language", () => {
    expect(progressText({ stage: "reading", done: 2, total: 5, rows: 120000 }, "en-US")).toBe("Reading the workbook… · 120,000 rows · 40%");
    expect(progressText({ stage: "scoring", done: 0 }, "zh-CN")).toBe("正在计算象限…");
  });

  it("redraws in place, skips redraws closer than a tenth of a second within a stage, and wipes itself", () => {
    let out = "";
    let clock = 0;
    const line = progressLine((s) => (out += s), () => "en-US", () => clock);
    line.progress({ stage: "reading", done: 0 });
    clock = 50;
    line.progress({ stage: "reading", done: 1, total: 4 }); // skipped: too soon
    line.progress({ stage: "scoring", done: 0, total: 10 }); // a new stage always draws
    clock = 200;
    line.progress({ stage: "scoring", done: 5, total: 10 });
    expect(out.split("\r").filter((s) => s.trim() !== "").map((s) => s.trim())).toEqual([
      "Reading the workbook…",
      "Scoring customers… · 0%",
      "Scoring customers… · 50%",
    ]);
    expect(out).not.toContain("\n");
    out = "";
    line.clear();
    expect(out).toMatch(/^\r +\r$/);
    // The wipe covers the longest line drawn.
    expect(out.length - 2).toBeGreaterThanOrEqual("Scoring customers… · 50%".length);
    out = "";
    line.clear();
    expect(out).toBe("");
  });
});
