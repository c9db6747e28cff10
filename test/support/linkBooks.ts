/**
 * Random small books for the linking reference test (`src/core/linkReference.test.ts`): every table
 * the core links, with the cells people and file readers actually hand over — IDs with spaces,
 * full-width or typed as numbers, orphans and duplicates; dates as serials, Dates, text, serials
 * outside the plausible span; amounts as text with units; statuses by meaning and unknown ones;
 * Excel errors, formulas saved without a result, blank rows, totals, notes, repeated headers;
 * captions with units; the 1904 date system. Seeded (src/demo/random.ts): the same books on every
 * machine, so their linked form can be compared with what the reference code gave.
 */
import { type Cell, type RawBook, type RawTable, UnsavedFormula } from "../../src/core/table";
import { serialFromDay } from "../../src/core/dates";
import { Random } from "../../src/demo/random";

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

function pickCell(rnd: Random, common: () => Cell, odd: (() => Cell)[], pOdd = 0.2): Cell {
  return rnd.chance(pOdd) ? rnd.pick(odd)() : common();
}

const ERRORS = ["#N/A", "#VALUE!", "#REF!", "#DIV/0!"];

export function randomBook(seed: number): RawBook {
  const rnd = new Random(seed);
  const date1904 = rnd.chance(0.15);
  const serial = (d: number) => serialFromDay(d, date1904);
  const n = rnd.int(0, 10);
  // IDs of several shapes, some starting with a total's or note's first letter or the caption's.
  const ids = Array.from({ length: n }, (_, i) => rnd.pick([String(i + 1).padStart(3, "0"), `C${i + 1}`, `C${i + 1}`, `T${i + 1}`, `客${i + 1}`, `n-${i + 1}`]));
  const asOf = day(2026, rnd.int(1, 12), rnd.int(1, 28));
  const recent = () => asOf - rnd.int(-20, 500);

  const idCell = (): Cell =>
    pickCell(rnd, () => (ids.length ? rnd.pick(ids) : "C1"), [
      () => ` ${rnd.pick(ids.length ? ids : ["C1"])} `,
      () => (ids.length ? rnd.pick(ids) : "c1").toLowerCase(),
      () => "ＣＩ".replace("Ｉ", String.fromCharCode(0xff10 + rnd.int(1, 9))),
      () => rnd.int(1, 12),
      () => `X${rnd.int(1, 3)}`,
      () => null,
      () => "   ",
      () => rnd.pick(ERRORS),
      () => new UnsavedFormula("VLOOKUP(A2,B:C,2,0)"),
      () => true,
    ]);
  const dateCell = (): Cell =>
    pickCell(rnd, () => serial(recent()), [
      () => new Date(recent() * 86_400_000),
      () => {
        const d = new Date(recent() * 86_400_000);
        return rnd.pick([
          `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`,
          `${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()}`,
          `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`,
          `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`,
        ]);
      },
      () => rnd.pick([3.5, 17, 2026, 60, 0, -5, 45000.75, 9e6]),
      () => null,
      () => "next week",
      () => rnd.pick(ERRORS),
      () => new UnsavedFormula("TODAY()"),
      () => serial(asOf + rnd.int(1, 40)),
    ]);
  const amountCell = (): Cell =>
    pickCell(rnd, () => Math.round((rnd.next() * 20_000 - 1_000) * 100) / 100, [
      () => rnd.pick(["¥1,200.50", "1.2万", "1,200元", " 300 ", "$45", "0.5亿", "-200"]),
      () => rnd.pick(["abc", "一千", "12..5"]),
      () => null,
      () => rnd.pick(ERRORS),
      () => new UnsavedFormula("SUM(D2:D9)"),
      () => 0,
      () => Infinity,
    ]);
  const statusCell = (): Cell =>
    pickCell(rnd, () => rnd.pick(["正常", "待回款", "逾期", "坏账"]), [
      () => rnd.pick([" 逾期 ", "Overdue", "已逾期", "呆账", "Written off", "paid", "bad debt"]),
      () => rnd.pick(["???", "部分", "未知"]),
      () => null,
      () => "",
      () => rnd.pick(ERRORS),
      () => 3,
    ]);
  const textCell = (words: string[]): Cell =>
    pickCell(rnd, () => rnd.pick(words), [() => ` ${rnd.pick(words)} `, () => null, () => 42, () => rnd.pick(ERRORS), () => "#1 best"]);

  /** Rows with the odd blank row, total, note or repeated header among them. */
  const rowsOf = (count: number, make: () => Cell[], headers: string[]): Cell[][] => {
    const rows: Cell[][] = [];
    for (let i = 0; i < count; i++) {
      const r = rnd.next();
      if (r < 0.04) rows.push(headers.map(() => null));
      else if (r < 0.06) rows.push(["合计", ...headers.slice(1).map((_, j) => (j === 2 ? 1000 : null))]);
      else if (r < 0.07) rows.push(["注：金额单位为元", ...headers.slice(1).map(() => null)]);
      else if (r < 0.08) rows.push([...headers]);
      else if (r < 0.09) rows.push(["Total", ...headers.slice(1).map(() => "")]);
      else rows.push(make());
    }
    return rows;
  };
  const tableOf = (sheet: string, headers: string[], rows: Cell[][]): RawTable => ({
    sheet,
    headerRow: rnd.int(1, 3),
    firstColumn: rnd.int(0, 2),
    headers,
    rows,
  });

  const english = rnd.chance(0.3);
  const customerHeaders = english ? ["Customer ID", "Name", "Birthday", "Phone"] : ["客户编号", "客户名称", "生日", "电话"];
  const customerRows: Cell[][] = ids.map((id, i) => [
    rnd.chance(0.1) ? idCell() : id,
    rnd.chance(0.1) ? textCell(["", "张三"]) : `客户${i + 1}`,
    rnd.chance(0.6) ? null : pickCell(rnd, () => serial(day(rnd.int(1950, 2000), rnd.int(1, 12), rnd.int(1, 28))), [() => "1980-02-29", () => 17, () => rnd.pick(ERRORS)]),
    `138${rnd.int(10_000_000, 99_999_999)}`,
  ]);
  if (n > 1 && rnd.chance(0.3)) customerRows.push([...customerRows[rnd.int(0, n - 1)]]); // a duplicate ID
  const purchaseHeaders: string[] = rnd.chance(0.2)
    ? ["客户编号", "日期", "产品", "金额(万元)", "回款状态"]
    : rnd.chance(0.2)
      ? ["客户编号", "日期", "金额", "产品"] // no payment status column
      : english
        ? ["Customer ID", "Date", "Product", "Amount", "Payment status"]
        : ["客户编号", "日期", "产品", "金额", "回款状态"];
  const hasStatus = purchaseHeaders.length === 5;
  const amountAt = purchaseHeaders.findIndex((h) => /金额|Amount/.test(h));
  // Now and then the ID is not the first column (a date first, as some ledgers have it).
  const dateFirst = rnd.chance(0.2);
  if (dateFirst) [purchaseHeaders[0], purchaseHeaders[1]] = [purchaseHeaders[1], purchaseHeaders[0]];
  const purchase = (): Cell[] => {
    const row: Cell[] = [idCell(), dateCell(), textCell(["基金", "理财产品", "保险", "存款", ""]), amountCell()];
    if (amountAt === 2) [row[2], row[3]] = [row[3], row[2]];
    if (hasStatus) row.push(statusCell());
    if (dateFirst) [row[0], row[1]] = [row[1], row[0]];
    return row;
  };
  const followUpHeaders = ["客户编号", "日期", "方式", "内容", "下次约见"];
  const followUp = (): Cell[] => [
    idCell(),
    dateCell(),
    pickCell(rnd, () => rnd.pick(["拜访", "电话", "微信", "改约", "短信"]), [() => "视频", () => null, () => "Visit"]),
    textCell(["聊了基金", "送了礼物"]),
    rnd.chance(0.5) ? null : dateCell(),
  ];
  const assetHeaders = ["客户编号", "回顾日期", "资产类别", "名称", "机构", "到期日", "风险等级", "市值"];
  const asset = (): Cell[] => [
    idCell(),
    dateCell(),
    pickCell(rnd, () => rnd.pick(["股票", "债券", "基金", "存款", "贷款"]), [() => "黄金", () => null]),
    textCell(["招商中证白酒", "定期存款"]),
    pickCell(rnd, () => rnd.pick(["本行", "他行"]), [() => "某行", () => null]),
    rnd.chance(0.5) ? null : pickCell(rnd, () => serial(asOf + rnd.int(-30, 4000)), [() => 1, () => "2080-01-01"]),
    pickCell(rnd, () => rnd.pick(["R1", "R3", "R5"]), [() => "R9", () => null]),
    amountCell(),
  ];
  const policyHeaders = ["客户编号", "被保险人", "关系", "险种", "保额", "保费", "缴费年限", "生效日", "到期日"];
  const policy = (): Cell[] => [
    idCell(),
    textCell(["本人", "李四", ""]),
    pickCell(rnd, () => rnd.pick(["本人", "配偶", "子女"]), [() => "朋友", () => null]),
    pickCell(rnd, () => rnd.pick(["寿险", "重疾", "医疗"]), [() => "车险", () => null]),
    amountCell(),
    rnd.chance(0.5) ? null : amountCell(),
    pickCell(rnd, () => rnd.int(1, 30), [() => "二十", () => " 10 ", () => null]),
    rnd.chance(0.3) ? null : dateCell(),
    rnd.chance(0.3) ? null : pickCell(rnd, () => serial(asOf + rnd.int(-400, 4000)), [() => serial(day(1990, 1, 1))]),
  ];

  const tables: RawBook["tables"] = {};
  if (rnd.chance(0.95)) tables.customers = tableOf("客户", customerHeaders, rowsOf(customerRows.length, () => customerRows.shift() ?? [null], customerHeaders));
  if (rnd.chance(0.9)) tables.purchases = tableOf("购买记录", purchaseHeaders, rowsOf(rnd.int(0, 30), purchase, purchaseHeaders));
  if (rnd.chance(0.6)) tables.followUps = tableOf("跟进记录", followUpHeaders, rowsOf(rnd.int(0, 12), followUp, followUpHeaders));
  if (rnd.chance(0.4)) tables.assets = tableOf("资产", assetHeaders, rowsOf(rnd.int(0, 8), asset, assetHeaders));
  if (rnd.chance(0.4)) tables.policies = tableOf("保险保障", policyHeaders, rowsOf(rnd.int(0, 8), policy, policyHeaders));
  if (rnd.chance(0.3))
    tables.settings = tableOf("设置", ["键", "值"], [
      ["windowMonths", rnd.pick([12, 6, 1, "x"])],
      ["amountThreshold", rnd.pick(["median", 5000, -1])],
      ["badPaymentPenalty", rnd.pick([0.5, 0.25, 2])],
    ]);
  return { tables, date1904 };
}

/** The as-of dates the reference scores each book at (month ends, so the window clamps). */
export const REFERENCE_AS_OF = [day(2026, 3, 31), day(2026, 8, 31), day(2025, 2, 28)];
