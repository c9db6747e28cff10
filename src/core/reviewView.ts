/**
 * The asset review as the hosts show it: the SPEC 8 JSON object and the localized labels the
 * sheet, the HTML report and the pane share. Figures come from `review.ts` only.
 */
import { formatDay } from "./dates";
import { type Lang, t } from "./i18n";
import { ASSET_CLASSES, INSTITUTIONS, caption } from "./schema";
import type { FrameBucket } from "./settings";
import type { Review, ReviewFailure } from "./review";

/** `crm review --json` (SPEC section 8), exactly these keys. */
export interface ReviewJson {
  id: string;
  name: string;
  date: string;
  previousDate: string | null;
  holdings: {
    class: string;
    name: string;
    institution: string | null;
    value: number;
    share: number | null;
    change: number | null;
    changePct: number | null;
  }[];
  mix: { class: string; value: number; share: number }[];
  totals: { assets: number; liabilities: number; netWorth: number };
  history: { date: string; assets: number; netWorth: number }[];
  tier: number;
  watch: boolean;
  riskExceeded: boolean | null;
  maturing: {
    class: string;
    name: string;
    institution: string | null;
    value: number;
    maturity: string;
    days: number;
  }[];
}

export function reviewJson(r: Review): ReviewJson {
  return {
    id: r.id,
    name: r.name,
    date: formatDay(r.date),
    previousDate: r.previousDate === undefined ? null : formatDay(r.previousDate),
    holdings: r.holdings.map((h) => ({
      class: h.class,
      name: h.name,
      institution: h.institution ?? null,
      value: h.value,
      share: h.share,
      change: h.change,
      changePct: h.changePct,
    })),
    mix: r.mix.map((m) => ({ class: m.class, value: m.value, share: m.share })),
    totals: { ...r.totals },
    history: r.history.map((p) => ({ date: formatDay(p.date), assets: p.assets, netWorth: p.netWorth })),
    tier: r.tier,
    watch: r.watch,
    riskExceeded: r.riskExceeded,
    maturing: r.maturing.map((m) => ({
      class: m.class,
      name: m.name,
      institution: m.institution ?? null,
      value: m.value,
      maturity: formatDay(m.maturity),
      days: m.days,
    })),
  };
}

/** The holdings table's columns, in order (i18n keys `review.col.<key>`): the sheet and the HTML report alike. */
export const HOLDING_COLUMNS = [
  "class",
  "name",
  "institution",
  "heldSince",
  "maturity",
  "risk",
  "value",
  "share",
  "change",
  "changePct",
  "note",
] as const;

export function classLabel(key: string, lang: Lang): string {
  const v = ASSET_CLASSES.find((c) => c.key === key);
  return v ? caption(v, lang) : key;
}

export function institutionLabel(key: string | undefined, lang: Lang): string {
  const v = key === undefined ? undefined : INSTITUTIONS.find((c) => c.key === key);
  return v ? caption(v, lang) : "";
}

export function tierLabel(tier: number, lang: Lang): string {
  return tier <= 3 ? t(lang, `review.tier.${tier}`) : t(lang, "review.tier.n", { n: tier });
}

export function bucketLabel(bucket: FrameBucket, lang: Lang): string {
  return t(lang, `review.bucket.${bucket}`);
}

/** The holding's note: new, sold, or a liability. */
export function holdingNote(h: Review["holdings"][number], lang: Lang): string {
  if (h.status === "sold") return t(lang, "review.status.sold");
  if (h.status === "new") return t(lang, "review.status.new");
  return h.liability ? t(lang, "review.liability") : "";
}

/** The risk line under the header. */
export function riskText(r: Review, lang: Lang): string {
  if (r.riskExceeded === null) return t(lang, "review.risk.unknown");
  if (r.riskExceeded)
    return t(lang, "review.risk.exceeded", {
      max: r.maxRisk ?? "",
      allowed: r.allowedRisk ?? "",
      preference: r.riskPreference,
    });
  return t(lang, "review.risk.ok");
}

export function watchText(r: Review, lang: Lang): string {
  return r.watchReason ? t(lang, `review.watch.${r.watchReason}`) : "";
}

/** A failed review as one sentence. */
export function reviewFailureText(f: ReviewFailure, lang: Lang): string {
  if (f.code === "review.noSuchDate")
    return t(lang, "review.error.noSuchDate", {
      id: f.params.id,
      date: formatDay(f.params.date),
      dates: f.params.dates.map(formatDay).join(", "),
    });
  return t(lang, f.code.replace("review.", "review.error."), f.params as Record<string, string>);
}
