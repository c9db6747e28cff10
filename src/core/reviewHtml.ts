/**
 * The asset review as one self-contained HTML file to print to PDF or send — tables, inline SVG
 * charts, print CSS, no script, no network, in the user's language: what `crm review --out` writes
 * and the pane's "Report to send" saves (the same function, so the same bytes from the same book).
 * Every figure comes from the core's `Review` (the object `--json` prints and the sheet shows).
 */
import { formatDay } from "./dates";
import { type Lang, t } from "./i18n";
import type { Review } from "./review";
import type { LinkedBook } from "./book";
import {
  bucketLabel,
  classLabel,
  holdingNote,
  institutionLabel,
  riskText,
  tierLabel,
  watchText,
  HOLDING_COLUMNS,
} from "./reviewView";

/** Office theme accents, the colours Excel gives the same charts. */
const COLORS = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47", "#264478", "#9E480E"];

const esc = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export interface ReviewHtmlContext {
  lang: Lang;
  manager: string;
}

/** The report for a review of `book`: the relationship manager is the customer's 建卡人 (else 联系人). */
export function reviewReport(book: LinkedBook, r: Review, lang: Lang): string {
  const cols = book.tables.customers?.cols;
  const col = cols?.get("cardOwner") ?? cols?.get("contact");
  const manager = col === undefined ? "" : String(book.customers[r.customer].cells[col] ?? "").trim();
  return reviewHtml(r, { lang, manager });
}

