/**
 * A day's work (SPEC 4, capacity): `dailyVisits` visits and `dailyCalls` calls (blank = no limit).
 * Walking the candidates in order, an appointment is always taken — a promise, it uses a slot of
 * its kind even past the limit —, any other candidate while a slot of its kind is left; the rest
 * are still due, later. Contacts already logged today have used their slots (docs/DECISIONS.md).
 */
import type { LinkedBook } from "../book";
import type { Day } from "../dates";
import type { PlanItem, Slot } from "./candidates";
import { isContact } from "./nextContact";

/** Slots per kind for the day; null = no limit. */
export type Capacity = Record<Slot, number | null>;

/** Slots used by contacts logged for the as-of day (a visit uses a visit; phone, SMS, WeChat, email … a call). */
export function usedToday(book: LinkedBook, asOf: Day): Record<Slot, number> {
  const used = { visit: 0, call: 0 };
  for (const f of book.followUps)
    if (f.customer >= 0 && f.day === asOf && isContact(f)) used[f.channel === "visit" ? "visit" : "call"]++;
  return used;
}

/** Marks which candidates are today's (in place) and returns them. */
export function applyCapacity(candidates: PlanItem[], capacity: Capacity, used: Record<Slot, number>): PlanItem[] {
  const left = {
    visit: capacity.visit === null ? Infinity : capacity.visit - used.visit,
    call: capacity.call === null ? Infinity : capacity.call - used.call,
  };
  for (const c of candidates) {
    c.today = c.reason === "appointment" || left[c.slot] > 0;
    if (c.today) left[c.slot]--;
  }
  return candidates;
}
