/**
 * The asset review sheet as a plan, without Excel: which cells hold what, in which format, and
 * where the two charts take their numbers. `reviewSheet.ts` turns it into Office.js calls. Every
 * figure comes from the core's `Review` (the same object `crm review --json` prints).
 *
 *      A          B        C      D        E       F      G       H        I        J       K
 *  1   资产回顾 — 王芳
 *  2   客户       王芳 (C1)        风险偏好  稳健型           客户经理 李经理
 *  3   回顾日期   2026-03-31       上次回顾  2026-02-28       客户分层 财富客户  (watch)
 *  4   (risk line)
 *  6   资产类别   名称     机构   持有起始  到期日   风险等级  市值   占总资产  较上次变动  变动 %  备注
 *  7…  one row per holding; sold holdings last, marked 已卖出
 *      totals: 总资产 / 总负债 / 净资产 (values in G)
 *      mix (A:C: class, value, share) — the pie's source — beside the allocation (E:I)
 *      trend (A:C: date, assets, net worth) — the column chart's source — beside maturities (E:K)
 *      the pie over A:E and the column chart over F:K, below the tables
 */
import { type Day, formatDay, serialFromDay } from "../core/dates";
import { ADDIN_CHARTS } from "./ownedCharts";
import { type Lang, t } from "../core/i18n";
import type { Review } from "../core/review";
import {
  bucketLabel,
  classLabel,
  holdingNote,
  institutionLabel,
  riskText,
  tierLabel,
  watchText,
  HOLDING_COLUMNS,
} from "../core/reviewView";
import { a1 } from "./address";
import type { OutCell } from "./writeScores";

export const REVIEW_WIDTH = 11;
export const PIE_NAME = ADDIN_CHARTS.reviewPie.name;
export const TREND_NAME = ADDIN_CHARTS.reviewTrend.name;
const MONEY = "#,##0";
const PCT = "0.0%";
const DATE = "yyyy-mm-dd";
const TEXT = "@";
/** Rows the charts take below the tables. */
const CHART_ROWS = 18;

export interface Block {
  address: string;
  values: OutCell[][];
  formats: string[][];
}

export interface ReviewLayout {
  /** Key of the owned sheet (one per client and review date). */
  key: string;
  /** Caption wanted for a new sheet (sanitized and made unique by `ownedSheet.ts`). */
  sheetName: string;
  comment: string;
  blocks: Block[];
  /** Ranges in bold, the title (larger), header rows (filled), sold rows (grey). */
  bold: string[];
  title: string;
  headers: string[];
  sold: string[];
  /** Absent when the client has liabilities only (the message cell says so instead). */
  pie?: {
    title: string;
    seriesName: string;
    categories: string;
    values: string;
    /** What the chart is made from: never a single cell (reviewSheet.ts). */
    source: string;
    from: string;
    to: string;
  };
  trend: {
    title: string;
    categories: string;
    /** What the chart is made from: the value columns under their headers (reviewSheet.ts). */
    source: string;
    series: { name: string; values: string }[];
    from: string;
    to: string;
  };
  printArea: string;
  titleRows: string;
  columnWidths: number[];
}

export interface ReviewContext {
  lang: Lang;
  date1904: boolean;
  /** The relationship manager (card owner) as written, "" when unknown. */
  manager: string;
}

export function reviewKey(customerKey: string, date: Day): string {
  return `review_${customerKey}_${formatDay(date).replace(/-/g, "")}`;
}

