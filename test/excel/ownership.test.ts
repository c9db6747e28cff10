/**
 * What the add-in wrote stays its own on every road a book travels: `crm score --out`, the
 * workbench's download, a copy saved by a program that drops hidden names, a pane in the other
 * language. After any of them, a refresh leaves one set of computed columns, one quadrant chart
 * sheet and one dashboard — named in the book's language.
 */
import JSZip from "jszip";
import { createExcelHost } from "../../src/excel/excelHost";
import type { FakeExcel } from "../../src/fake-excel";
import { xlsxToFake } from "../../src/workbench/xlsxToFake";
import { fakeToXlsx } from "../../src/workbench/fakeToXlsx";
import { COMPUTED_COLUMNS, matchKey } from "../../src/core/schema";
import { TODAY, chinesePlainBook, open } from "./support";
import { crm } from "../cli/harness";
import { tempDir, writeTemp, zhTableBook } from "../fixtures/workbooks";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const CHART_SHEETS = /^(象限图|quadrant chart)/i;
const DASHBOARD_SHEETS = /^(仪表板|dashboard)/i;

/** The customer table's headers that are one of the computed columns (any language, any "(CRM)" form). */
function computedHeaders(fake: FakeExcel): string[] {
  const table = fake.workbook.tablesInfo().find((t) => t.name.toLowerCase() === "crmcustomers")!;
  const captions = COMPUTED_COLUMNS.flatMap((c) => [matchKey(c.zh), matchKey(c.en)]);
  return table.headers.filter((h) => captions.some((c) => matchKey(h).startsWith(c)));
}

function ownedSheets(fake: FakeExcel): { charts: string[]; dashboards: string[] } {
  const names = fake.workbook.sheetNames();
  return { charts: names.filter((n) => CHART_SHEETS.test(n)), dashboards: names.filter((n) => DASHBOARD_SHEETS.test(n)) };
}

/** Opens a file as the workbench does and refreshes it with a pane in `lang`. */
async function openAndRefresh(bytes: Uint8Array, lang: "zh-CN" | "en-US" = "zh-CN"): Promise<FakeExcel> {
  const { fake } = await xlsxToFake(bytes);
  fake.install(globalThis);
  await createExcelHost({ today: () => TODAY }).refresh(lang);
  return fake;
}

/** A copy as another program saves it: the same cells, tables and formats, no hidden names. */
async function withoutNames(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  zip.file("xl/workbook.xml", xml.replace(/<definedNames>[\s\S]*?<\/definedNames>/, ""));
  return zip.generateAsync({ type: "uint8array" });
}

/** A book set up and refreshed once in the in-memory Excel, then downloaded as the workbench does. */
async function downloadedBook(lang: "zh-CN" | "en-US" = "zh-CN"): Promise<{ fake: FakeExcel; bytes: Uint8Array }> {
  const { fake, host } = open();
  chinesePlainBook(fake, 12);
  await host.setup(lang);
  await host.refresh(lang);
  return { fake, bytes: await fakeToXlsx(fake) };
}

function expectOneSet(fake: FakeExcel, zh = true): void {
  const wanted = COMPUTED_COLUMNS.map((c) => (zh ? c.zh : c.en));
  expect(computedHeaders(fake)).toEqual(wanted);
  expect(ownedSheets(fake)).toEqual(zh ? { charts: ["象限图"], dashboards: ["仪表板"] } : { charts: ["Quadrant chart"], dashboards: ["Dashboard"] });
}

