/**
 * How Excel hands arguments to a custom function whose parameters are single values (metadata
 * type `any`, no `dimensionality: matrix`) and that does not set `allowErrorForDataTypeAny` —
 * every CRM.* function. Hosts without Excel's calculation engine (the workbench grid, `crm eval`)
 * pass arguments through here so they show what Excel would show:
 *
 * - **Errors are screened.** An argument that is an Excel error (`#N/A`, `#DIV/0!` …) never
 *   reaches the function: the cell shows that error, Excel's own, with no message of ours.
 * - **Ranges are lifted.** A multi-cell range given to a single-value parameter makes Excel call
 *   the function once per cell and spill the results in the range's shape (its "array
 *   behaviour"). Several ranges combine element by element; a range of one row or column is
 *   repeated along the other dimension; a position one range lacks gives `#N/A`. A one-cell
 *   range is a single value.
 */
import { type Lang, t } from "../core/i18n";
import { excelError } from "../core/parse/excelError";
import type { PlainValue } from "./present";
import { isErrorValue } from "./runtime";

/** An argument as resolved: a single value, or the values of a range (rows of cells). */
export type ResolvedArg = { kind: "single"; value: unknown } | { kind: "range"; rows: unknown[][] };

/** An error Excel shows without calling the function: the error an argument carried. */
export interface ScreenedError {
  readonly error: string;
  readonly message: string;
}

/** True for our errors and Excel's screened ones alike. */
export function isShownError(x: unknown): x is ScreenedError {
  return isErrorValue(x);
}

/** One call's outcome as the evaluator returns it: a value, our error, Excel's screened error. */
export type CallOutcome = PlainValue | ScreenedError;

/** The Excel error an argument value is, if any: an error cell's text or an error object. */
function errorOf(value: unknown): string | undefined {
  if (isShownError(value)) return value.error;
  return typeof value === "string" ? excelError(value) : undefined;
}

function screen(args: readonly unknown[], lang: Lang): ScreenedError | undefined {
  for (const a of args) {
    const code = errorOf(a);
    if (code) return { error: code, message: t(lang, "functions.error.screened", { value: code }) };
  }
  return undefined;
}

/** A one-cell range is a single value. */
function simplify(arg: ResolvedArg): ResolvedArg {
  return arg.kind === "range" && arg.rows.length === 1 && arg.rows[0].length === 1
    ? { kind: "single", value: arg.rows[0][0] }
    : arg;
}

/** What one element of a lifted call shows in its cell: the value, or the error's code. */
function cellOf(outcome: CallOutcome): string | number | boolean {
  if (isShownError(outcome)) return outcome.error;
  // A function answering an array inside an array: Excel refuses nested arrays.
  if (Array.isArray(outcome)) return "#CALC!";
  return outcome;
}

/**
 * Calls `run` as Excel would for these arguments: once (screened first) for single values, or once
 * per element for ranges, the results spilled as rows. `run` may be asynchronous (the engine).
 */
export function callLikeExcel(
  resolved: readonly ResolvedArg[],
  lang: Lang,
  run: (args: unknown[]) => CallOutcome,
): CallOutcome;
export function callLikeExcel(
  resolved: readonly ResolvedArg[],
  lang: Lang,
  run: (args: unknown[]) => Promise<CallOutcome>,
): CallOutcome | Promise<CallOutcome>;
export function callLikeExcel(
  resolved: readonly ResolvedArg[],
  lang: Lang,
  run: (args: unknown[]) => CallOutcome | Promise<CallOutcome>,
): CallOutcome | Promise<CallOutcome> {
  const args = resolved.map(simplify);
  const ranges = args.filter((a): a is Extract<ResolvedArg, { kind: "range" }> => a.kind === "range");
  const once = (values: unknown[]): CallOutcome | Promise<CallOutcome> => screen(values, lang) ?? run(values);
  if (ranges.length === 0) return once(args.map((a) => (a.kind === "single" ? a.value : undefined)));

  const height = Math.max(...ranges.map((r) => r.rows.length));
  const width = Math.max(...ranges.map((r) => Math.max(...r.rows.map((row) => row.length))));
  const NA = { error: "#N/A", message: "" };
  const at = (a: ResolvedArg, i: number, j: number): unknown => {
    if (a.kind === "single") return a.value;
    const r = a.rows.length === 1 ? 0 : i;
    const c = a.rows[0].length === 1 ? 0 : j;
    return r < a.rows.length && c < a.rows[r].length ? a.rows[r][c] : NA;
  };
  const outcomes: (CallOutcome | Promise<CallOutcome>)[][] = [];
  for (let i = 0; i < height; i++) {
    const row: (CallOutcome | Promise<CallOutcome>)[] = [];
    for (let j = 0; j < width; j++) row.push(once(args.map((a) => at(a, i, j))));
    outcomes.push(row);
  }
  if (!outcomes.some((row) => row.some((o) => o instanceof Promise))) {
    return (outcomes as CallOutcome[][]).map((row) => row.map(cellOf));
  }
  return Promise.all(outcomes.map((row) => Promise.all(row))).then((rows) => rows.map((row) => row.map(cellOf)));
}
