/**
 * The add-in's charts, by name and by title. A chart is the add-in's when it has one of these names
 * ("crm…", set when it is made); when another program renamed it ("Chart 1"), when it sits on the
 * add-in's own sheet (the marker: the sheet's hidden name or its cells) and its title reads as the
 * add-in titles that chart in either language (the caption). Never the caption alone: a chart of
 * that title on a user's sheet stays the user's. The chart modules take their names from here.
 */
import { LANGS, t } from "../core/i18n";

/** Each chart's name and the strings its title starts with (the text before any `{placeholder}`). */
export const ADDIN_CHARTS = {
  quadrant: { name: "crmQuadrantChart", titles: ["excel.chart.title"] },
  dashboardTrend: { name: "crmDashboardTrend", titles: ["dashboard.chart.title"] },
  reviewPie: { name: "crmReviewPie", titles: ["review.mix.title"] },
  reviewTrend: { name: "crmReviewTrend", titles: ["review.trend.title"] },
  coverage: { name: "crmCoverageChart", titles: ["coverage.chart.title"] },
  funnel: { name: "crmFunnelChart", titles: ["accounts.funnel.title"] },
  attackDefend: { name: "crmAttackDefendChart", titles: ["accounts.grid.title"] },
};

/** The add-in's name for a chart titled `title` (on the add-in's own sheet), or undefined. */
export function addinChartByTitle(title: string): string | undefined {
  const text = title.trim();
  if (!text) return undefined;
  for (const chart of Object.values(ADDIN_CHARTS)) {
    const captions = chart.titles.flatMap((key) => LANGS.map((lang) => t(lang, key).split("{")[0].trim()));
    if (captions.some((c) => c.length > 0 && text.startsWith(c))) return chart.name;
  }
  return undefined;
}
