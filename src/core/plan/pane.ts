/**
 * Today's plan as the Today tab shows it: today's entries (exactly `todayPlan`), the candidates
 * still due but beyond today's capacity, and the customers already contacted (or rescheduled)
 * today — who are off the plan by the rule itself (their last contact or booking moved).
 */
import type { Analysis } from "../analyze";
import type { Day } from "../dates";
import type { PlanItem } from "./candidates";
import { RESCHEDULED } from "./nextContact";
import { planAll } from "./today";

export interface ContactedToday {
  index: number;
  /** The channel key logged (`visit`, `phone` …, `rescheduled`); undefined when blank. */
  channel?: string;
  /** A rescheduling's new date. */
  next?: Day;
}

export interface PanePlan {
  today: PlanItem[];
  later: PlanItem[];
  /** One entry per customer with a follow-up dated the as-of day (the last one logged), in sheet order. */
  contacted: ContactedToday[];
}

export function planForPane(a: Analysis): PanePlan {
  const all = planAll(a);
  const last = new Map<number, ContactedToday>();
  for (const f of a.book.followUps)
    if (f.customer >= 0 && f.day === a.asOf)
      last.set(f.customer, { index: f.customer, channel: f.channel, ...(f.channel === RESCHEDULED && f.nextDay !== undefined ? { next: f.nextDay } : {}) });
  return {
    today: all.filter((p) => p.today),
    later: all.filter((p) => !p.today),
    contacted: [...last.values()].sort((x, y) => x.index - y.index),
  };
}
