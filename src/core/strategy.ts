/**
 * What each quadrant means and what to do about it (SPEC section 3, from seeds/000 and 001).
 */
import { type Lang, t } from "./i18n";

export type Quadrant = "I" | "II" | "III" | "IV";
export const QUADRANTS: readonly Quadrant[] = ["I", "II", "III", "IV"];

/** Default days between contacts; the settings table overrides them (cadenceI … cadenceIV). */
export const DEFAULT_CADENCE: Record<Quadrant, number> = { I: 30, II: 7, III: 90, IV: 21 };

/** Plan priority: the key-attack quadrant first (seeds/000: II is the focus most reps avoid). */
export const QUADRANT_PRIORITY: Record<Quadrant, number> = { II: 0, I: 1, IV: 2, III: 3 };

/** Short name: 维护为主,以守为攻 / Maintain. */
export function quadrantName(q: Quadrant, lang: Lang): string {
  return t(lang, `quadrant.${q}.name`);
}

/** The relationship name of seeds/001: 战略伙伴 / Strategic partner. */
export function relationshipName(q: Quadrant, lang: Lang): string {
  return t(lang, `quadrant.${q}.relationship`);
}

/** The full strategy sentence for the quadrant. */
export function strategyText(q: Quadrant, lang: Lang): string {
  return t(lang, `quadrant.${q}.strategy`);
}

export function isQuadrant(value: unknown): value is Quadrant {
  return value === "I" || value === "II" || value === "III" || value === "IV";
}
