import type { Tick } from "../../core/progress";
import { barValue, canCancel, stageText } from "./progressView";

describe("the pane's progress bar", () => {
  it("only moves forward through a refresh's stages, from empty to full", () => {
    const ticks: Tick[] = [
      { stage: "reading", done: 0, total: 4 },
      { stage: "reading", done: 1, total: 4 },
      { stage: "reading", done: 4, total: 4, rows: 9000 },
      { stage: "scoring", done: 0, total: 100 },
      { stage: "scoring", done: 100, total: 100 },
      { stage: "writing", done: 0, total: 2 },
      { stage: "writing", done: 2, total: 2 },
      { stage: "charts", done: 1, total: 1 },
      { stage: "done", done: 1, total: 1 },
    ];
    const values = ticks.map((t) => barValue("refresh", t)!);
    expect(values[0]).toBe(0);
    expect(values[values.length - 1]).toBe(1);
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThanOrEqual(values[i - 1]);
  });

  it("moves without a value while nothing can be measured yet, rather than stand empty", () => {
    expect(barValue("setup", undefined)).toBeUndefined();
    expect(barValue("refresh", { stage: "reading", done: 0 })).toBeUndefined();
    // A later stage without a total stands where that stage starts.
    expect(barValue("setup", { stage: "formatting", done: 0 })).toBe(0.7);
  });

  it("names the stage, with the rows read so far when the host counts them, in the user's language", () => {
    expect(stageText({ stage: "reading", done: 2, total: 3, rows: 12345 }, "en-US")).toBe("Reading the workbook… (12,345 rows)");
    expect(stageText({ stage: "scoring", done: 0 }, "zh-CN")).toBe("正在计算象限…");
  });

  it("offers a cancel while reading and scoring, not once writing has begun", () => {
    expect(canCancel(undefined)).toBe(true);
    expect(canCancel({ stage: "reading", done: 0 })).toBe(true);
    expect(canCancel({ stage: "scoring", done: 0 })).toBe(true);
    expect(canCancel({ stage: "writing", done: 0, total: 1 })).toBe(false);
    expect(canCancel({ stage: "charts", done: 0, total: 1 })).toBe(false);
  });
});
