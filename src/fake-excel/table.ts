/** `Excel.TableCollection`, `Table`, its columns, rows and sort. */
import { Rect, rect, sameRect } from "./address";
import { readMatrix } from "./cells";
import { invalidArgument, itemNotFound } from "./errors";
import type { Sheet } from "./grid";
import { FakeClientObject, FakeCollection, FakeEventHandlers, FakeRequestContext } from "./proxy";
import { FakeRange, RangeArg, rangeArgRef } from "./range";
import {
  TableModel,
  addTableColumn,
  checkFilteredWrite,
  filteredOutRows,
  addTableRows,
  bodyEnd,
  bodyRect,
  bodyRowCount,
  columnPosition,
  createTable,
  deleteTable,
  deleteTableColumn,
  deleteTableRows,
  headerNames,
  headerRect,
  renameTable,
  resizeTable,
  setTotals,
  sortTable,
  totalRect,
} from "./table-model";
import { FakeWorksheet } from "./worksheet";
import { checkUnprotected } from "./protection";
import type { RangeRef, WorkbookModel } from "./workbook-model";

/** The workbook's tables, or one sheet's. */
interface TableScope {
  model: WorkbookModel;
  sheet?: Sheet;
}

const inScope = (scope: TableScope): TableModel[] =>
  scope.model.tables.filter((t) => !scope.sheet || t.sheet === scope.sheet);

export class FakeTableCollection extends FakeCollection<TableScope, FakeTable> {
  protected readonly countsAsRead = true;
  private _onChanged?: FakeEventHandlers<TableScope>;

  constructor(ctx: FakeRequestContext, parent: FakeClientObject, resolve: (parentEntity: never) => TableScope | null) {
    super(ctx, parent, resolve);
  }

  protected scalarNames(): readonly string[] {
    return ["count"];
  }
  protected readScalar(scope: TableScope): unknown {
    return inScope(scope).length;
  }
  get count(): number {
    return this.prop("count");
  }

  protected members(scope: TableScope): FakeTable[] {
    return inScope(scope).map((t) => new FakeTable(this.context, null, null, t));
  }

  /**
   * Converts a range into a table. On the workbook's collection an unqualified address means the
   * active sheet.
   */
  add(address: RangeArg, hasHeaders: boolean): FakeTable {
    let created: TableModel | null = null;
    this.call(
      (scope) => {
        const ref = rangeArgRef(address, scope.sheet ?? scope.model.activeSheet, (n) => scope.model.findSheet(n));
        if (scope.sheet && ref.sheet !== scope.sheet) throw invalidArgument("the address is on another worksheet");
        created = createTable(scope.model, ref.sheet, ref.rect, hasHeaders);
      },
      [typeof address === "string" ? address : "range", hasHeaders],
    );
    return new FakeTable(this.context, null, () => created);
  }

  getItem(key: string): FakeTable {
    return new FakeTable(this.context, this, (scope: TableScope) => findIn(scope, key));
  }
  getItemOrNullObject(key: string): FakeTable {
    return new FakeTable(this.context, this, (scope: TableScope) => findIn(scope, key), undefined, true);
  }
  getItemAt(index: number): FakeTable {
    return new FakeTable(this.context, this, (scope: TableScope) => {
      const t = inScope(scope)[index];
      if (!t) throw invalidArgument(`table index ${index}`);
      return t;
    });
  }
  getCount() {
    return this.callForResult((scope) => inScope(scope).length);
  }

  get onChanged(): FakeEventHandlers<TableScope> {
    return (this._onChanged ??= new FakeEventHandlers(this, this.context.env.model.events, (scope) => ({
      kind: "tables",
      sheet: scope.sheet,
    })));
  }
}

function findIn(scope: TableScope, key: string): TableModel | null {
  const t = scope.model.findTable(key);
  return t && (!scope.sheet || t.sheet === scope.sheet) ? t : null;
}

const TABLE_SCALARS = [
  "name",
  "id",
  "legacyId",
  "showHeaders",
  "showTotals",
  "showBandedRows",
  "showBandedColumns",
  "showFilterButton",
  "highlightFirstColumn",
  "highlightLastColumn",
  "style",
] as const;

type TableFlag =
  | "showHeaders"
  | "showBandedRows"
  | "showBandedColumns"
  | "showFilterButton"
  | "highlightFirstColumn"
  | "highlightLastColumn";

export class FakeTable extends FakeClientObject<TableModel> {
  protected readonly countsAsRead = true;
  private _columns?: FakeTableColumnCollection;
  private _rows?: FakeTableRowCollection;
  private _worksheet?: FakeWorksheet;
  private _sort?: FakeTableSort;
  private _autoFilter?: FakeTableAutoFilter;
  private _onChanged?: FakeEventHandlers<TableModel>;

