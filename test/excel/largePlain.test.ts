/**
 * A large book of plain ranges on Excel on the web (5 MB responses), read before Set up — the pane
 * opening on a rep's own workbook: 5,000 customers × 100,000 purchases with a note column (~6.5 MB
 * of UTF-8, past one response). The table-less sheets are
 * read inside the read plan like tables, in slices under the budget; a refused response halves the
 * budget at most, so one refusal never leaves the session reading in 16 KB slices.
 */
import { largePlainBook, open } from "./support";

const CUSTOMERS = 5_000;
const PER_CUSTOMER = 20;

describe("5,000 customers × 100,000 purchases in plain ranges, on Excel on the web", () => {
  test("the first read (before Set up) succeeds in planned slices, and the refreshes after Set up stay at the floor", async () => {
    const { fake, host } = open();
    largePlainBook(fake, { customers: CUSTOMERS, perCustomer: PER_CUSTOMER, note: true });

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
