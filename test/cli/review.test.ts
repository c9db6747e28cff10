import { readFileSync } from "node:fs";
import { join } from "node:path";
import { crm } from "./harness";
import { tempDir, writeTemp } from "../fixtures/workbooks";
import { demoXlsx } from "../../src/demo/writeDemo";
import { demoToFake } from "../../src/workbench/demoToFake";
import { createExcelHost } from "../../src/excel/excelHost";
import { buildReviewSheet } from "../../src/excel/reviewSheet";
import { initialState } from "../../src/excel/state";
import { linkBook } from "../../src/core/book";
import { computeReview, reviewDates } from "../../src/core/review";
import { reviewReport } from "../../src/core/reviewHtml";
import { dayFromYmd, formatDay } from "../../src/core/dates";
import type { ReviewJson } from "../../src/core/reviewView";
import type { CellValue } from "../../src/fake-excel";

const AS_OF = dayFromYmd(2026, 3, 31)!;

/** The figures of a review sheet, read as a person reads it: by the captions in column A. */
function sheetFigures(cells: CellValue[][], holdings: number) {
  const rowOf = (caption: string) => cells.findIndex((r) => r[0] === caption);
  const after = (title: string, width: number) => {
    const out: CellValue[][] = [];
    for (let i = rowOf(title) + 2; i < cells.length && cells[i][0] !== ""; i++) out.push(cells[i].slice(0, width));
    return out;
  };
  return {
    holdings: cells.slice(6, 6 + holdings).map((r) => r.slice(6, 10).map((v) => (v === "" ? null : v))),
    totals: ["总资产", "总负债", "净资产"].map((c) => cells[rowOf(c)][6]),
    mix: after("资产配置（按类别）", 3),
    history: after("历次回顾总资产与净资产", 3),
  };
}

describe("crm review", () => {
  const dir = tempDir();

  it("--json gives the same figures as the review sheet, for every review of the demo workbook", async () => {
    const file = writeTemp(dir, "demo.xlsx", await demoXlsx({ lang: "zh-CN", asOf: AS_OF }));
    const fake = demoToFake({ lang: "zh-CN", asOf: AS_OF });
    fake.install(globalThis);
    const book = linkBook(await createExcelHost({ today: () => AS_OF }).readBook(), "zh-CN");
    const state = initialState({ today: () => AS_OF });
    let compared = 0;
    for (const c of new Set(book.assets.map((a) => a.customer))) {
      const id = book.customers[c].id;
      for (const d of reviewDates(book, c)) {
        const { code, stdout } = await crm(["review", file, "--customer", id, "--date", formatDay(d), "--json"]);
        expect(code).toBe(0);
        const json = JSON.parse(stdout) as ReviewJson;
        const built = await fake.Excel.run((ctx) => buildReviewSheet(ctx, state, "zh-CN", id, d));
        if (!built.ok) throw new Error(built.code);
        const sheet = sheetFigures(fake.workbook.values(built.sheet), json.holdings.length);
        expect(sheet.holdings).toEqual(json.holdings.map((h) => [h.value, h.share, h.change, h.changePct]));
        expect(sheet.totals).toEqual([json.totals.assets, json.totals.liabilities, json.totals.netWorth]);
        expect(sheet.mix.map((r) => [r[1], r[2]])).toEqual(json.mix.map((m) => [m.value, m.share]));
        expect(sheet.history).toEqual(json.history.map((h) => [h.date, h.assets, h.netWorth]));
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(18);
  }, 120_000);

  it("the pane's report to send is byte for byte the file `crm review --out` writes, for every review of the demo workbook", async () => {
    const file = writeTemp(dir, "demo-report.xlsx", await demoXlsx({ lang: "zh-CN", asOf: AS_OF }));
    const fake = demoToFake({ lang: "zh-CN", asOf: AS_OF });
    fake.install(globalThis);
    // The pane's road: the book its refresh read through Excel, and the function its button calls.
    const { analysis } = await createExcelHost({ today: () => AS_OF }).refresh("zh-CN");
    const book = analysis.book;
    let compared = 0;
    for (const c of new Set(book.assets.map((a) => a.customer))) {
      const id = book.customers[c].id;
      for (const d of reviewDates(book, c)) {
        const out = join(dir, `report-${id}-${d}.html`);
        const { code } = await crm(["review", file, "--customer", id, "--date", formatDay(d), "--out", out, "--lang", "zh-CN"]);
        expect(code).toBe(0);
        const review = computeReview(book, id, d);
        if (!review.ok) throw new Error(review.code);
        expect(reviewReport(book, review.review, "zh-CN")).toBe(readFileSync(out, "utf8"));
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(18);
  }, 120_000);

  it("prints exactly the keys of SPEC 8, with null change on a first review and loans never in the mix", async () => {
    const file = writeTemp(dir, "demo-keys.xlsx", await demoXlsx({ lang: "en-US", asOf: AS_OF }));
    const { stdout } = await crm(["review", file, "--customer", "C001", "--date", "2026-01-23", "--json"]);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual([
      "id",
      "name",
      "date",
      "previousDate",
      "holdings",
      "mix",
      "totals",
      "history",
      "tier",
      "watch",
      "riskExceeded",
      "maturing",
    ]);
    expect(json.previousDate).toBeNull();
    for (const h of json.holdings) expect([h.change, h.changePct]).toEqual([null, null]);
    expect(json.holdings.some((h: { class: string }) => h.class === "loans")).toBe(true);
    expect(json.mix.some((m: { class: string }) => m.class === "loans")).toBe(false);
  });

  it("says in one line which ID or date it cannot review, and exits 2", async () => {
    const file = writeTemp(dir, "demo-err.xlsx", await demoXlsx({ lang: "zh-CN", asOf: AS_OF }));
    const unknown = await crm(["review", file, "--customer", "X404", "--json"]);
    expect([unknown.code, unknown.stdout, unknown.stderr.trim()]).toEqual([2, "", "没有客户编号为“X404”的客户。"]);
    const noDate = await crm(["review", file, "--customer", "C001", "--date", "2026-01-01", "--lang", "en-US"]);
    expect(noDate.code).toBe(2);
    expect(noDate.stderr).toMatch(/^Client C001 has no review on 2026-01-01; review dates: 2026-01-23, /);
  });

  it("--out writes one self-contained HTML report in the user's language, without touching the workbook", async () => {
    const bytes = await demoXlsx({ lang: "zh-CN", asOf: AS_OF });
    const file = writeTemp(dir, "demo-html.xlsx", bytes);
    const out = join(dir, "review.html");
    const { code } = await crm(["review", file, "--customer", "C001", "--out", out]);
    expect(code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(html).toContain("资产回顾");
    expect(html).toContain('data-chart="pie"');
    expect(html).toContain('data-chart="column"');
    expect(html).toContain("@media print");
    expect(html).not.toMatch(/https?:\/\/|<script|<link/);
    expect(new Uint8Array(readFileSync(file))).toEqual(bytes);
  });
});