  constructor(
    ctx: FakeRequestContext,
    parent: FakeClientObject | null,
    resolve: ((parentEntity: never) => TableModel | null) | null,
    entity?: TableModel,
    nullable = false,
  ) {
    super(ctx, parent, resolve, { entity, nullable });
  }

  protected scalarNames(): readonly string[] {
    return TABLE_SCALARS;
  }
  protected isStale(t: TableModel): boolean {
    return t.deleted;
  }
  protected guardWrite(t: TableModel): void {
    checkUnprotected(t.sheet, "changing a table");
  }
  protected readScalar(t: TableModel, name: string): unknown {
    if (name === "legacyId") return t.id;
    return t[name as keyof TableModel];
  }
  protected navigation(name: string): FakeClientObject | undefined {
    if (name === "columns") return this.columns;
    if (name === "rows") return this.rows;
    if (name === "worksheet") return this.worksheet;
    if (name === "autoFilter") return this.autoFilter;
    return undefined;
  }

  get name(): string {
    return this.prop("name");
  }
  set name(v: string) {
    this.setProp("name", v, (t) => renameTable(this.context.env.model, t, v));
  }
  get id(): string {
    return this.prop("id");
  }
  get legacyId(): string {
    return this.prop("legacyId");
  }
  get showTotals(): boolean {
    return this.prop("showTotals");
  }
  set showTotals(v: boolean) {
    this.setProp("showTotals", v, (t) => setTotals(this.context.env.model, t, v === true));
  }
  get style(): string {
    return this.prop("style");
  }
  set style(v: string) {
    this.setProp("style", v, (t) => {
      t.style = v;
    });
  }
  get showHeaders(): boolean {
    return this.prop("showHeaders");
  }
  set showHeaders(v: boolean) {
    this.setFlag("showHeaders", v);
  }
  get showBandedRows(): boolean {
    return this.prop("showBandedRows");
  }
  set showBandedRows(v: boolean) {
    this.setFlag("showBandedRows", v);
  }
  get showBandedColumns(): boolean {
    return this.prop("showBandedColumns");
  }
  set showBandedColumns(v: boolean) {
    this.setFlag("showBandedColumns", v);
  }
  get showFilterButton(): boolean {
    return this.prop("showFilterButton");
  }
  set showFilterButton(v: boolean) {
    this.setFlag("showFilterButton", v);
  }
  get highlightFirstColumn(): boolean {
    return this.prop("highlightFirstColumn");
  }
  set highlightFirstColumn(v: boolean) {
    this.setFlag("highlightFirstColumn", v);
  }
  get highlightLastColumn(): boolean {
    return this.prop("highlightLastColumn");
  }
  set highlightLastColumn(v: boolean) {
    this.setFlag("highlightLastColumn", v);
  }
  private setFlag(name: TableFlag, v: boolean): void {
    this.setProp(name, v, (t) => {
      t[name] = v;
    });
  }

  get columns(): FakeTableColumnCollection {
    return (this._columns ??= new FakeTableColumnCollection(this.context, this, (t: TableModel) => t));
  }
  get rows(): FakeTableRowCollection {
    return (this._rows ??= new FakeTableRowCollection(this.context, this, (t: TableModel) => t));
  }
  get worksheet(): FakeWorksheet {
    return (this._worksheet ??= new FakeWorksheet(this.context, this, (t: TableModel) => t.sheet));
  }
  get autoFilter(): FakeTableAutoFilter {
    return (this._autoFilter ??= new FakeTableAutoFilter(this.context, this, (t: TableModel) => t));
  }
  get sort(): FakeTableSort {
    return (this._sort ??= new FakeTableSort(this.context, this, (t: TableModel) => t));
  }
  get onChanged(): FakeEventHandlers<TableModel> {
    return (this._onChanged ??= new FakeEventHandlers(this, this.context.env.model.events, (table) => ({
      kind: "table",
      table,
    })));
  }

  private range(part: (t: TableModel) => Rect): FakeRange {
    return new FakeRange(this.context, this, (t: TableModel) => ({ sheet: t.sheet, rect: part(t) }));
  }
  getRange(): FakeRange {
    return this.range((t) => t.rect);
  }
  getHeaderRowRange(): FakeRange {
    return this.range(headerRect);
  }
  getDataBodyRange(): FakeRange {
    return this.range(bodyRect);
  }
  getTotalRowRange(): FakeRange {
    return this.range((t) => {
      const r = totalRect(t);
      if (!r) throw itemNotFound("the table has no total row");
      return r;
    });
  }

