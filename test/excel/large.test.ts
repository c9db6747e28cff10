/**
 * Round trips at the benchmark's largest size: 10,000 customers × 200,000 purchases (~7.4 million
 * characters of values but ~9.6 MB of UTF-8 — 基金, 理财产品, 正常 are 3 bytes a character — plus
 * the computed columns, past the 5 MB response limit the in-memory Excel enforces in bytes like
 * Excel on the web). Setup reads no data bodies, so it stays at 4; refresh reads the bodies in
 * ⌈bytes / budget⌉ = 3 syncs of 4.5 MB, so it is 6 — the floor: discover, 3 reads, verify, write.
 */
import { createExcelHost } from "../../src/excel/excelHost";
import { largePlainBook, TODAY, open } from "./support";

const CUSTOMERS = 10_000;
const PURCHASES_PER_CUSTOMER = 20;

async function numberFormats(sheet: string, addresses: string[]): Promise<unknown[]> {
  return Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    const ranges = addresses.map((a) => ws.getRange(a).load("numberFormat"));
    await ctx.sync();
    return ranges.map((r) => r.numberFormat[0][0]);
  });
}

const LAST = CUSTOMERS * PURCHASES_PER_CUSTOMER + 1;

describe("10,000 customers × 200,000 purchases", () => {
  test("setup in 4 syncs, refresh in 6 (the floor for ~10 MB), again 6; no user value changes", async () => {
    const { fake, host } = open();
    largePlainBook(fake, { customers: CUSTOMERS, perCustomer: PURCHASES_PER_CUSTOMER });
    const customersBefore = fake.workbook.values("客户");
    const purchasesBefore = fake.workbook.values("购买记录");

    fake.stats.resetCounts();
    await host.setup("zh-CN");
    expect(fake.stats.syncs).toBe(4);

    fake.stats.resetCounts();
    const first = await host.refresh("zh-CN");
    expect(first.written).toBe(CUSTOMERS);
    expect(fake.stats.syncs).toBe(6);

    fake.stats.resetCounts();
    const again = await host.refresh("zh-CN");
    expect(again.written).toBe(CUSTOMERS);
    expect(again.reread).toBe(false);
    expect(fake.stats.syncs).toBe(6);
    expect(again.analysis.scores.map((s) => s.quadrant)).toEqual(first.analysis.scores.map((s) => s.quadrant));

    // The user's cells: the same values (the customers' own 4 columns; the computed ones are the add-in's).
    expect(fake.workbook.values("购买记录")).toEqual(purchasesBefore);
    expect(fake.workbook.values("客户", `A1:D${CUSTOMERS + 1}`)).toEqual(customersBefore);
    // Date and amount columns were all General: one format each, on every row.
    expect(await numberFormats("购买记录", ["B2", `B${LAST >> 1}`, `B${LAST}`, "D2", `D${LAST}`])).toEqual([
      "yyyy-mm-dd",
      "yyyy-mm-dd",
      "yyyy-mm-dd",
      "#,##0.00",
      "#,##0.00",
    ]);
  }, 120_000);

  test("a new host (nothing learnt) refreshes the set-up book in 8: one refused whole read, positions and samples, then the planned read", async () => {
    const { fake, host } = open();
    largePlainBook(fake, { customers: CUSTOMERS, perCustomer: PURCHASES_PER_CUSTOMER });
    await host.setup("zh-CN");
    const cold = createExcelHost({ today: () => TODAY });
    fake.stats.resetCounts();
    const result = await cold.refresh("zh-CN");
    expect(result.written).toBe(CUSTOMERS);
    expect(fake.stats.syncs).toBe(8);
    fake.stats.resetCounts();
    await cold.refresh("zh-CN");
    expect(fake.stats.syncs).toBe(6);
  }, 120_000);

  test("keeps the user's formats in a large column whose sample is mixed, at the cost of reading that column", async () => {
    const { fake, host } = open();
    largePlainBook(fake, { customers: CUSTOMERS, perCustomer: PURCHASES_PER_CUSTOMER });
    fake.workbook.user.setNumberFormat("购买记录", "B2:B101", "yyyy/m/d");
    fake.workbook.user.setNumberFormat("购买记录", `D${LAST - 99}:D${LAST}`, "0.0");
    fake.stats.resetCounts();
    await host.setup("zh-CN");
    // The two mixed columns (2 × 200,000 format cells, ~4.8 MB) are read in 2 more syncs.
    expect(fake.stats.syncs).toBe(6);
    expect(
      await numberFormats("购买记录", ["B2", "B101", "B102", `B${LAST}`, `D${LAST - 99}`, `D${LAST}`, "D2"]),
    ).toEqual(["yyyy/m/d", "yyyy/m/d", "yyyy-mm-dd", "yyyy-mm-dd", "0.0", "0.0", "#,##0.00"]);
  }, 120_000);
});
