/**
 * Workbooks as a rep would have them, built in the in-memory Excel "by the user", and the small
 * tools the src/excel tests share.
 */
import { type FakeExcel, createFakeExcel, type FakeExcelOptions } from "../../src/fake-excel";
import { type ExcelHost, createExcelHost } from "../../src/excel/excelHost";
import type { HostOptions } from "../../src/excel/state";
import { dayFromYmd, serialFromDay } from "../../src/core/dates";
import { columnLetters } from "../../src/core/a1";

export const TODAY = dayFromYmd(2026, 3, 31)!;

export function serial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return serialFromDay(dayFromYmd(y, m, d)!, false);
}

export interface Setup {
  fake: FakeExcel;
  host: ExcelHost;
}

/** A fresh in-memory Excel installed as the global `Excel`, and a host pinned to TODAY. */
export function open(options: FakeExcelOptions = {}, hostOptions: HostOptions = {}): Setup {
  const fake = createFakeExcel(options);
  fake.install(globalThis);
  return { fake, host: createExcelHost({ today: () => TODAY, ...hostOptions }) };
}

export type Row = (string | number | boolean)[];

/** Customers C1…Cn with a name, a phone and a user's own WeChat column. */
export function chineseCustomers(n: number): Row[] {
  const rows: Row[] = [["客户编号", "客户名称", "电话", "微信号"]];
  for (let i = 1; i <= n; i++) rows.push([`C${i}`, `客户${i}`, `1380000${String(i).padStart(4, "0")}`, `wx${i}`]);
  return rows;
}

/**
 * Purchases spread so all four quadrants occur: customer i buys (i mod 4) + 1 times, amounts
 * varying with i, some overdue.
 */
export function chinesePurchases(n: number): Row[] {
  const rows: Row[] = [["客户编号", "日期", "产品", "金额", "回款状态"]];
  for (let i = 1; i <= n; i++) {
    const times = i % 4;
    for (let k = 0; k < times; k++) {
      rows.push([
        `C${i}`,
        serial(`2026-0${1 + (k % 3)}-1${k}`),
        "基金",
        ((i * 37) % 1000) + 100 * k,
        i % 7 === 0 ? "逾期" : "正常",
      ]);
    }
  }
  return rows;
}

export function chineseFollowUps(n: number): Row[] {
  const rows: Row[] = [["客户编号", "日期", "方式", "内容"]];
  for (let i = 1; i <= n; i += 3) rows.push([`C${i}`, serial("2026-03-01"), "电话", "问候"]);
  return rows;
}

/** A Chinese workbook of plain ranges, as a rep keeps it before the add-in. */
export function chinesePlainBook(fake: FakeExcel, n = 10): void {
  const u = fake.workbook.user;
  u.renameSheet("Sheet1", "客户");
  u.setValues("客户", "A1", chineseCustomers(n));
  u.addSheet("购买记录");
  u.setValues("购买记录", "A1", chinesePurchases(n));
  u.addSheet("跟进记录");
  u.setValues("跟进记录", "A1", chineseFollowUps(n));
}

/** `chinesePlainBook` set up and refreshed once in Chinese: the add-in's sheets and charts made. */
export async function refreshedChineseBook(n = 12): Promise<FakeExcel> {
  const { fake, host } = open();
  chinesePlainBook(fake, n);
  await host.setup("zh-CN");
  await host.refresh("zh-CN");
  return fake;
}

/** An English workbook whose data are tables named Table1… on sheets named in English. */
export function englishTableBook(fake: FakeExcel, n = 10): void {
  const u = fake.workbook.user;
  u.renameSheet("Sheet1", "Customers");
  const customers: Row[] = [["Customer ID", "Name", "Phone", "Email"]];
  for (let i = 1; i <= n; i++) customers.push([`C${i}`, `Customer ${i}`, `555-${1000 + i}`, `c${i}@example.com`]);
  u.setValues("Customers", "A1", customers);
  u.addTable("Customers", `A1:D${n + 1}`);
  u.addSheet("Purchases");
  const purchases = chinesePurchases(n).map((r, i) =>
    i === 0
      ? ["Customer ID", "Date", "Product", "Amount", "Payment status"]
      : [r[0], r[1], "Fund", r[3], r[4] === "逾期" ? "Overdue" : "Paid"],
  );
  u.setValues("Purchases", "A1", purchases);
  u.addTable("Purchases", `A1:E${purchases.length}`);
}

