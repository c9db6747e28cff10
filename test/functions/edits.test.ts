/**
 * An edit costs what it changes: the functions over the in-memory Excel, through the real host,
 * re-read only the rows a change event names (one sync, whatever the rows), update the scores
 * through the incremental index, push only the cells whose value changed — and always hold what a
 * full read and rescore of the book gives.
 */
import fc from "fast-check";
import { createFakeExcel, type FakeExcel } from "../../src/fake-excel";
import { createExcelHost } from "../../src/excel/excelHost";
import type { Cell, RawBook, TableKey } from "../../src/core/table";
import { TABLES } from "../../src/core/schema";
import { quadrant } from "../../src/functions/functions";
import { type FunctionEngine, sharedEngine } from "../../src/functions/engine";
import { snapshotOf } from "../../src/functions/snapshot";
import { runFunction } from "../../src/functions/catalog";
import { columnLetters } from "../../src/excel/address";
import { Invocation, bind, settingsTable, shown } from "./support";
import { book, customers, serial, table } from "../support/rawBook";

jest.setTimeout(120_000);

const PURCHASES = "购买记录";
const STATUSES = ["正常", "待回款", "逾期", "坏账"];

/** `n` customers, `perCustomer` purchases each, spread over the year before 2026-03-31. */
function shop(n: number, perCustomer: number): RawBook {
  const rows: Cell[][] = [];
  for (let k = 0; k < perCustomer; k++) {
    for (let i = 0; i < n; i++) {
      const day = serial("2025-04-01") + ((i * 37 + k * 53) % 360);
      rows.push([`C${i + 1}`, day, "基金", ((i * 7919 + k * 104729) % 5000) + 10, STATUSES[(i + k) % 7 === 0 ? 2 : 0]]);
    }
  }
  return book({
    customers: customers(n),
    purchases: table(PURCHASES, ["客户编号", "日期", "产品", "金额", "回款状态"], rows),
    settings: settingsTable([["asOf", "2026-03-31"]]),
  });
}

function fakeOf(raw: RawBook, level?: string): FakeExcel {
  const entries = Object.entries(raw.tables) as [TableKey, NonNullable<RawBook["tables"][TableKey]>][];
  const fake = createFakeExcel({ sheets: entries.map(([, t]) => t.sheet), ...(level ? { api: { level } } : {}) });
  for (const [key, t] of entries) {
    const rows = [t.headers, ...t.rows.map((r) => t.headers.map((_, i) => r[i] ?? ""))];
    fake.workbook.user.setValues(t.sheet, "A1", rows as (string | number | boolean)[][]);
    fake.workbook.user.addTable(t.sheet, `A1:${columnLetters(t.headers.length - 1)}${rows.length}`, TABLES[key].tableName);
  }
  fake.install();
  return fake;
}

async function settle(fake: FakeExcel): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await fake.workbook.whenIdle();
    await sharedEngine()!.settled();
  }
}

/** One live CRM.QUADRANT cell per customer, answered. */
async function liveColumn(fake: FakeExcel, n: number): Promise<{ engine: FunctionEngine; cells: Invocation<string>[] }> {
  const engine = bind(createExcelHost(), { lang: () => "en-US" });
  const cells = Array.from({ length: n }, () => new Invocation<string>());
  cells.forEach((cell, i) => quadrant(`C${i + 1}`, cell));
  await settle(fake);
  return { engine, cells };
}

/** What a full read and rescore of the workbook as it is now gives. */
async function fullRescore() {
  const raw = await createExcelHost().readBook();
  return { raw, snap: snapshotOf(raw, { today: 0, lang: "en-US" }) };
}

/** The engine holds exactly what a full rescore gives: the cells read, every score, the thresholds, every live cell. */
async function expectSameAsFullRescore(engine: FunctionEngine, cells: Invocation<string>[]): Promise<void> {
  const { raw, snap: full } = await fullRescore();
  const snap = engine.peek()!;
  expect(snap.raw.tables).toEqual(raw.tables);
  expect(snap.thresholds).toEqual(full.thresholds);
  expect(snap.scores).toEqual(full.analysis.scores);
  expect(snap.analysis.scores).toEqual(full.analysis.scores);
  expect(snap.analysis.problems).toEqual(full.analysis.problems);
  const ctx = { lang: "en-US" as const, snap: full };
  expect(cells.map((c) => shown(c.last))).toEqual(cells.map((_, i) => runFunction("QUADRANT", ctx, [`C${i + 1}`])));
}

afterEach(async () => {
  await sharedEngine()?.dispose();
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).OfficeExtension;
  delete (globalThis as Record<string, unknown>).Office;
});

