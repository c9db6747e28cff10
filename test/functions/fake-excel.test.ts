/**
 * The functions over the in-memory Excel through the real Office.js host (src/excel): what Excel
 * itself would see — reads, syncs and change events.
 */
import { createFakeExcel, type FakeExcel } from "../../src/fake-excel";
import { createExcelHost } from "../../src/excel/excelHost";
import type { RawBook, TableKey } from "../../src/core/table";
import { TABLES } from "../../src/core/schema";
import { quadrant } from "../../src/functions/functions";
import { sharedEngine } from "../../src/functions/engine";
import { gridEvaluator } from "../../src/functions/grid";
import { Invocation, bind, manyCustomers, quadrantBook } from "./support";
import { serial } from "../support/rawBook";

// Reading .xlsx files and 5,000-row tables takes a while when the machine is busy.
jest.setTimeout(120_000);

/** Writes each table of a RawBook into its own sheet as an Excel table with the add-in's name. */
function fakeOf(raw: RawBook, extraSheets: string[] = []): FakeExcel {
  const entries = Object.entries(raw.tables) as [TableKey, NonNullable<RawBook["tables"][TableKey]>][];
  const fake = createFakeExcel({ sheets: [...entries.map(([, t]) => t.sheet), ...extraSheets] });
  for (const [key, t] of entries) {
    const rows = [t.headers, ...t.rows.map((r) => t.headers.map((_, i) => r[i] ?? ""))];
    fake.workbook.user.setValues(t.sheet, "A1", rows as (string | number | boolean)[][]);
    const lastColumn = String.fromCharCode(64 + t.headers.length);
    fake.workbook.user.addTable(t.sheet, `A1:${lastColumn}${rows.length}`, TABLES[key].tableName);
  }
  fake.install();
  return fake;
}

/** The Office.js host, counting its `readBook()` calls. */
function countingHost() {
  const host = createExcelHost();
  const counted = {
    reads: 0,
    readBook: () => {
      counted.reads++;
      return host.readBook();
    },
    onTablesChanged: host.onTablesChanged.bind(host),
  };
  return counted;
}

const settle = async (fake: FakeExcel) => {
  await fake.workbook.whenIdle();
  await sharedEngine()!.settled();
  await fake.workbook.whenIdle();
  await sharedEngine()!.settled();
};

afterEach(async () => {
  await sharedEngine()?.dispose();
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).OfficeExtension;
});

/** Appends a purchase as a rep does: insert a row inside the table, type the values. */
function typePurchase(fake: FakeExcel, row: [string, string, number]) {
  fake.workbook.user.insertRows("购买记录", 1);
  fake.workbook.user.setValues("购买记录", "A2", [[row[0], serial(row[1]), "基金", row[2], "正常"]]);
}

