/**
 * Today's plan on the demo books (issue 21): the Today tab's entries — the pane's own path, the
 * demo typed into the in-memory Excel, set up and refreshed by the add-in's host — are exactly
 * `crm plan --json` on the same demo written as an .xlsx, at every demo size; and at 2,000
 * customers the plan is a day's work, not half the book.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { demoXlsx } from "../../src/demo/writeDemo";
import { demoToFake } from "../../src/workbench/demoToFake";
import { createExcelHost } from "../../src/excel/excelHost";
import { parseIsoDay } from "../../src/core/dates";
import { planForPane } from "../../src/core/plan";
import type { Lang } from "../../src/core/i18n";
import { crm } from "./harness";
import { tempDir } from "../fixtures/workbooks";

const AS_OF = "2026-03-05";

describe("today's plan on the demo books", () => {
  const dir = tempDir();

  it.each<[number, Lang]>([
    [40, "zh-CN"],
    [300, "en-US"],
    [2_000, "zh-CN"],
  ])(
    "at %d customers (%s) is the same in the pane as in `crm plan`, within the day's capacity",
    async (customers, lang) => {
      const asOf = parseIsoDay(AS_OF)!;
      const fake = demoToFake({ lang, asOf, customers });
      fake.install(globalThis);
      const host = createExcelHost({ today: () => asOf });
      await host.setup(lang);
      const { analysis } = await host.refresh(lang);
      const pane = planForPane(analysis);

      const file = join(dir, `demo-${customers}.xlsx`);
      await writeFile(file, await demoXlsx({ lang, asOf, customers }));
      const { code, stdout } = await crm(["plan", file, "--as-of", AS_OF, "--json"]);
      expect(code).toBe(0);
      const cli = JSON.parse(stdout) as { id: string; reason: string; channel: string; slot: string }[];
      expect(pane.today.map((p) => [p.id, p.reason, p.channel, p.slot])).toEqual(cli.map((p) => [p.id, p.reason, p.channel, p.slot]));

      const s = analysis.book.settings;
      const appointments = pane.today.filter((p) => p.reason === "appointment").length;
      expect(pane.today.length).toBeGreaterThan(0);
      expect(pane.today.length).toBeLessThanOrEqual(s.dailyVisits! + s.dailyCalls! + appointments);
      expect(pane.today.filter((p) => p.slot === "visit" && p.reason !== "appointment").length).toBeLessThanOrEqual(s.dailyVisits!);
      if (customers === 2_000) expect(pane.later.length).toBeGreaterThan(100); // the rest is still due, later
    },
    240_000,
  );
});
