/**
 * The one plain shape of a household's coverage and of the book's lists: what `crm coverage
 * --json` prints and what the pane's CoverageMatrix is given, so both show the same figures.
 */
import { formatDay } from "../dates";
import type { Quadrant } from "../strategy";
import type { BookCoverage, RenewalItem } from "./lists";
import type { HouseholdCoverage } from "./matrix";
import type { CoverKey, RelationshipKey } from "./rules";

export interface MemberJson {
  name: string;
  relationship: RelationshipKey | null;
  isCustomer: boolean;
  /** Sum insured per shown cover type (0 where there is none). */
  sumInsured: Partial<Record<CoverKey, number>>;
  annualPremium: number;
  singlePremium: number;
  gaps: CoverKey[];
  /** Cover types where a policy has unusable dates (see the problem list). */
  errors: CoverKey[];
}

export interface RenewalJson {
  member: string;
  cover: CoverKey;
  insurer: string;
  policyNo: string;
  sumInsured: number;
  endDate: string;
  days: number;
}

export interface HouseholdJson {
  id: string;
  name: string;
  quadrant: Quadrant;
  coverTypes: CoverKey[];
  members: MemberJson[];
  totals: { sumInsured: Partial<Record<CoverKey, number>>; annualPremium: number; singlePremium: number };
  gaps: { member: string; relationship: RelationshipKey | null; cover: CoverKey }[];
  renewals: RenewalJson[];
}

export interface BookCoverageJson {
  asOf: string;
  renewalDays: number;
  gaps: { id: string; name: string; quadrant: Quadrant; member: string; relationship: RelationshipKey | null; cover: CoverKey; annualPremium: number }[];
  renewals: (RenewalJson & { id: string; name: string; quadrant: Quadrant })[];
  /**
   * Customers with no policy recorded, the best leads (the pane's Protection tab lists the same),
   * in its order; null when the book has no policy table (then no one has a policy recorded).
   */
  noPolicy: { id: string; name: string; quadrant: Quadrant; amount: number }[] | null;
}

const pick = (covers: readonly CoverKey[], value: (k: CoverKey) => number) => Object.fromEntries(covers.map((k) => [k, value(k)]));

function renewalJson(r: RenewalItem): RenewalJson {
  return { member: r.member, cover: r.cover, insurer: r.insurer, policyNo: r.policyNo, sumInsured: r.sumInsured, endDate: formatDay(r.endDay), days: r.days };
}

export function householdJson(h: HouseholdCoverage, renewals: readonly RenewalItem[]): HouseholdJson {
  return {
    id: h.id,
    name: h.name,
    quadrant: h.quadrant,
    coverTypes: [...h.coverTypes],
    members: h.members.map((m) => ({
      name: m.name,
      relationship: m.relationship ?? null,
      isCustomer: m.isCustomer,
      sumInsured: pick(h.coverTypes, (k) => m.cells[k].sumInsured),
      annualPremium: m.annualPremium,
      singlePremium: m.singlePremium,
      gaps: [...m.gaps],
      errors: h.coverTypes.filter((k) => m.cells[k].error),
    })),
    totals: { sumInsured: pick(h.coverTypes, (k) => h.totals.sumInsured[k]), annualPremium: h.totals.annualPremium, singlePremium: h.totals.singlePremium },
    gaps: h.members.flatMap((m) => m.gaps.map((cover) => ({ member: m.name, relationship: m.relationship ?? null, cover }))),
    renewals: renewals.filter((r) => r.index === h.index).map(renewalJson),
  };
}

export function bookCoverageJson(c: BookCoverage, asOf: number, renewalDays: number, hasPolicyTable: boolean): BookCoverageJson {
  return {
    asOf: formatDay(asOf),
    renewalDays,
    noPolicy: hasPolicyTable ? c.noPolicy.map((n) => ({ id: n.id, name: n.name, quadrant: n.quadrant, amount: n.amount })) : null,
    gaps: c.gaps.map((g) => ({ id: g.id, name: g.name, quadrant: g.quadrant, member: g.member, relationship: g.relationship ?? null, cover: g.cover, annualPremium: g.annualPremium })),
    renewals: c.renewals.map((r) => ({ id: r.id, name: r.name, quadrant: r.quadrant, ...renewalJson(r) })),
  };
}