  /** The new range must keep the header row in place and overlap the table. */
  resize(newRange: RangeArg): void {
    this.call((t) => {
      const ref = rangeArgRef(newRange, t.sheet, (n) => this.context.env.model.findSheet(n));
      if (ref.sheet !== t.sheet) throw invalidArgument("a table cannot move to another worksheet");
      resizeTable(this.context.env.model, t, ref.rect);
    });
  }
  delete(): void {
    this.call((t) => deleteTable(this.context.env.model, t, false));
  }
  convertToRange(): FakeRange {
    let area: RangeRef | null = null;
    this.call((t) => {
      area = { sheet: t.sheet, rect: t.rect };
      deleteTable(this.context.env.model, t, true);
    });
    return new FakeRange(this.context, null, () => area);
  }
  clearFilters(): void {
    this.call(() => undefined);
  }
  reapplyFilters(): void {
    this.call(() => undefined);
  }
}

/**
 * A table's AutoFilter (ExcelApi 1.9), as far as the add-in uses it: `apply` with one Values
 * criterion on one column, `clearCriteria`, and reading `enabled`, `isDataFiltered`, `criteria`.
 * As strict as Excel: the range must be the table's, the column index inside it, and a Values
 * criterion needs values; criteria the in-memory Excel does not model are refused, never ignored.
 */
export class FakeTableAutoFilter extends FakeClientObject<TableModel> {
  protected guardWrite(t: TableModel): void {
    checkUnprotected(t.sheet, "filtering a table", "allowAutoFilter");
  }
  protected scalarNames(): readonly string[] {
    return ["enabled", "isDataFiltered", "criteria"];
  }
  protected readScalar(t: TableModel, name: string): unknown {
    if (name === "enabled") return true;
    if (name === "isDataFiltered") return t.filter !== null;
    const f = t.filter;
    return t.columnIds.map((id) => (f && f.columnId === id ? { filterOn: "Values", values: [...f.values] } : { filterOn: "Custom" }));
  }
  get enabled(): boolean {
    return this.prop("enabled");
  }
  get isDataFiltered(): boolean {
    return this.prop("isDataFiltered");
  }
  get criteria(): unknown[] {
    return this.prop("criteria");
  }
  apply(range: RangeArg, columnIndex?: number, criteria?: { filterOn?: string; values?: unknown[] }): void {
    this.call(
      (t) => {
        const ref = rangeArgRef(range, t.sheet, (n) => this.context.env.model.findSheet(n));
        if (ref.sheet !== t.sheet || !sameRect(ref.rect, t.rect))
          throw invalidArgument("a table's AutoFilter applies to the table's range");
        if (columnIndex === undefined && criteria === undefined) return;
        if (!Number.isInteger(columnIndex) || columnIndex! < 0 || columnIndex! >= t.columnIds.length)
          throw invalidArgument(`columnIndex ${String(columnIndex)} is outside the table`);
        if (!criteria || criteria.filterOn !== "Values")
          throw invalidArgument(`the in-memory Excel models only filterOn "Values", not ${String(criteria?.filterOn)}`);
        const values = criteria.values;
        if (!Array.isArray(values) || values.length === 0 || values.some((v) => typeof v !== "string"))
          throw invalidArgument("a Values criterion needs a non-empty array of strings");
        const columnId = t.columnIds[columnIndex!];
        // Excel adds the column to the filter; the in-memory Excel holds one filtered column and
        // refuses a second rather than silently dropping the first.
        if (t.filter && t.filter.columnId !== columnId)
          throw invalidArgument("the in-memory Excel models a filter on one column at a time; clear the other first");
        t.filter = { columnId, values: values as string[] };
        // Hidden as of now, not recomputed when values change (Excel re-applies only on request).
        t.filter.hidden = filteredOutRows(this.context.env.model, t);
      },
      [columnIndex, criteria],
    );
  }
  clearCriteria(): void {
    this.call((t) => void (t.filter = null));
  }
}

export class FakeTableSort extends FakeClientObject<TableModel> {
  protected guardWrite(t: TableModel): void {
    checkUnprotected(t.sheet, "sorting a table");
  }
  protected scalarNames(): readonly string[] {
    return [];
  }
  protected readScalar(): unknown {
    return undefined;
  }
  /** Sorts the data rows (keys are column positions within the table); whole rows move. */
  apply(fields: Array<{ key: number; ascending?: boolean }>, matchCase?: boolean): void {
    this.call((t) => sortTable(this.context.env.model, t, fields), [fields, matchCase]);
  }
  clear(): void {
    this.call(() => undefined);
  }
  reapply(): void {
    this.call(() => undefined);
  }
}

