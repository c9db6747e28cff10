import { findListHeader } from "../../src/core/import/header";
import { planImport } from "../../src/core/import/merge";
import { TABLES } from "../../src/core/schema";
import { mapHeaders } from "../../src/core/columns";
import { parseCsv } from "../../src/import/readList";
import { scoredBook } from "./support";

type Dump = { sheets: { name: string; cells: Record<string, { value?: unknown; formula?: string }> }[] };

describe("importing a list into the workbook", () => {
  test("formula-like text lands as text, new customers are appended, and nothing else changes but empty cells filled", async () => {
    const { fake, host } = await scoredBook(5);
    // C2 has no phone: the list fills it; C1's phone differs: a conflict, left alone.
    fake.workbook.user.setValues("客户", "C3", [[""]]);
    const { analysis } = await host.refresh("zh-CN");
    await fake.workbook.whenIdle();
    const csv = [
      "客户编号,客户名称,电话",
      "C1,客户1,13999999999",
      "C2,客户2,13812345678",
      'N1,"=HYPERLINK(""http://evil"",""点我"")",+cmd',
      "N2,@SUM(1),-x",
    ].join("\n");
    const list = findListHeader(parseCsv(new TextEncoder().encode(csv)).rows, "customers")!;
    const plan = planImport(analysis.book, "customers", list, mapHeaders(TABLES.customers, list.headers), "zh-CN");
    expect(plan.conflicts.map((c) => [c.id, c.field])).toEqual([["C1", "phone"]]);
    const before = fake.workbook.dump() as Dump;
    fake.stats.resetCounts();
    const result = await host.writeRows({ table: "customers", append: plan.append, fill: plan.fill });
    expect(fake.stats.syncs).toBe(3);
    expect(result).toMatchObject({ appended: 2, filled: 1, firstRow: 7 });
    const after = fake.workbook.dump() as Dump;
    const cells = (d: Dump) => d.sheets.find((s) => s.name === "客户")!.cells;
    expect(cells(after).B7).toEqual({ value: '=HYPERLINK("http://evil","点我")' });
    expect(cells(after).C7).toEqual({ value: "+cmd" });
    expect(cells(after).B8).toEqual({ value: "@SUM(1)" });
    expect(cells(after).C8).toEqual({ value: "-x" });
    expect(cells(after).C3).toEqual({ value: "13812345678" });
    // Every cell that was there is unchanged except the one filled.
    for (const [address, cell] of Object.entries(cells(before))) if (address !== "C3") expect([address, cells(after)[address]]).toEqual([address, cell]);
  });
});
