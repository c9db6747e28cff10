/**
 * A rep's customer sheet with a 下次拜访 column of their own (booking dates they typed): set-up and
 * refresh add the add-in's as "下次拜访（CRM）", never read the rep's, and say so in their outcome.
 */
import type { FakeExcel } from "../../src/fake-excel";
import { besideUserNotes } from "../../src/core/besideUser";
import { chinesePlainBook, open, serial } from "./support";

const N = 12;

/** The plain book with the rep's own 下次拜访 (dates) where its 微信号 column was. */
function ownNextVisitBook(fake: FakeExcel): void {
  chinesePlainBook(fake, N);
  fake.workbook.user.setValues("客户", "D1", [["下次拜访"], ...Array.from({ length: N }, (_, i) => [serial("2026-04-01") + i])]);
}

const userColumn = (fake: FakeExcel) => fake.workbook.values("客户").map((row) => row[3]);

describe("a computed column added beside the user's own column of that caption", () => {
  test("set-up says the rep's own 下次拜访 is not read, where the add-in's goes and where bookings belong — and writes none of the rep's cells", async () => {
    const { fake, host } = open();
    ownNextVisitBook(fake);
    const before = userColumn(fake);
    const result = await host.setup("zh-CN");
    const headers = fake.workbook.tablesInfo().find((t) => t.name === "crmCustomers")!.headers;
    expect(headers.filter((h) => h.startsWith("下次拜访"))).toEqual(["下次拜访", "下次拜访（CRM）"]);
    const notes = besideUserNotes(result.besideUser ?? [], "zh-CN");
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain("“客户”表的“下次拜访”列");
    expect(notes[0]).toContain("“下次拜访（CRM）”");
    expect(notes[0]).toContain("“下次约见”");
    expect(userColumn(fake)).toEqual(before);
  });

  test("an English pane reads the note in English, naming the book's own Chinese captions", async () => {
    const { fake, host } = open();
    ownNextVisitBook(fake);
    const [note] = besideUserNotes((await host.setup("en-US")).besideUser ?? [], "en-US");
    expect(note).toMatch(/your own/);
    expect(note).toContain("“下次拜访（CRM）”");
    expect(note).toContain("“Next date”");
  });

  test("saying it costs no round trip: set-up needs as many syncs as on the same book without the rep's column", async () => {
    const counts: number[] = [];
    for (const book of [chinesePlainBook, ownNextVisitBook]) {
      const { fake, host } = open();
      book(fake, N);
      fake.stats.resetCounts();
      await host.setup("zh-CN");
      counts.push(fake.stats.syncs);
    }
    expect(counts[1]).toBe(counts[0]);
  });

  test("a refresh that sets the plain range up says it; the next refresh (the column is there) says nothing", async () => {
    const { fake, host } = open();
    ownNextVisitBook(fake);
    const first = await host.refresh("zh-CN");
    expect(besideUserNotes(first.besideUser ?? [], "zh-CN").join()).toContain("“下次拜访（CRM）”");
    expect((await host.refresh("zh-CN")).besideUser).toBeUndefined();
  });

  test("a refresh that adds the add-in's column again (the user deleted it) says it again", async () => {
    const { fake, host } = open();
    ownNextVisitBook(fake);
    await host.setup("zh-CN");
    await host.refresh("zh-CN");
    const at = fake.workbook.values("客户")[0].indexOf("下次拜访（CRM）");
    fake.workbook.user.deleteColumns("客户", at);
    const again = await host.refresh("zh-CN");
    expect(besideUserNotes(again.besideUser ?? [], "zh-CN").join()).toContain("“下次拜访（CRM）”");
  });

  test("a book without such a column gets no note", async () => {
    const { fake, host } = open();
    chinesePlainBook(fake, N);
    expect((await host.setup("zh-CN")).besideUser).toBeUndefined();
  });
});
