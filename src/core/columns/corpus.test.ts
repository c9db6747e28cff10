/**
 * The matcher against a corpus of real-world captions (test/fixtures/caption-corpus.json): each
 * caption alone, as a one-column sheet, must mean the field the corpus says — or nothing.
 */
import corpus from "../../../test/fixtures/caption-corpus.json";
import type { TableKey } from "../table";
import { proposeColumnMap } from "./match";

type Entry = { table: TableKey; caption: string; expected: string };

const entries: Entry[] = Object.entries(corpus as Record<string, unknown>)
  .filter(([table]) => !table.startsWith("_"))
  .flatMap(([table, captions]) =>
    Object.entries(captions as Record<string, string>).map(([caption, expected]) => ({ table: table as TableKey, caption, expected })),
  );

function matchedField(e: Entry): string {
  const map = proposeColumnMap(e.table, [e.caption]);
  return Object.values(map.fields).find((f) => f.index === 0)?.field ?? "none";
}

export function corpusFigures() {
  const results = entries.map((e) => ({ ...e, got: matchedField(e) }));
  const matched = results.filter((r) => r.got !== "none");
  const correct = matched.filter((r) => r.got === r.expected);
  const meant = results.filter((r) => r.expected !== "none");
  return {
    size: entries.length,
    precision: correct.length / matched.length,
    recall: correct.length / meant.length,
    wrong: results.filter((r) => r.got !== r.expected),
  };
}

describe("the caption corpus", () => {
  it("holds at least 150 real-world captions in Chinese and English", () => {
    expect(entries.length).toBeGreaterThanOrEqual(150);
    expect(entries.some((e) => /[\u4e00-\u9fff]/.test(e.caption))).toBe(true);
    expect(entries.some((e) => /^[\x20-\x7e]+$/.test(e.caption))).toBe(true);
  });

  it("is read with a precision of at least 98% and a recall of at least 95%", () => {
    const { precision, recall, wrong } = corpusFigures();
    // On failure the misreads are listed, so the run says which captions to look at.
    const misread = wrong.map((w) => `${w.table}: ${w.caption} → ${w.got} (means ${w.expected})`);
    expect({ precision: precision >= 0.98, recall: recall >= 0.95 }).toEqual(
      precision >= 0.98 && recall >= 0.95 ? { precision: true, recall: true } : { misread },
    );
  });

  it("never reads a row number, an ID card or a paid amount as a field the scoring uses", () => {
    for (const [table, caption] of [
      ["customers", "序号"],
      ["customers", "身份证号"],
      ["purchases", "回款金额"],
      ["purchases", "回款日期"],
      ["purchases", "Amount Paid"],
    ] as const) {
      expect(matchedField({ table, caption, expected: "none" })).toBe("none");
    }
  });
});
