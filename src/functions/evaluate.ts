/**
 * Evaluates one `=CRM.NAME(args…)` formula text with the same function code Excel runs, for
 * hosts without Excel's calculation engine: the workbench grid (the in-memory Excel's formula
 * evaluator) and `crm eval`. Arguments are text ("C001"), numbers, TRUE/FALSE, cell references
 * (A2, $A$2, 客户!A2, 'My sheet'!B3) and ranges (A2:A5) resolved by the caller cell by cell, or left
 * empty (`CRM.QUADRANTOF(1,2,,3)`). They reach the function as Excel passes them (`excelArgs.ts`):
 * an error argument is shown as that error without a call, a range is applied cell by cell and
 * spilled. The function name may be the English id or the localized name (CRM.客户象限).
 */
import { LANGS, type Lang, t } from "../core/i18n";
import type { RawBook } from "../core/table";
import { dayFromDate, serialFromDay } from "../core/dates";
import { columnIndex, columnLetters } from "../core/a1";
import { FUNCTIONS, FUNCTION_IDS, type FunctionId, runFunction } from "./catalog";
import type { FunctionEngine } from "./engine";
import { type ResolvedArg, type ScreenedError, callLikeExcel } from "./excelArgs";
import { type PlainValue, toPlain } from "./present";
import { type ErrorValue, isErrorValue } from "./runtime";
import type { Snapshot } from "./snapshot";

/** A formula that is not a CRM call Excel would accept: Excel shows #NAME? for such text. */
export interface FormulaError {
  readonly error: "#NAME?";
  readonly message: string;
}

export type EvalResult = PlainValue | ErrorValue | ScreenedError | FormulaError;

export function isFormulaError(x: unknown): x is FormulaError {
  return isErrorValue(x) && (x as { error: string }).error === "#NAME?";
}

export type Arg =
  { kind: "value"; value: string | number | boolean } | { kind: "ref"; ref: string } | { kind: "omitted" };

export interface ParsedCall {
  id: FunctionId;
  args: Arg[];
}

/** Resolves a cell reference as written (`A2`, `$B$3`, `客户!A2`) to the cell's value; null or undefined for an empty cell. */
export type ResolveRef = (ref: string) => unknown;

const NAMES: ReadonlyMap<string, FunctionId> = new Map(
  FUNCTION_IDS.flatMap((id) => [
    [id.toUpperCase(), id] as const,
    ...LANGS.map((lang) => [t(lang, `functions.${id}.name`).normalize("NFKC").toUpperCase(), id] as const),
  ]),
);

/** Looks like a CRM.* call (cheap test for hosts that route formulas). */
export function isCrmFormula(text: string): boolean {
  return /^\s*=?\s*CRM\s*\./i.test(text.normalize("NFKC"));
}

const REF = /^(?:(?:'((?:[^']|'')+)'|([^\s!'",()]+))!)?(\$?[A-Za-z]{1,3}\$?[0-9]{1,7})(?::(\$?[A-Za-z]{1,3}\$?[0-9]{1,7}))?/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;

