/**
 * The workbook itself: sheets, tables, names, settings, selection, and every change to cells or
 * structure. Both the Office.js proxies (at sync) and "the user" (workbook.user) change the workbook
 * only through this class, so the two see the same rules and raise the same events.
 */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  Rect,
  columnCount,
  formatAddress,
  intersect,
  isEntireColumns,
  isEntireRows,
  rect,
  rowCount,
} from "./address";
import { type ChartModel, shiftChartsForSheet } from "./chart-model";
import { FakeOfficeError, alreadyExists, invalidArgument, invalidOperation, itemNotFound } from "./errors";
import { ChangeDetails, ChangeType, EventHub, touchedTables } from "./events";
import { Sheet } from "./grid";
import { checkMergedFormat, checkMergedWrite, planMergeShift } from "./merge";
import { checkUnprotected } from "./protection";
import { Shift, shiftRect } from "./shift";
import { TableModel, checkFilteredWrite, fillCalculatedColumns, normalizeHeaders, planTableShift } from "./table-model";
import { CellFormat, CellValue, Entered, FormatKey, FormattedNumber, isError, parseEntered, valueType } from "./values";

export interface RangeRef {
  sheet: Sheet;
  rect: Rect;
}

export interface NameModel {
  name: string;
  /** A name that refers to cells follows them like any reference; null when it lost them (#REF!). */
  ref: RangeRef | null;
  /** For names that are not cell references: the formula text (e.g. "=0.5" or "=\"text\""). */
  formula: string | null;
  comment: string;
  visible: boolean;
}

export type ChartRenderer = (chart: ChartModel, size: { width?: number; height?: number }) => string;

export type FormulaEvaluator = (
  formula: string,
  ctx: { sheet: string; row: number; column: number },
) => CellValue | FormattedNumber | undefined;

/** How written values are interpreted: as Office.js `values`/`formulas` (parsed like typing) or verbatim (user/import). */
export type WriteMode = "api" | "typed";

export type ClearKind = "All" | "Formats" | "Contents";

/** Excel's limit on the cells one operation may touch (a whole-sheet write exceeds it). */
const MAX_CELLS_PER_OPERATION = 33_554_000;

const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/;

export class WorkbookModel {
  readonly sheets: Sheet[] = [];
  tables: TableModel[] = [];
  readonly names: NameModel[] = [];
  /** Values are stored as JSON text, so what is read back is a copy, as from a real document. */
  readonly settings = new Map<string, string>();
  activeSheet: Sheet | null = null;
  /**
   * How a name referring to one header cell of a table reads back: as Excel may store it, a
   * structured reference (`=T[[#Headers],[Col]]`, the default: code that parses only `=S!$A$1`
   * fails here as it could in Excel), or the plain cell (`"a1"`).
   */
  nameStyle: "structured" | "a1" = "structured";
  /** The user is typing in a cell: batches fail, or wait with `delayForCellEdit` (cellEdit.ts). */
  cellEdit: { until: Promise<void>; end: () => void } | null = null;
  /** When set, `workbook.functions` rejects its sync with this error code (see functions.ts). */
  functionsRefusal: string | null = null;
  selection: { sheet: Sheet; rect: Rect } | null = null;
  evaluator: FormulaEvaluator | null = null;
  /** Draws a chart as base64 PNG for `chart.getImage` (set by the workbench; null = a 1×1 placeholder). */
  chartRenderer: ChartRenderer | null = null;
  private dirty = false;
  private hasFormulas = false;
  private readonly counters = { sheet: 0, table: 0, chart: 0, cf: 0 };

  constructor(
    readonly date1904: boolean,
    readonly events: EventHub,
  ) {}

  nextId(kind: "sheet" | "table" | "chart" | "cf"): string {
    const n = ++this.counters[kind];
    if (kind === "table") return String(n);
    if (kind === "cf") return `{CF${String(n).padStart(6, "0")}}`;
    const prefix = kind === "sheet" ? "00000000" : "C0000000";
    return `{${prefix}-0000-4000-8000-${n.toString(16).toUpperCase().padStart(12, "0")}}`;
  }

  // --- sheets ---

