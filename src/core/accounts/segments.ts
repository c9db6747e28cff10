/**
 * The attack/defend model (SPEC 5c, seeds/002 客户细分的攻守模型): purchase potential × our share
 * of it places a customer in one of five segments, each with the resource it deserves.
 */
import type { LinkedBook } from "../book";
import type { Settings } from "../settings";
import { resolveThreshold } from "../quadrant";

export const SEGMENTS = ["retain", "acquire", "disrupt", "maintain", "abandon"] as const;
export type Segment = (typeof SEGMENTS)[number];
export type Resource = "defend" | "attack" | "maintain" | "none";

/** The resource each segment gets (渠道销售的资源分配: 进攻 / 防御 / 维持). */
export const RESOURCE_OF: Readonly<Record<Segment, Resource>> = {
  retain: "defend",
  acquire: "attack",
  disrupt: "attack",
  maintain: "maintain",
  abandon: "none",
};

export interface SegmentThresholds {
  /** T_P: potential is high at or above it. */
  potential: number;
  shareLow: number;
  shareHigh: number;
}

export interface SegmentPlace {
  /** Share of the potential we have: A ÷ P, kept within 0 … 1 (a refund-heavy year is no negative share). */
  share: number;
  potentialHigh: boolean;
  segment: Segment;
  resource: Resource;
}

/** The thresholds in use: T_P from the setting (a number, or the median of the positive potentials). */
export function segmentThresholds(potentials: ArrayLike<number>, s: Settings): SegmentThresholds {
  return { potential: resolveThreshold(s.potentialThreshold, potentials), shareLow: s.shareLow, shareHigh: s.shareHigh };
}

/** The segment of amount `a` against potential `p`; undefined without a positive potential (no class). */
export function placeSegment(a: number, p: number | undefined, t: SegmentThresholds): SegmentPlace | undefined {
  if (p === undefined || !(p > 0)) return undefined;
  const share = Math.min(1, Math.max(0, a / p));
  const potentialHigh = p >= t.potential;
  const segment: Segment = potentialHigh
    ? share >= t.shareHigh
      ? "retain"
      : share >= t.shareLow
        ? "acquire"
        : "disrupt"
    : share >= t.shareLow
      ? "maintain"
      : "abandon";
  return { share, potentialHigh, segment, resource: RESOURCE_OF[segment] };
}

/** Each customer's potential (NaN where there is none), in book order. */
export function potentialsOf(book: LinkedBook): Float64Array {
  const out = new Float64Array(book.customers.length);
  book.customers.forEach((c, i) => (out[i] = c.potential ?? NaN));
  return out;
}
