/**
 * Key accounts (SPEC 5c) in one pass over an analysis: every customer's attack/defend segment,
 * the funnel, each open opportunity's staleness and 1+2+1 gaps, and the bad debt with the extra
 * sales it costs. Every host (the CLI, the pane, the key-accounts sheet, CRM.SEGMENT) shows
 * these figures and no others.
 */
import type { Analysis } from "../analyze";
import type { Day } from "../dates";
import { type SegmentPlace, type SegmentThresholds, placeSegment, potentialsOf, segmentThresholds } from "./segments";
import { type CoverageGap, type FunnelStage, coverageGaps, currentIndexes, funnelOf, isOpen, isStale } from "./funnel";
import { badDebtsOf, extraSales } from "./badDebt";

export interface CustomerSegment extends SegmentPlace {
  index: number;
  id: string;
  name: string;
  potential: number;
  /** A of SPEC 3: the window's purchase amount. */
  amount: number;
}

export interface OpenOpportunity {
  /** Index in `book.opportunities` (sheet order) of the project's current row. */
  at: number;
  /** The customer's index, or -1 for an orphan (reported by the book). */
  customer: number;
  id: string;
  name: string;
  row: number;
  project: string;
  stage: string;
  amount?: number;
  stageDay?: Day;
  expectedClose?: Day;
  stale: boolean;
  covered: boolean;
  gaps: CoverageGap[];
}

export interface CustomerBadDebt {
  index: number;
  id: string;
  name: string;
  amount: number;
  extraSales: number;
}

export interface KeyAccounts {
  asOf: Day;
  thresholds: SegmentThresholds;
  staleDays: number;
  /** By customer index: the segment, or undefined without a potential. */
  byCustomer: (CustomerSegment | undefined)[];
  /** Customers with a potential, in sheet order. */
  segments: CustomerSegment[];
  /** Customers without a positive potential (no class: said once, not an error). */
  withoutPotential: number;
  /** Whether the customer table has a potential column at all. */
  hasPotentialColumn: boolean;
  hasOpportunityTable: boolean;
  funnel: FunnelStage[];
  /** Open opportunities, in sheet order. */
  opportunities: OpenOpportunity[];
  badDebt: { amount: number; margin: number; extraSales: number; customers: CustomerBadDebt[] };
}

export function keyAccounts(a: Analysis): KeyAccounts {
  const { book, asOf, scores } = a;
  const s = book.settings;
  const potentials = potentialsOf(book);
  const thresholds = segmentThresholds(potentials, s);
  const byCustomer = scores.map((sc): CustomerSegment | undefined => {
    const p = book.customers[sc.index].potential;
    const place = placeSegment(sc.amount, p, thresholds);
    // Field by field, not spread: spreading cost ~20 µs a customer (10,000 customers, 0.2 s).
    if (!place) return undefined;
    return { share: place.share, potentialHigh: place.potentialHigh, segment: place.segment, resource: place.resource, index: sc.index, id: sc.id, name: sc.name, potential: p!, amount: sc.amount };
  });
  const segments = byCustomer.filter((x): x is CustomerSegment => x !== undefined);

  const opportunities: OpenOpportunity[] = [];
  const currentAt = currentIndexes(book.opportunities);
  const current = currentAt.map((i) => book.opportunities[i]);
  currentAt.forEach((at) => {
    const o = book.opportunities[at];
    if (!isOpen(o)) return;
    const gaps = coverageGaps(o);
    const c = o.customer >= 0 ? book.customers[o.customer] : undefined;
    opportunities.push({
      at,
      customer: o.customer,
      id: c?.id ?? o.id,
      name: c?.name ?? "",
      row: o.row,
      project: o.project,
      stage: o.stage,
      amount: o.amount,
      stageDay: o.stageDay,
      expectedClose: o.expectedClose,
      stale: isStale(o, asOf, s.staleDays),
      covered: gaps.length === 0,
      gaps,
    });
  });

  const debts = badDebtsOf(book, asOf, s.windowMonths);
  const customers: CustomerBadDebt[] = [];
  let total = 0;
  debts.forEach((amount, i) => {
    if (amount === 0) return;
    total += amount;
    const c = book.customers[i];
    customers.push({ index: i, id: c.id, name: c.name, amount, extraSales: extraSales(amount, s.profitMargin) });
  });
  const amount = Math.round(total * 1e6) / 1e6;

  return {
    asOf,
    thresholds,
    staleDays: s.staleDays,
    byCustomer,
    segments,
    withoutPotential: scores.length - segments.length,
    hasPotentialColumn: book.tables.customers?.cols.has("potential") ?? false,
    hasOpportunityTable: book.tables.opportunities !== undefined,
    funnel: funnelOf(current),
    opportunities,
    badDebt: { amount, margin: s.profitMargin, extraSales: extraSales(amount, s.profitMargin), customers },
  };
}

const memo = new WeakMap<Analysis, KeyAccounts>();

/** `keyAccounts` once per analysis (the computed column asks for it customer by customer). */
export function keyAccountsOf(a: Analysis): KeyAccounts {
  let k = memo.get(a);
  if (!k) memo.set(a, (k = keyAccounts(a)));
  return k;
}

/** A customer's open opportunities (the 360 view). */
export function opportunitiesOf(k: KeyAccounts, index: number): OpenOpportunity[] {
  return k.opportunities.filter((o) => o.customer === index);
}
