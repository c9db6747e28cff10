/** Today's plan: the candidates (candidates.ts) under the day's capacity (capacity.ts). */
import type { Analysis } from "../analyze";
import { type PlanItem, planCandidates } from "./candidates";
import { applyCapacity, usedToday } from "./capacity";

/** Every candidate in candidate order, each marked `today` (within capacity) or not (later). */
export function planAll(a: Analysis): PlanItem[] {
  const s = a.book.settings;
  return applyCapacity(planCandidates(a), { visit: s.dailyVisits, call: s.dailyCalls }, usedToday(a.book, a.asOf));
}

/** Today's plan (`crm plan`, `CRM.PLAN`, the Today tab): the candidates within capacity, in candidate order. */
export function todayPlan(a: Analysis): PlanItem[] {
  return planAll(a).filter((p) => p.today);
}