describe("what the add-in wrote stays its own", () => {
  test("a book scored by `crm score --out`, opened and refreshed twice, has seven computed columns, one chart sheet and one dashboard", async () => {
    const dir = tempDir();
    const input = writeTemp(dir, "book.xlsx", await zhTableBook());
    const out = join(dir, "scored.xlsx");
    const r = await crm(["score", input, "--as-of", "2026-03-31", "--out", out]);
    expect(r.code).toBe(0);
    const fake = await openAndRefresh(new Uint8Array(readFileSync(out)));
    expectOneSet(fake);
    await createExcelHost({ today: () => TODAY }).refresh("zh-CN");
    expectOneSet(fake);
  });

  test("the workbench's download, opened again and refreshed, has one set of computed columns, one chart sheet and one dashboard", async () => {
    const { bytes } = await downloadedBook();
    const fake = await openAndRefresh(bytes);
    expectOneSet(fake);
  });

  test("the workbench's download keeps the add-in's hidden names, so a user's renamed chart sheet stays the chart sheet", async () => {
    const { fake, bytes: first } = await downloadedBook();
    expect(first.length).toBeGreaterThan(0);
    fake.workbook.user.renameSheet("象限图", "我的象限");
    const again = await openAndRefresh(await fakeToXlsx(fake));
    expect(again.workbook.sheetNames().filter((n) => CHART_SHEETS.test(n) || n === "我的象限")).toEqual(["我的象限"]);
    expect(again.workbook.chartsOf("我的象限").map((c) => c.name)).toContain("crmQuadrantChart");
  });

  test("a copy with the hidden names stripped, as another program saves it, still ends with one set after a refresh", async () => {
    const { bytes } = await downloadedBook();
    const fake = await openAndRefresh(await withoutNames(bytes));
    expectOneSet(fake);
  });

  test("a `score --out` copy with its names stripped is still recognised by the columns' marker", async () => {
    const dir = tempDir();
    const input = writeTemp(dir, "book.xlsx", await zhTableBook());
    const out = join(dir, "scored.xlsx");
    expect((await crm(["score", input, "--as-of", "2026-03-31", "--out", out])).code).toBe(0);
    const fake = await openAndRefresh(await withoutNames(new Uint8Array(readFileSync(out))));
    expectOneSet(fake);
  });

  test("a Chinese book refreshed with the English pane adds nothing English-named", async () => {
    const { fake, host } = open();
    chinesePlainBook(fake, 12);
    await host.refresh("en-US");
    await host.refresh("en-US");
    expectOneSet(fake);
    const ascii = /^[\x20-\x7e]+$/;
    const sheetsBefore = ["客户", "购买记录", "跟进记录"];
    const added = fake.workbook.sheetNames().filter((n) => !sheetsBefore.includes(n));
    expect(added.length).toBeGreaterThan(0);
    expect(added.filter((n) => ascii.test(n))).toEqual([]);
    const history = fake.workbook.tablesInfo().find((t) => t.name.toLowerCase() === "crmhistory")!;
    expect(history.headers.filter((h) => ascii.test(h))).toEqual([]);
  });

  test("an English book refreshed with the Chinese pane gets English-named columns and sheets", async () => {
    const { fake, host } = open();
    const u = fake.workbook.user;
    u.renameSheet("Sheet1", "Customers");
    u.setValues("Customers", "A1", [["Customer ID", "Name"], ["C1", "Ann"], ["C2", "Bob"]]);
    u.addSheet("Purchases");
    u.setValues("Purchases", "A1", [["Customer ID", "Date", "Amount"], ["C1", 46000, 100], ["C2", 46010, 300]]);
    await host.refresh("zh-CN");
    expectOneSet(fake, false);
  });

  test("a user's own column called 象限 without the add-in's marker stays the user's: the add-in adds its own beside it", async () => {
    const { fake, host } = open();
    chinesePlainBook(fake, 6);
    fake.workbook.user.setValues("客户", "E1", [["象限"], ["甲"], ["乙"], ["甲"], ["乙"], ["甲"], ["乙"]]);
    await host.setup("zh-CN");
    await host.refresh("zh-CN");
    const bytes = await withoutNames(await fakeToXlsx(fake));
    const again = await openAndRefresh(bytes);
    const values = again.workbook.values("客户");
    const userCol = values[0].indexOf("象限");
    expect(values.slice(1).map((r) => r[userCol])).toEqual(["甲", "乙", "甲", "乙", "甲", "乙"]);
    expect(computedHeaders(again).filter((h) => h.startsWith("象限"))).toEqual(["象限", "象限（CRM）"]);
  });
});
