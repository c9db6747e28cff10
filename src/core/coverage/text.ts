/** Coverage words in the user's language: cover types, relationships, a member's label. */
import type { Lang } from "../i18n";
import { t } from "../i18n";
import { COVER_TYPES, RELATIONSHIPS, caption } from "../schema";
import type { CoverKey, RelationshipKey } from "./rules";
import type { HouseholdCoverage } from "./matrix";

export function coverText(cover: CoverKey, lang: Lang): string {
  return caption(COVER_TYPES.find((c) => c.key === cover)!, lang);
}

export function relationshipText(rel: RelationshipKey | null | undefined, lang: Lang): string {
  return rel ? caption(RELATIONSHIPS.find((r) => r.key === rel)!, lang) : "";
}

/** "王芳（配偶）"; a member named only by relationship shows the relationship alone. */
export function memberLabel(m: { name: string; relationship?: RelationshipKey | null }, lang: Lang): string {
  if (!m.name) return relationshipText(m.relationship, lang) || t(lang, "coverage.member.unnamed");
  return m.relationship ? t(lang, "coverage.member.label", { name: m.name, relationship: relationshipText(m.relationship, lang) }) : m.name;
}

/** A household's gaps in one line (CRM.GAPS): `王芳（配偶）：重疾、医疗；张小明（子女）：医疗`. */
export function gapsText(h: HouseholdCoverage, lang: Lang): string {
  if (h.policies.length === 0) return t(lang, "coverage.gaps.noPolicies");
  const zh = lang === "zh-CN";
  const parts = h.members
    .filter((m) => m.gaps.length > 0)
    .map((m) => `${memberLabel(m, lang)}${zh ? "：" : ": "}${m.gaps.map((k) => coverText(k, lang)).join(zh ? "、" : ", ")}`);
  return parts.length ? parts.join(zh ? "；" : "; ") : t(lang, "coverage.gaps.none");
}
