/**
 * Reading one table's rows through its schema: finds the columns by meaning (columns/), reports
 * missing, ambiguous and effect-changing columns, and gives typed, problem-reporting accessors
 * for each cell.
 */
import { type Cell, type RawTable, type TableKey, UnsavedFormula } from "./table";
import type { Problem, ProblemCode, Severity } from "./quality";
import { type Day, dayFromDate, dayFromSerial, formatDay } from "./dates";
import { type ColumnDef, TABLES, caption } from "./schema";
import { type ColumnChoices, type ColumnMap, columnIndexes, enumByMeaning, proposeColumnMap } from "./columns";
import { columnProblems } from "./columns/problems";
import { rowSkipper } from "./columns/skip";
import { type ParsedId, parseId } from "./parse/id";
import type { Parsed } from "./parse/result";
import { parseAmount } from "./parse/amount";
import { parseDate } from "./parse/date";
import { isBlank } from "./parse/result";
import { excelError } from "./parse/excelError";
import { type DateSpan, dateSpan, plausible } from "./parse/dateRange";
import type { Lang } from "./i18n";

/** "#", the first character of every Excel error value. */
const HASH = 0x23;

export class TableReader {
  readonly cols: Map<string, number>;
  /** The column map: which column is which field, how sure, and an amount column's unit. */
  readonly map: ColumnMap;
  /** False when a column the rows cannot do without (ID, a required date or amount) is absent. */
  readonly usable: boolean;

  constructor(
    readonly key: TableKey,
    readonly table: RawTable,
    readonly date1904: boolean,
    readonly problems: Problem[],
    lang: Lang,
    choices?: ColumnChoices,
  ) {
    this.map = proposeColumnMap(key, table.headers, table.rows, choices);
    this.cols = columnIndexes(this.map);
    let usable = true;
    for (const col of TABLES[key].columns) {
      if (!col.required || this.cols.has(col.key)) continue;
      problems.push({
        severity: "error",
        code: "column.missing",
        table: key,
        sheet: table.sheet,
        row: table.headerRow,
        column: caption(col, lang),
        params: {},
      });
      if (col.kind !== "text" && col.kind !== "enum") usable = false;
    }
    problems.push(...columnProblems(this.map, table, lang, usable));
    problems.push(...placeProblems(key, table, this.cols.get("id")));
    this.usable = usable;
  }

  /** IDs repeat across thousands of rows: each distinct cell is parsed once. */
  readonly ids = new Map<Cell, Parsed<ParsedId>>();

  /** The plausible span of a date column's serials (parse/dateRange.ts). */
  span(key: string): DateSpan {
    return dateSpan(this.key, key);
  }

  /** Calls `fn` for every row that is not entirely empty (one reader moved along the rows: no garbage per row). */
  forEachRow(fn: (row: RowReader) => void): void {
    if (!this.usable) return;
    const rows = this.table.rows;
    const reader = new RowReader(this, [], 0);
    const { headers } = this.table;
    const skipKind = rowSkipper(headers, this.cols.get("id"));
    for (let i = 0; i < rows.length; i++) {
      // Totals, notes and a repeated header are no records: skipped, and said (a blank row in silence).
      const skip = skipKind(rows[i]);
      if (skip === "blank") continue;
      reader.cells = rows[i];
      reader.row = this.table.headerRow + 1 + i;
      if (skip) {
        reader.report("warning", `row.${skip}`, "id", { value: show(rows[i].find((c) => !isBlank(c)) ?? null) });
        continue;
      }
      fn(reader);
    }
  }
}

/** The current row of a table; valid only during the `forEachRow` callback. */
export class RowReader {
  constructor(
    private readonly reader: TableReader,
    public cells: Cell[],
    /** Worksheet row number as Excel shows it. */
    public row: number,
  ) {}

  cell(key: string): Cell {
    const i = this.reader.cols.get(key);
    return i === undefined ? null : (this.cells[i] ?? null);
  }

  report(severity: Severity, code: ProblemCode, key: string, params: Problem["params"] = {}): void {
    const { table, key: tableKey } = this.reader;
    const i = this.reader.cols.get(key) ?? 0;
    this.reader.problems.push({
      severity,
      code,
      table: tableKey,
      sheet: table.sheet,
      row: this.row,
      column: table.headers[i] ?? "",
      columnIndex: table.firstColumn + i,
      params,
    });
  }

  /** The row's customer ID, or undefined (reported: the row is excluded). */
  id(): ParsedId | undefined {
    const cell = this.cell("id");
    if (this.unreadable("id", true)) return undefined;
    let p = this.reader.ids.get(cell);
    if (!p) this.reader.ids.set(cell, (p = parseId(cell)));
    if (p.ok) return p.value;
    this.report("error", p.problem.kind === "missing" ? "id.missing" : "id.invalid", "id", { value: show(this.cell("id")) });
    return undefined;
  }

  /** A date; a required one that is missing or invalid is an error (the row is excluded). */
  date(key: string, required: boolean): Day | undefined {
    const cell = this.cell(key);
    // A date cell (a serial) is by far the most common case; anything else goes through the parser.
    if (typeof cell === "number") {
      const day = dayFromSerial(cell, this.reader.date1904);
      if (day !== undefined) return this.serialDay(key, required, cell, day);
    }
    if (cell instanceof Date) {
      const day = dayFromDate(cell);
      if (day !== undefined) return this.serialDay(key, required, cell, day);
    }
    if (this.unreadable(key, required)) return undefined;
    const p = parseDate(cell, this.reader.date1904);
    if (p.ok) {
      if (p.value.fromText) this.report("warning", "date.text", key, { value: show(cell) });
      return p.value.day;
    }
    if (p.problem.kind === "missing") {
      if (required) this.report("error", "value.missing", key);
    } else {
      this.report(required ? "error" : "warning", "date.invalid", key, { value: show(cell) });
    }
    return undefined;
  }

