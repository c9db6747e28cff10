/** `Excel.Range`: a rectangle of one sheet, bound when first used in a sync. */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  Rect,
  bounding,
  checkInGrid,
  columnCount,
  formatAddress,
  intersect,
  isEntireColumns,
  isEntireRows,
  parseAddress,
  rect,
  rowCount,
} from "./address";
import { MatrixKind, readMatrix } from "./cells";
import { FakeConditionalFormatCollection } from "./conditional-format";
import { FakeDataValidation } from "./data-validation";
import { FakeOfficeError, invalidArgument, itemNotFound } from "./errors";
import { FakeClientObject, FakeRequestContext } from "./proxy";
import { FakeRangeFormat } from "./range-format";
import { FakeRangeAreas, mergeCells, mergedAreasIn, unmergeCells } from "./merge";
import { FakeWorksheet } from "./worksheet";
import type { ClearKind, RangeRef } from "./workbook-model";

const SCALARS = [
  "address",
  "addressLocal",
  "values",
  "formulas",
  "formulasLocal",
  "text",
  "numberFormat",
  "numberFormatLocal",
  "valueTypes",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
  "cellCount",
  "isEntireColumn",
  "isEntireRow",
] as const;

const MATRIX: Record<string, MatrixKind> = {
  values: "values",
  formulas: "formulas",
  formulasLocal: "formulas",
  text: "text",
  numberFormat: "numberFormat",
  numberFormatLocal: "numberFormat",
  valueTypes: "valueTypes",
};

/** Something that names a range in a method argument: a Range proxy or an address on the same sheet. */
export type RangeArg = FakeRange | string;

export class FakeRange extends FakeClientObject<RangeRef> {
  protected readonly countsAsRead = true;
  private _format?: FakeRangeFormat;
  private _conditionalFormats?: FakeConditionalFormatCollection;
  private _dataValidation?: FakeDataValidation;
  private _worksheet?: FakeWorksheet;

  constructor(
    ctx: FakeRequestContext,
    parent: FakeClientObject | null,
    resolve: (parentEntity: never) => RangeRef | null,
    nullable = false,
  ) {
    super(ctx, parent, resolve, { nullable });
  }

  protected scalarNames(): readonly string[] {
    return SCALARS;
  }

  protected isStale(ref: RangeRef): boolean {
    return ref.sheet.deleted;
  }

  protected readScalar(ref: RangeRef, name: string): unknown {
    const { sheet, rect: r } = ref;
    const kind = MATRIX[name];
    if (kind) {
      const cells = rowCount(r) * columnCount(r);
      if (cells > this.context.env.limits.maxCellsPerRead) {
        throw new FakeOfficeError(
          "RangeExceedsLimit",
          `The cell count in the range (${cells}) has exceeded the maximum supported number (${this.context.env.limits.maxCellsPerRead}).`,
        );
      }
      return readMatrix(this.context.env.model, sheet, r, kind);
    }
    switch (name) {
      case "address":
      case "addressLocal":
        return formatAddress(sheet.name, r);
      case "rowIndex":
        return r.r0;
      case "columnIndex":
        return r.c0;
      case "rowCount":
        return rowCount(r);
      case "columnCount":
        return columnCount(r);
      case "cellCount":
        return rowCount(r) * columnCount(r);
      case "isEntireColumn":
        return isEntireColumns(r);
      case "isEntireRow":
        return isEntireRows(r);
    }
    return undefined;
  }

  protected navigation(name: string): FakeClientObject | undefined {
    if (name === "format") return this.format;
    if (name === "conditionalFormats") return this.conditionalFormats;
    if (name === "dataValidation") return this.dataValidation;
    if (name === "worksheet") return this.worksheet;
    return undefined;
  }

