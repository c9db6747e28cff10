/**
 * Everything the add-in writes into a Chinese workbook — its columns, the dashboard, the quadrant
 * chart, a coverage sheet, an asset review, sheet and chart titles — and what the command line
 * prints for it reads as Chinese is written: full-width punctuation next to Chinese (BRIEF).
 * The string-table test guards each string; this one guards the text put together from them.
 */
import { open, TODAY } from "./support";
import { demoToFake } from "../../src/workbench/demoToFake";
import { createExcelHost } from "../../src/excel/excelHost";
import { demoXlsx } from "../../src/demo/writeDemo";
import { halfWidthNextToChinese } from "../support/punctuation";
import { crm } from "../cli/harness";
import { tempDir, writeTemp } from "../fixtures/workbooks";
import type { FakeExcel } from "../../src/fake-excel";

function offending(texts: Iterable<string>): string[] {
  return [...new Set(texts)].flatMap((s) => halfWidthNextToChinese(s).map((m) => `${s.slice(0, 60)} → ${m}`));
}

function workbookTexts(fake: FakeExcel): string[] {
  const out: string[] = [];
  for (const sheet of fake.workbook.sheetNames()) {
    out.push(sheet);
    for (const row of fake.workbook.values(sheet)) for (const v of row) if (typeof v === "string" && !v.startsWith("=")) out.push(v);
    for (const chart of fake.workbook.chartsOf(sheet)) {
      out.push(chart.name, chart.title.text);
      for (const s of chart.series) out.push(s.name);
    }
  }
  return out;
}

describe("Chinese text the add-in puts together", () => {
  test("every sheet, chart and column it writes into the Chinese demo book uses full-width punctuation next to Chinese", async () => {
    open();
    const fake = demoToFake({ lang: "zh-CN", asOf: TODAY });
    fake.install(globalThis);
    const host = createExcelHost({ today: () => TODAY });
    await host.setup("zh-CN");
    await host.refresh("zh-CN");
    await host.coverageSheet("zh-CN", "C001");
    const review = await host.buildReview("zh-CN", "C001");
    expect(review.ok).toBe(true);
    const texts = workbookTexts(fake);
    expect(texts.length).toBeGreaterThan(1000);
    expect(offending(texts)).toEqual([]);
  }, 120_000);

  test("every command of the command line prints Chinese with full-width punctuation for the Chinese demo book", async () => {
    const file = writeTemp(tempDir(), "演示.xlsx", await demoXlsx({ lang: "zh-CN", asOf: TODAY }));
    const outputs: string[] = [];
    for (const args of [
      ["score"],
      ["plan"],
      ["check"],
      ["check", "--group"],
      ["columns"],
      ["coverage"],
      ["coverage", "--customer", "C001"],
      ["review", "--customer", "C001"],
    ]) {
      const [command, ...rest] = args;
      const r = await crm([command, file, "--as-of", "2026-03-31", ...rest]);
      outputs.push(...r.stdout.split("\n"), ...r.stderr.split("\n"));
    }
    outputs.push(...(await crm(["--help"], { LANG: "zh_CN.UTF-8" })).stdout.split("\n"));
    expect(outputs.join("\n")).toMatch(/象限/);
    expect(offending(outputs)).toEqual([]);
  }, 120_000);
});
