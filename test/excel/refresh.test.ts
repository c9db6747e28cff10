import { analyze } from "../../src/core/analyze";
import { dayFromYmd, serialFromDay } from "../../src/core/dates";
import type { RawBook } from "../../src/core/table";
import { QUADRANT_COLORS } from "../../src/excel/palette";
import { TODAY, betweenSyncs, cellMap, chinesePlainBook, open, scoredBook, serial } from "./support";
import type { FakeExcel } from "../../src/fake-excel";

/** The customer sheet as ID → the computed cells on that ID's row. */
function computedById(fake: FakeExcel): Map<string, { quadrant: unknown; amount: unknown; closeness: unknown }> {
  const [header, ...rows] = fake.workbook.values("客户");
  const at = (h: string) => header.indexOf(h);
  return new Map(
    rows.map((r) => [
      String(r[at("客户编号")]),
      { quadrant: r[at("象限")], amount: r[at("交易额")], closeness: r[at("紧密度")] },
    ]),
  );
}

describe("refresh", () => {
  test("uses the same number of syncs, at most 4, for 10 customers and for 10,000", async () => {
    const counts: number[] = [];
    for (const n of [10, 10_000]) {
      const { fake, host } = await scoredBook(n);
      fake.stats.resetCounts();
      const result = await host.refresh("zh-CN");
      counts.push(fake.stats.syncs);
      expect(result.written).toBe(n);
      expect(result.reread).toBe(false);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(4);
  });

  test("writes the quadrant analyze gives each customer, on that customer's row", async () => {
    const { fake, host } = await scoredBook(40);
    const result = await host.refresh("zh-CN");
    const written = computedById(fake);
    for (const s of result.analysis.scores) {
      expect(written.get(s.id)).toEqual({ quadrant: s.quadrant, amount: s.amount, closeness: s.closeness });
    }
    expect(new Set(result.analysis.scores.map((s) => s.quadrant))).toEqual(new Set(["I", "II", "III", "IV"]));
  });

  test("matches analyze run independently on the same cells", async () => {
    const { fake, host } = await scoredBook(25);
    const result = await host.refresh("zh-CN");
    const table = (sheet: string) => {
      const [headers, ...rows] = fake.workbook.values(sheet);
      return { sheet, headerRow: 1, firstColumn: 0, headers: headers.map(String), rows };
    };
    const raw: RawBook = {
      tables: { customers: table("客户"), purchases: table("购买记录"), followUps: table("跟进记录") },
      date1904: false,
    };
    const expected = analyze(raw, { today: TODAY, lang: "zh-CN" });
    expect(result.analysis.scores.map((s) => [s.id, s.quadrant])).toEqual(
      expected.scores.map((s) => [s.id, s.quadrant]),
    );
    expect(result.analysis.thresholds).toEqual(expected.thresholds);
  });

  test("colours the quadrant column with one conditional format per quadrant", async () => {
    const { fake, host } = await scoredBook(12);
    await host.refresh("zh-CN");
    const rules = fake.workbook.conditionalFormatsOf("客户");
    expect(rules).toHaveLength(4);
    const header = fake.workbook.values("客户")[0];
    const col = header.indexOf("象限");
    const letter = String.fromCharCode(65 + col);
    for (const r of rules) {
      expect(r.type).toBe("CellValue");
      expect(r.address).toBe(`${letter}2:${letter}13`);
    }
    expect(rules.map((r) => r.rule.formula1).sort()).toEqual(['="I"', '="II"', '="III"', '="IV"']);
    const fillOf = (q: "I" | "II" | "III" | "IV") => rules.find((r) => r.rule.formula1 === `="${q}"`)!.format.fill;
    expect(fillOf("II")).toBe(QUADRANT_COLORS.II.fill);
    expect(new Set(rules.map((r) => r.format.fill)).size).toBe(4);
  });

  test("gives Last contact and Next visit a date format and writes them as date serials", async () => {
    const { fake, host } = await scoredBook(6);
    await host.refresh("zh-CN");
    const cells = fake.workbook.cells("客户");
    const header = cells[0].map((c) => c.value);
    const last = header.indexOf("最近联系");
    const next = header.indexOf("下次拜访");
    expect(cells[1][last].value).toBe(serial("2026-03-01"));
    expect(cells[1][last].numberFormat).toBe("yyyy-mm-dd");
    expect(cells[1][next].numberFormat).toBe("yyyy-mm-dd");
  });

  test("reads and writes dates in a 1904-system workbook as that system's serials", async () => {
    const { fake, host } = open({ date1904: true }, { date1904: true });
    const d = dayFromYmd(2026, 3, 1)!;
    fake.workbook.user.renameSheet("Sheet1", "客户");
    fake.workbook.user.setValues("客户", "A1", [
      ["客户编号", "客户名称"],
      ["C1", "甲"],
    ]);
    fake.workbook.user.addSheet("跟进记录");
    fake.workbook.user.setValues("跟进记录", "A1", [
      ["客户编号", "日期"],
      ["C1", serialFromDay(d, true)],
    ]);
    await host.setup("zh-CN");
    const result = await host.refresh("zh-CN");
    expect(result.analysis.scores[0].lastContact).toBe(d);
    const [header, row] = fake.workbook.values("客户");
    expect(row[header.indexOf("最近联系")]).toBe(serialFromDay(d, true));
  });

  test("a user sorting the customers between the read and the write never gets a value in another customer's row", async () => {
    const { fake, host } = await scoredBook(30);
    const snapshots: Map<string, { quadrant: unknown }>[] = [];
    betweenSyncs(fake, (n) => {
      if (n === 2) fake.workbook.user.sortTable("crmCustomers", "客户名称", false);
      snapshots.push(computedById(fake));
    });
    const result = await host.refresh("zh-CN");
    expect(result.reread).toBe(true);
    const expected = new Map(result.analysis.scores.map((s) => [s.id, s.quadrant]));
    // After every round trip — not only at the end — each filled cell belongs to its row's customer.
    for (const snap of snapshots) {
      for (const [id, cells] of snap) if (cells.quadrant !== "") expect(cells.quadrant).toBe(expected.get(id));
    }
    const final = computedById(fake);
    for (const [id, q] of expected) expect(final.get(id)?.quadrant).toBe(q);
    // The rows really did move: the first data row is no longer C1.
    expect(fake.workbook.values("客户")[1][0]).not.toBe("C1");
  });

  test("a sort in the last round trip before the write is repaired by the same refresh", async () => {
    const { fake, host } = await scoredBook(30);
    betweenSyncs(fake, (n) => {
      if (n === 3) fake.workbook.user.sortTable("crmCustomers", "客户名称", false);
    });
    const result = await host.refresh("zh-CN");
    expect(result.reread).toBe(true);
    const final = computedById(fake);
    for (const s of result.analysis.scores) expect(final.get(s.id)?.quadrant).toBe(s.quadrant);
  });

  test("rows inserted by the user between the read and the write are read again, not written over", async () => {
    const { fake, host } = await scoredBook(20);
    betweenSyncs(fake, (n) => {
      if (n === 2) fake.workbook.user.insertRows("客户", 3, 2);
    });
    const result = await host.refresh("zh-CN");
    expect(result.reread).toBe(true);
    const final = computedById(fake);
    for (const s of result.analysis.scores) expect(final.get(s.id)?.quadrant).toBe(s.quadrant);
  });

  test("recreates a computed column the user deleted, at the table's right edge, and leaves the user's columns alone", async () => {
    const { fake, host } = await scoredBook(10);
    await host.refresh("zh-CN");
    const headersBefore = fake.workbook.values("客户")[0];
    fake.workbook.user.deleteColumns("客户", headersBefore.indexOf("象限"));
    const userColumns = fake.workbook.values("客户").map((r) => r.slice(0, 4));

    const result = await host.refresh("zh-CN");
    const after = fake.workbook.values("客户");
    expect(after[0].slice(0, 4)).toEqual(["客户编号", "客户名称", "电话", "微信号"]);
    expect(after[0][after[0].length - 1]).toBe("象限");
    expect(after.map((r) => r.slice(0, 4))).toEqual(userColumns);
    const q = after[0].indexOf("象限");
    expect(after.slice(1).map((r) => r[q])).toEqual(result.analysis.scores.map((s) => s.quadrant));
  });

  test.each(["structured", "a1"] as const)(
    "finds its own columns whatever form Excel gives their names in (%s): a renamed header, a second refresh, nothing appended",
    async (nameStyle) => {
      const { fake, host } = open({ nameStyle });
      chinesePlainBook(fake, 6);
      await host.setup("zh-CN");
      await host.refresh("zh-CN");
      const before = fake.workbook.values("客户")[0];
      const q = before.indexOf("象限");
      fake.workbook.user.setValues("客户", `${String.fromCharCode(65 + q)}1`, [["我的象限"]]);
      const result = await host.refresh("zh-CN");
      const after = fake.workbook.values("客户");
      expect(after[0]).toHaveLength(before.length);
      expect(after[0][q]).toBe("我的象限");
      expect(after.slice(1).map((r) => r[q])).toEqual(result.analysis.scores.map((s) => s.quadrant));
    },
  );

  test("a name of ours in a form nobody reads: the column is found by its header marker, for one more sync, not appended again", async () => {
    const { fake, host } = open();
    chinesePlainBook(fake, 6);
    await host.setup("zh-CN");
    await host.refresh("zh-CN");
    const before = fake.workbook.values("客户")[0];
    const q = String.fromCharCode(65 + before.indexOf("象限"));
    await Excel.run(async (ctx) => {
      ctx.workbook.names.getItem("crmColumn_quadrant").formula = `=OFFSET(客户!$${q}$1,0,0)`;
      await ctx.sync();
    });
    fake.stats.resetCounts();
    const result = await host.refresh("zh-CN");
    expect(fake.stats.syncs).toBe(5);
    const after = fake.workbook.values("客户");
    expect(after[0]).toEqual(before);
    expect(after.slice(1).map((r) => r[before.indexOf("象限")])).toEqual(result.analysis.scores.map((s) => s.quadrant));
  });

  test("never writes a user's own column, even one captioned like a computed column", async () => {
    const { fake, host } = open();
    chinesePlainBook(fake, 8);
    fake.workbook.user.setValues("客户", "E1", [["交易额"], ...Array.from({ length: 8 }, (_, i) => [`手填${i}`])]);
    await host.setup("zh-CN");
    const mine = fake.workbook.values("客户").map((r) => r[4]);
    await host.refresh("zh-CN");
    const after = fake.workbook.values("客户");
    expect(after.map((r) => r[4])).toEqual(mine);
    expect(after[0]).toContain("交易额（CRM）");
  });

  test("keeps the user's cells, values and positions, exactly as they were", async () => {
    const { fake, host } = await scoredBook(15);
    const before = ["客户", "购买记录", "跟进记录"].map((s) => cellMap(fake, s));
    const userColumns = 4;
    await host.refresh("zh-CN");
    await host.refresh("zh-CN");
    const after = ["客户", "购买记录", "跟进记录"].map((s) => cellMap(fake, s));
    for (const [key, value] of before[0]) {
      const col = key.charCodeAt(0) - 65;
      if (col < userColumns) expect(after[0].get(key)).toBe(value);
    }
    expect(after[1]).toEqual(before[1]);
    expect(after[2]).toEqual(before[2]);
  });

  test("finds a renamed customer table again by its sheet", async () => {
    const { fake, host } = await scoredBook(5);
    fake.workbook.user.renameTable("crmCustomers", "MyClients");
    const result = await host.refresh("zh-CN");
    expect(result.written).toBe(5);
    expect(computedById(fake).get("C3")?.quadrant).toBe(result.analysis.scores[2].quadrant);
  });

  test("re-adopts a customer table the user converted back to a range", async () => {
    const { fake, host } = await scoredBook(5);
    fake.workbook.user.convertTableToRange("crmCustomers");
    const result = await host.refresh("zh-CN");
    expect(result.written).toBe(5);
    expect(fake.workbook.tablesInfo().map((t) => t.name)).toContain("crmCustomers");
  });

  test("says a deleted customer table (the purchases' customers are read as a ledger) instead of writing anywhere", async () => {
    const { fake, host } = await scoredBook(5);
    fake.workbook.user.deleteTable("crmCustomers");
    const result = await host.refresh("zh-CN");
    expect(result.written).toBe(0);
    expect(result.analysis.problems.filter((p) => p.code === "table.ledger").map((p) => [p.sheet, p.severity])).toEqual([["购买记录", "warning"]]);
  });

  test("a customer table deleted in the middle of a refresh is looked for again, not a crash", async () => {
    const { fake, host } = await scoredBook(5);
    betweenSyncs(fake, (n) => {
      if (n === 1) fake.workbook.user.deleteTable("crmCustomers");
    });
    const result = await host.refresh("zh-CN");
    expect(result).toMatchObject({ written: 0, reread: true });
    expect(result.analysis.problems).toContainEqual(expect.objectContaining({ code: "table.ledger", table: "purchases" }));
  });

  test("says the name column is missing instead of inventing it, and scores by ID (issue 24)", async () => {
    const { fake, host } = await scoredBook(5);
    fake.workbook.user.deleteColumns("客户", 1);
    const result = await host.refresh("zh-CN");
    const missing = result.analysis.problems.filter((p) => p.code === "column.missing" || p.code === "column.noName");
    expect(missing).toEqual([
      expect.objectContaining({ code: "column.noName", severity: "warning", sheet: "客户", row: 1, column: "客户名称", table: "customers" }),
    ]);
    expect(result.analysis.scores).toHaveLength(5);
    expect(fake.workbook.values("客户")[0]).not.toContain("客户名称");
  });

  test("reports an orphan purchase and a text amount with their sheet, row and column", async () => {
    const { fake, host } = open();
    chinesePlainBook(fake, 5);
    const rows = fake.workbook.values("购买记录").length;
    fake.workbook.user.setValues("购买记录", `A${rows + 1}`, [
      ["C999", serial("2026-03-02"), "基金", 500, "正常"],
      ["C2", serial("2026-03-03"), "基金", "¥1,200", "正常"],
      ["C3", serial("2026-03-03"), "基金", "很多", "正常"],
    ]);
    await host.setup("zh-CN");
    const result = await host.refresh("zh-CN");
    const at = (code: string) => result.analysis.problems.find((p) => p.code === code);
    expect(at("orphan")).toMatchObject({
      severity: "error",
      sheet: "购买记录",
      row: rows + 1,
      column: "客户编号",
      columnIndex: 0,
    });
    expect(at("amount.text")).toMatchObject({
      severity: "warning",
      sheet: "购买记录",
      row: rows + 2,
      column: "金额",
      columnIndex: 3,
    });
    expect(at("amount.invalid")).toMatchObject({
      severity: "error",
      sheet: "购买记录",
      row: rows + 3,
      column: "金额",
      columnIndex: 3,
    });
  });

  test("still succeeds at 10,000 customers when a request may carry only 200 KB", async () => {
    const { fake, host } = await scoredBook(10_000, { limits: { maxPayloadBytes: 200_000 } });
    fake.stats.resetCounts();
    const result = await host.refresh("zh-CN");
    expect(result.written).toBe(10_000);
    const written = computedById(fake);
    for (const s of result.analysis.scores.filter((_, i) => i % 997 === 0))
      expect(written.get(s.id)?.quadrant).toBe(s.quadrant);
    // Reported in the handover: the syncs such a small limit costs.
    console.info(
      `refresh of 10,000 customers under a 200 KB payload limit: ${fake.stats.syncs} syncs (first run); learnt readParts=${host.state.readParts}, writeBudget=${host.state.writeBudgetBytes}`,
    );
    fake.stats.resetCounts();
    await host.refresh("zh-CN");
    console.info(`…and ${fake.stats.syncs} syncs once the host has learnt the limit`);
  });
});