/** Customers already set up as the add-in's table, with purchases: the shape after setup. */
/**
 * A rep's plain-range book at a size the round-trip tests need, typed "by the user" in one go:
 * `perCustomer` purchases each, spread over a year, a third 基金, every ninth overdue; `note` adds
 * a free-text column (more bytes a row, as a rep's remarks do).
 */
export function largePlainBook(
  fake: FakeExcel,
  size: { customers: number; perCustomer: number; note?: boolean },
): void {
  const id = (i: number) => `C${String(i).padStart(5, "0")}`;
  const customers: Row[] = [["客户编号", "客户名称", "电话", "客户等级"]];
  for (let i = 1; i <= size.customers; i++)
    customers.push([id(i), `客户${i}`, `138${String(i * 7919).padStart(8, "0")}`, "A"]);
  const purchases: Row[] = [["客户编号", "日期", "产品", "金额", "回款状态", ...(size.note ? ["备注"] : [])]];
  const first = serial("2025-04-01");
  for (let i = 1; i <= size.customers; i++)
    for (let k = 0; k < size.perCustomer; k++)
      purchases.push([
        id(i),
        first + ((i * 13 + k * 17) % 360),
        k % 3 === 0 ? "基金" : "理财产品",
        Math.round(((i * 37 + k * 101) % 100_000) * 1.37) / 100,
        (i + k) % 9 === 0 ? "逾期" : "正常",
        ...(size.note ? [k % 2 === 0 ? "客户经理电话跟进" : "网点面谈"] : []),
      ]);
  const u = fake.workbook.user;
  u.renameSheet("Sheet1", "客户");
  u.setValues("客户", "A1", customers);
  u.addSheet("购买记录");
  u.setValues("购买记录", "A1", purchases);
}

/** One client, 张三, at their first asset review: a single 存款 holding (one asset class, one review). */
export function firstReviewBook(fake: FakeExcel): void {
  const u = fake.workbook.user;
  u.renameSheet("Sheet1", "客户");
  u.setValues("客户", "A1", [
    ["客户编号", "客户名称"],
    ["C1", "张三"],
  ]);
  u.addSheet("资产");
  u.setValues("资产", "A1", [
    ["客户编号", "回顾日期", "资产类别", "名称", "机构", "风险等级", "市值"],
    ["C1", serial("2026-03-31"), "存款", "定期", "本行", "R1", 120_000],
  ]);
}

export async function scoredBook(
  n: number,
  options: FakeExcelOptions = {},
  hostOptions: HostOptions = {},
): Promise<Setup> {
  const s = open(options, hostOptions);
  chinesePlainBook(s.fake, n);
  await s.host.setup("zh-CN");
  return s;
}

/**
 * Wraps the installed `Excel.run` so `afterSync(n)` runs right after the n-th sync (1-based) of
 * the next run — "the user" acting while the add-in is between two round trips.
 */
export function betweenSyncs(fake: FakeExcel, afterSync: (n: number) => void): void {
  const run = fake.Excel.run as unknown as (...args: unknown[]) => Promise<unknown>;
  let armed = true;
  (globalThis as { Excel: unknown }).Excel = {
    ...fake.Excel,
    run: (...args: unknown[]) => {
      const batch = args[args.length - 1] as (ctx: Excel.RequestContext) => Promise<unknown>;
      const wrapped = (ctx: Excel.RequestContext) => {
        if (armed) {
          armed = false;
          const sync = ctx.sync.bind(ctx);
          let n = 0;
          (ctx as { sync: unknown }).sync = async (v?: unknown) => {
            const r = await sync(v);
            afterSync(++n);
            return r;
          };
        }
        return batch(ctx);
      };
      return run(...args.slice(0, -1), wrapped);
    },
  };
}

/** Every non-empty cell of a sheet as "A1" → value. */
export function cellMap(fake: FakeExcel, sheet: string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const grid = fake.workbook.values(sheet);
  grid.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== "") out.set(`${columnLetters(c)}${r + 1}`, v);
    }),
  );
  return out;
}
