/**
 * What the key-accounts sheet holds, cell by cell, decided without Excel (SPEC 5c): the funnel per
 * stage (the funnel chart's source), the stale and 1+2+1-uncovered opportunities, the segments
 * grouped by segment (each group one scatter series of share × potential) and what bad debt costs
 * in sales. `accountsSheet.ts` only sends it. Figures come from `accountsJson`, so the sheet shows
 * what `crm accounts --json` prints.
 */
import { type Lang, t } from "../core/i18n";
import { formatDay } from "../core/dates";
import {
  type AccountsJson,
  type KeyAccounts,
  SEGMENTS,
  type Segment,
  accountsJson,
  gapsText,
  resourceText,
  segmentText,
  stageText,
} from "../core/accounts";

export type LayoutCell = string | number;

export interface AccountsLayout {
  values: LayoutCell[][];
  formats: string[][];
  width: number;
  /** Section titles and table header rows (0-based), with the width each spans. */
  titles: number[];
  headerRows: [row: number, width: number][];
  /** The funnel's stage rows (labels in column 0, counts in column 1). */
  funnel: { first: number; last: number };
  /** Each segment's rows in the segment table (share in column 3, potential in column 2). */
  segments: { segment: Segment; first: number; last: number }[];
  /** Rows to fill: stale opportunities (amber), uncovered ones' gaps (red). */
  stale: [row: number, col: number][];
  gaps: [row: number, col: number][];
  /** The chart axes: share bounds 0 … 1, potential threshold and bounds for a log axis. */
  grid?: { potential: number; shareLow: number; yMin: number; yMax: number };
  end: number;
  json: AccountsJson;
}

export const MONEY = "#,##0";
const SHARE = "0.0%";
/** Width of the tables: the opportunity list's columns. */
export const WIDTH = 8;

export function accountsLayout(k: KeyAccounts, lang: Lang): AccountsLayout {
  const json = accountsJson(k);
  const values: LayoutCell[][] = [];
  const formats: string[][] = [];
  const push = (cells: LayoutCell[], fmt: string[] = []) => {
    values.push([...cells, ...Array(WIDTH - cells.length).fill("")]);
    formats.push(Array.from({ length: WIDTH }, (_, i) => fmt[i] ?? "@"));
    return values.length - 1;
  };
  const out: AccountsLayout = { values, formats, width: WIDTH, titles: [], headerRows: [], funnel: { first: 0, last: -1 }, segments: [], stale: [], gaps: [], end: 0, json };
  const title = (text: string) => out.titles.push(push([text]));
  const header = (cells: string[]) => out.headerRows.push([push(cells), cells.length]);
  const th = k.thresholds;
  const pct = (x: number) => `${Number((x * 100).toFixed(1))}%`;

  push([t(lang, "accounts.sheet.title", { date: formatDay(k.asOf) })]);
  push([t(lang, "accounts.thresholds", { potential: th.potential.toLocaleString("en-US"), shareLow: pct(th.shareLow), shareHigh: pct(th.shareHigh), staleDays: k.staleDays })]);
  push([]);

  title(t(lang, "accounts.funnel.title"));
  if (!k.hasOpportunityTable) push([t(lang, "accounts.noOpportunities")]);
  else {
    header([t(lang, "accounts.funnel.stage"), t(lang, "accounts.funnel.count"), t(lang, "accounts.funnel.amount")]);
    out.funnel.first = values.length;
    for (const f of json.funnel) push([stageText(f.stage, lang), f.count, f.amount], ["@", "0", MONEY]);
    out.funnel.last = values.length - 1;
    const total = push(
      [t(lang, "accounts.funnel.total"), json.funnel.reduce((n, f) => n + f.count, 0), json.funnel.reduce((n, f) => n + f.amount, 0)],
      ["@", "0", MONEY],
    );
    out.headerRows.push([total, 3]);
    const unpriced = k.funnel.reduce((n, f) => n + f.unpriced, 0);
    if (unpriced > 0) push([t(lang, "accounts.funnel.unpriced", { count: unpriced })]);
  }
  push([]);

  title(t(lang, "accounts.opportunities.title"));
  const work = k.opportunities.filter((o) => o.stale || !o.covered);
  if (work.length === 0) push([t(lang, k.hasOpportunityTable ? "accounts.opportunities.none" : "accounts.noOpportunities")]);
  else {
    header(
      ["accounts.col.id", "accounts.col.customer", "accounts.col.project", "accounts.col.stage", "accounts.col.amount", "accounts.col.stageSince", "accounts.col.staleDays", "accounts.col.gaps"].map((key) =>
        t(lang, key),
      ),
    );
    for (const o of work) {
      const r = push(
        [o.id, o.name, o.project, stageText(o.stage, lang), o.amount ?? "", o.stageDay === undefined ? t(lang, "accounts.noStageDate") : formatDay(o.stageDay), o.stale ? k.asOf - o.stageDay! : "", o.covered ? "" : gapsText(o.gaps, lang)],
        ["@", "@", "@", "@", MONEY, "@", "0", "@"],
      );
      if (o.stale) out.stale.push([r, 6]);
      if (!o.covered) out.gaps.push([r, 7]);
    }
  }
  push([]);

  title(t(lang, "accounts.segments.title"));
  if (!k.hasPotentialColumn) push([t(lang, "accounts.noPotentialColumn")]);
  else if (k.segments.length === 0) push([t(lang, "accounts.segments.none")]);
  else {
    header(["accounts.col.id", "accounts.col.customer", "accounts.col.potential", "accounts.col.share", "accounts.col.segment", "accounts.col.resource"].map((key) => t(lang, key)));
    // Grouped by segment (each group is one series of the grid), sheet order within a group.
    for (const segment of SEGMENTS) {
      const first = values.length;
      json.segments.forEach((s) => {
        if (s.segment === segment) push([s.id, s.name, s.potential, s.share, segmentText(s.segment, lang), resourceText(s.resource, lang)], ["@", "@", MONEY, SHARE, "@", "@"]);
      });
      if (values.length > first) out.segments.push({ segment, first, last: values.length - 1 });
    }
    if (k.withoutPotential > 0) push([t(lang, "accounts.withoutPotential", { count: k.withoutPotential })]);
    const potentials = k.segments.map((s) => s.potential);
    const low = Math.min(...potentials, th.potential > 0 ? th.potential : Infinity);
    const high = Math.max(...potentials, th.potential);
    out.grid = { potential: th.potential, shareLow: th.shareLow, yMin: 10 ** Math.floor(Math.log10(low)), yMax: 10 ** Math.ceil(Math.log10(high) + 1e-9) };
  }
  push([]);

  title(t(lang, "accounts.badDebt.title"));
  const d = json.badDebt;
  if (d.customers.length === 0) push([t(lang, "accounts.badDebt.none")]);
  else {
    header([t(lang, "accounts.col.id"), t(lang, "accounts.col.customer"), t(lang, "accounts.badDebt.amount"), t(lang, "accounts.badDebt.extra")]);
    d.customers.forEach((c, i) => push([c.id, k.badDebt.customers[i].name, c.amount, c.extraSales], ["@", "@", MONEY, MONEY]));
    out.headerRows.push([push([t(lang, "accounts.funnel.total"), "", d.amount, d.extraSales], ["@", "@", MONEY, MONEY]), 4]);
    push([t(lang, "accounts.badDebt.summary", { amount: d.amount.toLocaleString("en-US"), margin: pct(d.margin), extra: d.extraSales.toLocaleString("en-US") })]);
  }
  out.end = values.length;
  return out;
}
