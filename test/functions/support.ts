/**
 * Books, a host stub and Excel-like invocations for the functions' tests.
 */
import type { Cell, RawBook, RawTable, TableKey } from "../../src/core/table";
import type { BookSource } from "../../src/functions/engine";
import { bindSharedEngine, type EngineOptions, type FunctionEngine } from "../../src/functions/engine";
import { FunctionError } from "../../src/functions/runtime";
import { book, customers, serial, table } from "../support/rawBook";

export const AS_OF = "2026-03-31";

/** Purchases as [id, isoDate, amount, status?]. */
export type PurchaseRow = [Cell, string, number, string?];

export function purchasesTable(rows: PurchaseRow[]): RawTable {
  return table(
    "购买记录",
    ["客户编号", "日期", "产品", "金额", "回款状态"],
    rows.map(([id, date, amount, status]) => [id, serial(date), "基金", amount, status ?? "正常"]),
  );
}

export function settingsTable(rows: [string, Cell][]): RawTable {
  return table("设置", ["键", "值"], rows);
}

/**
 * Four customers, one per quadrant, as of 2026-03-31 (settings table), window 12 months:
 * - C1 1000 over 3 purchases → I;  C2 900 in 1 → II;  C3 100 in 1 → III;
 * - C5 200 over 3, one overdue → closeness 1.5/12 → IV (closeness median 1.25/12).
 * Plus customer 7 (a number ID) without purchases → III, never contacted.
 * Adding one purchase to C3 makes it IV and raises the closeness median to 1.75/12, which
 * moves C5 from IV to III.
 */
export function quadrantBook(): RawBook {
  return book({
    customers: table(
      "客户",
      ["客户编号", "客户名称", "电话", "生日"],
      [
        ["C1", "客户1", "13800000001", serial("1980-05-01")],
        ["C2", "客户2", "", null],
        ["C3", "客户3", "13800000003", null],
        ["C5", "客户5", "", null],
        [7, "客户7", "", null],
      ],
    ),
    purchases: purchasesTable(THE_PURCHASES),
    followUps: table(
      "跟进记录",
      ["客户编号", "日期", "方式", "下次约见"],
      [["C2", serial("2026-03-20"), "拜访", serial("2026-04-02")]],
    ),
    settings: settingsTable([["asOf", AS_OF]]),
    assets: table("资产", ["客户编号", "回顾日期", "资产类别", "市值"], [["C1", serial("2026-01-31"), "基金", 10000]]),
  });
}

/** `n` customers C1…Cn; customer i buys (i mod 3) + 1 times, for amounts that vary with i: all four quadrants. */
export function manyCustomers(n: number): RawBook {
  return book({
    customers: customers(n),
    purchases: purchasesTable(
      Array.from({ length: n }, (_, i) =>
        Array.from({ length: (i % 3) + 1 }, (): PurchaseRow => [`C${i + 1}`, "2026-03-01", ((i * 7) % 100) + 1]),
      ).flat(),
    ),
    settings: settingsTable([["asOf", AS_OF]]),
  });
}

export const THE_PURCHASES: PurchaseRow[] = [
  ["C1", "2026-01-10", 300],
  ["C1", "2026-02-10", 300],
  ["C1", "2026-03-10", 400],
  ["C2", "2026-02-15", 900],
  ["C3", "2026-01-20", 100],
  ["C5", "2026-01-05", 50],
  ["C5", "2026-02-05", 50, "逾期"],
  ["C5", "2026-03-05", 100],
];

/** The purchase that moves C3 from III to IV (and C5 from IV to III with the median). */
export const C3_PURCHASE: PurchaseRow = ["C3", "2026-03-25", 10];

/** A workbook host: counts reads, hands out copies, and emits change events on demand. */
export class StubHost implements BookSource {
  reads = 0;
  private handlers: ((tables: TableKey[]) => void)[] = [];
  failNext?: Error;
  /** While set, reads wait for it (a slow Excel). */
  gate?: Promise<void>;

  constructor(public book: RawBook) {}

  async readBook(): Promise<RawBook> {
    this.reads++;
    const snapshot = structuredClone(this.book);
    if (this.gate) await this.gate;
    if (this.failNext) {
      const e = this.failNext;
      this.failNext = undefined;
      throw e;
    }
    return snapshot;
  }

  async onTablesChanged(handler: (tables: TableKey[]) => void): Promise<() => Promise<void>> {
    this.handlers.push(handler);
    return async () => {
      this.handlers = this.handlers.filter((h) => h !== handler);
    };
  }

  emit(tables: TableKey[]): void {
    for (const h of this.handlers) h(tables);
  }

  /** Appends a purchase row (as a user typing one) and fires the purchases table's change event. */
  addPurchase(row: PurchaseRow): void {
    const [id, date, amount, status] = row;
    this.book.tables.purchases!.rows.push([id, serial(date), "基金", amount, status ?? "正常"]);
    this.emit(["purchases"]);
  }
}

/** What Excel hands a streaming function: records every result. */
export class Invocation<T = unknown> {
  results: T[] = [];
  onCanceled?: () => void;
  setResult(value: T | Error): void {
    this.results.push(value as T);
  }
  get last(): T | undefined {
    return this.results[this.results.length - 1];
  }
}

/** An error result as `{ error, message }`, a value as itself — for readable expectations. */
export function shown(x: unknown): unknown {
  if (x instanceof FunctionError) return { error: x.code, message: x.message };
  if (x instanceof Error) return { error: (x as { code?: string }).code, message: x.message };
  return x;
}

export function bind(host: BookSource, options: EngineOptions = {}): FunctionEngine {
  return bindSharedEngine(host, { settleMs: 0, followMidnight: false, lang: () => "zh-CN", ...options });
}
