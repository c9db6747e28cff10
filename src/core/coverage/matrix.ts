/**
 * The coverage matrix of one household (SPEC 5b): members × cover types, the sum insured in
 * each cell, the annual premium per member and in total, and the gaps the settings' rules find.
 */
import type { Analysis } from "../analyze";
import type { PolicyRec } from "../book";
import { customerField } from "../book";
import type { Day } from "../dates";
import type { Quadrant } from "../strategy";
import { type InsuredName, familyMembers, nameKey, readInsured } from "./members";
import { COVER_KEYS, type CoverKey, type GapRules, RULE_OF_RELATIONSHIP, type RelationshipKey } from "./rules";

export type PolicyStatus = "inForce" | "expired" | "error";

export interface CoveragePolicy {
  /** Worksheet row of the policy. */
  row: number;
  member: number;
  cover: CoverKey;
  insurer: string;
  policyNo: string;
  sumInsured: number;
  premium?: number;
  /** "single" only when the sheet says so; a blank payment method is read as regular. */
  payment: "regular" | "single";
  startDay?: Day;
  endDay?: Day;
  status: PolicyStatus;
  /** Whether the premium is still being paid on the as-of date (counts in the annual total). */
  paying: boolean;
}

export interface CoverageCell {
  /** Sum insured of the in-force policies. */
  sumInsured: number;
  /** In-force policies in this cell. */
  policies: number;
  /** A policy here has unusable dates (end before start): shown, not counted, never a gap. */
  error: boolean;
  gap: boolean;
}

export interface CoverageMember {
  name: string;
  relationship?: RelationshipKey;
  isCustomer: boolean;
  cells: Record<CoverKey, CoverageCell>;
  /** Regular premiums still being paid, per year. */
  annualPremium: number;
  /** Single premiums of in-force policies: paid once, never part of the annual total. */
  singlePremium: number;
  gaps: CoverKey[];
}

export interface HouseholdCoverage {
  index: number;
  id: string;
  name: string;
  quadrant: Quadrant;
  members: CoverageMember[];
  /** Columns worth showing: covers held or missing, in the schema's order. */
  coverTypes: CoverKey[];
  totals: { sumInsured: Record<CoverKey, number>; annualPremium: number; singlePremium: number };
  policies: CoveragePolicy[];
}

const emptyCells = (): Record<CoverKey, CoverageCell> =>
  Object.fromEntries(COVER_KEYS.map((k) => [k, { sumInsured: 0, policies: 0, error: false, gap: false }])) as Record<CoverKey, CoverageCell>;

const ORDER: Record<RelationshipKey, number> = { self: 0, spouse: 1, child: 2, parent: 3, other: 4 };

/** Builds every household at once (one pass over the policies). */
export function allHouseholds(a: Analysis): HouseholdCoverage[] {
  const byCustomer: PolicyRec[][] = a.book.customers.map(() => []);
  for (const p of a.book.policies) if (p.customer >= 0) byCustomer[p.customer].push(p);
  return a.scores.map((s) => household(a, s.index, byCustomer[s.index]));
}

