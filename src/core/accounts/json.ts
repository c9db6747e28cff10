/**
 * The one plain shape of key accounts: what `crm accounts --json` prints (SPEC 8), and what the
 * pane and the key-accounts sheet are tested against, so all three show the same figures.
 */
import type { KeyAccounts } from "./accounts";
import type { CoverageGap } from "./funnel";
import type { Resource, Segment } from "./segments";

export interface AccountsJson {
  segments: { id: string; name: string; potential: number; share: number; segment: Segment; resource: Resource }[];
  funnel: { stage: string; count: number; amount: number }[];
  opportunities: { id: string; project: string; stage: string; amount: number | null; stale: boolean; covered: boolean; gaps: CoverageGap[] }[];
  badDebt: { amount: number; margin: number; extraSales: number; customers: { id: string; amount: number; extraSales: number }[] };
}

/** Shares to four decimals (0.3333): a figure a user reads, not float noise. */
const share = (x: number) => Math.round(x * 1e4) / 1e4;

export function accountsJson(k: KeyAccounts): AccountsJson {
  return {
    segments: k.segments.map((s) => ({ id: s.id, name: s.name, potential: s.potential, share: share(s.share), segment: s.segment, resource: s.resource })),
    funnel: k.funnel.map((f) => ({ stage: f.stage, count: f.count, amount: f.amount })),
    opportunities: k.opportunities.map((o) => ({
      id: o.id,
      project: o.project,
      stage: o.stage,
      amount: o.amount ?? null,
      stale: o.stale,
      covered: o.covered,
      gaps: [...o.gaps],
    })),
    badDebt: {
      amount: k.badDebt.amount,
      margin: k.badDebt.margin,
      extraSales: k.badDebt.extraSales,
      customers: k.badDebt.customers.map((c) => ({ id: c.id, amount: c.amount, extraSales: c.extraSales })),
    },
  };
}
