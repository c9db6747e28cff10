/**
 * `fake.workbook`: the document itself, for tests and the workbench — "the user" acting on it, plain
 * views of it, and the formula hook. Production code never sees this; it goes through `Excel.run`.
 */
import type { CellValue } from "./values";
import {
  CellSnapshot,
  ChartInfo,
  ConditionalFormatInfo,
  TableInfo,
  ValidationInfo,
  cells,
  chartInfo,
  chartsOf,
  conditionalFormatsOf,
  dump,
  selection,
  tableInfo,
  validationsOf,
  values,
} from "./inspect";
import { FakeUser } from "./user";
import { formatAddress } from "./address";
import { type PageLayoutInfo, pageLayoutInfo } from "./page-layout";
import type { FormulaEvaluator, WorkbookModel } from "./workbook-model";

export class FakeWorkbookState {
  readonly user: FakeUser;

  constructor(private readonly model: WorkbookModel) {
    this.user = new FakeUser(model);
  }

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  /** [row][column] from A1 to the bottom-right of the used range: value, formula and non-default formats. */
  cells(sheet: string): CellSnapshot[][] {
    return cells(this.model, sheet);
  }

  /** Values of `address` (default A1 to the bottom-right of the used range). */
  values(sheet: string, address?: string): CellValue[][] {
    return values(this.model, sheet, address);
  }

  tablesInfo(): TableInfo[] {
    return this.model.tables.map((t) => tableInfo(t, this.model));
  }

  /**
   * The workbook's names as a file stores them: a reference in A1 form with its sheet, or the
   * formula (without "=" either way); "#REF!" for a name that lost its cells.
   */
  namesInfo(): { name: string; formula: string; visible: boolean; comment: string }[] {
    return this.model.names.map((n) => ({
      name: n.name,
      formula: n.ref ? formatAddress(n.ref.sheet.name, n.ref.rect, true) : (n.formula ?? "#REF!").replace(/^=/, ""),
      visible: n.visible,
      comment: n.comment,
    }));
  }

  conditionalFormatsOf(sheet: string): ConditionalFormatInfo[] {
    return conditionalFormatsOf(this.model, sheet);
  }

  validationsOf(sheet: string): ValidationInfo[] {
    return validationsOf(this.model, sheet);
  }

  /** Charts with their series resolved to the current cell values. */
  chartsOf(sheet: string): ChartInfo[] {
    return chartsOf(this.model, sheet);
  }

  selection(): { sheet: string; address: string } | null {
    return selection(this.model);
  }

  /** A JSON-serialisable snapshot of everything, in a deterministic order. */
  dump(): unknown {
    return dump(this.model);
  }

  /**
   * How formulas get values: called for each formula cell (0-based row/column) when values are read
   * after a change; `undefined` means "#NAME?", which is also what every formula shows without one.
   */
  /**
   * What `chart.getImage()` answers: `render(chart)` gets the chart as `chartsOf` shows it and
   * returns base64 PNG (the workbench draws it with chart.js). Without one, a 1×1 placeholder PNG.
   */
  setChartRenderer(render: ((chart: ChartInfo, size: { width?: number; height?: number }) => string) | null): void {
    this.model.chartRenderer = render ? (c, size) => render(chartInfo(this.model, c), size) : null;
  }

  /** How a sheet prints (`worksheet.pageLayout`), with addresses. */
  pageLayoutOf(sheet: string): PageLayoutInfo {
    const s = this.model.findSheet(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    return pageLayoutInfo(s);
  }

  setFormulaEvaluator(evaluator: FormulaEvaluator | null): void {
    this.model.setEvaluator(evaluator);
  }

  recalculate(): void {
    this.model.calculate();
  }

  /**
   * The user starts typing in a cell (Excel's cell-edit mode): until `endCellEdit()`, every sync is
   * refused with InvalidOperationInCellEditMode, except in runs with `delayForCellEdit` (ExcelApi
   * 1.11), which wait.
   */
  startCellEdit(): void {
    if (this.model.cellEdit) return;
    let end = () => undefined as void;
    const until = new Promise<void>((resolve) => (end = resolve));
    this.model.cellEdit = { until, end };
  }

  endCellEdit(): void {
    const edit = this.model.cellEdit;
    this.model.cellEdit = null;
    edit?.end();
  }

  /** Runs `change` (a user's action) without raising any event, as Excel does for some fills over filtered rows. */
  silently<T>(change: () => T): T {
    return this.model.events.silently(change);
  }

  /** Makes `workbook.functions` refuse (reject its sync with `code`), or accept again with null. */
  refuseFunctions(code: string | null): void {
    this.model.functionsRefusal = code;
  }

  /** Resolves when every pending change event has been delivered and its handlers have settled. */
  whenIdle(): Promise<void> {
    return this.model.events.whenIdle();
  }

  /**
   * Delivers the change events recorded so far now, instead of on the timer: Excel promises no
   * order between a batch's events and the add-in's code resuming after its sync, so a test can
   * make them arrive first (the handlers start synchronously; `whenIdle` waits for the rest).
   */
  deliverEventsNow(): void {
    this.model.events.deliverNow();
  }

  /** Errors thrown by event handlers (Excel swallows them). */
  eventHandlerErrors(): unknown[] {
    return [...this.model.events.handlerErrors];
  }

  /** Handlers currently registered through `onChanged.add` (and not removed). */
  eventHandlerCount(): number {
    return this.model.events.handlerCount;
  }
}
