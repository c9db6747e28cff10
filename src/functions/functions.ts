/**
 * The CRM.* custom functions as Excel sees them. custom-functions-metadata-plugin generates
 * functions.json from the JSDoc below (never hand-written) and appends the
 * `CustomFunctions.associate(...)` calls; scripts/localize-functions-metadata.ts derives
 * functions.zh-CN.json from it and src/core/i18n/strings/functions.ts (whose en-US texts must
 * equal these comments — a test checks).
 *
 * Every function is a streaming function and a one-line wrapper: the engine answers it from the
 * shared snapshot (one read per wave) and pushes a new result only when a change to the linked
 * tables alters it — no volatile functions, no recalculation of the world.
 *
 * Parameters are `unknown` (metadata type `any`): IDs may be text or numbers, and the checks
 * (#VALUE! with a message) are ours, identical in Excel, the workbench and the CLI.
 */
// Only the type: the generator recognises streaming functions by the written type name
// `CustomFunctions.StreamingInvocation`; at run time `CustomFunctions` is Excel's global.
import type * as CustomFunctions from "./runtime";
import { FUNCTIONS, type FunctionId } from "./catalog";
import { toExcel } from "./present";
import { supportsDataTypes } from "./runtime";
import { crmEngine } from "./shared";

let dataTypes: boolean | undefined;

function live<T>(id: FunctionId, args: unknown[], invocation: CustomFunctions.StreamingInvocation<T>): void {
  const kind = FUNCTIONS[id].returns;
  const cancel = crmEngine().stream(id, args, {
    setResult: (result) =>
      invocation.setResult(toExcel(kind, result, { dataTypes: (dataTypes ??= supportsDataTypes()) }) as T),
  });
  invocation.onCanceled = cancel;
}

/**
 * The customer's quadrant (I, II, III or IV) by amount and closeness in the window; updates when the tables change.
 * @customfunction QUADRANT
 * @param id The customer ID (text or a number), e.g. A2.
 * @param invocation Streaming invocation (Excel's).
 */
export function quadrant(id: unknown, invocation: CustomFunctions.StreamingInvocation<string>): void {
  live("QUADRANT", [id], invocation);
}

/**
 * The customer's purchase amount in the window (refunds included).
 * @customfunction AMOUNT
 * @param id The customer ID (text or a number), e.g. A2.
 * @param invocation Streaming invocation (Excel's).
 */
export function amount(id: unknown, invocation: CustomFunctions.StreamingInvocation<number>): void {
  live("AMOUNT", [id], invocation);
}

/**
 * The customer's closeness: purchases per month in the window, reduced by the penalty after an overdue or bad-debt payment.
 * @customfunction CLOSENESS
 * @param id The customer ID (text or a number), e.g. A2.
 * @param invocation Streaming invocation (Excel's).
 */
export function closeness(id: unknown, invocation: CustomFunctions.StreamingInvocation<number>): void {
  live("CLOSENESS", [id], invocation);
}

/**
 * The strategy for a customer's quadrant, or for a quadrant given as I, II, III or IV.
 * @customfunction STRATEGY
 * @param idOrQuadrant A customer ID, or a quadrant: I, II, III or IV.
 * @param invocation Streaming invocation (Excel's).
 */
export function strategy(idOrQuadrant: unknown, invocation: CustomFunctions.StreamingInvocation<string>): void {
  live("STRATEGY", [idOrQuadrant], invocation);
}

/**
 * TRUE when the customer is close to a threshold and could change quadrant.
 * @customfunction BORDERLINE
 * @param id The customer ID (text or a number), e.g. A2.
 * @param invocation Streaming invocation (Excel's).
 */
export function borderline(id: unknown, invocation: CustomFunctions.StreamingInvocation<boolean>): void {
  live("BORDERLINE", [id], invocation);
}

/**
 * The date of the customer's latest follow-up or purchase, reschedulings aside (#N/A when never contacted).
 * @customfunction LASTCONTACT
 * @param id The customer ID (text or a number), e.g. A2.
 * @param invocation Streaming invocation (Excel's).
 */
export function lastContact(
  id: unknown,
  invocation: CustomFunctions.StreamingInvocation<number | Excel.DoubleCellValue>,
): void {
  live("LASTCONTACT", [id], invocation);
}

/**
 * The date the customer's next contact is due: the booked date, else the last contact plus the quadrant's cadence (shorter for a borderline customer).
 * @customfunction NEXTVISIT
 * @param id The customer ID (text or a number), e.g. A2.
 * @param invocation Streaming invocation (Excel's).
 */