/** A purchase row of customer `c` far below the column map's sample, and an amount that makes `c` the biggest buyer. */
function bigAmountEdit(raw: RawBook, c: number): { address: string; amount: number } {
  const rows = raw.tables.purchases!.rows;
  const i = rows.findIndex((r, k) => k >= 60 && r[0] === `C${c}`);
  return { address: `D${i + 2}`, amount: 1_000_000 };
}

describe("an edit to a purchase row", () => {
  it.each([
    [40, 4],
    [400, 10],
  ])(
    "at %i customers × %i purchases each: one sync reads that row back, no table is read, and only the cells that changed are pushed",
    async (n, per) => {
      const raw = shop(n, per);
      const fake = fakeOf(raw);
      const { engine, cells } = await liveColumn(fake, n);
      const before = cells.map((c) => c.last);
      const victim = cells.findIndex((c) => c.last === "III" || c.last === "IV");
      const { address, amount } = bigAmountEdit(raw, victim + 1);
      fake.stats.resetCounts();

      fake.workbook.user.setValues(PURCHASES, address, [[amount]]);
      await settle(fake);

      expect({ syncs: fake.stats.syncs, reads: engine.stats.reads, patches: engine.stats.patches, indexed: engine.stats.indexed }).toEqual({
        syncs: 1,
        reads: 1,
        patches: 1,
        indexed: 1,
      });
      expect(fake.stats.bytesRead).toBeLessThan(1_000);
      expect(cells[victim].results.slice(-1)[0]).toMatch(/^(I|II)$/);
      // Only cells whose value changed got a new result; the others were not even evaluated again.
      const moved = cells.filter((c, i) => c.last !== before[i]).length;
      expect(cells.filter((c) => c.results.length === 2).length).toBe(moved);
      expect(engine.stats.untouched).toBeGreaterThan(n - 10);
      await expectSameAsFullRescore(engine, cells);
    },
  );
});

describe("changes that cannot be localized are read in full", () => {
  async function afterChange(change: (fake: FakeExcel, raw: RawBook) => Promise<void> | void, level?: string) {
    const raw = shop(30, 4);
    const fake = fakeOf(raw, level);
    const { engine, cells } = await liveColumn(fake, 30);
    await change(fake, raw);
    await settle(fake);
    await expectSameAsFullRescore(engine, cells);
    return engine.stats;
  }

  it("a sort (onRowSorted) makes the next update a full read", async () => {
    const stats = await afterChange((fake) => fake.workbook.user.sortTable(TABLES.purchases.tableName, "金额", false));
    expect({ reads: stats.reads, patches: stats.patches }).toEqual({ reads: 2, patches: 0 });
  });

  it("a row deleted in the middle of the table makes the next update a full read", async () => {
    const stats = await afterChange((fake) => fake.workbook.user.deleteRows(PURCHASES, 70));
    expect({ reads: stats.reads, patches: stats.patches }).toEqual({ reads: 2, patches: 0 });
  });

  it("on an Excel without onRowSorted (ExcelApi 1.9) every edit is read in full: a sort there raises nothing", async () => {
    const stats = await afterChange((fake, raw) => {
      const { address } = bigAmountEdit(raw, 3);
      fake.workbook.user.setValues(PURCHASES, address, [[5]]);
    }, "1.9");
    expect({ reads: stats.reads, patches: stats.patches }).toEqual({ reads: 2, patches: 0 });
  });

  it("rows reordered without any event (ID cells no longer where they were) are noticed and read in full", async () => {
    const stats = await afterChange(async (fake, raw) => {
      const rows = raw.tables.purchases!.rows;
      // Two rows of different customers swapped silently, then an amount typed in one of them.
      const a = rows.findIndex((r, k) => k >= 60 && r[0] === "C1");
      const b = rows.findIndex((r, k) => k >= 60 && r[0] === "C2");
      fake.workbook.silently(() => {
        fake.workbook.user.setValues(PURCHASES, `A${a + 2}:E${a + 2}`, [rows[b] as (string | number)[]]);
        fake.workbook.user.setValues(PURCHASES, `A${b + 2}:E${b + 2}`, [rows[a] as (string | number)[]]);
      });
      fake.workbook.user.setValues(PURCHASES, `D${a + 2}`, [[777]]);
    });
    expect({ reads: stats.reads, patches: stats.patches }).toEqual({ reads: 2, patches: 0 });
  });

  it("a paste of more than 1,000 rows is read in full", async () => {
    const raw = shop(30, 40);
    const fake = fakeOf(raw);
    const { engine, cells } = await liveColumn(fake, 30);
    const block = raw.tables.purchases!.rows.slice(0, 1_001).map((r) => [r[3] as number]).reverse();
    fake.workbook.user.setValues(PURCHASES, "D2:D1002", block);
    await settle(fake);
    await expectSameAsFullRescore(engine, cells);
    expect({ reads: engine.stats.reads, patches: engine.stats.patches }).toEqual({ reads: 2, patches: 0 });
  });

  it("a purchase added at the end of the table (rows.add, as the pane logs one) goes through the index", async () => {
    const stats = await afterChange(() =>
      Excel.run(async (ctx) => {
        ctx.workbook.tables.getItem(TABLES.purchases.tableName).rows.add(undefined, [["C7", serial("2026-03-30"), "基金", 50_000, "正常"]]);
        await ctx.sync();
      }),
    );
    expect({ reads: stats.reads, patches: stats.patches, indexed: stats.indexed }).toEqual({ reads: 1, patches: 1, indexed: 1 });
  });

  it("an edit to the customer table is read back alone and the book rescored from the cells held (no full read)", async () => {
    const stats = await afterChange((fake) => fake.workbook.user.setValues("客户", "A5", [["C999"]]));
    expect({ reads: stats.reads, patches: stats.patches, indexed: stats.indexed }).toEqual({ reads: 1, patches: 1, indexed: 0 });
  });
});