export function planReviewSheet(r: Review, customerKey: string, ctx: ReviewContext): ReviewLayout {
  const { lang } = ctx;
  const serial = (d: Day | undefined): OutCell => (d === undefined ? "" : serialFromDay(d, ctx.date1904));
  const blocks: Block[] = [];
  const bold: string[] = [];
  const headers: string[] = [];
  const sold: string[] = [];
  const W = REVIEW_WIDTH;
  const row = (cells: OutCell[], formats: string[]): { values: OutCell[]; formats: string[] } => ({
    values: [...cells, ...Array<OutCell>(W - cells.length).fill("")],
    formats: [...formats, ...Array<string>(W - formats.length).fill("General")],
  });
  const put = (r0: number, c0: number, rows: { values: OutCell[]; formats: string[] }[]) => {
    if (rows.length === 0) return;
    const width = rows[0].values.length;
    blocks.push({
      address: a1(r0, c0, r0 + rows.length - 1, c0 + width - 1),
      values: rows.map((x) => x.values),
      formats: rows.map((x) => x.formats),
    });
  };
  const tx = (key: string, params?: Record<string, string | number>) => t(lang, key, params);
  const date = formatDay(r.date);

  // Header (rows 1–4).
  const tierText = [tierLabel(r.tier, lang), watchText(r, lang)].filter((s) => s !== "").join(" · ");
  put(0, 0, [
    row([`${tx("review.title")} — ${r.name}`], [TEXT]),
    row(
      [
        tx("review.header.client"),
        t(lang, "text.nameWithId", { name: r.name, id: r.id }),
        "",
        tx("review.header.risk"),
        r.riskPreference,
        "",
        tx("review.header.rm"),
        ctx.manager,
      ],
      [TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT],
    ),
    row(
      [
        tx("review.header.date"),
        serial(r.date),
        "",
        tx("review.header.previous"),
        r.previousDate === undefined ? tx("review.firstReview") : serial(r.previousDate),
        "",
        tx("review.header.tier"),
        tierText,
      ],
      [TEXT, DATE, TEXT, TEXT, r.previousDate === undefined ? TEXT : DATE, TEXT, TEXT, TEXT],
    ),
    row([r.noAssets ? `${riskText(r, lang)} ${tx("review.noAssets")}` : riskText(r, lang)], [TEXT]),
  ]);
  const title = "A1";
  bold.push("A2:A3", "D2:D3", "G2:G3");

  // Holdings (header on row 6).
  let at = 5;
  const cols = HOLDING_COLUMNS;
  put(at, 0, [
    row(
      cols.map((c) => tx(`review.col.${c}`)),
      cols.map(() => TEXT),
    ),
  ]);
  headers.push(a1(at, 0, at, W - 1));
  at++;
  const holdingRows = r.holdings.map((h) =>
    row(
      [
        classLabel(h.class, lang),
        h.name,
        institutionLabel(h.institution, lang),
        serial(h.heldSince),
        serial(h.maturity),
        h.riskLevel ?? "",
        h.value,
        h.share ?? "",
        h.change ?? "",
        h.changePct ?? "",
        holdingNote(h, lang),
      ],
      [TEXT, TEXT, TEXT, DATE, DATE, TEXT, MONEY, PCT, MONEY, PCT, TEXT],
    ),
  );
  put(at, 0, holdingRows);
  r.holdings.forEach((h, i) => {
    if (h.status === "sold") sold.push(a1(at + i, 0, at + i, W - 1));
  });
  at += holdingRows.length + 1;

  // Totals.
  put(at, 0, [
    row([tx("review.totals.assets"), "", "", "", "", "", r.totals.assets], [TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, MONEY]),
    row(
      [tx("review.totals.liabilities"), "", "", "", "", "", r.totals.liabilities],
      [TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, MONEY],
    ),
    row(
      [tx("review.totals.netWorth"), "", "", "", "", "", r.totals.netWorth],
      [TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, MONEY],
    ),
  ]);
  bold.push(a1(at, 0, at + 2, W - 1));
  at += 4;

  // Mix (A:C) beside the allocation (E:I).
  const narrow = (cells: OutCell[], formats: string[]) => ({ values: cells, formats });
  put(at, 0, [
    narrow([tx("review.mix.title"), "", ""], [TEXT, TEXT, TEXT]),
    narrow([tx("review.col.class"), tx("review.mix.value"), tx("review.mix.share")], [TEXT, TEXT, TEXT]),
  ]);
  put(at, 4, [
    narrow([tx("review.alloc.title"), "", "", "", ""], [TEXT, TEXT, TEXT, TEXT, TEXT]),
    narrow(
      [
        tx("review.alloc.bucket"),
        tx("review.mix.value"),
        tx("review.alloc.actual"),
        tx("review.alloc.target"),
        tx("review.alloc.gap"),
      ],
      [TEXT, TEXT, TEXT, TEXT, TEXT],
    ),
  ]);
  bold.push(a1(at, 0), a1(at, 4));
  headers.push(a1(at + 1, 0, at + 1, 2), a1(at + 1, 4, at + 1, 8));
  const mixFirst = at + 2;
  put(
    mixFirst,
    0,
    r.mix.map((m) => narrow([classLabel(m.class, lang), m.value, m.share], [TEXT, MONEY, PCT])),
  );
  put(
    mixFirst,
    4,
    r.allocation.map((a) =>
      narrow([bucketLabel(a.bucket, lang), a.value, a.share, a.target, a.gap], [TEXT, MONEY, PCT, PCT, PCT]),
    ),
  );
  const mixLast = mixFirst + r.mix.length - 1;
  at = Math.max(mixFirst + Math.max(r.mix.length, 1), mixFirst + r.allocation.length) + 1;

  // Trend (A:C) beside the maturities (E:K).
  put(at, 0, [
    narrow([tx("review.trend.title"), "", ""], [TEXT, TEXT, TEXT]),
    narrow([tx("review.trend.date"), tx("review.totals.assets"), tx("review.totals.netWorth")], [TEXT, TEXT, TEXT]),
  ]);
  put(at, 4, [narrow([tx("review.maturing.title")], [TEXT])]);
  bold.push(a1(at, 0), a1(at, 4));
  headers.push(a1(at + 1, 0, at + 1, 2));
  const trendFirst = at + 2;
  // Dates as text: the column chart's categories are the review dates as labels, evenly spaced.
  put(
    trendFirst,
    0,
    r.history.map((p) => narrow([formatDay(p.date), p.assets, p.netWorth], [TEXT, MONEY, MONEY])),
  );
  const trendLast = trendFirst + r.history.length - 1;
  if (r.maturing.length === 0) put(at + 1, 4, [narrow([tx("review.maturing.none")], [TEXT])]);
  else {
    const mcols = [
      tx("review.col.class"),
      tx("review.col.name"),
      tx("review.col.institution"),
      tx("review.col.maturity"),
      tx("review.col.value"),
      tx("review.maturing.days"),
    ];
    headers.push(a1(at + 1, 4, at + 1, 9));
    put(at + 1, 4, [
      narrow(
        mcols,
        mcols.map(() => TEXT),
      ),
      ...r.maturing.map((m) =>
        narrow(
          [
            classLabel(m.class, lang),
            m.name,
            institutionLabel(m.institution, lang),
            serial(m.maturity),
            m.value,
            m.days,
          ],
          [TEXT, TEXT, TEXT, DATE, MONEY, "0"],
        ),
      ),
    ]);
  }
  at = Math.max(trendLast, at + 1 + r.maturing.length + 1) + 2;

  const chartTop = at;
  const chartBottom = at + CHART_ROWS - 1;
  const pie =
    r.mix.length > 0
      ? {
          title: `${tx("review.mix.title")} ${date}`,
          seriesName: tx("review.mix.value"),
          categories: a1(mixFirst, 0, mixLast, 0),
          values: a1(mixFirst, 1, mixLast, 1),
          // The values under their header: two cells or more even for one asset class.
          source: a1(mixFirst - 1, 1, mixLast, 1),
          from: a1(chartTop, 0),
          to: a1(chartBottom, 4),
        }
      : undefined;
  return {
    key: reviewKey(customerKey, r.date),
    sheetName: t(lang, "review.sheetName", { name: r.name || r.id, date }),
    comment: t(lang, "review.nameComment", { id: r.id, date }),
    blocks,
    bold,
    title,
    headers,
    sold,
    pie,
    trend: {
      title: tx("review.trend.title"),
      categories: a1(trendFirst, 0, trendLast, 0),
      // Both value columns under their headers: two series, whatever the number of reviews.
      source: a1(trendFirst - 1, 1, trendLast, 2),
      series: [
        { name: tx("review.totals.assets"), values: a1(trendFirst, 1, trendLast, 1) },
        { name: tx("review.totals.netWorth"), values: a1(trendFirst, 2, trendLast, 2) },
      ],
      from: a1(chartTop, pie ? 5 : 0),
      to: a1(chartBottom, W - 1),
    },
    printArea: a1(0, 0, chartBottom, W - 1),
    titleRows: "$1:$3",
    columnWidths: [72, 110, 60, 72, 72, 56, 84, 64, 84, 56, 60],
  };
}
