/**
 * A new host's first read asks for every body in one sync; past Excel's 5,000,000 cells per read
 * the answer is `RangeExceedsLimit` (Excel's error table: "The cell count in the range has exceeded
 * the maximum supported number"). That is planned like a response too large: positions and
 * samples, then slices — never a failed read. (Scaled down: 1,500 cells per read, slices of 1 KB, as
 * real slices of 4.5 MB stay far under 5,000,000 cells.)
 */
import { createExcelHost } from "../../src/excel/excelHost";
import { TODAY, chinesePlainBook, open } from "./support";

describe("a first read past the cells-per-read limit", () => {
  it("is read in planned slices instead of failing with RangeExceedsLimit", async () => {
    const { fake } = open({ limits: { maxCellsPerRead: 1_500 } });
    chinesePlainBook(fake, 400);
    const host = createExcelHost({ today: () => TODAY });
    host.state.readBudgetBytes = 1_000;
    const book = await host.readBook();
    expect(book.tables.customers!.rows).toHaveLength(400);
    expect(book.tables.purchases!.rows.length).toBe(fake.workbook.values("购买记录").length - 1);
  });
});
