/**
 * Deterministic benchmark books: N customers × M purchases typed as Office.js hands cells over
 * (text IDs, date serials, numeric amounts, status captions as text), dated over ~18 months
 * before the as-of date, with refunds, overdue/bad-debt payers and customers who never bought.
 */
import type { Cell, RawBook, RawTable } from "../src/core/table";
import { type Day, dayFromYmd, serialFromDay } from "../src/core/dates";

/** The as-of date every bench run scores at: 2026-03-31 (a month end, so the window clamps). */
export const BENCH_AS_OF: Day = dayFromYmd(2026, 3, 31)!;
/** Purchases are spread over this many days before the as-of date (~18 months). */
const SPREAD_DAYS = 548;

export const CUSTOMER_HEADERS = ["客户编号", "客户名称", "电话", "客户等级"];
export const PURCHASE_HEADERS = ["客户编号", "日期", "产品", "金额", "回款状态"];
const PRODUCTS = ["基金", "理财产品", "保险", "存款", "债券"];
const GRADES = ["A", "B", "C"];

/** mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function customerId(i: number): string {
  return `C${String(i + 1).padStart(6, "0")}`;
}

export interface BenchBook {
  raw: RawBook;
  asOf: Day;
  customers: number;
  purchases: number;
}

/**
 * One purchase row as a customer index and its cells. Also used by the incremental bench to
 * append rows with the same distribution.
 */
export interface PurchaseGen {
  /** Customer index (0-based), or -1 for the rare orphan row. */
  customer: number;
  row: Cell[];
}

export function purchaseGenerator(customers: number, seed: number, asOf: Day = BENCH_AS_OF): () => PurchaseGen {
  const rnd = prng(seed ^ 0x9e3779b9);
  // About one customer in ten never bought anything; the others buy with a skewed (Pareto-ish)
  // appetite, and one in ten of them is a late payer.
  const weights: number[] = [];
  const buyers: number[] = [];
  const latePayer = new Uint8Array(customers);
  const traits = prng(seed);
  for (let i = 0; i < customers; i++) {
    if (traits() < 0.1) continue;
    buyers.push(i);
    weights.push(1 / Math.pow(1 - traits() * 0.95, 0.8));
    if (traits() < 0.1) latePayer[i] = 1;
  }
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  for (let i = 0; i < weights.length; i++) cumulative[i] = total += weights[i];
  const pick = (): number => {
    const x = rnd() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return buyers[lo];
  };
  return () => {
    const customer = buyers.length === 0 ? 0 : pick();
    // A few rows are dated after the as-of date (typos, pre-booked deals): reported, not counted.
    const offset = rnd() < 0.002 ? -Math.floor(rnd() * 30) - 1 : Math.floor(rnd() * SPREAD_DAYS);
    const date = serialFromDay(asOf - offset, false);
    // Log-normal amounts around ¥5,000 in cents; 3 % are refunds of part of a typical purchase.
    const base = Math.round(Math.exp(8.5 + rnd() * 1.2 + rnd() * 1.2 - 1.2) * 100) / 100;
    const amount = rnd() < 0.03 ? -Math.round(base * 50) / 100 : base;
    const r = rnd();
    const late = latePayer[customer] === 1;
    const status = late && r < 0.1 ? "逾期" : late && r < 0.13 ? "坏账" : r < 0.8 ? "正常" : r < 0.95 ? "待回款" : "";
    const orphan = rnd() < 0.001;
    const id = orphan ? `X${Math.floor(rnd() * 1e6)}` : customerId(customer);
    return {
      customer: orphan ? -1 : customer,
      row: [id, date, PRODUCTS[Math.floor(rnd() * PRODUCTS.length)], amount, status],
    };
  };
}

/** The customer rows (ID, name, phone, grade), one at a time: the scale bench writes them as they come. */
export function* customerRows(customers: number, seed = 7): Generator<string[]> {
  const rnd = prng(seed + 1);
  for (let i = 0; i < customers; i++) {
    yield [customerId(i), `客户${i + 1}`, `138${String(Math.floor(rnd() * 1e8)).padStart(8, "0")}`, GRADES[Math.floor(rnd() * 3)]];
  }
}

export function makeBook(customers: number, purchases: number, seed = 7): BenchBook {
  const next = purchaseGenerator(customers, seed);
  const purchaseRows: Cell[][] = [];
  for (let i = 0; i < purchases; i++) purchaseRows.push(next().row);
  return {
    raw: {
      date1904: false,
      tables: {
        customers: table("客户", CUSTOMER_HEADERS, [...customerRows(customers, seed)]),
        purchases: table("购买记录", PURCHASE_HEADERS, purchaseRows),
      },
    },
    asOf: BENCH_AS_OF,
    customers,
    purchases,
  };
}

function table(sheet: string, headers: string[], rows: Cell[][]): RawTable {
  return { sheet, headerRow: 1, firstColumn: 0, headers, rows };
}
