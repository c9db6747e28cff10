/**
 * The faster linking (column handles, interned cells and products, a loop per table) gives what
 * the linking before it gave, on 400 seeded random books with every kind of odd cell: the same
 * records, problems in the same order, column positions, settings, and the same scores,
 * thresholds and sorted problems at three month-end as-of dates. The expected digests were
 * written by the core before the change (scripts/link-reference.ts says how, and when to rewrite
 * them); a failing seed can be printed in full with `linkedText(linkBook(randomBook(seed)))`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { linkBook } from "./book";
import { analyze } from "./analyze";
import { REFERENCE_AS_OF, randomBook } from "../../test/support/linkBooks";
import { digest, linkedText, scoredText } from "../../test/support/linkDigest";

const reference = JSON.parse(readFileSync(join(__dirname, "../../test/fixtures/link-reference.json"), "utf8")) as Record<
  string,
  { link: string; scores: string[] }
>;

describe("linking and scoring, against the reference digests", () => {
  it("covers 400 books with customers, purchases and problems of every kind", () => {
    const seeds = Object.keys(reference);
    expect(seeds).toHaveLength(400);
    const books = seeds.map((s) => linkBook(randomBook(Number(s))));
    const codes = new Set<string>(books.flatMap((b) => b.problems.map((p) => p.code)));
    for (const code of ["orphan", "id.duplicate", "id.lookalike", "id.invalid", "date.invalid", "date.serial", "date.text", "amount.text", "enum.unknown", "row.total", "row.note", "row.header", "value.excelError", "value.unsavedFormula"])
      expect([code, codes.has(code)]).toEqual([code, true]);
    expect(books.reduce((n, b) => n + b.purchases.length, 0)).toBeGreaterThan(2000);
  });

  it("links every book as the reference did", () => {
    const differ = Object.entries(reference)
      .filter(([seed, want]) => digest(linkedText(linkBook(randomBook(Number(seed))))) !== want.link)
      .map(([seed]) => Number(seed));
    expect(differ).toEqual([]);
  });

  it("scores every book as the reference did at each as-of date", () => {
    const differ: string[] = [];
    for (const [seed, want] of Object.entries(reference)) {
      const raw = randomBook(Number(seed));
      REFERENCE_AS_OF.forEach((asOf, i) => {
        if (digest(scoredText(analyze(raw, { asOf }))) !== want.scores[i]) differ.push(`${seed}@${i}`);
      });
    }
    expect(differ).toEqual([]);
  });
});
