/** `Excel.WorksheetCollection`, `Excel.Worksheet` and its freeze panes. */
import { FakePageLayout } from "./page-layout";
import { MAX_COLUMNS, MAX_ROWS, checkInGrid, parseAddress, rect } from "./address";
import { FakeChartCollection } from "./chart";
import { invalidArgument, itemNotFound } from "./errors";
import type { Sheet, Visibility } from "./grid";
import { FakeClientObject, FakeCollection, FakeEventHandlers, FakeRequestContext } from "./proxy";
import { FakeRange } from "./range";
import { FakeWorksheetProtection } from "./protection";
import { FakeTableCollection } from "./table";
import type { WorkbookModel } from "./workbook-model";

export class FakeWorksheetCollection extends FakeCollection<WorkbookModel, FakeWorksheet> {
  private _onChanged?: FakeEventHandlers<WorkbookModel>;
  private _onSelectionChanged?: FakeEventHandlers<WorkbookModel>;
  private _onRowSorted?: FakeEventHandlers<WorkbookModel>;

  protected members(model: WorkbookModel): FakeWorksheet[] {
    return model.sheets.map((s) => new FakeWorksheet(this.context, null, null, s));
  }

  /** By name (case-insensitive) or id. */
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, this, (m: WorkbookModel) => m.findSheet(key) ?? null);
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, this, (m: WorkbookModel) => m.findSheet(key) ?? null, undefined, true);
  }

  add(name?: string): FakeWorksheet {
    let created: Sheet | null = null;
    this.call(
      (m) => {
        created = m.addSheet(name);
      },
      [name],
    );
    return new FakeWorksheet(this.context, null, () => created);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, this, (m: WorkbookModel) => m.activeSheet);
  }

  getFirst(visibleOnly?: boolean): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      this,
      (m: WorkbookModel) => m.sheets.find((s) => !visibleOnly || s.visibility === "Visible") ?? null,
    );
  }

  getLast(visibleOnly?: boolean): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      this,
      (m: WorkbookModel) => [...m.sheets].reverse().find((s) => !visibleOnly || s.visibility === "Visible") ?? null,
    );
  }

  getCount(visibleOnly?: boolean) {
    return this.callForResult((m) => m.sheets.filter((s) => !visibleOnly || s.visibility === "Visible").length);
  }

  /** Fires for changes on any worksheet. */
  get onChanged(): FakeEventHandlers<WorkbookModel> {
    return (this._onChanged ??= new FakeEventHandlers(this, this.context.env.model.events, () => ({
      kind: "worksheets",
    })));
  }

  /** Fires when rows are sorted on any worksheet (ExcelApi 1.10); sorts raise no `onChanged`. */
  get onRowSorted(): FakeEventHandlers<WorkbookModel> {
    return (this._onRowSorted ??= new FakeEventHandlers(this, this.context.env.model.events, () => ({
      kind: "rowSorted",
    })));
  }

  /** Fires when the selection moves on any worksheet (ExcelApi 1.9), with the new address and sheet ID. */
  get onSelectionChanged(): FakeEventHandlers<WorkbookModel> {
    return (this._onSelectionChanged ??= new FakeEventHandlers(this, this.context.env.model.events, () => ({
      kind: "selection",
    })));
  }
}

const SCALARS = ["name", "id", "position", "visibility", "tabColor", "showGridlines"] as const;

export class FakeWorksheet extends FakeClientObject<Sheet> {
  private _tables?: FakeTableCollection;
  private _charts?: FakeChartCollection;
  private _freezePanes?: FakeWorksheetFreezePanes;
  private _pageLayout?: FakePageLayout;
  private _protection?: FakeWorksheetProtection;
  private _onChanged?: FakeEventHandlers<Sheet>;

  constructor(
    ctx: FakeRequestContext,
    parent: FakeClientObject | null,
    resolve: ((parentEntity: never) => Sheet | null) | null,
    entity?: Sheet,
    nullable = false,
  ) {
    super(ctx, parent, resolve, { entity, nullable });
  }

  protected scalarNames(): readonly string[] {
    return SCALARS;
  }

  protected isStale(sheet: Sheet): boolean {
    return sheet.deleted;
  }

  protected readScalar(sheet: Sheet, name: string): unknown {
    switch (name) {
      case "name":
        return sheet.name;
      case "id":
        return sheet.id;
      case "position":
        return this.context.env.model.sheets.indexOf(sheet);
      case "visibility":
        return sheet.visibility;
      case "tabColor":
        return sheet.tabColor;
      case "showGridlines":
        return sheet.showGridlines;
    }
    return undefined;
  }

  protected navigation(name: string): FakeClientObject | undefined {
    if (name === "tables") return this.tables;
    if (name === "charts") return this.charts;
    if (name === "pageLayout") return this.pageLayout;
    if (name === "protection") return this.protection;
    return undefined;
  }

