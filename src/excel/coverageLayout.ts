/**
 * What the coverage sheet of one household holds, cell by cell, decided without Excel: the title,
 * the matrix (members × cover types, numbers only so the bar chart reads it directly — a gap is a
 * 0 whose number format prints 缺口 / Gap), the totals, and the policy list. `coverageSheet.ts`
 * only sends it.
 */
import { type Lang, t } from "../core/i18n";
import { formatDay } from "../core/dates";
import { relationshipName } from "../core/strategy";
import { PREMIUM_PAYMENTS, caption } from "../core/schema";
import { type HouseholdCoverage, type RenewalItem, coverText, memberLabel } from "../core/coverage";

export type LayoutCell = string | number;

export interface CoverageLayout {
  /** Rows from A1, all as wide as `width` ("" pads). */
  values: LayoutCell[][];
  formats: string[][];
  width: number;
  /** 0-based rows. */
  titleRow: number;
  /** Header rows and how many columns each spans. */
  headerRows: [row: number, width: number][];
  /** The matrix: its header row, member rows and the columns of the cover types (1 … coverTypes). */
  matrix?: { header: number; firstMember: number; lastMember: number; coverColumns: number; total: number };
  /** Cells to fill: gaps (red) and unusable dates (amber). */
  gaps: [row: number, col: number][];
  errors: [row: number, col: number][];
  /** First free row after the content (where the chart goes). */
  end: number;
}

const MONEY = "#,##0";

export function coverageLayout(h: HouseholdCoverage, renewals: readonly RenewalItem[], asOf: number, lang: Lang): CoverageLayout {
  const covers = h.coverTypes;
  const width = Math.max(covers.length + 3, 10);
  const rows: LayoutCell[][] = [];
  const formats: string[][] = [];
  const push = (cells: LayoutCell[], fmt: string[] = cells.map(() => "@")) => {
    rows.push([...cells, ...Array(width - cells.length).fill("")]);
    formats.push([...fmt, ...Array(width - fmt.length).fill("@")]);
    return rows.length - 1;
  };
  const out: CoverageLayout = { values: rows, formats, width, titleRow: 0, headerRows: [], gaps: [], errors: [], end: 0 };

  // Short lines, one per row: in a narrow first column they print whole (no merged cells needed).
  push([t(lang, "coverage.sheet.title", { name: h.name || h.id })]);
  push([t(lang, "coverage.sheet.id", { id: h.id })]);
  push([t(lang, "coverage.sheet.quadrant", { quadrant: `${h.quadrant} ${relationshipName(h.quadrant, lang)}` })]);
  push([t(lang, "coverage.sheet.asOf", { date: formatDay(asOf) })]);
  push([]);

  if (h.policies.length === 0) {
    push([t(lang, "coverage.noPolicies")]);
    out.end = rows.length;
    return out;
  }

  // Zero is printed as nothing, as 缺口 in a gap cell, as 日期有误 where a policy's dates are unusable.
  const zeroAs = (label: string) => `${MONEY};-${MONEY};"${label.replace(/"/g, "")}"`;
  const plainZero = zeroAs("");
  const header = push(
    [t(lang, "coverage.member"), ...covers.map((k) => coverText(k, lang)), t(lang, "coverage.annualPremium"), t(lang, "coverage.singlePremium")],
  );
  out.headerRows.push([header, covers.length + 3]);
  const firstMember = rows.length;
  h.members.forEach((m) => {
    const r = rows.length;
    const fmt = covers.map((k) => {
      const cell = m.cells[k];
      if (cell.error) return zeroAs(t(lang, "coverage.cellError"));
      if (cell.gap) return zeroAs(t(lang, "coverage.gap"));
      return plainZero;
    });
    push([memberLabel(m, lang), ...covers.map((k) => m.cells[k].sumInsured), m.annualPremium, m.singlePremium], ["@", ...fmt, MONEY, MONEY]);
    covers.forEach((k, j) => {
      if (m.cells[k].error) out.errors.push([r, j + 1]);
      else if (m.cells[k].gap) out.gaps.push([r, j + 1]);
    });
  });
  const lastMember = rows.length - 1;
  const total = push(
    [t(lang, "coverage.total"), ...covers.map((k) => h.totals.sumInsured[k]), h.totals.annualPremium, h.totals.singlePremium],
    ["@", ...covers.map(() => MONEY), MONEY, MONEY],
  );
  out.matrix = { header, firstMember, lastMember, coverColumns: covers.length, total };

  push([]);

  out.headerRows.push([
    push([
      t(lang, "coverage.member"),
      t(lang, "coverage.cover"),
      t(lang, "coverage.insurer"),
      t(lang, "coverage.policyNo"),
      t(lang, "coverage.sumInsured"),
      t(lang, "coverage.premium"),
      t(lang, "coverage.payment"),
      t(lang, "coverage.startDate"),
      t(lang, "coverage.endDate"),
      t(lang, "coverage.status"),
    ]),
    10,
  ]);
  const ending = new Map(renewals.filter((r) => r.index === h.index).map((r) => [r.row, r.days]));
  for (const p of h.policies) {
    const days = ending.get(p.row);
    const status =
      p.status === "error"
        ? t(lang, "coverage.cellError")
        : p.status === "expired"
          ? t(lang, "coverage.status.expired")
          : days !== undefined
            ? t(lang, "coverage.status.ending", { days })
            : t(lang, "coverage.status.inForce");
    push(
      [
        memberLabel(h.members[p.member], lang),
        coverText(p.cover, lang),
        p.insurer,
        p.policyNo,
        p.sumInsured,
        p.premium ?? "",
        caption(PREMIUM_PAYMENTS.find((x) => x.key === p.payment)!, lang),
        p.startDay === undefined ? "" : formatDay(p.startDay),
        p.endDay === undefined ? "" : formatDay(p.endDay),
        status,
      ],
      ["@", "@", "@", "@", MONEY, MONEY, "@", "@", "@", "@"],
    );
  }
  out.end = rows.length;
  return out;
}
