/**
 * Change events. The model records what changed; handlers registered through `onChanged.add` are
 * called later, on a timer, as Excel delivers events after the batch that caused them (code that
 * awaits `context.sync()` resumes before its own change events arrive, as in Excel on the web).
 */
import { Rect, formatRect, intersect } from "./address";
import type { Sheet } from "./grid";
import type { TableModel } from "./table-model";
import { CellValue, ValueType } from "./values";
import type { ApiGate } from "./api";

export type ChangeType =
  "RangeEdited" | "RowInserted" | "RowDeleted" | "ColumnInserted" | "ColumnDeleted" | "CellInserted" | "CellDeleted";

export interface ChangeDetails {
  valueBefore: CellValue;
  valueAfter: CellValue;
  valueTypeBefore: ValueType;
  valueTypeAfter: ValueType;
}

export interface ChangeRecord {
  sheet: Sheet;
  rect: Rect;
  changeType: ChangeType;
  /** The tables the change touched and the part of each it touched, computed when it happened. */
  tables: Array<{ table: TableModel; rect: Rect }>;
  details?: ChangeDetails;
}

export type EventScope =
  | { kind: "worksheet"; sheet: Sheet }
  | { kind: "worksheets" }
  | { kind: "table"; table: TableModel }
  | { kind: "tables"; sheet?: Sheet }
  /** `worksheets.onSelectionChanged`: the selection moved on any sheet (by the user or by `Range.select`). */
  | { kind: "selection" }
  /** `worksheets.onRowSorted` / `worksheet.onRowSorted` (ExcelApi 1.10): rows were sorted. */
  | { kind: "rowSorted"; sheet?: Sheet };

export type EventHandler = (args: ChangedEventArgs & SelectionChangedEventArgs) => unknown;

/** `Excel.WorksheetSelectionChangedEventArgs` (no `getRange` here: the handler loads the address it needs). */
export interface SelectionChangedEventArgs {
  type: "WorksheetSelectionChanged";
  address: string;
  worksheetId: string;
}

export interface Registration {
  scope: EventScope;
  handler: EventHandler;
}

/** The slice of a request context event args need to hand back a range. */
interface ContextLike {
  workbook: {
    worksheets: {
      getItem(key: string): { getRange(a: string): unknown };
      getItemOrNullObject(key: string): { getRange(a: string): unknown };
    };
  };
}

/**
 * `Excel.TableChangedEventArgs` / `WorksheetChangedEventArgs`, member by member as the host's API
 * level has them (the JSDoc's sets): `details` only for a single cell and from ExcelApi 1.9,
 * `getRange` / `getRangeOrNullObject` from 1.8, `triggerSource` only on worksheet events from 1.14.
 * An add-in must not count on anything more, so nothing more is there.
 */
export interface ChangedEventArgs {
  type: "WorksheetChanged" | "TableChanged";
  changeType: ChangeType;
  address: string;
  source: "Local";
  worksheetId: string;
  tableId?: string;
  details?: ChangeDetails;
  triggerSource?: "Unknown";
  getRange?(ctx: ContextLike): unknown;
  getRangeOrNullObject?(ctx: ContextLike): unknown;
}

export class EventHub {
  private registrations: Registration[] = [];
  /** Each change with the handlers registered when it happened: a handler added later never hears of it. */
  private pending: Array<{ change: ChangeRecord | SelectionRecord | SortRecord; listeners: Registration[] }> = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly running = new Set<Promise<unknown>>();
  /** Errors thrown (or rejected) by handlers: Excel swallows them; tests may look. */
  readonly handlerErrors: unknown[] = [];
  /**
   * `context.runtime.enableEvents` (ExcelApi 1.8): while false, nothing is recorded for the
   * add-in's handlers — its own writes and anything the user does meanwhile alike.
   */
  enabled = true;
  /** Changes Excel does not report (`silently`): some fills over filtered rows raise no event. */
  private silent = 0;

  /** The host's API level decides which members the event args carry (none given: every member). */
  constructor(private readonly api?: ApiGate) {}

  register(scope: EventScope, handler: EventHandler): Registration {
    const reg = { scope, handler };
    this.registrations.push(reg);
    return reg;
  }

  unregister(reg: Registration): void {
    this.registrations = this.registrations.filter((r) => r !== reg);
  }

  unregisterHandler(matches: (scope: EventScope) => boolean, handler: EventHandler): void {
    this.registrations = this.registrations.filter((r) => !(r.handler === handler && matches(r.scope)));
  }

  get handlerCount(): number {
    return this.registrations.length;
  }

  /** The selection moved: delivered like changes, after the batch, to `selection` handlers only. */
  recordSelection(sheet: Sheet, rect: Rect): void {
    this.record({ selection: true, sheet, rect });
  }

  /** Runs `change` without any event, as Excel does for some changes (fills over filtered rows). */
  silently<T>(change: () => T): T {
    this.silent++;
    try {
      return change();
    } finally {
      this.silent--;
    }
  }

  record(change: ChangeRecord | SelectionRecord | SortRecord): void {
    if (!this.enabled || this.silent > 0) return;
    this.pending.push({ change, listeners: [...this.registrations] });
    this.timer ??= setTimeout(() => this.dispatch(), 0);
  }

