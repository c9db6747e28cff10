/**
 * The sales funnel and 1+2+1 (SPEC 5c, seeds/002 销售漏斗管理, 大客户成交模式): open opportunities
 * counted and summed per stage in stage order, stale ones found, and each one's 1+2+1 coverage —
 * one guide inside the customer, two of the four buying roles, one rep — with its gaps by name.
 */
import type { OpportunityRec } from "../book";
import type { Day } from "../dates";
import { OPPORTUNITY_STAGES, matchKey } from "../schema";

/** The open stages, in funnel order (won and lost close an opportunity). */
export const OPEN_STAGES = OPPORTUNITY_STAGES.map((s) => s.key).filter((k) => k !== "won" && k !== "lost");

/** The four buying roles of the 采购氛围 (seeds/002): two of them must be covered. */
export const BUYING_ROLES = ["buyer", "user", "gatekeeper", "decisionMaker"] as const;
export type BuyingRole = (typeof BUYING_ROLES)[number];

/** What a 1+2+1 gap names: the guide, a buying role not covered, or the rep. */
export type CoverageGap = "guide" | BuyingRole | "rep";

export interface FunnelStage {
  stage: string;
  count: number;
  /** Sum of the expected amounts (a blank amount adds nothing; `unpriced` counts those). */
  amount: number;
  unpriced: number;
}

/**
 * Each project's current row: a stage change is logged as a new row (the pane's writer appends,
 * never overwrites), so the last row of a customer's project, in sheet order, is where it stands;
 * the earlier rows are its history. Projects compare as the headers do (width, case, spaces).
 */
export function currentIndexes(rows: readonly Pick<OpportunityRec, "customer" | "id" | "project">[]): number[] {
  const last = new Map<string, number>();
  rows.forEach((o, i) => last.set(projectKey(o), i));
  return [...last.values()].sort((a, b) => a - b);
}

function projectKey(o: Pick<OpportunityRec, "customer" | "id" | "project">): string {
  return `${o.customer >= 0 ? o.customer : matchKey(o.id)}\u0000${matchKey(o.project)}`;
}

export function isOpen(o: Pick<OpportunityRec, "stage">): boolean {
  return o.stage !== "won" && o.stage !== "lost";
}

/** Per open stage, in stage order (every stage listed, empty ones with 0). */
export function funnelOf(opportunities: readonly OpportunityRec[]): FunnelStage[] {
  const stages = OPEN_STAGES.map((stage) => ({ stage, count: 0, amount: 0, unpriced: 0 }));
  const at = new Map(stages.map((s) => [s.stage, s]));
  for (const o of opportunities) {
    const s = at.get(o.stage);
    if (!s) continue;
    s.count++;
    if (o.amount === undefined) s.unpriced++;
    else s.amount += o.amount;
  }
  for (const s of stages) s.amount = Math.round(s.amount * 100) / 100;
  return stages;
}

/** Stale: in its stage more than `staleDays` before the as-of date. Without a stage date it cannot be said (false). */
export function isStale(o: Pick<OpportunityRec, "stageDay">, asOf: Day, staleDays: number): boolean {
  return o.stageDay !== undefined && asOf - o.stageDay > staleDays;
}

/** The 1+2+1 gaps, in the order of the model: the guide, the buying roles when fewer than two are named, the rep. */
export function coverageGaps(o: Pick<OpportunityRec, "guide" | "rep" | BuyingRole>): CoverageGap[] {
  const gaps: CoverageGap[] = [];
  if (!o.guide) gaps.push("guide");
  const missing = BUYING_ROLES.filter((r) => !o[r]);
  if (BUYING_ROLES.length - missing.length < 2) gaps.push(...missing);
  if (!o.rep) gaps.push("rep");
  return gaps;
}
