/**
 * The customer sheet made from a ledger (issue 24): set-up offers it in a book whose only sheet is
 * a sales ledger; it lists each derived customer once, leaves every ledger cell as it was, and the
 * next refresh scores the customers exactly as the ledger did — by ID, or by name with generated
 * IDs and the column map binding the purchases to the ledger's name column.
 */
import { TODAY, open, serial } from "./support";
import { LedgerRefused } from "../../src/excel/ledgerSheet";
import { parseColumnMap } from "../../src/core/columns/stored";
import type { RefreshResult } from "../../src/excel/host";
import type { FakeExcel } from "../../src/fake-excel";
import type { Cell } from "../../src/core/table";
import { parseArea } from "../../src/excel/address";

type Row = (string | number)[];

/** A ledger of `n` customers by name: customer i buys (i mod 3) + 1 times, amounts spread so every quadrant occurs. */
function ledgerByName(n: number): Row[] {
  const rows: Row[] = [["客户名称", "成交日期", "产品", "成交金额", "付款情况"]];
  for (let i = 1; i <= n; i++)
    for (let k = 0; k <= i % 3; k++) rows.push([`客户${i}`, serial(`2026-0${1 + (k % 3)}-1${k}`), "基金", ((i * 37) % 1000) * (i % 2 ? 100 : 1) + k, i % 7 === 0 ? "逾期" : "正常"]);
  return rows;
}

/** The column map's choices as the workbook holds them. */
function storedMap(fake: FakeExcel) {
  const info = fake.workbook.tablesInfo().find((x) => x.name === "crmColumnMap")!;
  const area = parseArea(info.address);
  const [headers, ...rows] = fake.workbook.values(area.sheet, info.address.split("!")[1]);
  return parseColumnMap({ sheet: area.sheet, headerRow: area.row0 + 1, firstColumn: area.col0, headers: headers.map(String), rows: rows as Cell[][] });
}

const quadrants = (r: RefreshResult) => r.analysis.scores.map((s) => [s.name || s.id, s.quadrant, s.amount]);

describe("a customer sheet made from a ledger", () => {
  it("lists each customer of a name-keyed ledger once with generated IDs, moves no ledger cell, and refreshes to the same quadrants", async () => {
    const { fake, host } = open();
    const rows = ledgerByName(12);
    // A name written with a space elsewhere is the same customer, listed once.
    rows.push([" 客户3", serial("2026-03-20"), "保险", 500, "正常"]);
    fake.workbook.user.renameSheet("Sheet1", "销售台账");
    fake.workbook.user.setValues("销售台账", "A1", rows);
    const setup = await host.setup("zh-CN");
    expect(setup.ledger).toBe("销售台账");
    const before = await host.refresh("zh-CN", { asOf: TODAY });

    const made = await host.customerSheetFromLedger("zh-CN");
    expect(made).toEqual({ sheet: "客户", ledger: "销售台账", customers: 12, generated: { first: "C001", last: "C012", column: "客户名称" } });
    const sheet = fake.workbook.values("客户");
    expect(sheet.slice(1, 4).map((r) => r.slice(0, 3))).toEqual([
      ["C001", "客户1", ""],
      ["C002", "客户2", ""],
      ["C003", "客户3", ""],
    ]);
    expect(sheet.slice(1).filter((r) => r[1] === "客户3")).toHaveLength(1);
    expect(fake.workbook.values("销售台账")).toEqual(rows);
    expect(storedMap(fake).choices.purchases).toEqual({ id: "客户名称" });

    const after = await host.refresh("zh-CN", { asOf: TODAY });
    expect(quadrants(after)).toEqual(quadrants(before));
    expect(after.analysis.scores.map((s) => s.id).slice(0, 2)).toEqual(["C001", "C002"]);
    expect(after.written).toBe(12);
    expect(after.analysis.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(fake.workbook.values("销售台账")).toEqual(rows);
  });

  it("keeps the ledger's own IDs where it has them, with their names, and needs no column-map entry", async () => {
    const { fake, host } = open();
    const rows: Row[] = [
      ["客户编号", "客户名称", "日期", "金额", "回款状态"],
      ["K-002", "李四", serial("2026-02-01"), 5000, "正常"],
      ["K-001", "张三", serial("2026-01-05"), 100, "正常"],
      ["K-002", "李四", serial("2026-03-01"), 5000, "逾期"],
    ];
    fake.workbook.user.renameSheet("Sheet1", "台账");
    fake.workbook.user.setValues("台账", "A1", rows);
    const before = await host.refresh("zh-CN", { asOf: TODAY });
    const made = await host.customerSheetFromLedger("zh-CN");
    expect(made).toEqual({ sheet: "客户", ledger: "台账", customers: 2 });
    expect(fake.workbook.values("客户").slice(1).map((r) => r.slice(0, 2))).toEqual([
      ["K-002", "李四"],
      ["K-001", "张三"],
    ]);
    expect(storedMap(fake).choices.purchases).toBeUndefined();
    const after = await host.refresh("zh-CN", { asOf: TODAY });
    expect(quadrants(after)).toEqual(quadrants(before));
    expect(fake.workbook.values("台账")).toEqual(rows);
  });

  it("is refused, saying why, in a book that has a customer sheet", async () => {
    const { fake, host } = open();
    fake.workbook.user.setValues("Sheet1", "A1", [["客户编号", "客户名称"], ["C1", "张三"]]);
    fake.workbook.user.renameSheet("Sheet1", "客户");
    const refused = host.customerSheetFromLedger("en-US");
    await expect(refused).rejects.toBeInstanceOf(LedgerRefused);
    await expect(refused).rejects.toThrow("This book already has a customer sheet (“客户”)");
  });

  it("needs the same number of syncs for 10 customers and for 2,000", async () => {
    const counts: number[] = [];
    for (const n of [10, 2_000]) {
      const { fake, host } = open();
      fake.workbook.user.setValues("Sheet1", "A1", ledgerByName(n));
      fake.stats.resetCounts();
      await host.customerSheetFromLedger("zh-CN");
      counts.push(fake.stats.syncs);
    }
    expect(counts[1]).toBe(counts[0]);
  }, 120_000);
});