export class FakeTableColumnCollection extends FakeCollection<TableModel, FakeTableColumn> {
  protected readonly countsAsRead = true;

  protected scalarNames(): readonly string[] {
    return ["count"];
  }
  protected readScalar(t: TableModel): unknown {
    return t.columnIds.length;
  }
  protected isStale(t: TableModel): boolean {
    return t.deleted;
  }
  protected guardWrite(t: TableModel): void {
    checkUnprotected(t.sheet, "adding a table column");
  }
  get count(): number {
    return this.prop("count");
  }
  protected members(t: TableModel): FakeTableColumn[] {
    return t.columnIds.map((id) => new FakeTableColumn(this.context, null, null, { table: t, id }));
  }

  /** By name (case-insensitive) or id. */
  getItem(key: string | number): FakeTableColumn {
    return new FakeTableColumn(this.context, this, (t: TableModel) => findColumn(t, key));
  }
  getItemOrNullObject(key: string | number): FakeTableColumn {
    return new FakeTableColumn(this.context, this, (t: TableModel) => findColumn(t, key), undefined, true);
  }
  getItemAt(index: number): FakeTableColumn {
    return new FakeTableColumn(this.context, this, (t: TableModel) => {
      if (!Number.isInteger(index) || index < 0 || index >= t.columnIds.length)
        throw invalidArgument(`column index ${index}`);
      return { table: t, id: t.columnIds[index] };
    });
  }
  getCount() {
    return this.callForResult((t) => t.columnIds.length);
  }
  add(index?: number | null, values?: unknown, name?: string | null): FakeTableColumn {
    let created: ColumnRef | null = null;
    this.call(
      (t) => {
        created = { table: t, id: addTableColumn(this.context.env.model, t, index, values, name) };
      },
      [index, values, name],
    );
    return new FakeTableColumn(this.context, null, () => created);
  }
}

function findColumn(t: TableModel, key: string | number): ColumnRef | null {
  if (typeof key === "number") return t.columnIds.includes(key) ? { table: t, id: key } : null;
  const names = headerNames(t).map((n) => n.toLowerCase());
  let i = names.indexOf(key.toLowerCase());
  if (i < 0 && /^\d+$/.test(key)) i = t.columnIds.indexOf(Number(key));
  return i >= 0 ? { table: t, id: t.columnIds[i] } : null;
}

interface ColumnRef {
  table: TableModel;
  id: number;
}

export class FakeTableColumn extends FakeClientObject<ColumnRef> {
  protected readonly countsAsRead = true;

  constructor(
    ctx: FakeRequestContext,
    parent: FakeClientObject | null,
    resolve: ((parentEntity: never) => ColumnRef | null) | null,
    entity?: ColumnRef,
    nullable = false,
  ) {
    super(ctx, parent, resolve, { entity, nullable });
  }

  protected scalarNames(): readonly string[] {
    return ["name", "id", "index", "values"];
  }
  protected isStale(c: ColumnRef): boolean {
    return c.table.deleted || !c.table.columnIds.includes(c.id);
  }
  protected guardWrite(c: ColumnRef): void {
    checkUnprotected(c.table.sheet, "changing a table column");
  }
  protected readScalar(c: ColumnRef, name: string): unknown {
    const t = c.table;
    const pos = columnPosition(t, c.id);
    if (name === "name") return headerNames(t)[pos];
    if (name === "id") return c.id;
    if (name === "index") return pos;
    return readMatrix(
      this.context.env.model,
      t.sheet,
      rect(t.rect.r0, t.rect.c0 + pos, t.rect.r1, t.rect.c0 + pos),
      "values",
    );
  }

  get name(): string {
    return this.prop("name");
  }
  set name(v: string) {
    this.setProp("name", v, (c) => {
      const col = c.table.rect.c0 + columnPosition(c.table, c.id);
      this.context.env.model.writeCells(
        c.table.sheet,
        rect(c.table.rect.r0, col, c.table.rect.r0, col),
        [[v]],
        "typed",
      );
    });
  }
  get id(): number {
    return this.prop("id");
  }
  get index(): number {
    return this.prop("index");
  }
  get values(): unknown[][] {
    return this.prop("values");
  }
  set values(v: unknown) {
    this.setProp("values", v, (c) => {
      const col = c.table.rect.c0 + columnPosition(c.table, c.id);
      this.context.env.model.writeCells(c.table.sheet, rect(c.table.rect.r0, col, c.table.rect.r1, col), v, "api");
    });
  }

