import { TODAY, chinesePlainBook, open, scoredBook } from "./support";
import { analyze } from "../../src/core/analyze";

describe("readBook", () => {
  test("reads every linked table in two round trips, whatever the size", async () => {
    for (const n of [10, 5_000]) {
      const { fake, host } = await scoredBook(n);
      fake.stats.resetCounts();
      const book = await host.readBook();
      expect(fake.stats.syncs).toBe(2);
      expect(Object.keys(book.tables).sort()).toEqual([
        "assets",
        "customers",
        "followUps",
        "opportunities",
        "policies",
        "purchases",
        "settings",
      ]);
      expect(book.tables.customers).toMatchObject({ sheet: "客户", headerRow: 1, firstColumn: 0 });
      expect(book.tables.customers!.rows).toHaveLength(n);
      expect(book.date1904).toBe(false);
    }
  });

  test("reads sheets that are not set up yet as plain ranges, found by their names", async () => {
    const { fake, host } = open();
    chinesePlainBook(fake, 6);
    const book = await host.readBook();
    expect(book.tables.customers).toMatchObject({
      sheet: "客户",
      headerRow: 1,
      headers: ["客户编号", "客户名称", "电话", "微信号"],
    });
    expect(book.tables.customers!.rows).toHaveLength(6);
    expect(analyze(book, { today: TODAY }).scores).toHaveLength(6);
  });

  test("hands a failed VLOOKUP on as the error Excel shows, which the core reports at its cell and never scores", async () => {
    const { fake, host } = open();
    chinesePlainBook(fake, 6);
    fake.workbook.setFormulaEvaluator((formula) => (formula.startsWith("=VLOOKUP") ? "#N/A" : undefined));
    fake.workbook.user.setValues("客户", "A8:B8", [["=VLOOKUP(Z1,Z:Z,1,0)", "客户X"]]);
    const types = await fake.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("客户").getRange("A8").load("values, valueTypes");
      await context.sync();
      return [r.values[0][0], r.valueTypes[0][0]];
    });
    expect(types).toEqual(["#N/A", "Error"]);
    const a = analyze(await host.readBook(), { today: TODAY });
    expect(a.scores.map((s) => s.id)).toEqual(["C1", "C2", "C3", "C4", "C5", "C6"]);
    expect(a.problems.filter((p) => p.severity === "error")).toEqual([
      expect.objectContaining({ code: "value.excelError", sheet: "客户", row: 8, column: "客户编号" }),
    ]);
  });

  test("learns the date system from the workbook itself, once per host, without an extra round trip", async () => {
    const { fake, host } = open({ date1904: true }); // the host is not told
    chinesePlainBook(fake, 3);
    fake.stats.resetCounts();
    expect((await host.readBook()).date1904).toBe(true);
    expect(fake.stats.syncs).toBe(2);
    // Asked once: a later refusal cannot touch the next reads.
    fake.workbook.refuseFunctions("GeneralException");
    fake.stats.resetCounts();
    expect((await host.readBook()).date1904).toBe(true);
    expect(fake.stats.syncs).toBe(2);
  });

  test("a workbook refusing the date probe (busy calculating) still reads, on the safe default, and is asked again next time", async () => {
    const { fake, host } = open({ date1904: true }, { date1904: true });
    chinesePlainBook(fake, 3);
    fake.workbook.refuseFunctions("GeneralException");
    fake.stats.resetCounts();
    const book = await host.readBook();
    expect(book.tables.customers!.rows).toHaveLength(3);
    expect(book.date1904).toBe(true); // the host's option: the safe default here
    expect(fake.stats.syncs).toBe(3); // the discovery sent again without the probe
    fake.workbook.refuseFunctions(null);
    fake.stats.resetCounts();
    expect((await host.readBook()).date1904).toBe(true);
    expect(fake.stats.syncs).toBe(2);
  });
});

describe("readBook finds the data by meaning (issue 10)", () => {
  test("uses the visible customer list, not a hidden outdated sheet named 客户, still in two round trips", async () => {
    const { fake, host } = open();
    chinesePlainBook(fake, 6);
    const u = fake.workbook.user;
    u.addSheet("名单");
    u.setValues("名单", "A1", [["2026 客户名单", ""], ["客户号", "户名"], ["N1", "新客户一"], ["N2", "新客户二"], ["合计", "2 户"]]);
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("客户").visibility = "Hidden";
      await ctx.sync();
    });
    fake.stats.resetCounts();
    const book = await host.readBook();
    expect(fake.stats.syncs).toBe(2);
    expect(book.tables.customers).toMatchObject({ sheet: "名单", headerRow: 2, via: "headers", titleRows: { from: 1, to: 1 } });
    const a = analyze(book, { today: TODAY });
    expect(a.scores.map((s) => s.id)).toEqual(["N1", "N2"]);
    expect(a.problems.filter((p) => p.sheet === "名单").map((p) => [p.code, p.row])).toEqual([
      ["rows.title", 1],
      ["row.total", 5],
    ]);
  });
});
