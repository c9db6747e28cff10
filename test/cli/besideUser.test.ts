import { crm } from "./harness";
import { buildXlsx, date, tempDir, writeTemp, zhTableBook } from "../fixtures/workbooks";

const AS_OF = "2026-06-30";

/** A rep's own customer sheet with a next-visit column of their own, where they typed booking dates. */
async function ownNextVisitBook(lang: "zh" | "en"): Promise<Uint8Array> {
  const zh = lang === "zh";
  return buildXlsx([
    {
      name: zh ? "客户" : "Customers",
      rows: [
        zh ? ["客户编号", "客户名称", "下次拜访"] : ["Customer ID", "Name", "Next visit"],
        ["C1", zh ? "甲" : "Acme", date("2026-07-01")],
        ["C2", zh ? "乙" : "Brill", date("2026-07-02")],
      ],
    },
    {
      name: zh ? "购买记录" : "Purchases",
      rows: [zh ? ["客户编号", "日期", "金额"] : ["Customer ID", "Date", "Amount"], ["C1", date("2026-05-01"), 5000], ["C2", date("2026-04-01"), 10]],
    },
  ]);
}

/** The stderr lines that speak of the user's own column. */
const linesAbout = (stderr: string, caption: string) => stderr.split("\n").filter((l) => l.includes(`“${caption}”`));

describe("crm score --out beside a user's own column of a computed column's caption", () => {
  const dir = tempDir();

  it("says on stderr, in Chinese, that the rep's own 下次拜访 is not read and where bookings go", async () => {
    const input = writeTemp(dir, "zh.xlsx", await ownNextVisitBook("zh"));
    const { code, stderr } = await crm(["score", input, "--as-of", AS_OF, "--out", `${dir}/zh-out.xlsx`]);
    expect(code).toBe(0);
    const lines = linesAbout(stderr, "下次拜访");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("“客户”");
    expect(lines[0]).toContain("“下次拜访（CRM）”");
    expect(lines[0]).toContain("“下次约见”");
    expect(lines[0]).not.toMatch(/[a-z]{3,}/);
  });

  it("says it in English for an English book, naming the sheet, both columns and the follow-ups' Next date", async () => {
    const input = writeTemp(dir, "en.xlsx", await ownNextVisitBook("en"));
    const { code, stderr } = await crm(["score", input, "--as-of", AS_OF, "--out", `${dir}/en-out.xlsx`]);
    expect(code).toBe(0);
    const lines = linesAbout(stderr, "Next visit");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("“Customers”");
    expect(lines[0]).toContain("“Next visit (CRM)”");
    expect(lines[0]).toContain("“Next date”");
  });

  it("speaks the run's language (--lang) while naming the book's own captions", async () => {
    const input = writeTemp(dir, "zh-en.xlsx", await ownNextVisitBook("zh"));
    const { stderr } = await crm(["score", input, "--as-of", AS_OF, "--out", `${dir}/zh-en-out.xlsx`, "--lang", "en-US"]);
    const lines = linesAbout(stderr, "下次拜访");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/your own/);
    expect(lines[0]).toContain("“下次拜访（CRM）”");
  });

  it("says it once: scoring the scored copy again (the add-in's column is found, nothing is added) says nothing of it", async () => {
    const input = writeTemp(dir, "again.xlsx", await ownNextVisitBook("zh"));
    const once = `${dir}/again-once.xlsx`;
    await crm(["score", input, "--as-of", AS_OF, "--out", once]);
    const { code, stderr } = await crm(["score", once, "--as-of", AS_OF, "--out", `${dir}/again-twice.xlsx`]);
    expect(code).toBe(0);
    expect(linesAbout(stderr, "下次拜访")).toEqual([]);
  });

  it("says nothing without --out (no column is added) or where the sheet has no column of a computed caption", async () => {
    const own = writeTemp(dir, "no-out.xlsx", await ownNextVisitBook("zh"));
    expect(linesAbout((await crm(["score", own, "--as-of", AS_OF])).stderr, "下次拜访")).toEqual([]);
    const plain = writeTemp(dir, "plain.xlsx", await zhTableBook());
    const { code, stderr } = await crm(["score", plain, "--as-of", AS_OF, "--out", `${dir}/plain-out.xlsx`]);
    expect(code).toBe(0);
    expect(stderr).not.toContain("（CRM）");
  });
});
