/**
 * Requirement sets. The manifest's `<Set Name="ExcelApi" MinVersion=…>` decides which Excel offers
 * the add-in at all; a member above it would fail with ApiNotFound on an Excel that qualifies. The
 * in-memory Excel, run at the declared level with the sets of `@types/office-js`, refuses any
 * member above it and records every member used: the whole add-in is driven through it here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createExcelHost } from "../../src/excel/excelHost";
import { demoToFake } from "../../src/workbench/demoToFake";
import { linkBook } from "../../src/core/book";
import { reviewDates } from "../../src/core/review";
import { dayFromYmd } from "../../src/core/dates";
import { parseXml, type XmlElement } from "../../scripts/check-manifest";
import { compareSets, excelApiSets } from "../support/apiSets";

const AS_OF = dayFromYmd(2026, 3, 31)!;

function declaredExcelApi(file: string): string {
  const root = parseXml(readFileSync(join(__dirname, "../..", file), "utf8"));
  const all = (el: XmlElement): XmlElement[] => [el, ...el.children.flatMap(all)];
  return all(root).find((e) => e.name === "Set" && e.attrs.Name === "ExcelApi")!.attrs.MinVersion;
}

/** Every operation of the host, on the demo book, at API `level`; the members used and their sets. */
async function driveEverything(level: string): Promise<Map<string, string>> {
  const fake = demoToFake({ lang: "zh-CN", asOf: AS_OF, excel: { api: { level, members: excelApiSets() } } });
  fake.install(globalThis);
  const host = createExcelHost({ today: () => AS_OF });
  await host.setup("zh-CN");
  const changed: string[][] = [];
  const stopTables = await host.onTablesChanged((t) => changed.push(t));
  const stopSelection = await host.onSelectionChanged(() => undefined);
  const result = await host.refresh("zh-CN");
  const raw = await host.readBook();
  await host.select({ sheet: raw.tables.customers!.sheet, row: 2, columnIndex: 1 });
  fake.workbook.user.setValues(raw.tables.purchases!.sheet, "D2", [[123]]);
  await fake.workbook.whenIdle();
  const book = linkBook(raw, "zh-CN");
  const client = book.customers[book.assets[0].customer];
  const review = await host.buildReview("zh-CN", client.id, reviewDates(book, book.assets[0].customer).at(-1));
  expect(review.ok).toBe(true);
  if (review.ok) await host.reviewImages(review.layout.key);
  await host.writeRows({
    table: "followUps",
    append: [{ id: result.analysis.scores[0].id, date: { day: AS_OF }, channel: "电话", summary: "问候" }],
  });
  await stopTables();
  await stopSelection();
  expect(changed.length).toBeGreaterThan(0);
  return fake.api.used;
}

describe("requirement sets", () => {
  it("the manifest's ExcelApi version is exactly the highest set of any member the add-in uses unconditionally", async () => {
    const declared = declaredExcelApi("manifest.xml");
    const used = await driveEverything(declared); // throws ApiNotFound if a member is above it
    const highest = [...used.entries()].sort((a, b) => compareSets(b[1], a[1]));
    expect({ declared, highest: highest[0][1] }).toEqual({ declared, highest: declared });
    // Which members need it (a reader of a failure sees them).
    expect(highest.filter(([, s]) => s === declared).map(([m]) => m).length).toBeGreaterThan(0);
  }, 120_000);

  it("on an Excel one version below, the add-in meets ApiNotFound, as it would there", async () => {
    const [major, minor] = declaredExcelApi("manifest.xml").split(".").map(Number);
    await expect(driveEverything(`${major}.${minor - 1}`)).rejects.toMatchObject({ code: "ApiNotFound" });
  }, 120_000);
});
