import { crm } from "./harness";
import { tempDir, writeTemp } from "../fixtures/workbooks";
import { demoXlsx } from "../../src/demo/writeDemo";
import { demoToFake } from "../../src/workbench/demoToFake";
import { createExcelHost } from "../../src/excel/excelHost";
import { parseIsoDay } from "../../src/core/dates";
import { QUADRANT_PRIORITY } from "../../src/core/strategy";
import { allHouseholds, bookCoverage, householdJson, type BookCoverageJson, type HouseholdJson } from "../../src/core/coverage";
import { type Lang, t } from "../../src/core/i18n";

const AS_OF = "2026-11-23";
const dir = tempDir();
/** 20 customers hold every kind of demo household and keep one CLI run per customer quick. */
const CUSTOMERS = 20;
const demoFile = async (lang: Lang) => writeTemp(dir, `demo-${lang}.xlsx`, await demoXlsx({ lang, asOf: parseIsoDay(AS_OF)!, customers: CUSTOMERS }));

describe("crm coverage", () => {
  it("prints the book's gaps, quadrant II first then I, IV and III, and the policies ending within 60 days", async () => {
    const { code, stdout } = await crm(["coverage", await demoFile("zh-CN"), "--as-of", AS_OF, "--json"]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as BookCoverageJson;
    expect(out).toMatchObject({ asOf: AS_OF, renewalDays: 60 });
    expect(out.gaps.length).toBeGreaterThan(0);
    const priorities = out.gaps.map((g) => QUADRANT_PRIORITY[g.quadrant]);
    expect(priorities).toEqual([...priorities].sort((a, b) => a - b));
    // The demo's households: a single adult, a child covered only by accident insurance, a second child with no cover.
    expect(out.gaps).toEqual(expect.arrayContaining([expect.objectContaining({ relationship: "self", cover: "criticalIllness" })]));
    expect(out.gaps).toEqual(expect.arrayContaining([expect.objectContaining({ relationship: "child", cover: "medical" })]));
    expect(out.renewals.length).toBeGreaterThan(0);
    for (const r of out.renewals) expect(r.days >= 0 && r.days <= 60).toBe(true);
  });

  it("prints one household's matrix for --customer, finding the ID as the sheets link them (c003 is C003)", async () => {
    const file = await demoFile("zh-CN");
    const { code, stdout } = await crm(["coverage", file, "--as-of", AS_OF, "--customer", " c003 ", "--json"]);
    expect(code).toBe(0);
    const h = JSON.parse(stdout) as HouseholdJson;
    expect(h.id).toBe("C003");
    expect(h.members[0]).toMatchObject({ isCustomer: true, relationship: "self" });
    const text = await crm(["coverage", file, "--as-of", AS_OF, "--customer", "C003"]);
    expect(text.stdout.split("\n")[0]).toContain("吴涛（C003）");
    expect(text.stdout).toContain("缺口");
  });

  it.each<Lang>(["zh-CN", "en-US"])("lists the customers with no policy recorded first, the same as the pane's Protection tab (%s)", async (lang) => {
    // The pane's lead list is bookCoverage(analysis).noPolicy of the refresh's analysis (see CoveragePanel).
    const fake = demoToFake({ lang, asOf: parseIsoDay(AS_OF)!, customers: CUSTOMERS });
    fake.install(globalThis);
    const { analysis } = await createExcelHost({ today: () => parseIsoDay(AS_OF)! }).refresh(lang);
    const pane = bookCoverage(analysis).noPolicy;
    expect(pane.length).toBeGreaterThan(3);
    const file = await demoFile(lang);

    const json = JSON.parse((await crm(["coverage", file, "--as-of", AS_OF, "--json"])).stdout) as BookCoverageJson;
    expect(json.noPolicy).toEqual(pane.map((c) => ({ id: c.id, name: c.name, quadrant: c.quadrant, amount: c.amount })));

    const { code, stdout } = await crm(["coverage", file, "--as-of", AS_OF]);
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe(t(lang, "coverage.noPolicy.title", { count: pane.length }));
    // One row per lead, in the pane's order (quadrant II, I, IV, III, then amount), before the gap list.
    const rows = lines.filter((l) => /^C\d{3}\s/.test(l));
    expect(rows.slice(0, pane.length).map((l) => l.split(/\s+/)[0])).toEqual(pane.map((c) => c.id));
    expect(lines.indexOf(t(lang, "coverage.gaps.title", { count: json.gaps.length }))).toBeGreaterThan(pane.length);
  });

  it("refuses an unknown customer with one line and exit 2", async () => {
    const { code, stdout, stderr } = await crm(["coverage", await demoFile("en-US"), "--customer", "X9"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe("There is no customer with ID “X9” in the customer sheet.\n");
  });

  it("is among the commands an unknown command's message lists", async () => {
    const { code, stderr } = await crm(["coverag", "book.xlsx"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^Unknown command “coverag”; the commands are .*\bcoverage\b.*\.\n$/);
  });

  it.each<Lang>(["zh-CN", "en-US"])("gives, for every demo customer in %s, the figures the pane shows from the workbook in Excel", async (lang) => {
    // The pane's CoverageMatrix is given householdJson of the refresh's analysis (see CoveragePanel).
    const fake = demoToFake({ lang, asOf: parseIsoDay(AS_OF)!, customers: CUSTOMERS });
    fake.install(globalThis);
    const { analysis } = await createExcelHost({ today: () => parseIsoDay(AS_OF)! }).refresh(lang);
    const renewals = bookCoverage(analysis).renewals;
    const pane = allHouseholds(analysis).map((h) => householdJson(h, renewals));
    const file = await demoFile(lang);
    expect(pane.filter((h) => h.gaps.length > 0).length).toBeGreaterThan(3);
    for (const shown of pane) {
      const { stdout } = await crm(["coverage", file, "--as-of", AS_OF, "--customer", shown.id, "--json"]);
      expect(JSON.parse(stdout)).toEqual(shown);
    }
  }, 120_000);
});
