/**
 * Today's plan (SPEC section 4): whom to contact on the as-of date — a day's work, not every
 * customer who could be contacted. One rule for the pane, `crm plan`, `CRM.PLAN` and (through
 * `nextContact.ts`, which the scores use) the 下次拜访 column and `CRM.NEXTVISIT`.
 *
 *   nextContact  L, Bk, C, N per customer        candidates  the reasons, in the spec's order
 *   capacity     dailyVisits / dailyCalls        today       candidates under capacity
 *   text         why (with its number), what to do   pane   the Today tab: today, later, contacted
 *   birthday     the next birthday, 29 February
 */
export { type PlanChannel, type PlanItem, type PlanReason, type Slot, PLAN_REASONS } from "./candidates";
export { planAll, todayPlan } from "./today";
export { usedToday } from "./capacity";
export { daysToBirthday } from "./birthday";
export { planAction, planChannelText, planReasonText } from "./text";
export { type ContactedToday, type PanePlan, planForPane } from "./pane";
export { RESCHEDULED, isContact } from "./nextContact";
