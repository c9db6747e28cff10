/**
 * CRM.* formulas in a grid that has no Excel calculation engine (the workbench's in-memory
 * Excel): a synchronous formula hook answering from the shared engine's snapshot with the same
 * function code. The first formula before any snapshot starts the one read and shows
 * #GETTING_DATA, as Excel does; each new snapshot (a change to a linked table) asks the grid to
 * recalculate, which is how the cells stay current without volatile functions.
 */
import type { FunctionEngine } from "./engine";
import { evaluateWith, isCrmFormula, parseFormula } from "./evaluate";
import { FUNCTIONS } from "./catalog";
import { DATE_FORMAT } from "./present";

/** A date comes with its format, as Excel gets it from the functions (a formatted number). */
export type GridValue = string | number | boolean | { basicValue: number; numberFormat: string };

/** Reads one cell's value: the sheet the reference names (or the formula's own) and a plain A1 address. */
export type ReadCell = (sheet: string, address: string) => unknown;

export interface GridEvaluatorOptions {
  /** Recalculates the grid's formulas (called when a new snapshot arrives). */
  recalculate: () => void;
}

/** Splits `'My sheet'!$B$3` into the sheet and `B3`. */
export function splitRef(ref: string, ownSheet: string): { sheet: string; address: string } {
  const bang = ref.lastIndexOf("!");
  const address = ref
    .slice(bang + 1)
    .replace(/\$/g, "")
    .toUpperCase();
  if (bang < 0) return { sheet: ownSheet, address };
  const raw = ref.slice(0, bang);
  const sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, address };
}

/**
 * The hook for `fake.workbook.setFormulaEvaluator(...)`: returns undefined (#NAME?) for formulas
 * that are not CRM calls, the error code for an Excel error, and the top-left value of a spilled
 * result (the in-memory grid does not spill). Returns an unsubscribe function with it.
 */
export function gridEvaluator(
  engine: FunctionEngine,
  readCell: ReadCell,
  options: GridEvaluatorOptions,
): { evaluate: (formula: string, at: { sheet: string }) => GridValue | undefined; dispose: () => void } {
  let waiting = false;
  const dispose = engine.subscribe(() => options.recalculate());
  const evaluate = (formula: string, at: { sheet: string }): GridValue | undefined => {
    if (!isCrmFormula(formula)) return undefined;
    const snap = engine.peek();
    const parsed = parseFormula(formula, snap?.lang ?? "en-US");
    if (!parsed.ok) return parsed.error.error;
    const resolve = (ref: string) => {
      const { sheet, address } = splitRef(ref, at.sheet);
      return readCell(sheet, address);
    };
    if (!snap) {
      if (!waiting) {
        waiting = true;
        void engine.snapshot().finally(() => {
          waiting = false;
        });
      }
      return "#GETTING_DATA";
    }
    const result = evaluateWith(formula, snap, resolve);
    const value = Array.isArray(result) ? (result[0]?.[0] ?? "") : result;
    if (typeof value === "object") return value.error; // #N/A, #VALUE!, #NAME?
    // A date shows as a date, as the functions' formatted number does in Excel.
    if (typeof value === "number" && FUNCTIONS[parsed.call.id].returns === "date")
      return { basicValue: value, numberFormat: DATE_FORMAT };
    return value;
  };
  return { evaluate, dispose };
}
