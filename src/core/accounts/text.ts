/** Key-account words in the user's language: segments, resources, stages, 1+2+1 gaps, why a segment. */
import { type Lang, t } from "../i18n";
import { OPPORTUNITY_STAGES, TABLES, caption } from "../schema";
import { formatAmount } from "../parse/amount";
import { formatPercent } from "../customer/whyText";
import type { Resource, Segment, SegmentThresholds } from "./segments";
import type { CoverageGap } from "./funnel";
import type { CustomerSegment } from "./accounts";

export const segmentText = (s: Segment, lang: Lang): string => t(lang, `accounts.segment.${s}`);
export const resourceText = (r: Resource, lang: Lang): string => t(lang, `accounts.resource.${r}`);

/** "获取（进攻）" — what the segment column and CRM.SEGMENT show. */
export function segmentLabel(s: { segment: Segment; resource: Resource }, lang: Lang): string {
  return t(lang, "accounts.segment.withResource", { segment: segmentText(s.segment, lang), resource: resourceText(s.resource, lang) });
}

export function stageText(stage: string, lang: Lang): string {
  const v = OPPORTUNITY_STAGES.find((s) => s.key === stage);
  return v ? caption(v, lang) : stage;
}

/** "没有向导", "决策人未覆盖" (the role's caption from the opportunities table), "没有负责人". */
export function gapText(gap: CoverageGap, lang: Lang): string {
  if (gap === "guide" || gap === "rep") return t(lang, `accounts.gap.${gap}`);
  const role = TABLES.opportunities.columns.find((c) => c.key === gap)!;
  return t(lang, "accounts.gap.role", { role: caption(role, lang) });
}

export function gapsText(gaps: readonly CoverageGap[], lang: Lang): string {
  return gaps.length === 0 ? t(lang, "accounts.covered") : gaps.map((g) => gapText(g, lang)).join(lang === "zh-CN" ? "、" : ", ");
}

/** Why a customer is in their segment: the potential against its threshold, the share against both bounds. */
export function segmentReason(c: CustomerSegment, th: SegmentThresholds, lang: Lang): string {
  return t(lang, "accounts.reason", {
    potential: formatAmount(c.potential),
    potentialLevel: t(lang, c.potentialHigh ? "accounts.potential.high" : "accounts.potential.low"),
    threshold: formatAmount(th.potential),
    share: `${Number((c.share * 100).toFixed(1))}%`,
    amount: formatAmount(c.amount),
    shareLow: formatPercent(th.shareLow),
    shareHigh: formatPercent(th.shareHigh),
  });
}
