/**
 * Property: how a book is laid out never changes a score (issue 10). Headers renamed to captions
 * from the corpus, columns permuted, title rows above, a totals row and notes below, sheets named
 * otherwise — the scores are those of the tidy book.
 */
import fc from "fast-check";
import corpus from "../fixtures/caption-corpus.json";
import type { Cell } from "../../src/core/table";
import type { GridBook, GridSheet } from "../../src/xlsx/grid";
import { rawBookOf } from "../../src/xlsx/readBook";
import { analyze } from "../../src/core/analyze";
import { parseIsoDay } from "../../src/core/dates";

const AS_OF = parseIsoDay("2026-11-23")!;
const variants = (table: "customers" | "purchases", field: string) =>
  Object.entries((corpus as unknown as Record<string, Record<string, string>>)[table])
    // A caption naming 万元 scales the amount on purpose (tested on its own): not a mere rename.
    .filter(([caption, f]) => f === field && !/万/.test(caption))
    .map(([caption]) => caption);

const CUSTOMER_FIELDS = ["id", "name"] as const;
const PURCHASE_FIELDS = ["id", "date", "amount", "paymentStatus"] as const;
const CANONICAL = { id: "客户编号", name: "客户名称", date: "日期", amount: "金额", paymentStatus: "回款状态" } as Record<string, string>;

interface Layout {
  captions: { customers: string[]; purchases: string[] };
  order: { customers: number[]; purchases: number[] };
  title: Cell[][];
  totals: boolean;
  notes: boolean;
  sheetNames: [string, string];
}

const data = fc.record({
  customers: fc.integer({ min: 2, max: 8 }),
  purchases: fc.array(
    fc.record({
      c: fc.nat(),
      day: fc.integer({ min: 0, max: 500 }),
      amount: fc.integer({ min: 1, max: 100_000 }),
      status: fc.constantFrom("正常", "逾期", "坏账", "待回款"),
    }),
    { maxLength: 15 },
  ),
});

const layout: fc.Arbitrary<Layout> = fc.record({
  captions: fc.record({
    customers: fc.tuple(...CUSTOMER_FIELDS.map((f) => fc.constantFrom(...variants("customers", f)))),
    purchases: fc.tuple(...PURCHASE_FIELDS.map((f) => fc.constantFrom(...variants("purchases", f)))),
  }),
  order: fc.record({
    customers: fc.shuffledSubarray([0, 1], { minLength: 2, maxLength: 2 }),
    purchases: fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4, maxLength: 4 }),
  }),
  title: fc.constantFrom<Cell[][]>([], [["客户名单 2026"]], [["交易明细"], ["导出时间:", "2026-11-20"], []], [["Report"], ["Branch:", "East"]]),
  totals: fc.boolean(),
  notes: fc.boolean(),
  sheetNames: fc.constantFrom<[string, string]>(["客户", "购买记录"], ["Sheet1", "Sheet2"], ["Clients", "Deals 2026"]),
}) as fc.Arbitrary<Layout>;

type Data = typeof data extends fc.Arbitrary<infer T> ? T : never;

function book(d: Data, l?: Layout): GridBook {
  const customers: Cell[][] = Array.from({ length: d.customers }, (_, i) => [`C${i + 1}`, `客户${i + 1}`]);
  const purchases: Cell[][] = d.purchases.map((p) => [
    `C${(p.c % d.customers) + 1}`,
    new Date(Date.UTC(2025, 6, 1) + p.day * 86_400_000),
    p.amount,
    p.status,
  ]);
  const sheet = (name: string, headers: string[], rows: Cell[][], order: number[]): GridSheet => {
    const pick = (row: Cell[]) => order.map((i) => row[i] ?? null);
    const body: Cell[][] = [...(l?.title ?? []), pick(headers), ...rows.map(pick)];
    if (l?.totals) body.push(["合计", null, null, null].slice(0, order.length));
    if (l?.notes) body.push([], ["注:以上数据截至 2026 年 11 月"]);
    return { name, rows: body };
  };
  const id = (n: number) => Array.from({ length: n }, (_, i) => i);
  return {
    date1904: false,
    tables: [],
    sheets: [
      sheet(l?.sheetNames[0] ?? "客户", l ? l.captions.customers : CUSTOMER_FIELDS.map((f) => CANONICAL[f]), customers, l?.order.customers ?? id(2)),
      sheet(l?.sheetNames[1] ?? "购买记录", l ? l.captions.purchases : PURCHASE_FIELDS.map((f) => CANONICAL[f]), purchases, l?.order.purchases ?? id(4)),
    ],
  };
}

const scoresOf = (g: GridBook) =>
  analyze(rawBookOf(g), { asOf: AS_OF, lang: "zh-CN" }).scores.map((s) => [s.id, s.quadrant, s.amount, s.closeness, s.borderline]);

describe("a book's layout", () => {
  it("never changes a score: captions from the corpus, permuted columns, titles, totals, notes, other sheet names", () => {
    fc.assert(
      fc.property(data, layout, (d, l) => {
        expect(scoresOf(book(d, l))).toEqual(scoresOf(book(d)));
      }),
      { numRuns: 150, seed: 20261123 },
    );
  });
});
