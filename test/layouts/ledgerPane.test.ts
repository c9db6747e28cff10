/**
 * Ledger mode in Excel (issue 24): a book whose only sheet is a ledger keyed by customer name is
 * read, scored and refreshed by the add-in; the ledger is said once among the problems the pane
 * shows, and nothing is written into the user's ledger.
 */
import { open, serial } from "../excel/support";

describe("a workbook in Excel whose only sheet is a ledger", () => {
  it("is scored by customer name, says so once, and writes nothing into the ledger", async () => {
    const { fake, host } = open();
    const rows = [
      ["客户名称", "成交日期", "产品", "成交金额", "付款情况"],
      ["张三", serial("2026-02-01"), "基金", 100, "正常"],
      ["王五", serial("2026-01-05"), "保险", 80000, "正常"],
      ["李四", serial("2026-02-20"), "理财", 3000, "逾期"],
      ["王五 ", serial("2026-03-01"), "保险", 20000, "正常"],
    ];
    fake.workbook.user.renameSheet("Sheet1", "销售台账");
    fake.workbook.user.setValues("销售台账", "A1", rows);
    const result = await host.refresh("zh-CN");
    expect(result.written).toBe(0);
    expect(result.analysis.scores.map((s) => [s.id, s.amount])).toEqual([
      ["张三", 100],
      ["王五", 100000],
      ["李四", 3000],
    ]);
    expect(result.analysis.problems.map((p) => [p.code, p.sheet, p.severity])).toEqual([["table.ledgerByName", "销售台账", "warning"]]);
    expect(fake.workbook.values("销售台账")).toEqual(rows);
  });

  it("is set up without an empty customer table (which would orphan every purchase), and still scored by name after", async () => {
    const { fake, host } = open();
    const rows = [
      ["客户名称", "成交日期", "产品", "成交金额", "付款情况"],
      ["张三", serial("2026-02-01"), "基金", 100, "正常"],
      ["王五", serial("2026-01-05"), "保险", 80000, "正常"],
    ];
    fake.workbook.user.renameSheet("Sheet1", "销售台账");
    fake.workbook.user.setValues("销售台账", "A1", rows);
    const setup = await host.setup("zh-CN");
    expect(setup.created).not.toContain("customers");
    expect(setup.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(fake.workbook.tablesInfo().map((t) => t.name)).not.toContain("crmCustomers");
    expect(fake.workbook.values("销售台账")).toEqual(rows);
    const result = await host.refresh("zh-CN");
    expect(result.analysis.scores.map((s) => s.id)).toEqual(["张三", "王五"]);
    expect(result.analysis.problems.map((p) => p.code)).toEqual(["table.ledgerByName"]);
  });
});
