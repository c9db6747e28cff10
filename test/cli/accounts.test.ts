import { crm } from "./harness";
import { buildXlsx, date, tempDir, writeTemp } from "../fixtures/workbooks";
import { demoXlsx } from "../../src/demo/writeDemo";
import { parseIsoDay } from "../../src/core/dates";
import { SEGMENTS, type AccountsJson } from "../../src/core/accounts";
import type { Lang } from "../../src/core/i18n";

const AS_OF = "2026-11-23";
const dir = tempDir();
const demoFile = async (lang: Lang) => writeTemp(dir, `demo-${lang}.xlsx`, await demoXlsx({ lang, asOf: parseIsoDay(AS_OF)! }));

describe("crm accounts", () => {
  it.each<Lang>(["zh-CN", "en-US"])("prints the demo book's segments, funnel, opportunities and bad debt as SPEC 8's JSON (%s)", async (lang) => {
    const { code, stdout, stderr } = await crm(["accounts", await demoFile(lang), "--as-of", AS_OF, "--json"]);
    expect([code, stderr]).toEqual([0, ""]);
    const out = JSON.parse(stdout) as AccountsJson;
    expect(Object.keys(out)).toEqual(["segments", "funnel", "opportunities", "badDebt"]);
    // Every segment has a customer in the demo, each with its resource.
    expect(new Set(out.segments.map((s) => s.segment))).toEqual(new Set(SEGMENTS));
    expect(Object.keys(out.segments[0])).toEqual(["id", "name", "potential", "share", "segment", "resource"]);
    expect(out.funnel.map((f) => f.stage)).toEqual(["target", "analysis", "trust", "needs", "value", "commitment", "collection"]);
    expect(out.funnel.reduce((n, f) => n + f.count, 0)).toBe(out.opportunities.length);
    expect(out.opportunities.some((o) => o.stale) && out.opportunities.some((o) => !o.covered)).toBe(true);
    expect(Object.keys(out.badDebt)).toEqual(["amount", "margin", "extraSales", "customers"]);
    expect(out.badDebt.extraSales).toBe(Math.round(out.badDebt.amount / out.badDebt.margin));
  });

  it("says in words what is missing when the book has no potential column and no opportunities", async () => {
    const file = writeTemp(
      dir,
      "plain.xlsx",
      await buildXlsx([
        { name: "Customers", rows: [["Customer ID", "Name"], ["C1", "Ann"]] },
        { name: "Purchases", rows: [["Customer ID", "Date", "Amount", "Payment status"], ["C1", date("2026-06-01"), 1000, "Bad debt"]] },
      ]),
    );
    const { code, stdout } = await crm(["accounts", file, "--as-of", AS_OF]);
    expect(code).toBe(0);
    expect(stdout).toContain("The customer table has no Purchase potential column");
    expect(stdout).toContain("No opportunities table yet");
    expect(stdout).toContain("Bad debt 1,000: at a 5% margin it takes 20,000 of extra sales to make up.");
  });
});
