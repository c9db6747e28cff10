/**
 * Reading one table's rows through its schema: finds the columns by meaning (columns/), reports
 * missing, ambiguous and effect-changing columns, and gives typed, problem-reporting accessors
 * for each cell.
 */
import { type Cell, type RawTable, type TableKey, UnsavedFormula } from "./table";
import type { Problem, ProblemCode, Severity } from "./quality";
import { type Day, dayFromDate, dayFromSerial, formatDay, serialFromDay } from "./dates";
import { type ColumnDef, type EnumValue, TABLES, caption } from "./schema";
import { type ColumnChoices, type ColumnMap, columnIndexes, enumByMeaning, proposeColumnMap } from "./columns";
import { columnProblems } from "./columns/problems";
import { RowSkipper } from "./columns/skip";
import { type ParsedId, parseId } from "./parse/id";
import { parseAmount } from "./parse/amount";
import { parseDate } from "./parse/date";
import { isBlank, trimmed } from "./parse/result";
import { excelError } from "./parse/excelError";
import { type DateSpan, dateSpan, plausible } from "./parse/dateRange";
import type { Lang } from "./i18n";

/** "#", the first character of every Excel error value. */
const HASH = 0x23;

/**
 * A column of one table, resolved once per table (`TableReader.col`): its position in the row and
 * what reading its cells needs. The row accessors take these handles, so no cell access looks a
 * field up by name — at 200,000 rows × 5 fields those lookups were a tenth of the linking time.
 */
export interface Col {
  readonly key: string;
  /** Position in the row; -1 when the table has no such column (its cells read as blank). */
  readonly at: number;
  /** A date column's plausible span of days. */
  readonly span: DateSpan;
  /** The same span as serials of the book's date system, `[serialFrom, serialTo)`, and serial − day inside it. */
  readonly serialFrom: number;
  readonly serialTo: number;
  readonly serialOffset: number;
  /** An amount column's unit from its caption (`金额(万元)` → 10,000). */
  readonly unit: number;
  /** An enum column's listed values (schema). */
  readonly values: readonly EnumValue[];
  /** An enum column's texts already matched (text as written → key, or null when not understood): a status column holds a handful. */
  readonly known: Record<string, string | null>;
  /** A text column's cells already interned (`RowReader.interned`: cell as written → code). */
  readonly codes: Record<string, number>;
}

/** Numbers for texts: the same number for the same text (`Purchases.intern` for products). */
export interface Interner {
  intern(text: string): number;
}

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
      if (key === "customers" && col.key === "name") {
        // A name helps the user, not the scoring: customers are scored and shown by their ID (issue 24).
        problems.push({ severity: "warning", code: "column.noName", table: key, sheet: table.sheet, row: table.headerRow, column: caption(col, lang), params: {} });
        continue;
      }
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

  private readonly handles = new Map<string, Col>();

  /** The handle of a field's column (one per field: the enum texts it has matched are kept on it), or of a given column. */
  col(key: string, column?: number): Col {
    let c = this.handles.get(key);
    if (!c) {
      // `column`: a column no field of this table names (a ledger's customer names).
      const at = column ?? this.cols.get(key) ?? -1;
      const values = TABLES[this.key].columns.find((d) => d.key === key)?.values ?? [];
      const span = dateSpan(this.key, key);
      // Every span starts after 1900-03-01, so inside it a serial is a day by one subtraction.
      const serialFrom = serialFromDay(span.min, this.date1904);
      const serialTo = serialFromDay(span.max, this.date1904) + 1;
      c = {
        key,
        at,
        span,
        serialFrom,
        serialTo,
        serialOffset: serialFrom - span.min,
        unit: this.map.fields[key]?.multiplier ?? 1,
        values,
        known: Object.create(null) as Record<string, string | null>,
        codes: Object.create(null) as Record<string, number>,
      };
      this.handles.set(key, c);
    }
    return c;
  }

  /**
   * A reader before the first record: each `next()` moves it to the next row that is a record.
   * One reader moved along the rows, and a loop in the caller rather than a callback per row, so
   * the accessors are inlined into each table's loop (a fresh closure per table was not).
   */
  records(): RowReader {
    return new RowReader(this, this.usable ? this.table.rows : [], this.skipper(), this.col("id"));
  }

  /** What tells this table's records from its lone rows: the columns a record needs and each column's field. */
  private skipper(): RowSkipper {
    const defs = TABLES[this.key].columns;
    const fields: (ColumnDef | undefined)[] = this.table.headers.map(() => undefined);
    const needed: number[] = [];
    for (const def of defs) {
      const at = this.cols.get(def.key);
      if (at === undefined) continue;
      fields[at] = def;
      if (def.required && def.key !== "id") needed.push(at);
    }
    return new RowSkipper(this.table.headers, this.cols.get("id"), { table: this.key, needed, fields, rows: this.table.rows });
  }
}