/** One edit a user (or the pane) makes to the purchase or customer table. */
type Edit =
  | { kind: "amount" | "date" | "status" | "id" | "clear"; row: number; value: number }
  | { kind: "addRow" | "deleteRow" | "sort" | "paste" | "customerId"; row: number; value: number };

const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom(
    "amount", "amount", "amount", "date", "status", "id", "clear", "addRow", "deleteRow", "sort", "paste", "customerId",
  ),
  row: fc.nat(10_000),
  value: fc.nat(1_000_000),
});

async function apply(fake: FakeExcel, e: Edit, n: number): Promise<void> {
  const user = fake.workbook.user;
  const body = fake.workbook.tablesInfo().find((t) => t.name === TABLES.purchases.tableName)!;
  const rows = body.rowCount;
  const at = (e.row % rows) + 2; // worksheet row of a body row
  switch (e.kind) {
    case "amount":
      return user.setValues(PURCHASES, `D${at}`, [[e.value % 3 === 0 ? -(e.value % 500) : e.value % 20_000]]);
    case "date":
      return user.setValues(PURCHASES, `B${at}`, [[e.value % 5 === 0 ? "2026-13-45" : serial("2025-01-01") + (e.value % 500)]]);
    case "status":
      return user.setValues(PURCHASES, `E${at}`, [[STATUSES[e.value % 4]]]);
    case "id":
      return user.setValues(PURCHASES, `A${at}`, [[e.value % 7 === 0 ? "X404" : `C${(e.value % n) + 1}`]]);
    case "clear":
      return user.clear(PURCHASES, `${"ABDE"[e.value % 4]}${at}`);
    case "addRow":
      return Excel.run(async (ctx) => {
        ctx.workbook.tables.getItem(TABLES.purchases.tableName).rows.add(undefined, [
          [`C${(e.value % n) + 1}`, serial("2025-06-01") + (e.value % 300), "基金", e.value % 9_000, STATUSES[e.value % 4]],
        ]);
        await ctx.sync();
      });
    case "deleteRow":
      return rows > 1 ? user.deleteRows(PURCHASES, at - 1) : undefined;
    case "sort":
      return user.sortTable(TABLES.purchases.tableName, "日期", e.value % 2 === 0);
    case "paste": {
      const height = Math.min(1 + (e.value % 4), rows - (at - 2));
      const block = Array.from({ length: height }, (_, k) => [`C${((e.value + k) % n) + 1}`, serial("2025-09-01") + k, "基金", (e.value + k) % 7_000]);
      return user.setValues(PURCHASES, `A${at}:D${at + height - 1}`, block);
    }
    case "customerId":
      return user.setValues("客户", `A${(e.row % n) + 2}`, [[e.value % 3 === 0 ? `C${(e.value % n) + 1}` : `N${e.value}`]]);
  }
}

describe("random edit sequences on the in-memory Excel", () => {
  it("after every edit, the engine's cells, scores, thresholds and analysis equal a full read and rescore", async () => {
    const n = 12;
    const seen = { reads: 0, patches: 0, indexed: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 12 }), async (edits) => {
        const fake = fakeOf(shop(n, 8));
        const { engine, cells } = await liveColumn(fake, n);
        try {
          for (const e of edits) {
            await apply(fake, e, n);
            await settle(fake);
            await expectSameAsFullRescore(engine, cells);
          }
        } finally {
          seen.reads += engine.stats.reads - 1;
          seen.patches += engine.stats.patches;
          seen.indexed += engine.stats.indexed;
          await engine.dispose();
        }
      }),
      { numRuns: 40 },
    );
    // The sequences went down every path: the index, a rescore from the rows read, a full read.
    expect(seen.indexed).toBeGreaterThan(0);
    expect(seen.patches).toBeGreaterThan(seen.indexed);
    expect(seen.reads).toBeGreaterThan(0);
  });
});