export function reviewHtml(r: Review, { lang, manager }: ReviewHtmlContext): string {
  const tx = (key: string, params?: Record<string, string | number>) => esc(t(lang, key, params));
  const money = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const pct = new Intl.NumberFormat(lang, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const m = (n: number | null) => (n === null ? "" : money.format(n));
  const p = (n: number | null) => (n === null ? "" : pct.format(n));
  const d = (day: number | undefined) => (day === undefined ? "" : formatDay(day));
  const title = `${t(lang, "review.title")} — ${r.name}`;
  const flags = [
    ...(r.watch ? [{ text: watchText(r, lang), warn: true }] : []),
    { text: riskText(r, lang), warn: r.riskExceeded === true },
  ];

  const holdings = r.holdings
    .map(
      (h) => `<tr class="${h.status === "sold" ? "sold" : ""}">
<td>${esc(classLabel(h.class, lang))}</td><td>${esc(h.name)}</td><td>${esc(institutionLabel(h.institution, lang))}</td>
<td>${d(h.heldSince)}</td><td>${d(h.maturity)}</td><td>${esc(h.riskLevel ?? "")}</td>
<td class="n">${m(h.value)}</td><td class="n">${p(h.share)}</td><td class="n">${m(h.change)}</td><td class="n">${p(h.changePct)}</td>
<td>${esc(holdingNote(h, lang))}</td></tr>`,
    )
    .join("\n");
  const cols = HOLDING_COLUMNS;

  const mixRows = r.mix
    .map(
      (x, i) =>
        `<tr><td><span class="key" style="background:${COLORS[i % COLORS.length]}"></span>${esc(classLabel(x.class, lang))}</td><td class="n">${m(x.value)}</td><td class="n">${p(x.share)}</td></tr>`,
    )
    .join("\n");
  const alloc = r.allocation
    .map(
      (a) =>
        `<tr><td>${esc(bucketLabel(a.bucket, lang))}</td><td class="n">${m(a.value)}</td><td class="n">${p(a.share)}</td><td class="n">${p(a.target)}</td><td class="n">${p(a.gap)}</td></tr>`,
    )
    .join("\n");
  const trendRows = r.history
    .map(
      (h) =>
        `<tr><td>${formatDay(h.date)}</td><td class="n">${m(h.assets)}</td><td class="n">${m(h.netWorth)}</td></tr>`,
    )
    .join("\n");
  const maturing =
    r.maturing.length === 0
      ? `<p>${tx("review.maturing.none")}</p>`
      : `<table><thead><tr><th>${tx("review.col.class")}</th><th>${tx("review.col.name")}</th><th>${tx("review.col.institution")}</th><th>${tx("review.col.maturity")}</th><th>${tx("review.col.value")}</th><th>${tx("review.maturing.days")}</th></tr></thead><tbody>
${r.maturing.map((x) => `<tr><td>${esc(classLabel(x.class, lang))}</td><td>${esc(x.name)}</td><td>${esc(institutionLabel(x.institution, lang))}</td><td>${formatDay(x.maturity)}</td><td class="n">${m(x.value)}</td><td class="n">${x.days}</td></tr>`).join("\n")}
</tbody></table>`;

  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} ${formatDay(r.date)}</title>
<style>
body { font-family: "Segoe UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif; color: #222; margin: 24px auto; max-width: 960px; font-size: 13px; }
h1 { font-size: 22px; margin: 0 0 8px; }
h2 { font-size: 15px; margin: 20px 0 6px; border-bottom: 2px solid #4472C4; padding-bottom: 2px; }
dl.head { display: grid; grid-template-columns: max-content 1fr max-content 1fr max-content 1fr; gap: 4px 12px; margin: 0 0 8px; }
dl.head dt { font-weight: 600; } dl.head dd { margin: 0; }
.flags p { margin: 2px 0; } .flags .warn { color: #B00020; font-weight: 600; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #D0D7E5; padding: 3px 6px; text-align: left; }
th { background: #DDEBF7; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.sold td { color: #808080; font-style: italic; }
tr.total td { font-weight: 700; }
.row { display: flex; gap: 24px; align-items: flex-start; }
.row > * { flex: 1; }
.key { display: inline-block; width: 10px; height: 10px; margin-right: 6px; }
svg text { font-family: inherit; font-size: 11px; fill: #404040; }
@media print {
  @page { size: A4 portrait; margin: 12mm; }
  body { margin: 0; max-width: none; font-size: 11px; }
  section, table, svg { break-inside: avoid; }
}
</style>
</head>
<body>
<h1>${esc(title)}</h1>
<dl class="head">
<dt>${tx("review.header.client")}</dt><dd>${esc(t(lang, "text.nameWithId", { name: r.name, id: r.id }))}</dd>
<dt>${tx("review.header.risk")}</dt><dd>${esc(r.riskPreference)}</dd>
<dt>${tx("review.header.rm")}</dt><dd>${esc(manager)}</dd>
<dt>${tx("review.header.date")}</dt><dd>${formatDay(r.date)}</dd>
<dt>${tx("review.header.previous")}</dt><dd>${r.previousDate === undefined ? tx("review.firstReview") : formatDay(r.previousDate)}</dd>
<dt>${tx("review.header.tier")}</dt><dd>${esc(tierLabel(r.tier, lang))}</dd>
</dl>
<div class="flags">${flags.map((f) => `<p class="${f.warn ? "warn" : ""}">${esc(f.text)}</p>`).join("")}</div>
<section>
<h2>${tx("review.title")}</h2>
<table><thead><tr>${cols.map((c) => `<th>${tx(`review.col.${c}`)}</th>`).join("")}</tr></thead><tbody>
${holdings}
<tr class="total"><td colspan="6">${tx("review.totals.assets")}</td><td class="n">${m(r.totals.assets)}</td><td colspan="4"></td></tr>
<tr class="total"><td colspan="6">${tx("review.totals.liabilities")}</td><td class="n">${m(r.totals.liabilities)}</td><td colspan="4"></td></tr>
<tr class="total"><td colspan="6">${tx("review.totals.netWorth")}</td><td class="n">${m(r.totals.netWorth)}</td><td colspan="4"></td></tr>
</tbody></table>
</section>
<section class="row">
<div><h2>${tx("review.mix.title")}</h2>
${
  r.noAssets
    ? `<p class="warn">${tx("review.noAssets")}</p>`
    : pieSvg(
        r.mix.map((x) => x.value),
        r.mix.map((x) => classLabel(x.class, lang)),
        pct,
      )
}
<table><thead><tr><th>${tx("review.col.class")}</th><th>${tx("review.mix.value")}</th><th>${tx("review.mix.share")}</th></tr></thead><tbody>
${mixRows}
</tbody></table></div>
<div><h2>${tx("review.alloc.title")}</h2>
<table><thead><tr><th>${tx("review.alloc.bucket")}</th><th>${tx("review.mix.value")}</th><th>${tx("review.alloc.actual")}</th><th>${tx("review.alloc.target")}</th><th>${tx("review.alloc.gap")}</th></tr></thead><tbody>
${alloc}
</tbody></table></div>
</section>
<section class="row">
<div><h2>${tx("review.trend.title")}</h2>
${columnSvg(
  r.history.map((h) => formatDay(h.date)),
  [
    { name: t(lang, "review.totals.assets"), values: r.history.map((h) => h.assets) },
    { name: t(lang, "review.totals.netWorth"), values: r.history.map((h) => h.netWorth) },
  ],
  money,
)}
<table><thead><tr><th>${tx("review.trend.date")}</th><th>${tx("review.totals.assets")}</th><th>${tx("review.totals.netWorth")}</th></tr></thead><tbody>
${trendRows}
</tbody></table></div>
<div><h2>${tx("review.maturing.title")}</h2>
${maturing}</div>
</section>
</body>
</html>
`;
}

/** A pie of positive values, slices clockwise from 12 o'clock, each labelled with its share. */
function pieSvg(values: number[], labels: string[], pct: Intl.NumberFormat): string {
  const total = values.reduce((a, b) => a + b, 0);
  const cx = 130;
  const cy = 120;
  const rad = 100;
  let angle = -Math.PI / 2;
  const parts = values.map((v, i) => {
    const sweep = (v / total) * 2 * Math.PI;
    const a0 = angle;
    const a1 = angle + sweep;
    angle = a1;
    const color = COLORS[i % COLORS.length];
    const mid = (a0 + a1) / 2;
    const label =
      sweep > 0.25
        ? `<text x="${(cx + Math.cos(mid) * rad * 0.65).toFixed(1)}" y="${(cy + Math.sin(mid) * rad * 0.65).toFixed(1)}" text-anchor="middle" style="fill:#fff;font-weight:600">${pct.format(v / total)}</text>`
        : "";
    const shape =
      values.length === 1
        ? `<circle cx="${cx}" cy="${cy}" r="${rad}" fill="${color}"/>`
        : `<path d="M${cx},${cy} L${(cx + Math.cos(a0) * rad).toFixed(2)},${(cy + Math.sin(a0) * rad).toFixed(2)} A${rad},${rad} 0 ${sweep > Math.PI ? 1 : 0} 1 ${(cx + Math.cos(a1) * rad).toFixed(2)},${(cy + Math.sin(a1) * rad).toFixed(2)} Z" fill="${color}" stroke="#fff" stroke-width="1"/>`;
    return `<g><title>${esc(labels[i])}</title>${shape}${label}</g>`;
  });
  return `<svg role="img" viewBox="0 0 260 240" width="260" height="240" data-chart="pie">${parts.join("")}</svg>`;
}

/** Clustered columns, one colour per series, a zero line when values go negative. */
function columnSvg(
  categories: string[],
  series: { name: string; values: number[] }[],
  money: Intl.NumberFormat,
): string {
  const W = 440;
  const H = 240;
  const left = 70;
  const bottom = 40;
  const top = 24;
  const all = series.flatMap((s) => s.values);
  const max = Math.max(0, ...all);
  const min = Math.min(0, ...all);
  const span = max - min || 1;
  const y = (v: number) => top + ((max - v) / span) * (H - top - bottom);
  const band = (W - left - 10) / Math.max(categories.length, 1);
  const bar = (band * 0.7) / series.length;
  const bars = categories.flatMap((_, i) =>
    series.map((s, k) => {
      const v = s.values[i];
      const x = left + i * band + band * 0.15 + k * bar;
      const y0 = y(Math.max(v, 0));
      const h = Math.abs(y(v) - y(0));
      return `<rect x="${x.toFixed(1)}" y="${y0.toFixed(1)}" width="${bar.toFixed(1)}" height="${h.toFixed(1)}" fill="${COLORS[k]}"><title>${esc(s.name)} ${esc(categories[i])}: ${money.format(v)}</title></rect>`;
    }),
  );
  const ticks = [max, (max + min) / 2, min].map(
    (v) =>
      `<text x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${money.format(v)}</text><line x1="${left}" x2="${W - 10}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#E0E0E0"/>`,
  );
  const labels = categories.map(
    (c, i) =>
      `<text x="${(left + i * band + band / 2).toFixed(1)}" y="${H - bottom + 14}" text-anchor="middle">${esc(c)}</text>`,
  );
  const legend = series.map(
    (s, k) =>
      `<rect x="${left + k * 120}" y="${H - 14}" width="10" height="10" fill="${COLORS[k]}"/><text x="${left + k * 120 + 14}" y="${H - 5}">${esc(s.name)}</text>`,
  );
  return `<svg role="img" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" data-chart="column">${ticks.join("")}<line x1="${left}" x2="${W - 10}" y1="${y(0).toFixed(1)}" y2="${y(0).toFixed(1)}" stroke="#595959"/>${bars.join("")}${labels.join("")}${legend.join("")}</svg>`;
}