  findSheet(nameOrId: string): Sheet | undefined {
    const lower = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.id === nameOrId || s.name.toLowerCase() === lower);
  }

  requireSheet(nameOrId: string): Sheet {
    const s = this.findSheet(nameOrId);
    if (!s) throw itemNotFound(`worksheet '${nameOrId}'`);
    return s;
  }

  validateSheetName(name: string, except?: Sheet): void {
    if (
      typeof name !== "string" ||
      name.length === 0 ||
      name.length > 31 ||
      SHEET_NAME_FORBIDDEN.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'")
    ) {
      throw invalidArgument(`invalid worksheet name '${String(name)}'`);
    }
    const clash = this.findSheetByName(name);
    if (clash && clash !== except) throw alreadyExists(`worksheet '${name}'`);
  }

  private findSheetByName(name: string): Sheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  addSheet(name?: string): Sheet {
    let finalName = name;
    if (finalName === undefined) {
      let n = this.sheets.length + 1;
      while (this.findSheetByName(`Sheet${n}`)) n++;
      finalName = `Sheet${n}`;
    }
    this.validateSheetName(finalName);
    const sheet = new Sheet(this.nextId("sheet"), finalName);
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activate(sheet);
    return sheet;
  }

  renameSheet(sheet: Sheet, name: string): void {
    if (sheet.name === name) return;
    this.validateSheetName(name, sheet);
    sheet.name = name;
  }

  moveSheet(sheet: Sheet, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length)
      throw invalidArgument(`position ${position}`);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  setVisibility(sheet: Sheet, visibility: Sheet["visibility"]): void {
    if (visibility !== "Visible" && this.sheets.filter((s) => s.visibility === "Visible" && s !== sheet).length === 0) {
      throw invalidOperation("a workbook must keep at least one visible sheet");
    }
    sheet.visibility = visibility;
    if (visibility !== "Visible" && this.activeSheet === sheet)
      this.activate(this.sheets.find((s) => s.visibility === "Visible") ?? null);
  }

  deleteSheet(sheet: Sheet): void {
    if (this.sheets.filter((s) => s.visibility === "Visible" && s !== sheet).length === 0) {
      throw invalidOperation("a workbook must keep at least one visible sheet");
    }
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    sheet.deleted = true;
    for (const t of this.tables) if (t.sheet === sheet) t.deleted = true;
    this.tables = this.tables.filter((t) => !t.deleted);
    for (const c of sheet.charts) c.deleted = true;
    for (const n of this.names) if (n.ref?.sheet === sheet) n.ref = null;
    for (const other of this.sheets) shiftChartsForSheet(other, sheet, null);
    if (this.activeSheet === sheet) {
      const next =
        this.sheets.slice(index).find((s) => s.visibility === "Visible") ??
        this.sheets.find((s) => s.visibility === "Visible") ??
        null;
      this.activate(next);
    }
  }

  activate(sheet: Sheet | null): void {
    this.activeSheet = sheet;
    this.selection = sheet ? { sheet, rect: rect(0, 0, 0, 0) } : null;
  }

  select(sheet: Sheet, area: Rect): void {
    if (sheet.visibility !== "Visible") throw invalidOperation("cannot select on a hidden sheet");
    this.activeSheet = sheet;
    this.selection = { sheet, rect: area };
    this.events.recordSelection(sheet, area);
  }

  // --- cells ---

  /**
   * Writes values or formulas over `area`: a 2-D array of its exact shape, or one value for every
   * cell. Records a RangeEdited change unless `silent` (compound operations record their own).
   */
  writeCells(sheet: Sheet, area: Rect, input: unknown, mode: WriteMode, silent = false): void {
    const matrix = shapeOf(input, area, "values");
    checkUnprotected(sheet, "writing cells");
    checkMergedWrite(sheet, area, matrix, input);
    checkFilteredWrite(this, sheet, area);
    if (rowCount(area) * columnCount(area) > MAX_CELLS_PER_OPERATION) {
      throw new FakeOfficeError(
        "OperationCellsExceedLimit",
        `The attempted operation affects more than the limit of ${MAX_CELLS_PER_OPERATION} cells.`,
      );
    }
    const single = rowCount(area) === 1 && columnCount(area) === 1;
    const before = single ? this.valueAt(sheet, area.r0, area.c0) : "";
    for (let i = 0; i < rowCount(area); i++) {
      const r = area.r0 + i;
      for (let j = 0; j < columnCount(area); j++) {
        const c = area.c0 + j;
        const raw = matrix ? matrix[i][j] : input;
        const entered: Entered =
          mode === "typed"
            ? typedEntry(raw, sheet.effectiveFormat(r, c, "numberFormat"))
            : parseEntered(raw, sheet.effectiveFormat(r, c, "numberFormat"), this.date1904);
        this.applyEntry(sheet, r, c, entered);
      }
    }
    this.afterCellsChanged(sheet, area);
    if (silent) return;
    const after = single ? this.valueAt(sheet, area.r0, area.c0) : "";
    const details: ChangeDetails | undefined = single
      ? { valueBefore: before, valueAfter: after, valueTypeBefore: valueType(before), valueTypeAfter: valueType(after) }
      : undefined;
    this.recordChange(sheet, area, "RangeEdited", details);
  }

  private applyEntry(sheet: Sheet, r: number, c: number, entered: Entered): void {
    if (entered.kind === "skip") return;
    if (entered.kind === "formula") {
      const cell = sheet.cellForWrite(r, c);
      delete cell.text;
      cell.f = entered.formula;
      cell.v = "#NAME?";
      this.hasFormulas = true;
      return;
    }
    if (entered.value === "" && !sheet.cell(r, c)) return;
    const cell = sheet.cellForWrite(r, c);
    cell.v = entered.value;
    delete cell.f;
    if (entered.text && isError(entered.value)) cell.text = true;
    else delete cell.text;
    if (entered.impliedFormat && sheet.effectiveFormat(r, c, "numberFormat") === "General")
      sheet.setCellFormat(r, c, "numberFormat", entered.impliedFormat);
    sheet.prune(r, c);
  }

  /** Header cells of tables always hold unique, non-empty text; formulas elsewhere may need recalculation. */
  private afterCellsChanged(sheet: Sheet, area: Rect): void {
    for (const t of this.tables) {
      if (t.sheet === sheet && area.r0 <= t.rect.r0 && area.r1 >= t.rect.r0 && intersect(area, t.rect))
        normalizeHeaders(t);
    }
    if (this.hasFormulas) this.dirty = true;
  }

  writeNumberFormats(sheet: Sheet, area: Rect, input: unknown): void {
    const matrix = shapeOf(input, area, "numberFormat");
    checkUnprotected(sheet, "formatting cells", "allowFormatCells");
    checkMergedFormat(sheet, area);
    if (!matrix) {
      if (input === null || input === undefined) return;
      sheet.setFormat(area, "numberFormat", String(input));
    } else {
      for (let i = 0; i < matrix.length; i++) {
        for (let j = 0; j < matrix[i].length; j++) {
          const f = matrix[i][j];
          if (f !== null && f !== undefined) sheet.setCellFormat(area.r0 + i, area.c0 + j, "numberFormat", String(f));
        }
      }
    }
    if (this.hasFormulas) this.dirty = true;
    this.recordFormatChange(sheet, area);
  }

  setFormat<K extends FormatKey>(sheet: Sheet, area: Rect, key: K, value: CellFormat[K] | undefined): void {
    checkUnprotected(sheet, "formatting cells", "allowFormatCells");
    checkMergedFormat(sheet, area);
    sheet.setFormat(area, key, value);
    this.recordFormatChange(sheet, area);
  }

  /**
   * A format change raises `onChanged` too (RangeEdited): "onChanged fires when either the format or
   * value of the data changes" (Microsoft's tables and worksheets pages, "Detect data changes"). A
   * single cell's details show the value unchanged.
   */
  private recordFormatChange(sheet: Sheet, area: Rect): void {
    const single = rowCount(area) === 1 && columnCount(area) === 1;
    const v = single ? this.valueAt(sheet, area.r0, area.c0) : "";
    const t = valueType(v);
    this.recordChange(sheet, area, "RangeEdited", single ? { valueBefore: v, valueAfter: v, valueTypeBefore: t, valueTypeAfter: t } : undefined);
  }

  clear(sheet: Sheet, area: Rect, kind: ClearKind): void {
    checkUnprotected(sheet, "clearing cells", kind === "Formats" ? "allowFormatCells" : undefined);
    // Clearing formats unmerges, as Excel's Clear Formats does (merging is formatting).
    if (kind !== "Contents") sheet.merges = sheet.merges.filter((m) => !intersect(m, area));
    if (kind !== "Contents") {
      if (isEntireColumns(area)) for (let c = area.c0; c <= area.c1; c++) sheet.columnFormats.delete(c);
      if (isEntireRows(area)) for (let r = area.r0; r <= area.r1; r++) sheet.rowFormats.delete(r);
    }
    let edited = false;
    sheet.forEachCell(area, (cell, r, c) => {
      if (kind !== "Formats" && (cell.v !== "" || cell.f !== undefined)) {
        cell.v = "";
        delete cell.f;
        delete cell.text;
        edited = true;
      }
      if (kind !== "Contents") delete cell.fmt;
      sheet.prune(r, c);
    });
    if (kind === "Formats") return this.recordFormatChange(sheet, area);
    this.afterCellsChanged(sheet, area);
    if (edited || kind === "All") this.recordChange(sheet, area, "RangeEdited");
  }

  /** The value of a cell with formulas brought up to date first. */
  valueAt(sheet: Sheet, r: number, c: number): CellValue {
    this.calculateIfNeeded();
    return sheet.value(r, c);
  }

  calculateIfNeeded(): void {
    if (this.dirty) this.calculate();
  }

  /** Recomputes every formula cell through the evaluator ("#NAME?" without one), sheet by sheet, row by row. */
  calculate(): void {
    this.dirty = false;
    if (!this.hasFormulas) return;
    for (const sheet of this.sheets) {
      sheet.forEachCell(rect(0, 0, MAX_ROWS - 1, MAX_COLUMNS - 1), (cell, row, column) => {
        if (cell.f === undefined) return;
        const result = this.evaluator ? this.evaluator(cell.f, { sheet: sheet.name, row, column }) : undefined;
        if (typeof result === "object" && result !== null) {
          cell.v = result.basicValue;
          cell.vf = result.numberFormat;
          return;
        }
        delete cell.vf;
        cell.v = result === undefined || result === null ? "#NAME?" : result;
      });
    }
  }

  setEvaluator(evaluator: FormulaEvaluator | null): void {
    this.evaluator = evaluator;
    this.dirty = true;
  }

  // --- structure: inserting and deleting cells ---

  /** Inserts empty cells over `area`, pushing what was there down or right; tables, rules, charts and names follow. */
  insertCells(sheet: Sheet, area: Rect, direction: "down" | "right", silent = false): void {
    const shift: Shift =
      direction === "down"
        ? { kind: "insert", axis: "rows", at: area.r0, n: rowCount(area), span0: area.c0, span1: area.c1 }
        : { kind: "insert", axis: "columns", at: area.c0, n: columnCount(area), span0: area.r0, span1: area.r1 };
    this.applyShift(sheet, shift);
    if (direction === "down") {
      for (const t of this.tables) {
        if (t.sheet === sheet && area.r0 > t.rect.r0 && area.r0 <= t.rect.r1) fillCalculatedColumns(this, t, area);
      }
    }
    if (!silent) {
      const type: ChangeType =
        direction === "down"
          ? isEntireRows(area)
            ? "RowInserted"
            : "CellInserted"
          : isEntireColumns(area)
            ? "ColumnInserted"
            : "CellInserted";
      this.recordChange(sheet, area, type);
    }
  }

  /** Deletes the cells of `area`, pulling what lies below (or to the right) up (or left). */
  deleteCells(sheet: Sheet, area: Rect, direction: "up" | "left", silent = false): void {
    const shift: Shift =
      direction === "up"
        ? { kind: "delete", axis: "rows", at: area.r0, n: rowCount(area), span0: area.c0, span1: area.c1 }
        : { kind: "delete", axis: "columns", at: area.c0, n: columnCount(area), span0: area.r0, span1: area.r1 };
    // Tables touched are computed before the cells go, as Excel reports where the deleted cells were.
    const touched = touchedTables(this.tables, sheet, area);
    this.applyShift(sheet, shift);
    if (!silent) {
      const type: ChangeType =
        direction === "up"
          ? isEntireRows(area)
            ? "RowDeleted"
            : "CellDeleted"
          : isEntireColumns(area)
            ? "ColumnDeleted"
            : "CellDeleted";
      this.events.record({ sheet, rect: area, changeType: type, tables: touched });
    }
  }

  private applyShift(sheet: Sheet, shift: Shift): void {
    checkUnprotected(sheet, shift.kind === "insert" ? "inserting cells" : "deleting cells");
    // Plan first: a table or merged area that cannot follow makes the whole operation fail, before anything moves.
    const plans = this.tables.filter((t) => t.sheet === sheet).map((t) => planTableShift(t, shift));
    plans.push(planMergeShift(sheet, shift));
    if (shift.axis === "rows") {
      if (shift.kind === "insert") sheet.shiftDown(shift.at, shift.n, shift.span0, shift.span1);
      else sheet.shiftUp(shift.at, shift.n, shift.span0, shift.span1);
    } else if (shift.kind === "insert") sheet.shiftRight(shift.at, shift.n, shift.span0, shift.span1);
    else sheet.shiftLeft(shift.at, shift.n, shift.span0, shift.span1);
    for (const apply of plans) apply();
    this.tables = this.tables.filter((t) => !t.deleted);
    sheet.conditionalFormats = sheet.conditionalFormats.flatMap((cf) =>
      moved(cf.rect, shift, (r) => ({ ...cf, rect: r })),
    );
    sheet.validations = sheet.validations.flatMap((v) => moved(v.rect, shift, (r) => ({ ...v, rect: r })));
    for (const n of this.names) {
      if (n.ref?.sheet !== sheet) continue;
      const r = shiftRect(n.ref.rect, shift);
      if (r === null) n.ref = null;
      else if (r !== "partial") n.ref = { sheet, rect: r };
    }
    for (const s of this.sheets) shiftChartsForSheet(s, sheet, shift);
    if (this.selection?.sheet === sheet) {
      const r = shiftRect(this.selection.rect, shift);
      if (r && r !== "partial") this.selection = { sheet, rect: r };
    }
    if (this.hasFormulas) this.dirty = true;
  }

  /** A sort: formulas may need recalculation; reported to `onRowSorted` only (ExcelApi 1.10), as Excel does. */
  recordSort(sheet: Sheet, area: Rect): void {
    this.dirty ||= this.hasFormulas;
    this.events.record({ sorted: true, sheet, rect: area });
  }

  recordChange(sheet: Sheet, area: Rect, changeType: ChangeType, details?: ChangeDetails): void {
    this.events.record({ sheet, rect: area, changeType, tables: touchedTables(this.tables, sheet, area), details });
  }

  // --- lookups ---

  findTable(nameOrId: string): TableModel | undefined {
    const lower = nameOrId.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === lower || t.id === nameOrId);
  }

  requireTable(nameOrId: string): TableModel {
    const t = this.findTable(nameOrId);
    if (!t) throw itemNotFound(`table '${nameOrId}'`);
    return t;
  }

  findName(name: string): NameModel | undefined {
    const lower = name.toLowerCase();
    return this.names.find((n) => n.name.toLowerCase() === lower);
  }

  /** "=Sheet1!$A$1:$B$2" for cell names, the stored formula otherwise. */
  nameFormula(n: NameModel): string {
    if (n.formula !== null) return n.formula;
    if (!n.ref) return "=#REF!";
    const structured = this.nameStyle === "structured" ? this.headerReference(n.ref) : undefined;
    return structured ?? `=${formatAddress(n.ref.sheet.name, n.ref.rect, true)}`;
  }

  /** `=Table[[#Headers],[Caption]]` for one header cell of a table (`'` escapes `[ ] # '`). */
  private headerReference(ref: RangeRef): string | undefined {
    const { sheet, rect: r } = ref;
    if (r.r0 !== r.r1 || r.c0 !== r.c1) return undefined;
    const t = this.tables.find(
      (x) => !x.deleted && x.sheet === sheet && x.showHeaders && x.rect.r0 === r.r0 && r.c0 >= x.rect.c0 && r.c0 <= x.rect.c1,
    );
    if (!t) return undefined;
    const caption = String(this.valueAt(sheet, r.r0, r.c0)).replace(/['[\]#]/g, (ch) => `'${ch}`);
    return `=${t.name}[[#Headers],[${caption}]]`;
  }
}

function moved<T>(r: Rect, shift: Shift, make: (r: Rect) => T): T[] {
  const out = shiftRect(r, shift);
  if (out === null) return [];
  return [make(out === "partial" ? r : out)];
}

function typedEntry(raw: unknown, numberFormat: string): Entered {
  if (raw === null || raw === undefined) return { kind: "skip" };
  if (typeof raw === "string" && raw.length > 1 && raw.startsWith("=")) {
    // Typed into a Text-formatted cell, "=…" stays the text the user typed.
    if (numberFormat === "@") return { kind: "constant", value: raw, text: true };
    return { kind: "formula", formula: raw };
  }
  if (typeof raw === "number" || typeof raw === "boolean" || typeof raw === "string") {
    if (typeof raw === "number" && !Number.isFinite(raw)) throw invalidArgument("numbers must be finite");
    return { kind: "constant", value: raw };
  }
  throw invalidArgument(`cells hold numbers, strings and booleans, not ${typeof raw}`);
}

/**
 * A 2-D input must match the range exactly (Office.js: InvalidArgument otherwise); a non-array is
 * one value for every cell (returns null then).
 */
export function shapeOf(input: unknown, area: Rect, what: string): unknown[][] | null {
  if (!Array.isArray(input)) return null;
  const rows = rowCount(area);
  const cols = columnCount(area);
  const ok = input.length === rows && input.every((row) => Array.isArray(row) && row.length === cols);
  if (!ok) {
    throw invalidArgument(
      `the number of rows or columns in the input array for '${what}' doesn't match the size or dimensions of the range (${rows}×${cols})`,
    );
  }
  return input as unknown[][];
}