  /**
   * A number (or a file library's Date, which is a serial too) read as a date only inside the
   * column's plausible span: `3.5` typed for 3月5日 is no day of January 1900 (parse/dateRange.ts).
   */
  private serialDay(key: string, required: boolean, cell: Cell, day: Day): Day | undefined {
    const span = this.reader.span(key);
    if (plausible(day, span)) return day;
    this.report(required ? "error" : "warning", "date.serial", key, {
      value: show(cell),
      day: formatDay(day),
      min: formatDay(span.min),
      max: formatDay(span.max),
    });
    return undefined;
  }

  /**
   * An Excel error value (`#N/A`) or a formula saved without its result is no value at all:
   * reported at its cell as what it is (never an ID, an orphan, an amount or "empty"), and the
   * row is left out when the field is required.
   */
  private unreadable(key: string, required: boolean): boolean {
    const cell = this.cell(key);
    const severity = required ? "error" : "warning";
    if (cell instanceof UnsavedFormula) {
      this.report(severity, "value.unsavedFormula", key, { formula: show(cell) });
      return true;
    }
    const error = excelError(cell);
    if (error === undefined) return false;
    this.report(severity, "value.excelError", key, { value: error });
    return true;
  }

  amount(key: string, required: boolean): number | undefined {
    const cell = this.cell(key);
    // The caption's unit (`金额(万元)`) scales a plain number; a text cell naming its own unit keeps it.
    const unit = this.reader.map.fields[key]?.multiplier ?? 1;
    if (typeof cell === "number" && Number.isFinite(cell)) return cell * unit;
    if (this.unreadable(key, required)) return undefined;
    const p = parseAmount(cell);
    if (p.ok) {
      const value = typeof cell === "string" && /[万亿元¥$]/.test(cell) ? p.value.value : p.value.value * unit;
      if (p.value.fromText) this.report("warning", "amount.text", key, { value: show(cell), amount: value });
      return value;
    }
    if (p.problem.kind === "missing") {
      if (required) this.report("error", "value.missing", key);
    } else {
      this.report(required ? "error" : "warning", "amount.invalid", key, { value: show(cell) });
    }
    return undefined;
  }

  /** A plain number (years, counts); text that is no number is reported and ignored. */
  number(key: string): number | undefined {
    const cell = this.cell(key);
    if (isBlank(cell) || this.unreadable(key, false)) return undefined;
    const n = typeof cell === "number" ? cell : typeof cell === "string" ? Number(cell.normalize("NFKC").trim()) : NaN;
    if (Number.isFinite(n)) return n;
    this.report("warning", "number.invalid", key, { value: show(cell) });
    return undefined;
  }

  /** Cell text as written (trimmed); numbers and dates as they print. */
  text(key: string): string {
    return this.readText(key, false);
  }

  /** A required text cell: blank is reported with the given severity. */
  requiredText(key: string, severity: Severity): string {
    const text = this.readText(key, severity === "error");
    if (!text && !this.unreadableText(key)) this.report(severity, "value.missing", key);
    return text;
  }

  /** Text as written; an error value or an unsaved formula is reported and reads as blank. */
  private readText(key: string, required: boolean): string {
    const cell = this.cell(key);
    // Plain text that does not start with "#" is by far the most common case: no check needed.
    // (charCodeAt, not cell[0]: a CJK first character would be a new string on every row.)
    if ((typeof cell !== "string" || cell.charCodeAt(0) === HASH) && this.unreadable(key, required)) return "";
    return show(cell).trim();
  }

  private unreadableText(key: string): boolean {
    const cell = this.cell(key);
    return cell instanceof UnsavedFormula || excelError(cell) !== undefined;
  }

  /** The key of a listed value (`逾期` or `Overdue` → `overdue`); unknown text is reported. */
  enumKey(col: ColumnDef, required: boolean): string | undefined {
    const text = this.readText(col.key, required);
    if (!text) {
      if (required && !this.unreadableText(col.key)) this.report("error", "value.missing", col.key);
      return undefined;
    }
    const match = enumByMeaning(col.values ?? [], text);
    if (!match) this.report(required ? "error" : "warning", "enum.unknown", col.key, { value: text });
    return match?.key;
  }
}

/** How a raw cell reads in a message: text as typed, dates as ISO days. */
export function show(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof UnsavedFormula) return `=${cell.formula}`;
  if (cell instanceof Date) return Number.isFinite(cell.getTime()) ? cell.toISOString().slice(0, 10) : "";
  return String(cell);
}

/** Where the table was found, when it is worth saying: a title block skipped, a hidden sheet, another sheet that fits as well. */
function placeProblems(key: TableKey, table: RawTable, idIndex: number | undefined): Problem[] {
  const out: Problem[] = [];
  const at = (code: ProblemCode, row: number, params: Problem["params"]) =>
    out.push({
      severity: "warning",
      code,
      table: key,
      sheet: table.sheet,
      row,
      column: table.headers[idIndex ?? 0] ?? "",
      columnIndex: table.firstColumn + (idIndex ?? 0),
      params,
    });
  if (table.titleRows) at("rows.title", table.titleRows.from, { from: table.titleRows.from, to: table.titleRows.to, header: table.headerRow });
  if (table.hidden) at("table.hidden", table.headerRow, {});
  if (table.alsoFits?.length)
    at("table.ambiguous", table.headerRow, { others: table.alsoFits.map((s) => `“${s}”`).join(", "), table: key });
  if (table.chosenSheetMissing !== undefined) at("table.choiceMissing", table.headerRow, { chosen: table.chosenSheetMissing });
  return out;
}
