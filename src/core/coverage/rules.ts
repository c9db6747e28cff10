/**
 * The gap rules of SPEC 5b as settings: for each relationship, the cover types a household
 * member of that relationship should have. Kept in the settings table as cover-type captions
 * (`重疾、医疗` / `Critical illness, Medical`) so a rep reads and edits them in plain words.
 */
import type { Lang } from "../i18n";
import { COVER_TYPES, caption, matchEnum } from "../schema";

export type CoverKey = "life" | "criticalIllness" | "medical" | "accident" | "annuity" | "education" | "property" | "other";
export const COVER_KEYS = COVER_TYPES.map((c) => c.key) as readonly CoverKey[];

export type RelationshipKey = "self" | "spouse" | "child" | "parent" | "other";

/**
 * One setting per rule. `gapSelfWithChild` is the customer's extra need while a child is named
 * (life cover by default); `gapParent` starts empty (no rule) but is there to be filled in.
 */
export const GAP_RULE_KEYS = ["gapSelf", "gapSpouse", "gapChild", "gapParent", "gapSelfWithChild"] as const;
export type GapRuleKey = (typeof GAP_RULE_KEYS)[number];
export type GapRules = Record<GapRuleKey, readonly CoverKey[]>;

export const DEFAULT_GAP_RULES: GapRules = {
  gapSelf: ["criticalIllness", "medical"],
  gapSpouse: ["criticalIllness", "medical"],
  gapChild: ["medical", "accident"],
  gapParent: [],
  gapSelfWithChild: ["life"],
};

/** Which rule applies to a member of this relationship (none for "other"). */
export const RULE_OF_RELATIONSHIP: Partial<Record<RelationshipKey, GapRuleKey>> = {
  self: "gapSelf",
  spouse: "gapSpouse",
  child: "gapChild",
  parent: "gapParent",
};

/** The text a settings cell holds for a list of covers, in the workbook's language. */
export function formatCoverList(covers: readonly CoverKey[], lang: Lang): string {
  return covers.map((k) => caption(COVER_TYPES.find((c) => c.key === k)!, lang)).join(lang === "zh-CN" ? "、" : ", ");
}

const NONE = new Set(["无", "none", "-", "—", "不检查", "off"]);

/**
 * Reads a settings cell: captions in either language or keys, separated by 、 , ; / + or a
 * full-width comma. Blank or `无` / `none` is an empty list (the rule is off); any part that is
 * not a cover type makes the whole value unreadable (undefined), so a typo is reported, not
 * half-applied.
 */
export function parseCoverList(value: unknown): CoverKey[] | undefined {
  if (value === null || value === undefined) return [];
  if (typeof value !== "string") return undefined;
  const text = value.normalize("NFKC").trim();
  if (text === "" || NONE.has(text.toLowerCase())) return [];
  const out: CoverKey[] = [];
  for (const part of text.split(/[、,;/+]+/)) {
    if (part.trim() === "") continue;
    const match = matchEnum(COVER_TYPES, part.trim());
    if (!match) return undefined;
    if (!out.includes(match.key as CoverKey)) out.push(match.key as CoverKey);
  }
  return out;
}
