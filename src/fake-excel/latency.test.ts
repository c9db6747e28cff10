import { createFakeExcel } from "./index";

describe("a slow connection (latency)", () => {
  afterEach(() => jest.useRealTimers());

  it("applies a batch only when its sync comes back, and leaves later commands to the next sync", async () => {
    jest.useFakeTimers();
    const fake = createFakeExcel({ latencyMs: 500 });
    const run = fake.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1").values = [["sent"]];
      const first = ctx.sync();
      ws.getRange("A2").values = [["queued after"]];
      await first;
      return fake.workbook.values("Sheet1");
    });
    await Promise.resolve();
    expect(fake.workbook.values("Sheet1")).toEqual([]);
    await jest.advanceTimersByTimeAsync(500);
    expect(fake.workbook.values("Sheet1")).toEqual([["sent"]]);
    await jest.advanceTimersByTimeAsync(500); // the run's final sync carries A2
    await run;
    expect(fake.workbook.values("Sheet1")).toEqual([["sent"], ["queued after"]]);
    expect(fake.stats.syncs).toBe(2);
  });

  it("can be switched on for a workbook already open", async () => {
    jest.useFakeTimers();
    const fake = createFakeExcel();
    expect(fake.latency.ms).toBe(0);
    fake.latency.ms = 300;
    const run = fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [[7]];
      await ctx.sync();
    });
    await Promise.resolve();
    expect(fake.workbook.values("Sheet1")[1]?.[1]).toBeUndefined();
    await jest.advanceTimersByTimeAsync(300);
    await run;
    expect(fake.workbook.values("Sheet1")[1][1]).toBe(7);
  });
});