  /** Resolves once every recorded change has been delivered and every handler has settled. */
  async whenIdle(): Promise<void> {
    while (this.timer !== null || this.running.size > 0) {
      if (this.running.size > 0) await Promise.allSettled([...this.running]);
      else await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  /** Delivers what is pending at once (the timer's work, done early). */
  deliverNow(): void {
    if (this.timer === null) return;
    clearTimeout(this.timer);
    this.dispatch();
  }

  private dispatch(): void {
    this.timer = null;
    const changes = this.pending;
    this.pending = [];
    for (const { change, listeners } of changes) {
      for (const reg of listeners) {
        if (!this.registrations.includes(reg)) continue;
        for (const args of argsFor(reg.scope, change, this.api)) this.invoke(reg.handler, args);
      }
    }
  }

  private invoke(handler: EventHandler, args: ChangedEventArgs | SelectionChangedEventArgs | RowSortedEventArgs): void {
    let p: Promise<unknown>;
    try {
      p = Promise.resolve(handler(args as ChangedEventArgs & SelectionChangedEventArgs));
    } catch (e) {
      this.handlerErrors.push(e);
      return;
    }
    const tracked = p.catch((e: unknown) => {
      this.handlerErrors.push(e);
    });
    this.running.add(tracked);
    void tracked.finally(() => this.running.delete(tracked));
  }
}

interface SelectionRecord {
  selection: true;
  sheet: Sheet;
  rect: Rect;
}

/** Rows sorted: reported to `onRowSorted` only — Excel raises no `onChanged` for a sort. */
export interface SortRecord {
  sorted: true;
  sheet: Sheet;
  rect: Rect;
}

/** `Excel.WorksheetRowSortedEventArgs`. */
export interface RowSortedEventArgs {
  type: "WorksheetRowSorted";
  address: string;
  source: "Local";
  worksheetId: string;
}

function argsFor(
  scope: EventScope,
  change: ChangeRecord | SelectionRecord | SortRecord,
  api: ApiGate | undefined,
): Array<ChangedEventArgs | SelectionChangedEventArgs | RowSortedEventArgs> {
  if ("sorted" in change) {
    return scope.kind === "rowSorted" && (!scope.sheet || scope.sheet === change.sheet)
      ? [{ type: "WorksheetRowSorted", address: formatRect(change.rect), source: "Local", worksheetId: change.sheet.id }]
      : [];
  }
  if (scope.kind === "rowSorted") return [];
  if ("selection" in change) {
    return scope.kind === "selection"
      ? [{ type: "WorksheetSelectionChanged", address: formatRect(change.rect), worksheetId: change.sheet.id }]
      : [];
  }
  switch (scope.kind) {
    case "selection":
      return [];
    case "worksheets":
      return [sheetArgs(change, api)];
    case "worksheet":
      return scope.sheet === change.sheet ? [sheetArgs(change, api)] : [];
    case "table":
      return change.tables
        .filter((t) => t.table === scope.table && !t.table.deleted)
        .map((t) => tableArgs(change, t.table, t.rect, api));
    case "tables":
      return change.tables
        .filter((t) => !t.table.deleted && (!scope.sheet || t.table.sheet === scope.sheet))
        .map((t) => tableArgs(change, t.table, t.rect, api));
  }
}

const has = (api: ApiGate | undefined, version: string) => !api || api.isSetSupported("ExcelApi", version);

function sheetArgs(change: ChangeRecord, api: ApiGate | undefined): ChangedEventArgs {
  const args = baseArgs("WorksheetChanged", change, change.rect, api);
  if (has(api, "1.14")) args.triggerSource = "Unknown";
  return args;
}

function tableArgs(change: ChangeRecord, table: TableModel, area: Rect, api: ApiGate | undefined): ChangedEventArgs {
  return { ...baseArgs("TableChanged", change, area, api), tableId: table.id };
}

function baseArgs(
  type: ChangedEventArgs["type"],
  change: ChangeRecord,
  area: Rect,
  api: ApiGate | undefined,
): ChangedEventArgs {
  const address = formatRect(area);
  const sheetId = change.sheet.id;
  const args: ChangedEventArgs = { type, changeType: change.changeType, address, source: "Local", worksheetId: sheetId };
  if (has(api, "1.8")) {
    args.getRange = (ctx) => ctx.workbook.worksheets.getItem(sheetId).getRange(address);
    args.getRangeOrNullObject = (ctx) => ctx.workbook.worksheets.getItemOrNullObject(sheetId).getRange(address);
  }
  if (change.details && has(api, "1.9")) args.details = change.details;
  return args;
}

/** The tables a change on `area` of `sheet` touches, with the touched part of each. */
export function touchedTables(
  tables: readonly TableModel[],
  sheet: Sheet,
  area: Rect,
): Array<{ table: TableModel; rect: Rect }> {
  const out: Array<{ table: TableModel; rect: Rect }> = [];
  for (const table of tables) {
    if (table.sheet !== sheet || table.deleted) continue;
    const i = intersect(table.rect, area);
    if (i) out.push({ table, rect: i });
  }
  return out;
}
