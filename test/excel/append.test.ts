import { planForPane, todayPlan } from "../../src/core/plan";
import { followUpRow, defaultChannel } from "../../src/core/customer/logRows";
import { validateNewRow } from "../../src/core/customer/newRows";
import { WriteRefused } from "../../src/excel/append";
import { TODAY, chinesePlainBook, open, scoredBook } from "./support";

type Dump = { sheets: { name: string; cells: Record<string, unknown> }[]; tables: { name: string; address: string; rowCount: number }[] };

describe("logging from the pane", () => {
  test("done on the first plan entry appends one follow-up row, the only change, and the customer leaves the visits still to do in the pane", async () => {
    const { fake, host } = await scoredBook(30);
    const { analysis } = await host.refresh("zh-CN");
    const plan = todayPlan(analysis);
    const first = plan[0];
    expect(first).toBeDefined();
    const row = followUpRow(analysis, first.index, {
      day: TODAY,
      channel: defaultChannel(first.quadrant),
      summary: "=HYPERLINK(\"http://x\")",
      outcome: "",
    });
    expect(validateNewRow(analysis.book, "followUps", row)).toEqual([]);
    await fake.workbook.whenIdle();
    const before = fake.workbook.dump() as Dump;
    fake.stats.resetCounts();
    const result = await host.writeRows({ table: "followUps", append: [row] });
    expect(fake.stats.syncs).toBe(2);
    const after = fake.workbook.dump() as Dump;

    // The new row, as text where text was typed (no formula, no 001 → 1) and the date as a date.
    const sheet = result.sheet;
    const rowOf = (address: string) => Number(address.replace(/^[A-Z]+/, ""));
    const newCells = Object.entries(after.sheets.find((s) => s.name === sheet)!.cells).filter(([a]) => rowOf(a) === result.firstRow);
    const values = Object.fromEntries(newCells.map(([a, c]) => [a.replace(/\d+$/, ""), c]));
    expect(values.A).toMatchObject({ value: first.id });
    expect(values.B).toMatchObject({ value: 46112, numberFormat: "yyyy-mm-dd" });
    expect(values.C).toEqual({ value: first.quadrant === "III" ? "电话" : "拜访" });
    expect(values.D).toEqual({ value: "=HYPERLINK(\"http://x\")" });

    // Everything else is as it was: remove the new row and the table's growth and compare.
    const strip = (d: Dump) => ({
      ...d,
      sheets: d.sheets.map((s) => (s.name === sheet ? { ...s, cells: Object.fromEntries(Object.entries(s.cells).filter(([a]) => rowOf(a) !== result.firstRow)) } : s)),
      tables: d.tables.map((t) => (t.name === "crmFollowUps" ? { ...t, address: "", rowCount: 0 } : t)),
    });
    expect(strip(after)).toEqual(strip(before));

    const next = await host.refresh("zh-CN");
    const pane = planForPane(next.analysis);
    expect(pane.today.map((p) => p.id)).not.toContain(first.id);
    expect(pane.contacted.map((c) => next.analysis.scores[c.index].id)).toContain(first.id);
  });

  test("refuses to write into a sheet that is not a table yet, and writes nothing", async () => {
    const { fake, host } = open();
    chinesePlainBook(fake, 5);
    const before = JSON.stringify(fake.workbook.dump());
    await expect(host.writeRows({ table: "followUps", append: [{ id: "C1", date: { day: TODAY } }] })).rejects.toBeInstanceOf(WriteRefused);
    expect(JSON.stringify(fake.workbook.dump())).toBe(before);
  });
});
