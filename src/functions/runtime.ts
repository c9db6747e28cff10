/**
 * The only code in src/functions that knows whether it runs inside Excel. Everything else works
 * on plain values (`Result`), so the same function code runs in Excel, the workbench, the CLI
 * and tests: here a result becomes what the Excel runtime expects (a `CustomFunctions.Error`, a
 * data-type value), and an Excel argument or error becomes a plain value again.
 */
import { type Lang, langFromLocale } from "../core/i18n";

export type ErrorCode = "#N/A" | "#VALUE!";

/** An Excel error as a plain value: what the evaluator returns and the engine compares. */
export interface ErrorValue {
  readonly error: ErrorCode;
  readonly message: string;
}

export function errorValue(error: ErrorCode, message: string): ErrorValue {
  return { error, message };
}

export function isErrorValue(x: unknown): x is ErrorValue {
  return (
    typeof x === "object" &&
    x !== null &&
    !Array.isArray(x) &&
    typeof (x as ErrorValue).error === "string" &&
    "message" in x
  );
}

/**
 * The part of `CustomFunctions.StreamingInvocation<T>` (custom-functions-runtime) the functions
 * use. Declared here because the project does not depend on @types/custom-functions-runtime; the
 * metadata generator recognises the parameter by its written type name only.
 */
export interface StreamingInvocation<T> {
  setResult(value: T | Error): void;
  onCanceled?: () => void;
  address?: string;
  functionName?: string;
}

/** What the `CustomFunctions` global offers (only inside Excel's custom-functions runtime). */
interface CustomFunctionsGlobal {
  Error: new (code: string, message?: string) => Error;
  ErrorCode: { invalidValue: string; notAvailable: string };
}

function customFunctionsGlobal(): CustomFunctionsGlobal | undefined {
  const cf = (globalThis as { CustomFunctions?: Partial<CustomFunctionsGlobal> }).CustomFunctions;
  return cf && typeof cf.Error === "function" && cf.ErrorCode ? (cf as CustomFunctionsGlobal) : undefined;
}

/** Where there is no `CustomFunctions` global: an Error carrying the same `code` and `message`. */
export class FunctionError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "FunctionError";
  }
}

/** The error object to hand to Excel (`setResult` or `throw`): the real one when present. */
export function excelError(e: ErrorValue): Error {
  const cf = customFunctionsGlobal();
  if (!cf) return new FunctionError(e.error, e.message);
  const code = e.error === "#N/A" ? cf.ErrorCode.notAvailable : cf.ErrorCode.invalidValue;
  return new cf.Error(code, e.message);
}

/**
 * The Excel error code an argument carries, if it is an error: a `CustomFunctions.Error`, our
 * `FunctionError`, an `ErrorValue`, or a data-type error (`{ type: "Error", basicValue: "#N/A" }`).
 */
export function errorCodeOf(x: unknown): string | undefined {
  if (x === null || typeof x !== "object") return undefined;
  if (isErrorValue(x)) return x.error;
  const o = x as { code?: unknown; type?: unknown; basicValue?: unknown };
  if (x instanceof Error) return typeof o.code === "string" ? o.code : "#VALUE!";
  if (o.type === "Error" && typeof o.basicValue === "string") return o.basicValue;
  return undefined;
}

/** The Office object, when running inside Office. */
function office(): typeof Office | undefined {
  return typeof Office === "undefined" ? undefined : Office;
}

/**
 * True where Excel takes data-type results from custom functions (entity cards, formatted
 * numbers): CustomFunctionsRuntime 1.4. Elsewhere CUSTOMER returns the name and dates return
 * plain serials.
 */
export function supportsDataTypes(): boolean {
  try {
    return office()?.context?.requirements?.isSetSupported("CustomFunctionsRuntime", "1.4") === true;
  } catch {
    return false;
  }
}

/** The language of Office's UI, or undefined outside Office (hosts then use the workbook's). */
export function officeLang(): Lang | undefined {
  try {
    const locale = office()?.context?.displayLanguage;
    return locale ? langFromLocale(locale) : undefined;
  } catch {
    return undefined;
  }
}
