/**
 * Across the book (SPEC 5b): the gap list — every missing cover of every household, a source
 * of leads — and the policies ending within the renewal horizon.
 */
import type { Analysis } from "../analyze";
import type { Day } from "../dates";
import { type Quadrant, QUADRANT_PRIORITY } from "../strategy";
import { type HouseholdCoverage, allHouseholds } from "./matrix";
import type { CoverKey, RelationshipKey } from "./rules";

export interface GapItem {
  index: number;
  id: string;
  name: string;
  quadrant: Quadrant;
  /** The member's name as written ("" when the policies name only a relationship). */
  member: string;
  relationship?: RelationshipKey;
  cover: CoverKey;
  /** The household's annual premium: the second sort key. */
  annualPremium: number;
}

export interface RenewalItem {
  index: number;
  id: string;
  name: string;
  quadrant: Quadrant;
  member: string;
  cover: CoverKey;
  insurer: string;
  policyNo: string;
  sumInsured: number;
  premium?: number;
  endDay: Day;
  /** Days from the as-of date to the end date (0 = ends today). */
  days: number;
  /** Worksheet row of the policy. */
  row: number;
}

/** A customer with no policy recorded at all: the best protection lead (no gap list can show them). */
export interface NoPolicyItem {
  index: number;
  id: string;
  name: string;
  quadrant: Quadrant;
  /** The customer's amount in the window: the second sort key. */
  amount: number;
  /** Worksheet row of the customer. */
  row: number;
}

export interface BookCoverage {
  households: HouseholdCoverage[];
  gaps: GapItem[];
  renewals: RenewalItem[];
  /** Customers with no policy, in the gap list's order (quadrant II, I, IV, III, then amount). */
  noPolicy: NoPolicyItem[];
}

/**
 * Gaps ordered by quadrant priority (II, I, IV, III: the customers worth the conversation
 * first), then by the household's annual premium (highest first), then sheet order; within a
 * household, member then cover order. Renewals: nearest end date first, then sheet order.
 */
export function bookCoverage(a: Analysis, households = allHouseholds(a)): BookCoverage {
  const gaps: GapItem[] = [];
  const renewals: RenewalItem[] = [];
  const noPolicy: NoPolicyItem[] = [];
  const horizon = a.asOf + a.book.settings.renewalDays;
  for (const h of households) {
    if (h.policies.length === 0) {
      const sc = a.scores[h.index];
      noPolicy.push({ index: h.index, id: h.id, name: h.name, quadrant: h.quadrant, amount: sc?.amount ?? 0, row: a.book.customers[h.index].row });
    }
    for (const m of h.members)
      for (const cover of m.gaps)
        gaps.push({ index: h.index, id: h.id, name: h.name, quadrant: h.quadrant, member: m.name, relationship: m.relationship, cover, annualPremium: h.totals.annualPremium });
    for (const p of h.policies) {
      // No end date (whole life, or left blank) is never a renewal; nor are unusable dates.
      if (p.status !== "inForce" || p.endDay === undefined || p.endDay > horizon) continue;
      renewals.push({
        index: h.index,
        id: h.id,
        name: h.name,
        quadrant: h.quadrant,
        member: h.members[p.member].name,
        cover: p.cover,
        insurer: p.insurer,
        policyNo: p.policyNo,
        sumInsured: p.sumInsured,
        premium: p.premium,
        endDay: p.endDay,
        days: p.endDay - a.asOf,
        row: p.row,
      });
    }
  }
  // A stable sort keeps member and cover order within a household.
  gaps.sort((x, y) => QUADRANT_PRIORITY[x.quadrant] - QUADRANT_PRIORITY[y.quadrant] || y.annualPremium - x.annualPremium || x.index - y.index);
  renewals.sort((x, y) => x.endDay - y.endDay || x.index - y.index || x.row - y.row);
  noPolicy.sort((x, y) => QUADRANT_PRIORITY[x.quadrant] - QUADRANT_PRIORITY[y.quadrant] || y.amount - x.amount || x.index - y.index);
  return { households, gaps, renewals, noPolicy };
}