  get address(): string {
    return this.prop("address");
  }
  get addressLocal(): string {
    return this.prop("addressLocal");
  }
  get values(): unknown[][] {
    return this.prop("values");
  }
  set values(v: unknown) {
    this.setProp("values", v, (ref) => this.context.env.model.writeCells(ref.sheet, ref.rect, v, "api"));
  }
  get formulas(): unknown[][] {
    return this.prop("formulas");
  }
  set formulas(v: unknown) {
    this.setProp("formulas", v, (ref) => this.context.env.model.writeCells(ref.sheet, ref.rect, v, "api"));
  }
  get formulasLocal(): unknown[][] {
    return this.prop("formulasLocal");
  }
  set formulasLocal(v: unknown) {
    this.setProp("formulasLocal", v, (ref) => this.context.env.model.writeCells(ref.sheet, ref.rect, v, "api"));
  }
  get text(): string[][] {
    return this.prop("text");
  }
  get numberFormat(): unknown[][] {
    return this.prop("numberFormat");
  }
  set numberFormat(v: unknown) {
    this.setProp("numberFormat", v, (ref) => this.context.env.model.writeNumberFormats(ref.sheet, ref.rect, v));
  }
  get numberFormatLocal(): unknown[][] {
    return this.prop("numberFormatLocal");
  }
  set numberFormatLocal(v: unknown) {
    this.setProp("numberFormatLocal", v, (ref) => this.context.env.model.writeNumberFormats(ref.sheet, ref.rect, v));
  }
  get valueTypes(): string[][] {
    return this.prop("valueTypes");
  }
  get rowIndex(): number {
    return this.prop("rowIndex");
  }
  get columnIndex(): number {
    return this.prop("columnIndex");
  }
  get rowCount(): number {
    return this.prop("rowCount");
  }
  get columnCount(): number {
    return this.prop("columnCount");
  }
  get cellCount(): number {
    return this.prop("cellCount");
  }
  get isEntireColumn(): boolean {
    return this.prop("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this.prop("isEntireRow");
  }

  get format(): FakeRangeFormat {
    return (this._format ??= new FakeRangeFormat(this.context, this, (ref: RangeRef) => ref));
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return (this._conditionalFormats ??= new FakeConditionalFormatCollection(
      this.context,
      this,
      (ref: RangeRef) => ref,
    ));
  }
  get dataValidation(): FakeDataValidation {
    return (this._dataValidation ??= new FakeDataValidation(this.context, this, (ref: RangeRef) => ref));
  }
  get worksheet(): FakeWorksheet {
    return (this._worksheet ??= new FakeWorksheet(this.context, this, (ref: RangeRef) => ref.sheet));
  }

  // --- ranges derived from this one ---

  private derive(compute: (ref: RangeRef) => Rect | null, nullable = false): FakeRange {
    return new FakeRange(
      this.context,
      this,
      (ref: RangeRef) => {
        const r = compute(ref);
        return r ? { sheet: ref.sheet, rect: checkInGrid(r) } : null;
      },
      nullable,
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.derive(({ rect: r }) => rect(r.r0 + row, r.c0 + column, r.r0 + row, r.c0 + column));
  }
  getRow(row: number): FakeRange {
    return this.derive(({ rect: r }) => within(r, rect(r.r0 + row, r.c0, r.r0 + row, r.c1)));
  }
  getColumn(column: number): FakeRange {
    return this.derive(({ rect: r }) => within(r, rect(r.r0, r.c0 + column, r.r1, r.c0 + column)));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derive(({ rect: r }) =>
      rect(r.r0 + rowOffset, r.c0 + columnOffset, r.r1 + rowOffset, r.c1 + columnOffset),
    );
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derive(({ rect: r }) => rect(r.r0, r.c0, r.r1 + deltaRows, r.c1 + deltaColumns));
  }
  getAbsoluteResizedRange(numRows: number, numColumns: number): FakeRange {
    return this.derive(({ rect: r }) => rect(r.r0, r.c0, r.r0 + numRows - 1, r.c0 + numColumns - 1));
  }
  getLastRow(): FakeRange {
    return this.derive(({ rect: r }) => rect(r.r1, r.c0, r.r1, r.c1));
  }
  getLastColumn(): FakeRange {
    return this.derive(({ rect: r }) => rect(r.r0, r.c1, r.r1, r.c1));
  }
  getLastCell(): FakeRange {
    return this.derive(({ rect: r }) => rect(r.r1, r.c1, r.r1, r.c1));
  }
  getRowsAbove(count = 1): FakeRange {
    return this.derive(({ rect: r }) => rect(r.r0 - count, r.c0, r.r0 - 1, r.c1));
  }
  getRowsBelow(count = 1): FakeRange {
    return this.derive(({ rect: r }) => rect(r.r1 + 1, r.c0, r.r1 + count, r.c1));
  }
  getColumnsBefore(count = 1): FakeRange {
    return this.derive(({ rect: r }) => rect(r.r0, r.c0 - count, r.r1, r.c0 - 1));
  }
  getColumnsAfter(count = 1): FakeRange {
    return this.derive(({ rect: r }) => rect(r.r0, r.c1 + 1, r.r1, r.c1 + count));
  }
  getEntireColumn(): FakeRange {
    return this.derive(({ rect: r }) => rect(0, r.c0, MAX_ROWS - 1, r.c1));
  }
  getEntireRow(): FakeRange {
    return this.derive(({ rect: r }) => rect(r.r0, 0, r.r1, MAX_COLUMNS - 1));
  }
  getBoundingRect(other: RangeArg): FakeRange {
    return this.derive((ref) => bounding(ref.rect, otherRect(ref, other)));
  }
  getIntersection(other: RangeArg): FakeRange {
    return this.derive((ref) => {
      const i = intersect(ref.rect, otherRect(ref, other));
      if (!i) throw itemNotFound("the ranges do not intersect");
      return i;
    });
  }
  getIntersectionOrNullObject(other: RangeArg): FakeRange {
    return this.derive((ref) => intersect(ref.rect, otherRect(ref, other)), true);
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.derive((ref) => {
      const used = ref.sheet.usedRect(valuesOnly === true);
      const i = used && intersect(used, ref.rect);
      if (!i) throw itemNotFound("there are no used cells in the range");
      return i;
    });
  }
  /** The merged areas intersecting this range (ExcelApi 1.13); a null object when there are none. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      this,
      (ref: RangeRef) => {
        const rects = mergedAreasIn(ref.sheet, ref.rect);
        return rects.length ? { sheet: ref.sheet, rects } : null;
      },
      { nullable: true },
    );
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    // The used cells of this range (not the sheet's used range cut to it: a range whose corners
    // are both inside the sheet's used area may still hold only one cell).
    return this.derive((ref) => ref.sheet.usedRect(valuesOnly === true, ref.rect), true);
  }

  // --- actions ---

  select(): void {
    this.call((ref) => this.context.env.model.select(ref.sheet, ref.rect));
  }
  activate(): void {
    this.select();
  }
  clear(applyTo: "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents" = "All"): void {
    const kind: ClearKind =
      applyTo === "Formats" ? "Formats" : applyTo === "Contents" || applyTo === "ResetContents" ? "Contents" : "All";
    if (applyTo === "Hyperlinks" || applyTo === "RemoveHyperlinks") return;
    this.call((ref) => this.context.env.model.clear(ref.sheet, ref.rect, kind), [applyTo]);
  }
  /** Merges the range into one area, or each of its rows (`across`) into one (ExcelApi 1.2; merge.ts). */
  merge(across = false): void {
    this.call((ref) => mergeCells(this.context.env.model, ref.sheet, ref.rect, across), [across]);
  }
  unmerge(): void {
    this.call((ref) => unmergeCells(ref.sheet, ref.rect));
  }
  /** Inserts cells the size of this range, shifting "Down" or "Right"; returns the range now at this address. */
  insert(shift: "Down" | "Right"): FakeRange {
    if (shift !== "Down" && shift !== "Right") throw invalidArgument(`shift '${String(shift)}'`);
    this.call(
      (ref) => this.context.env.model.insertCells(ref.sheet, ref.rect, shift === "Down" ? "down" : "right"),
      [shift],
    );
    return this.derive((ref) => ref.rect);
  }
  delete(shift: "Up" | "Left"): void {
    if (shift !== "Up" && shift !== "Left") throw invalidArgument(`shift '${String(shift)}'`);
    this.call(
      (ref) => this.context.env.model.deleteCells(ref.sheet, ref.rect, shift === "Up" ? "up" : "left"),
      [shift],
    );
  }
}

function within(outer: Rect, inner: Rect): Rect {
  if (
    !intersect(outer, inner) ||
    inner.r1 > outer.r1 ||
    inner.c1 > outer.c1 ||
    inner.r0 < outer.r0 ||
    inner.c0 < outer.c0
  ) {
    throw invalidArgument("the index is outside the range");
  }
  return inner;
}

/** Resolves a range argument at sync time; addresses are read on the sheet of `base`. */
export function otherRect(base: RangeRef, other: RangeArg): Rect {
  if (typeof other === "string") {
    const p = parseAddress(other);
    if (p.sheet && p.sheet.toLowerCase() !== base.sheet.name.toLowerCase())
      throw invalidArgument("the ranges are on different worksheets");
    return p.rect;
  }
  const ref = other._bind();
  if (!ref) throw itemNotFound("the range argument is a null object");
  if (ref.sheet !== base.sheet) throw invalidArgument("the ranges are on different worksheets");
  return ref.rect;
}

/** A range argument (Range proxy or sheet-qualified address) resolved at sync time. */
export function rangeArgRef(
  arg: RangeArg,
  defaultSheet: RangeRef["sheet"] | null,
  findSheet: (name: string) => RangeRef["sheet"] | undefined,
): RangeRef {
  if (typeof arg !== "string") {
    const ref = arg._bind();
    if (!ref) throw itemNotFound("the range argument is a null object");
    return ref;
  }
  const p = parseAddress(arg);
  const sheet = p.sheet ? findSheet(p.sheet) : defaultSheet;
  if (!sheet) throw new FakeOfficeError("InvalidReference", `This reference isn't valid: '${arg}'.`);
  return { sheet, rect: p.rect };
}