/** One household; `policies` are the customer's rows (all of them when omitted). */
export function household(a: Analysis, index: number, policies = a.book.policies.filter((p) => p.customer === index)): HouseholdCoverage {
  const { book, asOf } = a;
  const customer = book.customers[index];
  const score = a.scores[index];
  const members: CoverageMember[] = [];
  const keys = new Map<string, number>();
  const customerKey = nameKey(customer.name);

  const newMember = (name: string, relationship: RelationshipKey | undefined, isCustomer: boolean): number => {
    members.push({ name, relationship, isCustomer, cells: emptyCells(), annualPremium: 0, singlePremium: 0, gaps: [] });
    return members.length - 1;
  };
  const self = newMember(customer.name, "self", true);
  keys.set(customerKey, self);

  /** The member a name stands for, created on first sight; a relationship fills in only when unknown. */
  const memberOf = (n: InsuredName, relationship: RelationshipKey | undefined): number => {
    const rel = relationship ?? n.relationship;
    if (rel === "self" || (n.key !== "" && n.key === customerKey)) return self;
    if (n.key === "") {
      // Only a relationship word (`配偶`): the one member of that relationship, if there is one.
      const same = members.flatMap((m, i) => (m.relationship === rel && !m.isCustomer ? [i] : []));
      if (same.length === 1) return same[0];
      const label = `#${rel ?? "other"}`;
      const known = keys.get(label);
      if (known !== undefined) return known;
      const i = newMember("", rel, false);
      keys.set(label, i);
      return i;
    }
    const known = keys.get(n.key);
    if (known !== undefined) {
      members[known].relationship ??= rel;
      return known;
    }
    const i = newMember(n.display, rel, false);
    keys.set(n.key, i);
    return i;
  };

  for (const m of familyMembers(customerField(book, customer, "family"))) memberOf(m, undefined);

  const out: CoveragePolicy[] = [];
  for (const p of policies) {
    const member = memberOf(readInsured(p.insured), p.relationship as RelationshipKey | undefined);
    const cover = p.coverType as CoverKey;
    const cell = members[member].cells[cover];
    const status: PolicyStatus = p.endBeforeStart ? "error" : p.endDay !== undefined && p.endDay < asOf ? "expired" : "inForce";
    const payment = p.payment === "single" ? "single" : "regular";
    const paying = status === "inForce" && payment === "regular" && stillPaying(p, asOf);
    if (status === "error") cell.error = true;
    if (status === "inForce") {
      cell.sumInsured += p.sumInsured;
      cell.policies += 1;
      if (paying) members[member].annualPremium += p.premium ?? 0;
      if (payment === "single") members[member].singlePremium += p.premium ?? 0;
    }
    out.push({
      row: p.row,
      member,
      cover,
      insurer: p.insurer,
      policyNo: p.policyNo,
      sumInsured: p.sumInsured,
      premium: p.premium,
      payment,
      startDay: p.startDay,
      endDay: p.endDay,
      status,
      paying,
    });
  }

  // No policy recorded is not the same as no cover: the rep may not have asked yet. Such a
  // household shows its members but claims no gaps (the lists would drown in them otherwise).
  if (policies.length > 0) applyGapRules(members, book.settings.gapRules);
  // The customer first, then spouse, children, parents, others; first-met order within each.
  const order = members.map((_, i) => i).sort((x, y) => ORDER[members[x].relationship ?? "other"] - ORDER[members[y].relationship ?? "other"] || x - y);
  const renumber = new Map(order.map((old, i) => [old, i]));
  const sorted = order.map((i) => members[i]);
  for (const p of out) p.member = renumber.get(p.member)!;

  const sumInsured = Object.fromEntries(COVER_KEYS.map((k) => [k, sorted.reduce((s, m) => s + m.cells[k].sumInsured, 0)])) as Record<CoverKey, number>;
  const coverTypes = COVER_KEYS.filter((k) => sorted.some((m) => m.cells[k].policies > 0 || m.cells[k].error || m.cells[k].gap));
  return {
    index,
    id: customer.id,
    name: customer.name,
    quadrant: score.quadrant,
    members: sorted,
    coverTypes,
    totals: {
      sumInsured,
      annualPremium: sorted.reduce((s, m) => s + m.annualPremium, 0),
      singlePremium: sorted.reduce((s, m) => s + m.singlePremium, 0),
    },
    policies: out,
  };
}

/**
 * A regular premium is due each year of the payment term: when the start and the number of
 * payment years are known and the term is over (start + years ≤ as-of), nothing is due any more.
 */
function stillPaying(p: PolicyRec, asOf: Day): boolean {
  if (p.startDay === undefined || p.paymentYears === undefined || p.paymentYears <= 0) return true;
  return p.startDay + Math.round(p.paymentYears * 365.25) > asOf;
}

/** Marks, per member, each cover its relationship's rule asks for and no in-force policy gives. */
function applyGapRules(members: CoverageMember[], rules: GapRules): void {
  const hasChild = members.some((m) => m.relationship === "child");
  for (const m of members) {
    const rule = RULE_OF_RELATIONSHIP[m.relationship ?? "other"];
    const wanted = new Set<CoverKey>(rule ? rules[rule] : []);
    if (m.isCustomer && hasChild) for (const k of rules.gapSelfWithChild) wanted.add(k);
    for (const k of COVER_KEYS) {
      const cell = m.cells[k];
      // A cell whose policy has bad dates is unclear, not empty: the problem list says so.
      if (!wanted.has(k) || cell.policies > 0 || cell.error) continue;
      cell.gap = true;
      m.gaps.push(k);
    }
  }
}
