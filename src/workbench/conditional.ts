/**
 * Evaluates the conditional-format rules the add-in wrote, so the grid shows the colours Excel
 * would. Covers the rule shapes Office.js offers for text and numbers: cell-value comparisons,
 * text comparisons, and custom formulas of the form `=<cell>=<constant>` (relative to the rule's
 * top-left cell, as Excel reads them). A rule it cannot read applies to nothing, never to everything.
 */

export type Scalar = string | number | boolean;

export interface RuleShape {
  type: "CellValue" | "ContainsText" | "Custom";
  rule: Record<string, string>;
  /** Top-left cell of the rule's range (0-based), the anchor of relative references. */
  anchor: { row: number; column: number };
}

/** Reads another cell of the sheet (0-based). */
export type CellReader = (row: number, column: number) => Scalar;

export function ruleMatches(rule: RuleShape, value: Scalar, row: number, column: number, read: CellReader): boolean {
  switch (rule.type) {
    case "CellValue":
      return cellValueMatches(rule.rule, value);
    case "ContainsText":
      return textMatches(rule.rule, value);
    case "Custom":
      return customMatches(rule.rule.formula ?? "", rule.anchor, row, column, read);
  }
}

/** A rule's constant operand: `="I"`, `"I"`, `=5`, `5` or bare text. */
export function constantOf(formula: string | undefined): Scalar | undefined {
  if (formula === undefined) return undefined;
  const body = formula.trim().replace(/^=/, "").trim();
  const quoted = /^"((?:[^"]|"")*)"$/.exec(body);
  if (quoted) return quoted[1].replace(/""/g, '"');
  if (body === "") return undefined;
  const n = Number(body);
  if (Number.isFinite(n)) return n;
  if (/^(TRUE|FALSE)$/i.test(body)) return body.toUpperCase() === "TRUE";
  return formula.startsWith("=") ? undefined : body;
}

function compare(a: Scalar, b: Scalar): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  const x = String(a).toLowerCase();
  const y = String(b).toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

function cellValueMatches(rule: Record<string, string>, value: Scalar): boolean {
  const a = constantOf(rule.formula1);
  const b = constantOf(rule.formula2);
  if (a === undefined || value === "") return false;
  const c = compare(value, a);
  switch (rule.operator) {
    case "EqualTo":
      return c === 0;
    case "NotEqualTo":
      return c !== 0;
    case "GreaterThan":
      return c > 0;
    case "GreaterThanOrEqual":
      return c >= 0;
    case "LessThan":
      return c < 0;
    case "LessThanOrEqual":
      return c <= 0;
    case "Between":
      return b !== undefined && c >= 0 && compare(value, b) <= 0;
    case "NotBetween":
      return b !== undefined && (c < 0 || compare(value, b) > 0);
    default:
      return false;
  }
}

function textMatches(rule: Record<string, string>, value: Scalar): boolean {
  const text = String(value).toLowerCase();
  const needle = (rule.text ?? "").toLowerCase();
  switch (rule.operator) {
    case "Contains":
      return text.includes(needle);
    case "NotContains":
      return !text.includes(needle);
    case "BeginsWith":
      return text.startsWith(needle);
    case "EndsWith":
      return text.endsWith(needle);
    default:
      return false;
  }
}

const REF = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;

function customMatches(formula: string, anchor: { row: number; column: number }, row: number, column: number, read: CellReader): boolean {
  const m = /^=\s*([$A-Za-z]+\$?\d+)\s*=\s*(.+)$/.exec(formula.trim());
  if (!m) return false;
  const ref = REF.exec(m[1]);
  const expected = constantOf(m[2]);
  if (!ref || expected === undefined) return false;
  const refColumn = lettersToColumn(ref[2]);
  const refRow = Number(ref[4]) - 1;
  const r = ref[3] ? refRow : refRow + (row - anchor.row);
  const c = ref[1] ? refColumn : refColumn + (column - anchor.column);
  return compare(read(r, c), expected) === 0;
}

function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
