/**
 * Reading what Excel passes to a function. Parameters are declared `any`, so every check is
 * ours and the same everywhere (Excel, the evaluator, the CLI):
 * - an ID is text or a number (`1` is a valid ID, distinct from the text `001`, as in the sheets);
 *   empty or a boolean is a bad argument (#VALUE!). Excel screens error arguments and applies
 *   ranges cell by cell before a call (the hosts without Excel do the same: `excelArgs.ts`), so
 *   the error-value and range checks below meet only direct callers of the engine;
 * - a number argument is a finite number; text, even numeric-looking, is a bad argument;
 * - an omitted optional argument arrives as null or undefined.
 */
import { type Lang, t } from "../core/i18n";
import { type ParsedId, parseId } from "../core/parse/id";
import { TABLES, caption } from "../core/schema";
import { type ErrorValue, errorCodeOf, errorValue } from "./runtime";

export type Read<T> = { ok: true; value: T } | { ok: false; error: ErrorValue };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = (message: string): Read<never> => ({ ok: false, error: errorValue("#VALUE!", message) });

/** True for an argument the user left out (or pointed at an empty cell). */
export function isOmitted(arg: unknown): boolean {
  return arg === null || arg === undefined;
}

/** How an argument reads in a message: text quoted, TRUE/FALSE as Excel writes them. */
export function showArg(arg: unknown): string {
  if (typeof arg === "boolean") return arg ? "TRUE" : "FALSE";
  if (typeof arg === "string") return `“${arg}”`;
  if (typeof arg === "number") return String(arg);
  const code = errorCodeOf(arg);
  if (code) return code;
  return String(arg);
}

/** Common rejections: an error value, a range, an entity we don't know. */
function notScalar(arg: unknown, lang: Lang): Read<never> | undefined {
  const code = errorCodeOf(arg);
  if (code) return bad(t(lang, "functions.error.errorArgument", { value: code }));
  if (Array.isArray(arg)) {
    // A 1×1 range is a single value.
    if (arg.length === 1 && Array.isArray(arg[0]) && arg[0].length === 1) return undefined;
    return bad(t(lang, "functions.error.arrayArgument"));
  }
  return undefined;
}

function single(arg: unknown): unknown {
  return basicOf(Array.isArray(arg) && arg.length === 1 && Array.isArray(arg[0]) && arg[0].length === 1 ? arg[0][0] : arg);
}

const BASIC_TYPES = new Set(["Double", "FormattedNumber", "String", "Boolean"]);

/**
 * A plain value Excel hands over as a cell-value object (CustomFunctionsRuntime 1.4 data types): a
 * formatted number — say the date `CRM.NEXTVISIT` answers, passed into `CRM.ASSETS` — is its number.
 */
function basicOf(arg: unknown): unknown {
  if (typeof arg !== "object" || arg === null) return arg;
  const { type, basicValue } = arg as { type?: unknown; basicValue?: unknown };
  const primitive = typeof basicValue === "number" || typeof basicValue === "string" || typeof basicValue === "boolean";
  return typeof type === "string" && BASIC_TYPES.has(type) && primitive ? basicValue : arg;
}

/** The customer-ID caption in both languages: the property a CUSTOMER card carries its ID in. */
const ID_LABELS = [caption(TABLES.customers.columns[0], "zh-CN"), caption(TABLES.customers.columns[0], "en-US")];

/** An entity value (a CRM.CUSTOMER card passed back in) → the ID it carries. */
function idOfEntity(arg: unknown): unknown {
  if (typeof arg !== "object" || arg === null || (arg as { type?: unknown }).type !== "Entity") return undefined;
  const props = (arg as { properties?: Record<string, { basicValue?: unknown } | undefined> }).properties ?? {};
  for (const label of ID_LABELS) {
    const p = props[label];
    if (p && (typeof p.basicValue === "string" || typeof p.basicValue === "number")) return p.basicValue;
  }
  return undefined;
}

export function readId(arg: unknown, lang: Lang): Read<ParsedId> {
  const rejected = notScalar(arg, lang);
  if (rejected) return rejected;
  let value = single(arg);
  value = idOfEntity(value) ?? value;
  if (isOmitted(value) || (typeof value === "string" && value.normalize("NFKC").trim() === "")) {
    return bad(t(lang, "functions.error.emptyId"));
  }
  if (typeof value !== "string" && typeof value !== "number")
    return bad(t(lang, "functions.error.notId", { value: showArg(value) }));
  const parsed = parseId(value);
  if (!parsed.ok) return bad(t(lang, "functions.error.notId", { value: showArg(value) }));
  // The key is trimmed, NFKC-folded and case-folded, so `　Ｃ００１ ` finds C001.
  return ok(parsed.value);
}

export interface NumberRule {
  /** The i18n key of the parameter's name in messages (functions.param.*). */
  param: string;
  nonNegative?: boolean;
}

export function readNumber(arg: unknown, rule: NumberRule, lang: Lang): Read<number> {
  const param = t(lang, rule.param);
  const rejected = notScalar(arg, lang);
  if (rejected) return rejected;
  const value = single(arg);
  if (isOmitted(value) || value === "") return bad(t(lang, "functions.error.emptyNumber", { param }));
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return bad(t(lang, "functions.error.notNumber", { param, value: showArg(value) }));
  }
  if (rule.nonNegative && value < 0) return bad(t(lang, "functions.error.negative", { param, value }));
  return ok(value);
}

/** An optional number: undefined when omitted. */
export function readOptionalNumber(arg: unknown, rule: NumberRule, lang: Lang): Read<number | undefined> {
  return isOmitted(single(arg)) ? ok(undefined) : readNumber(arg, rule, lang);
}