  private range(part: (t: TableModel, col: number) => Rect): FakeRange {
    return new FakeRange(this.context, this, (c: ColumnRef) => ({
      sheet: c.table.sheet,
      rect: part(c.table, c.table.rect.c0 + columnPosition(c.table, c.id)),
    }));
  }
  getRange(): FakeRange {
    return this.range((t, col) => rect(t.rect.r0, col, t.rect.r1, col));
  }
  getDataBodyRange(): FakeRange {
    return this.range((t, col) => rect(t.rect.r0 + 1, col, bodyEnd(t), col));
  }
  getTotalRowRange(): FakeRange {
    return this.range((t, col) => {
      if (!t.showTotals) throw itemNotFound("the table has no total row");
      return rect(t.rect.r1, col, t.rect.r1, col);
    });
  }
  getHeaderRowRange(): FakeRange {
    return this.range((t, col) => rect(t.rect.r0, col, t.rect.r0, col));
  }
  delete(): void {
    this.call((c) => deleteTableColumn(this.context.env.model, c.table, c.id));
  }
}

interface RowRef {
  table: TableModel;
  index: number;
}

export class FakeTableRowCollection extends FakeCollection<TableModel, FakeTableRow> {
  protected readonly countsAsRead = true;

  protected scalarNames(): readonly string[] {
    return ["count"];
  }
  protected readScalar(t: TableModel): unknown {
    return bodyRowCount(t);
  }
  protected isStale(t: TableModel): boolean {
    return t.deleted;
  }
  protected guardWrite(t: TableModel): void {
    checkUnprotected(t.sheet, "adding or deleting table rows");
  }
  get count(): number {
    return this.prop("count");
  }
  protected members(t: TableModel): FakeTableRow[] {
    return Array.from(
      { length: bodyRowCount(t) },
      (_, index) => new FakeTableRow(this.context, null, null, { table: t, index }),
    );
  }
  getCount() {
    return this.callForResult((t) => bodyRowCount(t));
  }
  getItemAt(index: number): FakeTableRow {
    return new FakeTableRow(this.context, this, (t: TableModel) => {
      if (!Number.isInteger(index) || index < 0 || index >= bodyRowCount(t))
        throw invalidArgument(`row index ${index}`);
      return { table: t, index };
    });
  }
  /** Appends (index null/undefined) or inserts data rows; `values` is one array per row. */
  add(index?: number | null, values?: unknown): FakeTableRow {
    let created: RowRef | null = null;
    this.call(
      (t) => {
        checkFilteredWrite(this.context.env.model, t.sheet, t.rect, true);
        const added = addTableRows(this.context.env.model, t, index, values);
        created = { table: t, index: added.r0 - t.rect.r0 - 1 };
      },
      [index, values],
    );
    return new FakeTableRow(this.context, null, () => created);
  }
  deleteRowsAt(index: number, count = 1): void {
    this.call((t) => deleteTableRows(this.context.env.model, t, index, count), [index, count]);
  }
}

export class FakeTableRow extends FakeClientObject<RowRef> {
  protected readonly countsAsRead = true;

  constructor(
    ctx: FakeRequestContext,
    parent: FakeClientObject | null,
    resolve: ((parentEntity: never) => RowRef | null) | null,
    entity?: RowRef,
  ) {
    super(ctx, parent, resolve, { entity });
  }

  protected scalarNames(): readonly string[] {
    return ["index", "values"];
  }
  protected isStale(r: RowRef): boolean {
    return r.table.deleted;
  }
  protected guardWrite(r: RowRef): void {
    checkUnprotected(r.table.sheet, "changing a table row");
  }
  private rowRect(r: RowRef): Rect {
    const t = r.table;
    if (r.index >= bodyRowCount(t)) throw itemNotFound("the table row no longer exists");
    return rect(t.rect.r0 + 1 + r.index, t.rect.c0, t.rect.r0 + 1 + r.index, t.rect.c1);
  }
  protected readScalar(r: RowRef, name: string): unknown {
    if (name === "index") return r.index;
    return readMatrix(this.context.env.model, r.table.sheet, this.rowRect(r), "values");
  }
  get index(): number {
    return this.prop("index");
  }
  get values(): unknown[][] {
    return this.prop("values");
  }
  set values(v: unknown) {
    this.setProp("values", v, (r) => this.context.env.model.writeCells(r.table.sheet, this.rowRect(r), v, "api"));
  }
  getRange(): FakeRange {
    return new FakeRange(this.context, this, (r: RowRef) => ({ sheet: r.table.sheet, rect: this.rowRect(r) }));
  }
  delete(): void {
    this.call((r) => deleteTableRows(this.context.env.model, r.table, r.index));
  }
}
