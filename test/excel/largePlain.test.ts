/**
 * A large book of plain ranges on Excel on the web (5 MB responses), read before Set up — the pane
 * opening on a rep's own workbook: 5,000 customers × 100,000 purchases with a note column (~6.5 MB
 * of UTF-8, past one response). The table-less sheets are
 * read inside the read plan like tables, in slices under the budget; a refused response halves the
 * budget at most, so one refusal never leaves the session reading in 16 KB slices.
 */
import type { FakeExcel } from "../../src/fake-excel";
import { type Row, open, serial } from "./support";

const CUSTOMERS = 5_000;
const PER_CUSTOMER = 20;

function plainBook(fake: FakeExcel): void {
  const customers: Row[] = [["客户编号", "客户名称", "电话", "客户等级"]];
  for (let i = 1; i <= CUSTOMERS; i++)
    customers.push([`C${String(i).padStart(5, "0")}`, `客户${i}`, `138${String(i * 7919).padStart(8, "0")}`, "A"]);
  const purchases: Row[] = [["客户编号", "日期", "产品", "金额", "回款状态", "备注"]];
  const first = serial("2025-04-01");
  for (let i = 1; i <= CUSTOMERS; i++)
    for (let k = 0; k < PER_CUSTOMER; k++)
      purchases.push([
        `C${String(i).padStart(5, "0")}`,
        first + ((i * 13 + k * 17) % 360),
        k % 3 === 0 ? "基金" : "理财产品",
        Math.round(((i * 37 + k * 101) % 100_000) * 1.37) / 100,
        (i + k) % 9 === 0 ? "逾期" : "正常",
        k % 2 === 0 ? "客户经理电话跟进" : "网点面谈",
      ]);
  const u = fake.workbook.user;
  u.renameSheet("Sheet1", "客户");
  u.setValues("客户", "A1", customers);
  u.addSheet("购买记录");
  u.setValues("购买记录", "A1", purchases);
}

describe("5,000 customers × 100,000 purchases in plain ranges, on Excel on the web", () => {
  test("the first read (before Set up) succeeds in planned slices, and the refreshes after Set up stay at the floor", async () => {
    const { fake, host } = open();
    plainBook(fake);

    fake.stats.resetCounts();
    const book = await host.readBook();
    const firstRead = fake.stats.syncs;
    expect(book.tables.purchases?.rows.length).toBe(CUSTOMERS * PER_CUSTOMER);
    expect(book.tables.customers?.rows.length).toBe(CUSTOMERS);

    await host.setup("zh-CN");
    fake.stats.resetCounts();
    await host.refresh("zh-CN");
    const refresh = fake.stats.syncs;
    fake.stats.resetCounts();
    await host.refresh("zh-CN");
    const again = fake.stats.syncs;
    console.info(
      `plain 5,000 × 100,000: first read ${firstRead} syncs; refresh after setup ${refresh}, again ${again}`,
    );
    // Discover, the refused all-at-once read, positions and samples, ⌈bytes / budget⌉ slices.
    expect(firstRead).toBeLessThanOrEqual(6);
    // Discover, ⌈bytes / budget⌉ = 2 reads, verify, write: the floor.
    expect(refresh).toBeLessThanOrEqual(6);
    expect(again).toBeLessThanOrEqual(6);
    expect(host.state.readBudgetBytes).toBeGreaterThan(1_000_000);
  }, 180_000);
});