/** Parses the formula text, or says in the user's language why it cannot. */
export function parseFormula(
  text: string,
  lang: Lang,
): { ok: true; call: ParsedCall } | { ok: false; error: FormulaError } {
  const syntax = (): { ok: false; error: FormulaError } => ({
    ok: false,
    error: { error: "#NAME?", message: t(lang, "functions.error.syntax", { formula: text.trim() }) },
  });
  const head = /^\s*=?\s*CRM\s*\.\s*([^\s(]+)\s*\(/i.exec(text);
  if (!head) return syntax();
  const name = head[1];
  const id = NAMES.get(name.normalize("NFKC").toUpperCase());
  if (!id)
    return { ok: false, error: { error: "#NAME?", message: t(lang, "functions.error.unknownFunction", { name }) } };

  let rest = text.slice(head[0].length);
  const args: Arg[] = [];
  const skip = () => (rest = rest.replace(/^\s+/, ""));
  skip();
  if (rest.startsWith(")")) {
    rest = rest.slice(1);
  } else {
    for (;;) {
      skip();
      let m: RegExpExecArray | null;
      if (rest.startsWith(",") || rest.startsWith(")")) {
        args.push({ kind: "omitted" });
      } else if (rest.startsWith('"')) {
        m = /^"((?:[^"]|"")*)"/.exec(rest);
        if (!m) return syntax();
        args.push({ kind: "value", value: m[1].replace(/""/g, '"') });
        rest = rest.slice(m[0].length);
      } else if ((m = /^(TRUE|FALSE)(?![\w.(!])/i.exec(rest))) {
        args.push({ kind: "value", value: m[1].toUpperCase() === "TRUE" });
        rest = rest.slice(m[0].length);
      } else if ((m = NUMBER.exec(rest))) {
        args.push({ kind: "value", value: Number(m[0]) });
        rest = rest.slice(m[0].length);
      } else if ((m = REF.exec(rest)) && !/^[\w.:(]/.test(rest.slice(m[0].length))) {
        args.push({ kind: "ref", ref: m[0] });
        rest = rest.slice(m[0].length);
      } else {
        return syntax();
      }
      skip();
      if (rest.startsWith(",")) {
        rest = rest.slice(1);
        continue;
      }
      if (rest.startsWith(")")) {
        rest = rest.slice(1);
        break;
      }
      return syntax();
    }
  }
  if (rest.trim() !== "") return syntax();

  const params = FUNCTIONS[id].params;
  if (args.length > params.length) {
    const min = params.filter((p) => !p.optional).length;
    return {
      ok: false,
      error: {
        error: "#NAME?",
        message: t(lang, "functions.error.argCount", { name: id, min, max: params.length, count: args.length }),
      },
    };
  }
  return { ok: true, call: { id, args } };
}

/** Excel refuses a range reference past this many cells in one argument here (the grid is small). */
const MAX_RANGE_CELLS = 100_000;

/** `A2:B3` (with an optional sheet prefix) → the references of its cells, row by row; a single cell → null. */
export function rangeCells(ref: string): string[][] | null {
  const m = /^(.*!)?\$?([A-Za-z]{1,3})\$?(\d+):\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return null;
  const prefix = m[1] ?? "";
  const [c0, c1] = [columnIndex(m[2]), columnIndex(m[4])].sort((a, b) => a - b);
  const [r0, r1] = [Number(m[3]), Number(m[5])].sort((a, b) => a - b);
  if ((r1 - r0 + 1) * (c1 - c0 + 1) > MAX_RANGE_CELLS) throw new Error(`range too large: ${ref}`);
  const rows: string[][] = [];
  for (let r = r0; r <= r1; r++) {
    const row: string[] = [];
    for (let c = c0; c <= c1; c++) row.push(`${prefix}${columnLetters(c)}${r}`);
    rows.push(row);
  }
  return rows;
}

/** The arguments as written, resolved: literals as written, cells and ranges read, omitted as null. */
function argValues(call: ParsedCall, resolve: ResolveRef | undefined, lang: Lang): ResolvedArg[] | ErrorValue {
  const values: ResolvedArg[] = [];
  const read = (ref: string): unknown => {
    if (!resolve) throw new Error("no resolver");
    const v = resolve(ref);
    return v === undefined || v === "" ? null : v;
  };
  for (const arg of call.args) {
    if (arg.kind === "omitted") values.push({ kind: "single", value: null });
    else if (arg.kind === "value") values.push({ kind: "single", value: arg.value });
    else {
      try {
        const cells = rangeCells(arg.ref);
        values.push(
          cells ? { kind: "range", rows: cells.map((row) => row.map(read)) } : { kind: "single", value: read(arg.ref) },
        );
      } catch {
        return { error: "#VALUE!", message: t(lang, "functions.error.badReference", { ref: arg.ref }) };
      }
    }
  }
  return values;
}

/** Evaluates against a snapshot already at hand (synchronous; the CLI, a workbench grid). */
export function evaluateWith(text: string, snap: Snapshot | undefined, resolve?: ResolveRef, lang?: Lang): EvalResult {
  const l = lang ?? snap?.lang ?? "en-US";
  const parsed = parseFormula(text, l);
  if (!parsed.ok) return parsed.error;
  const args = argValues(parsed.call, resolve, l);
  if (isErrorValue(args)) return args;
  const { id } = parsed.call;
  return callLikeExcel(args, l, (values) =>
    toPlain(runFunction(id, { lang: l, snap, readError: snap ? undefined : "" }, values)),
  );
}

/** Evaluates through the engine: answered in the current wave, from the shared snapshot. */
export async function evaluate(
  text: string,
  engine: FunctionEngine,
  resolve?: ResolveRef,
  lang?: Lang,
): Promise<EvalResult> {
  const l = lang ?? engine.peek()?.lang ?? "en-US";
  const parsed = parseFormula(text, l);
  if (!parsed.ok) return parsed.error;
  const args = argValues(parsed.call, resolve, l);
  if (isErrorValue(args)) return args;
  const { id } = parsed.call;
  return callLikeExcel(args, l, async (values) => toPlain(await engine.call(id, values)));
}

/**
 * References resolved against the sheets of a RawBook (the CLI's view of an .xlsx): `A2` is on
 * the customer sheet, `购买记录!D3` on the named one. Only the CRM sheets are known; any other
 * sheet is an error (#VALUE! naming the reference).
 */
export function rawBookCells(raw: RawBook): ResolveRef {
  return (ref) => {
    const m = /^(?:(?:'((?:[^']|'')+)'|([^!]+))!)?\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
    if (!m) throw new Error(`bad reference ${ref}`);
    const sheetName = m[1]?.replace(/''/g, "'") ?? m[2];
    const tables = Object.values(raw.tables);
    const table =
      sheetName === undefined
        ? raw.tables.customers
        : tables.find((t) => t?.sheet.toLowerCase() === sheetName.toLowerCase());
    if (!table) throw new Error(`no sheet ${sheetName ?? ""}`);
    const row = Number(m[4]);
    const col = columnIndex(m[3]) - table.firstColumn;
    if (col < 0 || col >= table.headers.length || row < table.headerRow) return null;
    if (row === table.headerRow) return table.headers[col];
    const cell = table.rows[row - table.headerRow - 1]?.[col];
    if (cell instanceof Date) {
      // Excel hands a date cell to a function as its serial number.
      const day = dayFromDate(cell);
      return day === undefined ? null : serialFromDay(day, raw.date1904);
    }
    return cell === undefined ? null : cell;
  };
}