describe("over the in-memory Excel", () => {
  it("5,000 cells of CRM.QUADRANT resolved with exactly one table read (the syncs of one readBook)", async () => {
    const n = 5000;
    const fake = fakeOf(
      manyCustomers(n),
    );
    const host = countingHost();
    bind(host);
    fake.stats.resetCounts();
    const cells = Array.from({ length: n }, () => new Invocation<string>());
    cells.forEach((cell, i) => quadrant(`C${i + 1}`, cell));
    await settle(fake);
    const wave = { syncs: fake.stats.syncs, reads: fake.stats.reads };
    expect(host.reads).toBe(1);
    expect(cells.every((c) => c.results.length === 1 && /^(I|II|III|IV)$/.test(String(c.last)))).toBe(true);

    // The same host reading once more, and subscribing once more, cost exactly what the wave cost.
    fake.stats.resetCounts();
    await createExcelHost().readBook();
    const unsubscribe = await createExcelHost().onTablesChanged(() => undefined);
    expect(wave).toEqual({ syncs: fake.stats.syncs, reads: fake.stats.reads });
    await unsubscribe();
  });

  it("adding a purchase that moves a customer from III to IV updates its cell and the cell of the customer the median moved, after the change event", async () => {
    const fake = fakeOf(quadrantBook(), ["Notes"]);
    const host = countingHost();
    bind(host);
    const cells = new Map(["C1", "C2", "C3", "C5"].map((id) => [id, new Invocation<string>()]));
    for (const [id, inv] of cells) quadrant(id, inv);
    await settle(fake);
    expect([...cells.values()].map((c) => c.last)).toEqual(["I", "II", "III", "IV"]);

    typePurchase(fake, ["C3", "2026-03-25", 10]);
    await settle(fake);

    expect(host.reads).toBe(2);
    expect(cells.get("C3")!.results).toEqual(["III", "IV"]);
    expect(cells.get("C5")!.results).toEqual(["IV", "III"]);
    expect(cells.get("C1")!.results).toEqual(["I"]);
    expect(cells.get("C2")!.results).toEqual(["II"]);
  });

  it("a change in an unrelated sheet triggers no table read", async () => {
    const fake = fakeOf(quadrantBook(), ["Notes"]);
    const host = countingHost();
    bind(host);
    const inv = new Invocation();
    quadrant("C3", inv);
    await settle(fake);
    fake.stats.resetCounts();

    fake.workbook.user.setValues("Notes", "A1", [["call back C3 on Friday"]]);
    await settle(fake);

    expect(host.reads).toBe(1);
    expect(fake.stats.reads).toBe(0);
    expect(inv.results).toEqual(["III"]);
  });

  it("the workbench grid shows =CRM.QUADRANT(A2) and keeps it current", async () => {
    const fake = fakeOf(quadrantBook(), ["Notes"]);
    const engine = bind(createExcelHost());
    const grid = gridEvaluator(engine, (sheet, address) => fake.workbook.values(sheet, address)[0]?.[0], {
      recalculate: () => fake.workbook.recalculate(),
    });
    fake.workbook.setFormulaEvaluator((formula, at) => grid.evaluate(formula, at));
    fake.workbook.user.setValues("Notes", "A1", [
      ["C3", "=CRM.QUADRANT(A1)", "=CRM.AMOUNT(客户!A4)", '=CRM.QUADRANT("C9")', "=SUM(1,2)"],
    ]);
    expect(fake.workbook.values("Notes", "B1")).toEqual([["#GETTING_DATA"]]);
    await settle(fake);
    expect(fake.workbook.values("Notes", "A1:E1")).toEqual([["C3", "III", 100, "#N/A", "#NAME?"]]);

    typePurchase(fake, ["C3", "2026-03-25", 10]);
    await settle(fake);
    expect(fake.workbook.values("Notes", "B1:C1")).toEqual([["IV", 110]]);
    grid.dispose();
  });

  it("the workbench grid shows CRM.NEXTVISIT and CRM.LASTCONTACT as dates, their values still serials, a cell the user formatted as they formatted it", async () => {
    const fake = fakeOf(quadrantBook(), ["Notes"]);
    const engine = bind(createExcelHost());
    const grid = gridEvaluator(engine, (sheet, address) => fake.workbook.values(sheet, address)[0]?.[0], {
      recalculate: () => fake.workbook.recalculate(),
    });
    fake.workbook.setFormulaEvaluator((formula, at) => grid.evaluate(formula, at));
    fake.workbook.user.setValues("Notes", "A1", [['=CRM.NEXTVISIT("C2")', '=CRM.LASTCONTACT("C1")', '=CRM.NEXTVISIT("C2")', '=CRM.AMOUNT("C1")']]);
    fake.workbook.user.setNumberFormat("Notes", "C1", "0");
    await settle(fake);
    const read = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Notes").getRange("A1:D1").load(["values", "text", "numberFormat"]);
      await context.sync();
      return { values: range.values[0], text: range.text[0], numberFormat: range.numberFormat[0] };
    });
    expect(read.values).toEqual([serial("2026-04-02"), serial("2026-03-10"), serial("2026-04-02"), 1000]);
    expect(read.text).toEqual(["2026-04-02", "2026-03-10", String(serial("2026-04-02")), "1000"]);
    // The cells' own formats are untouched: the date is the value's format, not the cell's.
    expect(read.numberFormat).toEqual(["General", "General", "0", "General"]);
    // A value typed over the formula is shown in the cell's own format again.
    fake.workbook.user.setValues("Notes", "A1", [[46000]]);
    expect(fake.workbook.cells("Notes")[0][0]).toEqual({ value: 46000 });
    grid.dispose();
  });

  it("the workbench grid shows what Excel shows for an error argument and for a range argument", async () => {
    const fake = fakeOf(quadrantBook(), ["Notes"]);
    const engine = bind(createExcelHost());
    const grid = gridEvaluator(engine, (sheet, address) => fake.workbook.values(sheet, address)[0]?.[0], {
      recalculate: () => fake.workbook.recalculate(),
    });
    fake.workbook.setFormulaEvaluator((formula, at) => grid.evaluate(formula, at));
    fake.workbook.user.setValues("Notes", "A1", [
      ["#DIV/0!", "=CRM.QUADRANT(A1)", "=CRM.QUADRANT(A2:A3)"],
      ["C3", "", ""],
      ["C9", "", ""],
    ]);
    expect(fake.workbook.values("Notes", "B1")).toEqual([["#GETTING_DATA"]]);
    await settle(fake);
    // The error cell's own error, not ours; a range spills (this grid shows its top-left value).
    expect(fake.workbook.values("Notes", "B1:C1")).toEqual([["#DIV/0!", "III"]]);
    grid.dispose();
  });
});