/** The current record of a table (see `TableReader.records`). */
export class RowReader {
  /** The record's cells. */
  cells: Cell[] = [];
  /** Worksheet row number as Excel shows it. */
  row = 0;
  private at = -1;
  private readonly firstRow: number;

  constructor(
    private readonly reader: TableReader,
    private readonly rows: readonly Cell[][],
    private readonly skipper: RowSkipper,
    private readonly idCol: Col,
  ) {
    this.firstRow = reader.table.headerRow + 1;
  }

  /** Moves to the next record; false after the last. Totals, notes and a repeated header are no records: skipped, and said (a blank row in silence). */
  next(): boolean {
    const rows = this.rows;
    while (++this.at < rows.length) {
      const cells = rows[this.at];
      const skip = this.skipper.kind(cells);
      if (skip === "blank") continue;
      this.cells = cells;
      this.row = this.firstRow + this.at;
      if (skip === undefined) return true;
      this.report("warning", `row.${skip}`, this.idCol, { value: show(cells.find((c) => !isBlank(c)) ?? null) });
    }
    return false;
  }

  cell(c: Col): Cell {
    return c.at < 0 ? null : (this.cells[c.at] ?? null);
  }

  report(severity: Severity, code: ProblemCode, c: Col, params: Problem["params"] = {}): void {
    const { table, key: tableKey } = this.reader;
    const i = c.at < 0 ? 0 : c.at;
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
  id(c: Col): ParsedId | undefined {
    const cell = this.cell(c);
    if (this.unreadable(c, cell, true)) return undefined;
    // Parsed on every call: the linker asks only for a cell it has not linked before (book.ts).
    const p = parseId(cell);
    if (p.ok) return p.value;
    this.report("error", p.problem.kind === "missing" ? "id.missing" : "id.invalid", c, { value: show(cell) });
    return undefined;
  }

  /** A date; a required one that is missing or invalid is an error (the row is excluded). */
  date(c: Col, required: boolean): Day | undefined {
    const cell = this.cell(c);
    // A date cell (a serial inside the column's span) is by far the most common case: decided here,
    // in a method small enough to be inlined into the row loops; anything else goes to `otherDate`.
    if (typeof cell === "number" && cell >= c.serialFrom && cell < c.serialTo) return Math.floor(cell) - c.serialOffset;
    return this.otherDate(c, cell, required);
  }

  private otherDate(c: Col, cell: Cell, required: boolean): Day | undefined {
    if (cell === null && !required) return undefined;
    if (typeof cell === "number") {
      const day = dayFromSerial(cell, this.reader.date1904);
      if (day !== undefined) return this.serialDay(c, required, cell, day);
    }
    if (cell instanceof Date) {
      const day = dayFromDate(cell);
      if (day !== undefined) return this.serialDay(c, required, cell, day);
    }
    if (this.unreadable(c, cell, required)) return undefined;
    const p = parseDate(cell, this.reader.date1904);
    if (p.ok) {
      if (p.value.fromText) this.report("warning", "date.text", c, { value: show(cell) });
      return p.value.day;
    }
    if (p.problem.kind === "missing") {
      if (required) this.report("error", "value.missing", c);
    } else {
      this.report(required ? "error" : "warning", "date.invalid", c, { value: show(cell) });
    }
    return undefined;
  }

  /**
   * A number (or a file library's Date, which is a serial too) read as a date only inside the
   * column's plausible span: `3.5` typed for 3月5日 is no day of January 1900 (parse/dateRange.ts).
   */
  private serialDay(c: Col, required: boolean, cell: Cell, day: Day): Day | undefined {
    const { span } = c;
    if (plausible(day, span)) return day;
    this.report(required ? "error" : "warning", "date.serial", c, {
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
  private unreadable(c: Col, cell: Cell, required: boolean): boolean {
    const severity = required ? "error" : "warning";
    if (cell instanceof UnsavedFormula) {
      this.report(severity, "value.unsavedFormula", c, { formula: show(cell) });
      return true;
    }
    const error = excelError(cell);
    if (error === undefined) return false;
    this.report(severity, "value.excelError", c, { value: error });
    return true;
  }

  amount(c: Col, required: boolean): number | undefined {
    const cell = this.cell(c);
    // The caption's unit (`金额(万元)`) scales a plain number; a text cell naming its own unit keeps it.
    if (typeof cell === "number" && Number.isFinite(cell)) return cell * c.unit;
    return this.otherAmount(c, cell, required);
  }

  private otherAmount(c: Col, cell: Cell, required: boolean): number | undefined {
    if (this.unreadable(c, cell, required)) return undefined;
    const p = parseAmount(cell);
    if (p.ok) {
      const value = typeof cell === "string" && /[万亿元¥$]/.test(cell) ? p.value.value : p.value.value * c.unit;
      if (p.value.fromText) this.report("warning", "amount.text", c, { value: show(cell), amount: value });
      return value;
    }
    if (p.problem.kind === "missing") {
      if (required) this.report("error", "value.missing", c);
    } else {
      this.report(required ? "error" : "warning", "amount.invalid", c, { value: show(cell) });
    }
    return undefined;
  }

  /** A plain number (years, counts); text that is no number is reported and ignored. */
  number(c: Col): number | undefined {
    const cell = this.cell(c);
    if (isBlank(cell) || this.unreadable(c, cell, false)) return undefined;
    const n = typeof cell === "number" ? cell : typeof cell === "string" ? Number(cell.normalize("NFKC").trim()) : NaN;
    if (Number.isFinite(n)) return n;
    this.report("warning", "number.invalid", c, { value: show(cell) });
    return undefined;
  }

  /** Cell text as written (trimmed); numbers and dates as they print. */
  text(c: Col): string {
    return this.readText(c, false);
  }

  /**
   * `texts.intern(this.text(c))`, remembered per cell as written (`Col.codes`): a column of a
   * handful of products is trimmed and interned once per distinct cell, not once per row.
   */
  interned(c: Col, texts: Interner): number {
    const cell = this.cell(c);
    if (typeof cell === "string") {
      const code = c.codes[cell];
      if (code !== undefined) return code;
    }
    const code = texts.intern(this.readText(c, false));
    // An error value is reported on every row it is met, as `text` does: never remembered.
    if (typeof cell === "string" && cell.charCodeAt(0) !== HASH) c.codes[cell] = code;
    return code;
  }

  /** A required text cell: blank is reported with the given severity. */
  requiredText(c: Col, severity: Severity): string {
    const text = this.readText(c, severity === "error");
    if (!text && !unreadableText(this.cell(c))) this.report(severity, "value.missing", c);
    return text;
  }

  /** Text as written; an error value or an unsaved formula is reported and reads as blank. */
  private readText(c: Col, required: boolean): string {
    const cell = this.cell(c);
    // Plain text that does not start with "#" is by far the most common case: no check needed.
    // (charCodeAt, not cell[0]: a CJK first character would be a new string on every row.)
    if (typeof cell === "string" && cell.charCodeAt(0) !== HASH) return trimmed(cell);
    return this.unreadable(c, cell, required) ? "" : show(cell).trim();
  }

  /**
   * The key of a listed value (`逾期` or `Overdue` → `overdue`); unknown text is reported, on
   * every row it is met. A column holds a handful of distinct texts: each is matched once (`Col.known`).
   */
  enumKey(c: Col, required: boolean): string | undefined {
    const cell = this.cell(c);
    // A text met before and understood: one lookup of the cell as written.
    if (typeof cell === "string") {
      const key = c.known[cell];
      if (key) return key;
    }
    return this.otherEnum(c, cell, required);
  }

  private otherEnum(c: Col, cell: Cell, required: boolean): string | undefined {
    const text = this.readText(c, required);
    if (!text) {
      if (required && !unreadableText(cell)) this.report("error", "value.missing", c);
      return undefined;
    }
    let key = c.known[text];
    if (key === undefined) c.known[text] = key = enumByMeaning(c.values, text)?.key ?? null;
    // Remembered as written too (untrimmed), so the next such cell is the lookup above.
    if (typeof cell === "string" && cell.charCodeAt(0) !== HASH) c.known[cell] = key;
    if (key === null) this.report(required ? "error" : "warning", "enum.unknown", c, { value: text });
    return key ?? undefined;
  }
}

function unreadableText(cell: Cell): boolean {
  return cell instanceof UnsavedFormula || excelError(cell) !== undefined;
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