  get name(): string {
    return this.prop("name");
  }
  set name(v: string) {
    this.setProp("name", v, (s) => this.context.env.model.renameSheet(s, v));
  }
  get id(): string {
    return this.prop("id");
  }
  /** Sheet protection (ExcelApi 1.2): protection.ts. */
  get protection(): FakeWorksheetProtection {
    return (this._protection ??= new FakeWorksheetProtection(this.context, this, (s: Sheet) => s));
  }
  get position(): number {
    return this.prop("position");
  }
  set position(v: number) {
    this.setProp("position", v, (s) => this.context.env.model.moveSheet(s, v));
  }
  get visibility(): Visibility {
    return this.prop("visibility");
  }
  set visibility(v: Visibility) {
    this.setProp("visibility", v, (s) => this.context.env.model.setVisibility(s, v));
  }
  get tabColor(): string {
    return this.prop("tabColor");
  }
  set tabColor(v: string) {
    this.setProp("tabColor", v, (s) => {
      s.tabColor = v;
    });
  }
  get showGridlines(): boolean {
    return this.prop("showGridlines");
  }
  set showGridlines(v: boolean) {
    this.setProp("showGridlines", v, (s) => {
      s.showGridlines = v;
    });
  }

  get tables(): FakeTableCollection {
    return (this._tables ??= new FakeTableCollection(this.context, this, (s: Sheet) => ({
      model: this.context.env.model,
      sheet: s,
    })));
  }
  get charts(): FakeChartCollection {
    return (this._charts ??= new FakeChartCollection(this.context, this, (s: Sheet) => s));
  }
  get pageLayout(): FakePageLayout {
    return (this._pageLayout ??= new FakePageLayout(this.context, this, (s: Sheet) => s));
  }
  get freezePanes(): FakeWorksheetFreezePanes {
    return (this._freezePanes ??= new FakeWorksheetFreezePanes(this.context, this, (s: Sheet) => s));
  }
  get onChanged(): FakeEventHandlers<Sheet> {
    return (this._onChanged ??= new FakeEventHandlers(this, this.context.env.model.events, (sheet) => ({
      kind: "worksheet",
      sheet,
    })));
  }

  /** The whole sheet without an address; "A1:B2", "A:A", "2:2", or qualified with this sheet's name. */
  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, this, (s: Sheet) => {
      if (address === undefined || address === "") return { sheet: s, rect: rect(0, 0, MAX_ROWS - 1, MAX_COLUMNS - 1) };
      const p = parseAddress(address);
      if (p.sheet && p.sheet.toLowerCase() !== s.name.toLowerCase())
        throw invalidArgument(`'${address}' is not on worksheet '${s.name}'`);
      return { sheet: s, rect: p.rect };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.context, this, (s: Sheet) => ({
      sheet: s,
      rect: checkInGrid(rect(startRow, startColumn, startRow + rowCount - 1, startColumn + columnCount - 1)),
    }));
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** An empty sheet's used range is A1, as in Excel. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, this, (s: Sheet) => ({
      sheet: s,
      rect: s.usedRect(valuesOnly === true) ?? rect(0, 0, 0, 0),
    }));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.context,
      this,
      (s: Sheet) => {
        const used = s.usedRect(valuesOnly === true);
        return used ? { sheet: s, rect: used } : null;
      },
      true,
    );
  }

  activate(): void {
    this.call((s) => {
      if (s.visibility !== "Visible") throw invalidArgument("a hidden sheet cannot be activated");
      this.context.env.model.activate(s);
    });
  }

  delete(): void {
    this.call((s) => this.context.env.model.deleteSheet(s));
  }
}

export class FakeWorksheetFreezePanes extends FakeClientObject<Sheet> {
  protected scalarNames(): readonly string[] {
    return [];
  }
  protected readScalar(): unknown {
    return undefined;
  }
  freezeRows(count = 1): void {
    this.call(
      (s) => {
        s.frozenRows = count;
        s.frozenColumns = 0;
      },
      [count],
    );
  }
  freezeColumns(count = 1): void {
    this.call(
      (s) => {
        s.frozenColumns = count;
        s.frozenRows = 0;
      },
      [count],
    );
  }
  freezeAt(frozenRange: FakeRange | string): void {
    this.call((s) => {
      const r = typeof frozenRange === "string" ? parseAddress(frozenRange).rect : frozenRange._bind()?.rect;
      if (!r) throw itemNotFound("freezeAt range");
      s.frozenRows = r.r1 + 1;
      s.frozenColumns = r.c1 + 1;
    });
  }
  unfreeze(): void {
    this.call((s) => {
      s.frozenRows = 0;
      s.frozenColumns = 0;
    });
  }
}