export function nextVisit(
  id: unknown,
  invocation: CustomFunctions.StreamingInvocation<number | Excel.DoubleCellValue>,
): void {
  live("NEXTVISIT", [id], invocation);
}

/**
 * The quadrant of an amount and a closeness, against the given thresholds or the workbook's.
 * @customfunction QUADRANTOF
 * @param amount The amount.
 * @param closeness The closeness (purchases per month).
 * @param [amountThreshold] The amount threshold; the workbook's when omitted.
 * @param [closenessThreshold] The closeness threshold; the workbook's when omitted.
 * @param invocation Streaming invocation (Excel's).
 */
export function quadrantOf(
  amount: unknown,
  closeness: unknown,
  amountThreshold: unknown,
  closenessThreshold: unknown,
  invocation: CustomFunctions.StreamingInvocation<string>,
): void {
  live("QUADRANTOF", [amount, closeness, amountThreshold, closenessThreshold], invocation);
}

/**
 * Today's plan: whom to contact, why, how and what to do (spills into four columns).
 * @customfunction PLAN
 * @param invocation Streaming invocation (Excel's).
 */
export function plan(invocation: CustomFunctions.StreamingInvocation<string[][]>): void {
  live("PLAN", [], invocation);
}

/**
 * The customer's card: name, contact details, quadrant and figures (the name where Excel has no data types).
 * @customfunction CUSTOMER
 * @param id The customer ID (text or a number), e.g. A2.
 * @param invocation Streaming invocation (Excel's).
 */
export function customer(
  id: unknown,
  invocation: CustomFunctions.StreamingInvocation<Excel.EntityCellValue | string>,
): void {
  live("CUSTOMER", [id], invocation);
}

/**
 * The protection gaps of the customer's household by the rules in the settings, e.g. "Jane (Spouse): Critical illness"; updates when the policies change.
 * @customfunction GAPS
 * @param id The customer ID (text or a number), e.g. A2.
 * @param invocation Streaming invocation (Excel's).
 */
export function gaps(id: unknown, invocation: CustomFunctions.StreamingInvocation<string>): void {
  live("GAPS", [id], invocation);
}

/**
 * The client's total assets (loans excluded) at their latest asset review, or at the latest review on or before the date; updates when the assets change.
 * @customfunction ASSETS
 * @param id The customer ID (text or a number), e.g. A2.
 * @param [date] A date: the review on or before it counts; the latest review when omitted.
 * @param invocation Streaming invocation (Excel's).
 */
export function assets(id: unknown, date: unknown, invocation: CustomFunctions.StreamingInvocation<number>): void {
  live("ASSETS", [id, date], invocation);
}

/**
 * The client's tier by total assets at their latest review, against the thresholds in the settings (e.g. Affluent from 50,000).
 * @customfunction TIER
 * @param id The customer ID (text or a number), e.g. A2.
 * @param invocation Streaming invocation (Excel's).
 */
export function tier(id: unknown, invocation: CustomFunctions.StreamingInvocation<string>): void {
  live("TIER", [id], invocation);
}

/**
 * The customer's last change of quadrant and when the refresh recorded it, e.g. "2026-03-31 10:05: I → II" (from the migration history).
 * @customfunction MOVED
 * @param id The customer ID (text or a number), e.g. A2.
 * @param invocation Streaming invocation (Excel's).
 */
export function moved(id: unknown, invocation: CustomFunctions.StreamingInvocation<string>): void {
  live("MOVED", [id], invocation);
}

/**
 * The customer's attack/defend segment (Retain, Acquire, Disrupt, Maintain or Abandon) by purchase potential and our share of it; #N/A without a potential.
 * @customfunction SEGMENT
 * @param id The customer ID (text or a number), e.g. A2.
 * @param invocation Streaming invocation (Excel's).
 */
export function segment(id: unknown, invocation: CustomFunctions.StreamingInvocation<string>): void {
  live("SEGMENT", [id], invocation);
}

/**
 * The extra sales it takes to make up a loss such as a bad debt: loss ÷ net profit margin, rounded to the unit (500 at 2% → 25,000).
 * @customfunction EXTRASALES
 * @param loss The loss to make up, e.g. a bad debt.
 * @param [margin] The net profit margin on sales, e.g. 0.02 for 2%; the workbook's profitMargin setting when omitted.
 * @param invocation Streaming invocation (Excel's).
 */
export function extraSalesOf(loss: unknown, margin: unknown, invocation: CustomFunctions.StreamingInvocation<number>): void {
  live("EXTRASALES", [loss, margin], invocation);
}
