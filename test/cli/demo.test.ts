import { settingKeyOf } from "../../src/core/settings";
import { demoBook } from "../../src/demo/demoBook";
import { demoXlsx } from "../../src/demo/writeDemo";
import { readBook } from "../../src/xlsx/readBook";
import { computeReview, maturityCalendar, reviewDates } from "../../src/core/review";
import { analyze } from "../../src/core/analyze";
import { todayPlan, daysToBirthday } from "../../src/core/plan";
import { parseIsoDay } from "../../src/core/dates";
import { TABLES, TABLE_ORDER } from "../../src/core/schema";
import type { Lang } from "../../src/core/i18n";
import JSZip from "jszip";
import { cellMap } from "../fixtures/workbooks";

const AS_OF = parseIsoDay("2026-11-23")!;

describe("the demo workbook", () => {
  it("is the same for the same seed and different for another", () => {
    const a = demoBook({ lang: "zh-CN", asOf: AS_OF, seed: 7 });
    expect(demoBook({ lang: "zh-CN", asOf: AS_OF, seed: 7 })).toEqual(a);
    expect(demoBook({ lang: "zh-CN", asOf: AS_OF, seed: 8 }).tables.customers.rows).not.toEqual(
      a.tables.customers.rows,
    );
  });

  it("writes the same cells to the .xlsx for the same options", async () => {
    const a = await cellMap(await demoXlsx({ lang: "en-US", asOf: AS_OF, seed: 3, customers: 12 }));
    const b = await cellMap(await demoXlsx({ lang: "en-US", asOf: AS_OF, seed: 3, customers: 12 }));
    expect(a.size).toBeGreaterThan(100);
    expect([...b]).toEqual([...a]);
  });

  it.each<[Lang, string, string]>([
    ["zh-CN", "客户", "客户编号"],
    ["en-US", "Customers", "Customer ID"],
  ])(
    "in %s has the add-in's tables, localized sheets and headers, and date-formatted date columns",
    async (lang, sheet, idHeader) => {
      const bytes = await demoXlsx({ lang, asOf: AS_OF });
      const zip = await JSZip.loadAsync(bytes);
      const tableXml = await Promise.all(
        Object.keys(zip.files)
          .filter((p) => p.startsWith("xl/tables/") && !zip.files[p].dir)
          .map((p) => zip.file(p)!.async("string")),
      );
      for (const key of TABLE_ORDER)
        expect(tableXml.some((x) => x.includes(`name="${TABLES[key].tableName}"`))).toBe(true);
      const book = await readBook(bytes);
      expect(book.tables.customers).toMatchObject({ sheet, headerRow: 1, firstColumn: 0 });
      expect(book.tables.customers!.headers[0]).toBe(idHeader);
      expect(book.tables.customers!.rows[0][4]).toBeInstanceOf(Date); // birthday
      // Gap rules named in the book's language; read back as their keys.
      expect(book.tables.settings!.rows.map((r) => settingKeyOf(String(r[0])))).toEqual([
        "windowMonths",
        "badPaymentPenalty",
        "amountThreshold",
        "closenessThreshold",
        "borderlineMargin",
        "cadenceI",
        "cadenceII",
        "cadenceIII",
        "cadenceIV",
        "renewalDays",
        "asOf",
        "profitMargin",
        "greetingZh",
        "greetingEn",
        "gapSelf",
        "gapSpouse",
        "gapChild",
        "gapParent",
        "gapSelfWithChild",
        "tierThresholds",
        "watchMargin",
        "targetFrame",
        "frameClasses",
        "riskLimits",
        "maturityDays",
        "dailyVisits",
        "dailyCalls",
        "borderlineCadence",
        "birthdayDays",
        "owner",
        "potentialThreshold",
        "shareLow",
        "shareHigh",
        "staleDays",
      ]);
      expect(book.tables.settings!.rows.map((r) => r[0])).toContain(lang === "zh-CN" ? "缺口规则-配偶" : "Gap rule: spouse");
    },
  );

  it.each<[Lang, number]>([
    ["zh-CN", 1],
    ["en-US", 2],
    ["zh-CN", 3],
  ])(
    "in %s (seed %d) fills all four quadrants, is clean, and gives today's plan an appointment, birthdays and a renewal",
    async (lang, seed) => {
      const book = await readBook(await demoXlsx({ lang, asOf: AS_OF, seed }));
      const a = analyze(book, { asOf: AS_OF });
      expect(new Set(a.scores.map((s) => s.quadrant))).toEqual(new Set(["I", "II", "III", "IV"]));
      expect(a.scores.some((s) => s.borderline)).toBe(true);
      expect(a.problems).toEqual([]);
      expect(todayPlan(a).filter((p) => p.reason === "appointment").length).toBeGreaterThanOrEqual(1);
      expect(
        a.book.customers.filter((c) => (daysToBirthday(c.birthday, AS_OF) ?? 99) <= a.book.settings.birthdayDays).length,
      ).toBeGreaterThanOrEqual(1);
      expect(a.book.policies.some((p) => p.endDay !== undefined && p.endDay >= AS_OF && p.endDay <= AS_OF + 60)).toBe(
        true,
      );
      expect(a.book.purchases.toArray().some((p) => p.status === "overdue" || p.status === "badDebt")).toBe(true);
      const reviewed = [...new Set(a.book.assets.map((x) => x.customer))];
      expect(reviewed.length).toBeGreaterThanOrEqual(5);
      for (const c of reviewed) expect(reviewDates(a.book, c).length).toBeGreaterThanOrEqual(3);
      expect(Math.max(...reviewed.map((c) => reviewDates(a.book, c).length))).toBe(6);
      expect(a.book.assets.some((x) => x.assetClass === "loans")).toBe(true);
      expect(maturityCalendar(a.book, AS_OF).length).toBeGreaterThanOrEqual(1);
      const everyReview = reviewed.flatMap((c) =>
        reviewDates(a.book, c).map((d) => computeReview(a.book, a.book.customers[c].id, d)),
      );
      const all = new Set(everyReview.flatMap((r) => (r.ok ? r.review.holdings.map((h) => h.status) : [])));
      expect([...all].sort()).toEqual(["first", "held", "new", "sold"]);

    },
  );

  it("makes a thousand-customer book, with namesakes once the name lists run out", () => {
    const book = demoBook({ lang: "en-US", asOf: AS_OF, customers: 1000 });
    expect(book.tables.customers.rows).toHaveLength(1000);
    expect(new Set(book.tables.customers.rows.map((r) => r[0])).size).toBe(1000);
  });

  it("keeps its dates as 1900-system serials in the plain tables, with the date columns listed", () => {
    const book = demoBook({ lang: "en-US", asOf: AS_OF, customers: 5 });
    const purchases = book.tables.purchases;
    expect(purchases.dateColumns).toEqual([1]);
    for (const row of purchases.rows) expect(row[1]).toEqual(expect.any(Number));
  });
});
