/**
 * Property (issue 24): a layout never changes a score. For seeded books from the generator
 * (generator.ts: captions, column order, titles, group headings, translated and repeated headers,
 * footers, several money columns, ledgers with no customer sheet), every customer's quadrant,
 * amount, closeness and borderline flag are those of the tidy book it stands for. Books where two
 * columns or sheets are equally plausible must say so instead.
 */
import { rawBookOf } from "../../src/xlsx/readBook";
import { analyze } from "../../src/core/analyze";
import type { GridBook } from "../../src/xlsx/grid";
import { AS_OF } from "./book";
import { generateBook } from "./generator";

export function scoresOf(grid: GridBook): string[] {
  return analyze(rawBookOf(grid), { asOf: AS_OF, lang: "zh-CN" })
    .scores.map((s) => `${s.id}|${s.quadrant}|${s.amount.toFixed(2)}|${s.closeness.toFixed(4)}|${s.borderline}`)
    .sort();
}

describe("a book laid out the way a rep keeps it", () => {
  it("scores every customer as the tidy book does, on 200 generated layouts", () => {
    const differ: string[] = [];
    let checked = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const g = generateBook(seed, "train");
      if (g.warningDue) continue;
      checked++;
      if (JSON.stringify(scoresOf(g.grid)) !== JSON.stringify(scoresOf(g.tidy))) differ.push(`${seed}: ${g.traits.join(", ")}`);
    }
    expect(checked).toBeGreaterThan(140);
    expect(differ).toEqual([]);
  }, 120_000);

  it("says which columns or sheets it chose between where two fit as well", () => {
    const silent: string[] = [];
    for (let seed = 1; seed <= 200; seed++) {
      const g = generateBook(seed, "train");
      if (!g.warningDue) continue;
      const a = analyze(rawBookOf(g.grid), { asOf: AS_OF, lang: "zh-CN" });
      if (!a.problems.some((p) => p.code === "column.ambiguous" || p.code === "table.ambiguous")) silent.push(`${seed}: ${g.traits.join(", ")}`);
    }
    expect(silent).toEqual([]);
  }, 120_000);
});
