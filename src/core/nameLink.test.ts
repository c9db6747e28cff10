/**
 * Records linked by the customer's name (a customer sheet made from a ledger keyed by name: the
 * purchases' ID bound to their name column in the column map) — and never on a guess.
 */
import { linkBook } from "./book";
import { purchaseRecords } from "./rowRecords";
import { analyze } from "./analyze";
import { book, day, serial, table } from "../../test/support/rawBook";
import type { RawTable } from "./table";

const customers = (rows: string[][]): RawTable => table("客户", ["客户编号", "客户名称"], rows);
const ledger = (rows: [string, string, number][]): RawTable =>
  table("销售台账", ["客户名称", "成交日期", "成交金额"], rows.map(([n, d, a]) => [n, serial(d), a]));

describe("purchases whose customer column holds names", () => {
  const sales = ledger([
    ["张三", "2026-01-05", 100],
    [" 李四", "2026-02-01", 5000],
    ["ＬＩ Ｍｉｎｇ", "2026-02-01", 70],
  ]);

  it("link to the customers by normalized name when the user bound the purchases' ID to that column", () => {
    const raw = { ...book({ customers: customers([["C001", "张三"], ["C002", "李四"], ["C003", "li ming"]]), purchases: sales }), choices: { purchases: { id: "客户名称" } } };
    const a = analyze(raw, { asOf: day("2026-03-31"), lang: "zh-CN" });
    expect(a.scores.map((s) => [s.id, s.amount])).toEqual([
      ["C001", 100],
      ["C002", 5000],
      ["C003", 70],
    ]);
    expect(a.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("are linked by name again when only the rows a user edited are read (the custom functions' path)", () => {
    const raw = { ...book({ customers: customers([["C001", "张三"], ["C002", "李四"], ["C003", "li ming"]]), purchases: sales }), choices: { purchases: { id: "客户名称" } } };
    const full = linkBook(raw, "zh-CN");
    const rows = sales.rows.map((cells, index) => ({ index, cells })).reverse();
    const again = purchaseRecords(full, rows)!;
    expect(again.map((p) => [p?.customer, p?.amount])).toEqual([
      [2, 70],
      [1, 5000],
      [0, 100],
    ]);
  });

  it("link to no one, saying so at each row, where two customers bear the name", () => {
    const raw = { ...book({ customers: customers([["C001", "张三"], ["C002", "李四"], ["C009", "张三"]]), purchases: sales }), choices: { purchases: { id: "客户名称" } } };
    const linked = linkBook(raw, "en-US");
    const shared = linked.problems.filter((p) => p.code === "id.nameShared");
    expect(shared.map((p) => [p.sheet, p.row, p.params.rows])).toEqual([["销售台账", 2, "2, 4"]]);
    // 张三's purchase counts for neither 张三; 李四's still links.
    expect([linked.purchases.customer[0], linked.purchases.customer[1]]).toEqual([-1, 1]);
  });

  it("are orphans, as before, where the column bound is an ID column by its caption, whatever it holds", () => {
    const byId = table("购买记录", ["客户编号", "日期", "金额"], [["张三", serial("2026-01-05"), 100]]);
    const raw = { ...book({ customers: customers([["C001", "张三"]]), purchases: byId }), choices: { purchases: { id: "客户编号" } } };
    const linked = linkBook(raw, "zh-CN");
    expect(linked.problems.filter((p) => p.severity === "error").map((p) => p.code)).toEqual(["orphan"]);
  });
});
