/**
 * Charts: `worksheet.charts` and everything below a chart (title, legend, axes, data labels, series,
 * points). Charts have many plain properties, so each class declares them as a table of
 * getter/setter pairs over the model (`props`), turned into Office.js-style accessors by `withProps`.
 */
import { rect } from "./address";
import {
  AxisModel,
  ChartModel,
  DataLabelsModel,
  FontModel,
  PointLabelModel,
  PointModel,
  SeriesModel,
  createChart,
  newSeries,
  sourceValues,
} from "./chart-model";
import { checkUnprotected } from "./protection";
import { checkChartType, hasAxes } from "./chart-types";
import { invalidArgument } from "./errors";
import type { Sheet } from "./grid";
import { FakeClientObject, FakeClientResult, FakeCollection, FakeRequestContext, Resolver } from "./proxy";
import { RangeArg, rangeArgRef } from "./range";
import { normalizeColor } from "./values";
import { FakeWorksheet } from "./worksheet";
import type { RangeRef } from "./workbook-model";

interface PropSpec<E> {
  get(e: E): unknown;
  set?(e: E, v: never): void;
}
type Props<E> = Record<string, PropSpec<E>>;

/** A proxy whose scalar properties come from a `Props` table. */
abstract class TableDrivenObject<E> extends FakeClientObject<E> {
  protected abstract props(): Props<E>;

  protected scalarNames(): readonly string[] {
    return Object.keys(this.props());
  }
  protected readScalar(e: E, name: string): unknown {
    return this.props()[name].get(e);
  }
  _get(name: string): unknown {
    return this.prop(name);
  }
  _put(name: string, value: unknown): void {
    const spec = this.props()[name];
    const set = spec.set;
    if (!set) throw invalidArgument(`'${name}' is read-only`);
    this.setProp(name, value, (e) => set(e, value as never));
  }
}

/** Defines `get x()`/`set x(v)` on the prototype for every property of the table. */
function withProps<E>(cls: { prototype: TableDrivenObject<E> }, props: Props<E>): void {
  for (const name of Object.keys(props)) {
    Object.defineProperty(cls.prototype, name, {
      get(this: TableDrivenObject<E>) {
        return this._get(name);
      },
      set(this: TableDrivenObject<E>, v: unknown) {
        this._put(name, v);
      },
      configurable: true,
    });
  }
}

const color = (v: string | null): string | null => (v === null || v === "" ? null : normalizeColor(v));
const PNG_PLACEHOLDER =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

// --- collection and chart ---

export class FakeChartCollection extends FakeCollection<Sheet, FakeChart> {
  protected scalarNames(): readonly string[] {
    return ["count"];
  }
  protected readScalar(sheet: Sheet): unknown {
    return live(sheet).length;
  }
  protected isStale(sheet: Sheet): boolean {
    return sheet.deleted;
  }
  protected guardWrite(sheet: Sheet): void {
    checkUnprotected(sheet, "adding a chart", "allowEditObjects");
  }
  get count(): number {
    return this.prop("count");
  }
  protected members(sheet: Sheet): FakeChart[] {
    return live(sheet).map((c) => new FakeChart(this.context, null, null, c));
  }

  /** `seriesBy`: "Auto" (default), "Columns" or "Rows". */
  add(type: string, sourceData: RangeArg, seriesBy: string = "Auto"): FakeChart {
    let created: ChartModel | null = null;
    this.call(
      (sheet) => {
        checkChartType(type);
        const source = rangeArgRef(sourceData, sheet, (n) => this.context.env.model.findSheet(n));
        created = createChart(this.context.env.model, sheet, type, source, seriesBy);
      },
      [type, seriesBy],
    );
    return new FakeChart(this.context, null, () => created);
  }
  getItem(name: string): FakeChart {
    return new FakeChart(this.context, this, (sheet: Sheet) => live(sheet).find((c) => c.name === name) ?? null);
  }
  getItemOrNullObject(name: string): FakeChart {
    return new FakeChart(
      this.context,
      this,
      (sheet: Sheet) => live(sheet).find((c) => c.name === name) ?? null,
      undefined,
      true,
    );
  }
  getItemAt(index: number): FakeChart {
    return new FakeChart(this.context, this, (sheet: Sheet) => {
      const c = live(sheet)[index];
      if (!c) throw invalidArgument(`chart index ${index}`);
      return c;
    });
  }
  getCount(): FakeClientResult<number> {
    return this.callForResult((sheet) => live(sheet).length);
  }
}

const live = (sheet: Sheet): ChartModel[] => sheet.charts.filter((c) => !c.deleted);

const CHART_PROPS: Props<ChartModel> = {
  name: { get: (c) => c.name, set: (c, v: string) => void (c.name = v) },
  id: { get: (c) => c.id },
  chartType: { get: (c) => c.chartType, set: (c, v: string) => void (c.chartType = checkChartType(v)) },
  top: { get: (c) => c.top, set: (c, v: number) => void (c.top = v) },
  left: { get: (c) => c.left, set: (c, v: number) => void (c.left = v) },
  width: { get: (c) => c.width, set: (c, v: number) => void (c.width = v) },
  height: { get: (c) => c.height, set: (c, v: number) => void (c.height = v) },
};

export class FakeChart extends TableDrivenObject<ChartModel> {
  protected guardWrite(chart: ChartModel): void {
    checkUnprotected(chart.sheet, "changing a chart", "allowEditObjects");
  }
  declare name: string;
  declare readonly id: string;
  declare chartType: string;
  declare top: number;
  declare left: number;
  declare width: number;
  declare height: number;
  private readonly children = new Map<string, FakeClientObject>();

  constructor(
    ctx: FakeRequestContext,
    parent: FakeClientObject | null,
    resolve: Resolver<ChartModel> | null,
    entity?: ChartModel,
    nullable = false,
  ) {
    super(ctx, parent, resolve, { entity, nullable });
  }
  protected props(): Props<ChartModel> {
    return CHART_PROPS;
  }
  protected isStale(c: ChartModel): boolean {
    return c.deleted;
  }
  protected navigation(name: string): FakeClientObject | undefined {
    const navs: Record<string, () => FakeClientObject> = {
      title: () => this.title,
      legend: () => this.legend,
      axes: () => this.axes,
      dataLabels: () => this.dataLabels,
      series: () => this.series,
      format: () => this.format,
      worksheet: () => this.worksheet,
    };
    return navs[name]?.();
  }
  private child<T extends FakeClientObject>(name: string, make: () => T): T {
    let c = this.children.get(name);
    if (!c) {
      c = make();
      this.children.set(name, c);
    }
    return c as T;
  }

  get title(): FakeChartTitle {
    return this.child("title", () => new FakeChartTitle(this.context, this, (c: ChartModel) => c));
  }
  get legend(): FakeChartLegend {
    return this.child("legend", () => new FakeChartLegend(this.context, this, (c: ChartModel) => c.legend));
  }
  get axes(): FakeChartAxes {
    return this.child("axes", () => new FakeChartAxes(this.context, this, (c: ChartModel) => c));
  }
  get dataLabels(): FakeChartDataLabels {
    return this.child("dataLabels", () => new FakeChartDataLabels(this.context, this, (c: ChartModel) => c.dataLabels));
  }
  get series(): FakeChartSeriesCollection {
    return this.child("series", () => new FakeChartSeriesCollection(this.context, this, (c: ChartModel) => c));
  }
  get format(): FakeChartAreaFormat {
    return this.child("format", () => new FakeChartAreaFormat(this.context, this, (c: ChartModel) => c));
  }
  get worksheet(): FakeWorksheet {
    return this.child("worksheet", () => new FakeWorksheet(this.context, this, (c: ChartModel) => c.sheet));
  }

  /** Places the chart over the cells from `startCell` to `endCell` (or at `startCell`, keeping its size). */
  setPosition(startCell: RangeArg, endCell?: RangeArg): void {
    this.call((c) => {
      const find = (n: string) => this.context.env.model.findSheet(n);
      const start = rangeArgRef(startCell, c.sheet, find).rect;
      c.top = c.sheet.rowTop(start.r0);
      c.left = c.sheet.columnLeft(start.c0);
      if (endCell !== undefined) {
        const end = rangeArgRef(endCell, c.sheet, find).rect;
        c.width = Math.max(1, c.sheet.columnLeft(end.c1 + 1) - c.left);
        c.height = Math.max(1, c.sheet.rowTop(end.r1 + 1) - c.top);
      }
    });
  }
  delete(): void {
    this.call((c) => {
      c.deleted = true;
      c.sheet.charts = c.sheet.charts.filter((x) => x !== c);
    });
  }
  activate(): void {
    this.call(() => undefined);
  }
  /**
   * Base64 PNG, without the `data:` prefix, as Excel gives it. The imitation has no renderer of its
   * own: it answers with whatever `workbook.setChartRenderer` installed (the workbench draws the
   * chart with chart.js from the same definition it shows), or else a fixed 1×1 PNG.
   */
  getImage(width?: number, height?: number, fittingMode?: string): FakeClientResult<string> {
    return this.callForResult(
      (c) => {
        for (const v of [width, height])
          if (v !== undefined && (typeof v !== "number" || !Number.isFinite(v) || v <= 0))
            throw invalidArgument("getImage size must be a positive number");
        const render = this.context.env.model.chartRenderer;
        return render ? render(c, { width, height }) : PNG_PLACEHOLDER;
      },
      [width, height, fittingMode],
    );
  }
}
withProps(FakeChart, CHART_PROPS);

// --- title, legend, fonts, fills ---

const TITLE_PROPS: Props<ChartModel> = {
  text: {
    get: (c) => c.title.text,
    set: (c, v: string) => {
      c.title.text = v;
      c.title.visible = true;
    },
  },
  visible: { get: (c) => c.title.visible, set: (c, v: boolean) => void (c.title.visible = v) },
};

export class FakeChartTitle extends TableDrivenObject<ChartModel> {
  declare text: string;
  declare visible: boolean;
  private _format?: FakeChartTitleFormat;
  protected props(): Props<ChartModel> {
    return TITLE_PROPS;
  }
  protected navigation(name: string): FakeClientObject | undefined {
    return name === "format" ? this.format : undefined;
  }
  get format(): FakeChartTitleFormat {
    return (this._format ??= new FakeChartTitleFormat(this.context, this, (c: ChartModel) => c));
  }
}
withProps(FakeChartTitle, TITLE_PROPS);

export class FakeChartTitleFormat extends TableDrivenObject<ChartModel> {
  private _font?: FakeChartFont;
  protected props(): Props<ChartModel> {
    return {};
  }
  protected navigation(name: string): FakeClientObject | undefined {
    return name === "font" ? this.font : undefined;
  }
  get font(): FakeChartFont {
    return (this._font ??= new FakeChartFont(this.context, this, (c: ChartModel) => c.title.font));
  }
}

const FONT_PROPS: Props<FontModel> = {
  bold: { get: (f) => f.bold, set: (f, v: boolean) => void (f.bold = v) },
  italic: { get: (f) => f.italic, set: (f, v: boolean) => void (f.italic = v) },
  color: { get: (f) => f.color, set: (f, v: string) => void (f.color = normalizeColor(v)) },
  size: { get: (f) => f.size, set: (f, v: number) => void (f.size = v) },
  name: { get: (f) => f.name, set: (f, v: string) => void (f.name = v) },
};

export class FakeChartFont extends TableDrivenObject<FontModel> {
  declare bold: boolean;
  declare italic: boolean;
  declare color: string;
  declare size: number;
  declare name: string;
  protected props(): Props<FontModel> {
    return FONT_PROPS;
  }
}
withProps(FakeChartFont, FONT_PROPS);

const LEGEND_PROPS: Props<ChartModel["legend"]> = {
  visible: { get: (l) => l.visible, set: (l, v: boolean) => void (l.visible = v) },
  position: { get: (l) => l.position, set: (l, v: string) => void (l.position = v) },
};

export class FakeChartLegend extends TableDrivenObject<ChartModel["legend"]> {
  declare visible: boolean;
  declare position: string;
  protected props(): Props<ChartModel["legend"]> {
    return LEGEND_PROPS;
  }
}
withProps(FakeChartLegend, LEGEND_PROPS);

/** A solid fill somewhere in a chart: `setSolidColor(c)` / `clear()`; `getSolidColor()` answers after sync. */
export class FakeChartFill<E> extends FakeClientObject<E> {
  constructor(
    ctx: FakeRequestContext,
    parent: FakeClientObject,
    resolve: Resolver<E>,
    private readonly slot: { get(e: E): string | null; set(e: E, v: string | null): void },
  ) {
    super(ctx, parent, resolve);
  }
  protected scalarNames(): readonly string[] {
    return [];
  }
  protected readScalar(): unknown {
    return undefined;
  }
  setSolidColor(c: string): void {
    this.call((e) => this.slot.set(e, color(c)), [c]);
  }
  clear(): void {
    this.call((e) => this.slot.set(e, null));
  }
  getSolidColor(): FakeClientResult<string> {
    return this.callForResult((e) => this.slot.get(e) ?? "");
  }
}

export class FakeChartAreaFormat extends TableDrivenObject<ChartModel> {
  private _fill?: FakeChartFill<ChartModel>;
  protected props(): Props<ChartModel> {
    return {};
  }
  get fill(): FakeChartFill<ChartModel> {
    return (this._fill ??= new FakeChartFill(this.context, this, (c: ChartModel) => c, {
      get: (c) => c.fillColor,
      set: (c, v) => void (c.fillColor = v),
    }));
  }
}

// --- axes ---

export class FakeChartAxes extends TableDrivenObject<ChartModel> {
  private readonly byType = new Map<string, FakeChartAxis>();
  protected props(): Props<ChartModel> {
    return {};
  }
  protected navigation(name: string): FakeClientObject | undefined {
    if (name === "valueAxis") return this.valueAxis;
    if (name === "categoryAxis") return this.categoryAxis;
    return undefined;
  }
  get valueAxis(): FakeChartAxis {
    return this.getItem("Value");
  }
  get categoryAxis(): FakeChartAxis {
    return this.getItem("Category");
  }
  /** "Value" or "Category" (primary group only; the fake has no series axis). */
  getItem(type: string, group: string = "Primary"): FakeChartAxis {
    const key = `${type}/${group}`;
    let axis = this.byType.get(key);
    if (!axis) {
      axis = new FakeChartAxis(
        this.context,
        this,
        (c: ChartModel) => {
          if (!hasAxes(c.chartType)) throw invalidArgument(`a ${c.chartType} chart has no axes`);
          if (group !== "Primary" || (type !== "Value" && type !== "Category"))
            throw invalidArgument(`the fake has only the primary value and category axes, not ${type}/${group}`);
          return type === "Value" ? c.axes.value : c.axes.category;
        },
        type,
      );
      this.byType.set(key, axis);
    }
    return axis;
  }
}

/** A logarithmic axis has no place for zero or a negative number: Excel refuses such a bound or crossing. */
function positiveOnLog(a: AxisModel, v: number | null, what: string): void {
  if (a.scaleType === "Logarithmic" && v !== null && !(v > 0))
    throw invalidArgument(`${what} must be positive on a logarithmic axis`);
}

const AXIS_PROPS: Props<AxisModel> = {
  minimum: {
    get: (a) => a.minimum,
    set: (a, v: number | null) => {
      positiveOnLog(a, v, "minimum");
      a.minimum = v;
    },
  },
  maximum: {
    get: (a) => a.maximum,
    set: (a, v: number | null) => {
      positiveOnLog(a, v, "maximum");
      a.maximum = v;
    },
  },
  scaleType: {
    get: (a) => a.scaleType,
    set: (a, v: string) => {
      if (v !== "Linear" && v !== "Logarithmic") throw invalidArgument(`scaleType ${v}`);
      if (v === "Logarithmic") for (const [name, x] of [["minimum", a.minimum], ["maximum", a.maximum], ["positionAt", a.positionAt]] as const) positiveOnLog({ ...a, scaleType: v }, x, name);
      a.scaleType = v;
    },
  },
  logBase: {
    get: (a) => a.logBase,
    set: (a, v: number) => {
      // Excel's axis options accept a base from 2 to 1000.
      if (!(typeof v === "number" && v >= 2 && v <= 1000)) throw invalidArgument("logBase must be 2 to 1000");
      a.logBase = v;
    },
  },
  majorUnit: { get: (a) => a.majorUnit, set: (a, v: number | null) => void (a.majorUnit = v) },
  visible: { get: (a) => a.visible, set: (a, v: boolean) => void (a.visible = v) },
  numberFormat: { get: (a) => a.numberFormat, set: (a, v: string) => void (a.numberFormat = v) },
  position: { get: (a) => a.position, set: (a, v: string) => void (a.position = v) },
  positionAt: { get: (a) => a.positionAt },
  reversePlotOrder: { get: (a) => a.reversePlotOrder, set: (a, v: boolean) => void (a.reversePlotOrder = v) },
};

export class FakeChartAxis extends TableDrivenObject<AxisModel> {
  declare scaleType: string;
  declare logBase: number;
  declare minimum: number | null;
  declare maximum: number | null;
  declare majorUnit: number | null;
  declare visible: boolean;
  declare numberFormat: string;
  declare position: string;
  declare readonly positionAt: number | null;
  declare reversePlotOrder: boolean;
  private _title?: FakeChartAxisTitle;
  private _major?: FakeChartGridlines;
  private _minor?: FakeChartGridlines;

  constructor(
    ctx: FakeRequestContext,
    parent: FakeClientObject,
    resolve: Resolver<AxisModel>,
    private readonly axisType: string,
  ) {
    super(ctx, parent, resolve);
  }
  protected props(): Props<AxisModel> {
    return AXIS_PROPS;
  }
  protected scalarNames(): readonly string[] {
    return [...Object.keys(AXIS_PROPS), "type"];
  }
  protected readScalar(a: AxisModel, name: string): unknown {
    return name === "type" ? this.axisType : super.readScalar(a, name);
  }
  get type(): string {
    return this._get("type") as string;
  }
  protected navigation(name: string): FakeClientObject | undefined {
    if (name === "title") return this.title;
    if (name === "majorGridlines") return this.majorGridlines;
    if (name === "minorGridlines") return this.minorGridlines;
    return undefined;
  }
  get title(): FakeChartAxisTitle {
    return (this._title ??= new FakeChartAxisTitle(this.context, this, (a: AxisModel) => a.title));
  }
  get majorGridlines(): FakeChartGridlines {
    return (this._major ??= new FakeChartGridlines(this.context, this, (a: AxisModel) => a, "majorGridlines"));
  }
  get minorGridlines(): FakeChartGridlines {
    return (this._minor ??= new FakeChartGridlines(this.context, this, (a: AxisModel) => a, "minorGridlines"));
  }
  /** Where the other axis crosses this one (for a scatter chart: the quadrant cross). */
  setPositionAt(value: number): void {
    this.call(
      (a) => {
        if (typeof value !== "number" || !Number.isFinite(value)) throw invalidArgument("setPositionAt needs a number");
        positiveOnLog(a, value, "the crossing point");
        a.position = "Custom";
        a.positionAt = value;
      },
      [value],
    );
  }
}
withProps(FakeChartAxis, AXIS_PROPS);

const AXIS_TITLE_PROPS: Props<AxisModel["title"]> = {
  text: {
    get: (t) => t.text,
    set: (t, v: string) => {
      t.text = v;
      t.visible = true;
    },
  },
  visible: { get: (t) => t.visible, set: (t, v: boolean) => void (t.visible = v) },
};

export class FakeChartAxisTitle extends TableDrivenObject<AxisModel["title"]> {
  declare text: string;
  declare visible: boolean;
  protected props(): Props<AxisModel["title"]> {
    return AXIS_TITLE_PROPS;
  }
}
withProps(FakeChartAxisTitle, AXIS_TITLE_PROPS);

export class FakeChartGridlines extends TableDrivenObject<AxisModel> {
  declare visible: boolean;
  constructor(
    ctx: FakeRequestContext,
    parent: FakeClientObject,
    resolve: Resolver<AxisModel>,
    private readonly which: "majorGridlines" | "minorGridlines",
  ) {
    super(ctx, parent, resolve);
  }
  protected props(): Props<AxisModel> {
    return { visible: { get: (a) => a[this.which], set: (a, v: boolean) => void (a[this.which] = v) } };
  }
}
Object.defineProperty(FakeChartGridlines.prototype, "visible", {
  get(this: FakeChartGridlines) {
    return this._get("visible");
  },
  set(this: FakeChartGridlines, v: unknown) {
    this._put("visible", v);
  },
});

// --- data labels ---

const LABELS_PROPS: Props<DataLabelsModel> = {
  showValue: { get: (d) => d.showValue, set: (d, v: boolean) => void (d.showValue = v) },
  showPercentage: { get: (d) => d.showPercentage, set: (d, v: boolean) => void (d.showPercentage = v) },
  showSeriesName: { get: (d) => d.showSeriesName, set: (d, v: boolean) => void (d.showSeriesName = v) },
  showCategoryName: { get: (d) => d.showCategoryName, set: (d, v: boolean) => void (d.showCategoryName = v) },
  showLegendKey: { get: (d) => d.showLegendKey, set: (d, v: boolean) => void (d.showLegendKey = v) },
  position: { get: (d) => d.position, set: (d, v: string) => void (d.position = v) },
  separator: { get: (d) => d.separator, set: (d, v: string) => void (d.separator = v) },
  numberFormat: { get: (d) => d.numberFormat, set: (d, v: string) => void (d.numberFormat = v) },
};

export class FakeChartDataLabels extends TableDrivenObject<DataLabelsModel> {
  declare showValue: boolean;
  declare showPercentage: boolean;
  declare showSeriesName: boolean;
  declare showCategoryName: boolean;
  declare showLegendKey: boolean;
  declare position: string;
  declare separator: string;
  declare numberFormat: string;
  protected props(): Props<DataLabelsModel> {
    return LABELS_PROPS;
  }
}
withProps(FakeChartDataLabels, LABELS_PROPS);

// --- series ---

interface SeriesRef {
  chart: ChartModel;
  series: SeriesModel;
}

export class FakeChartSeriesCollection extends FakeCollection<ChartModel, FakeChartSeries> {
  protected scalarNames(): readonly string[] {
    return ["count"];
  }
  protected readScalar(c: ChartModel): unknown {
    return liveSeries(c).length;
  }
  get count(): number {
    return this.prop("count");
  }
  protected members(c: ChartModel): FakeChartSeries[] {
    return liveSeries(c).map((series) => new FakeChartSeries(this.context, null, null, { chart: c, series }));
  }
  add(name?: string, index?: number): FakeChartSeries {
    let created: SeriesRef | null = null;
    this.call(
      (c) => {
        const s = newSeries(name ?? `Series${liveSeries(c).length + 1}`);
        const live = liveSeries(c);
        if (index === undefined || index >= live.length) c.series.push(s);
        else c.series.splice(c.series.indexOf(live[Math.max(0, index)]), 0, s);
        created = { chart: c, series: s };
      },
      [name, index],
    );
    return new FakeChartSeries(this.context, null, () => created);
  }
  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(this.context, this, (c: ChartModel) => {
      const s = liveSeries(c)[index];
      if (!s) throw invalidArgument(`series index ${index}`);
      return { chart: c, series: s };
    });
  }
  getCount(): FakeClientResult<number> {
    return this.callForResult((c) => liveSeries(c).length);
  }
}

const liveSeries = (c: ChartModel): SeriesModel[] => c.series.filter((s) => !s.deleted);

const SERIES_PROPS: Props<SeriesRef> = {
  name: { get: (r) => r.series.name, set: (r, v: string) => void (r.series.name = v) },
  chartType: {
    get: (r) => r.series.chartType ?? r.chart.chartType,
    set: (r, v: string) => void (r.series.chartType = v),
  },
  markerStyle: { get: (r) => r.series.markerStyle, set: (r, v: string) => void (r.series.markerStyle = v) },
  markerSize: { get: (r) => r.series.markerSize, set: (r, v: number) => void (r.series.markerSize = v) },
  markerBackgroundColor: {
    get: (r) => r.series.markerBackgroundColor,
    set: (r, v: string) => void (r.series.markerBackgroundColor = color(v)),
  },
  markerForegroundColor: {
    get: (r) => r.series.markerForegroundColor,
    set: (r, v: string) => void (r.series.markerForegroundColor = color(v)),
  },
  hasDataLabels: { get: (r) => r.series.hasDataLabels, set: (r, v: boolean) => void (r.series.hasDataLabels = v) },
};

export class FakeChartSeries extends TableDrivenObject<SeriesRef> {
  declare name: string;
  declare chartType: string;
  declare markerStyle: string;
  declare markerSize: number;
  declare markerBackgroundColor: string | null;
  declare markerForegroundColor: string | null;
  declare hasDataLabels: boolean;
  private _dataLabels?: FakeChartDataLabels;
  private _points?: FakeChartPointsCollection;
  private _format?: FakeChartSeriesFormat;

  constructor(
    ctx: FakeRequestContext,
    parent: FakeClientObject | null,
    resolve: Resolver<SeriesRef> | null,
    entity?: SeriesRef,
  ) {
    super(ctx, parent, resolve, { entity });
  }
  protected props(): Props<SeriesRef> {
    return SERIES_PROPS;
  }
  protected isStale(r: SeriesRef): boolean {
    return r.series.deleted || r.chart.deleted;
  }
  protected navigation(name: string): FakeClientObject | undefined {
    if (name === "dataLabels") return this.dataLabels;
    if (name === "points") return this.points;
    if (name === "format") return this.format;
    return undefined;
  }
  get dataLabels(): FakeChartDataLabels {
    return (this._dataLabels ??= new FakeChartDataLabels(this.context, this, (r: SeriesRef) => r.series.dataLabels));
  }
  get points(): FakeChartPointsCollection {
    return (this._points ??= new FakeChartPointsCollection(this.context, this, (r: SeriesRef) => r));
  }
  get format(): FakeChartSeriesFormat {
    return (this._format ??= new FakeChartSeriesFormat(this.context, this, (r: SeriesRef) => r.series));
  }

  /** The series keeps the reference: it shows whatever those cells hold later, and follows them when rows move. */
  setValues(sourceData: RangeArg): void {
    this.call((r) => {
      r.series.values = { kind: "range", ref: this.source(r, sourceData) };
    });
  }
  setXAxisValues(sourceData: RangeArg): void {
    this.call((r) => {
      r.series.xValues = { kind: "range", ref: this.source(r, sourceData) };
    });
  }
  /** "Values", "XValues"/"Categories": the current values, as strings, as Office.js returns them. */
  getDimensionValues(dimension: string): FakeClientResult<string[]> {
    return this.callForResult(
      (r) => {
        const src =
          dimension === "Values" || dimension === "YValues"
            ? r.series.values
            : dimension === "XValues" || dimension === "Categories"
              ? r.series.xValues
              : null;
        if (!src) throw invalidArgument(`dimension '${dimension}'`);
        return sourceValues(this.context.env.model, src).map(String);
      },
      [dimension],
    );
  }
  delete(): void {
    this.call((r) => {
      r.series.deleted = true;
      r.chart.series = r.chart.series.filter((s) => s !== r.series);
    });
  }

  private source(r: SeriesRef, arg: RangeArg): RangeRef {
    const ref = rangeArgRef(arg, r.chart.sheet, (n) => this.context.env.model.findSheet(n));
    if (ref.rect.r0 !== ref.rect.r1 && ref.rect.c0 !== ref.rect.c1)
      throw invalidArgument("series values must be one row or one column");
    return { sheet: ref.sheet, rect: rect(ref.rect.r0, ref.rect.c0, ref.rect.r1, ref.rect.c1) };
  }
}
withProps(FakeChartSeries, SERIES_PROPS);

export class FakeChartSeriesFormat extends TableDrivenObject<SeriesModel> {
  private _fill?: FakeChartFill<SeriesModel>;
  private _line?: FakeChartLineFormat;
  protected props(): Props<SeriesModel> {
    return {};
  }
  protected navigation(name: string): FakeClientObject | undefined {
    return name === "line" ? this.line : undefined;
  }
  get fill(): FakeChartFill<SeriesModel> {
    return (this._fill ??= new FakeChartFill(this.context, this, (s: SeriesModel) => s, {
      get: (s) => s.fillColor,
      set: (s, v) => void (s.fillColor = v),
    }));
  }
  get line(): FakeChartLineFormat {
    return (this._line ??= new FakeChartLineFormat(this.context, this, (s: SeriesModel) => s));
  }
}

const LINE_PROPS: Props<SeriesModel> = {
  color: { get: (s) => s.lineColor, set: (s, v: string) => void (s.lineColor = color(v)) },
};

export class FakeChartLineFormat extends TableDrivenObject<SeriesModel> {
  declare color: string | null;
  protected props(): Props<SeriesModel> {
    return LINE_PROPS;
  }
  clear(): void {
    this.call((s) => {
      s.lineColor = null;
    });
  }
}
withProps(FakeChartLineFormat, LINE_PROPS);

// --- points ---

interface PointRef {
  series: SeriesModel;
  index: number;
}

const pointCount = (model: FakeRequestContext["env"]["model"], s: SeriesModel): number =>
  sourceValues(model, s.values).length;

export class FakeChartPointsCollection extends FakeCollection<SeriesRef, FakeChartPoint> {
  protected scalarNames(): readonly string[] {
    return ["count"];
  }
  protected readScalar(r: SeriesRef): unknown {
    return pointCount(this.context.env.model, r.series);
  }
  get count(): number {
    return this.prop("count");
  }
  protected members(r: SeriesRef): FakeChartPoint[] {
    return Array.from(
      { length: pointCount(this.context.env.model, r.series) },
      (_, index) => new FakeChartPoint(this.context, null, null, { series: r.series, index }),
    );
  }
  getItemAt(index: number): FakeChartPoint {
    return new FakeChartPoint(this.context, this, (r: SeriesRef) => {
      if (!Number.isInteger(index) || index < 0 || index >= pointCount(this.context.env.model, r.series))
        throw invalidArgument(`point index ${index}`);
      return { series: r.series, index };
    });
  }
  getCount(): FakeClientResult<number> {
    return this.callForResult((r) => pointCount(this.context.env.model, r.series));
  }
}

function point(r: PointRef): PointModel {
  let p = r.series.points.get(r.index);
  if (!p) {
    p = {};
    r.series.points.set(r.index, p);
  }
  return p;
}

const POINT_PROPS: Props<PointRef> = {
  hasDataLabel: {
    get: (r) => r.series.points.get(r.index)?.hasDataLabel ?? r.series.hasDataLabels,
    set: (r, v: boolean) => void (point(r).hasDataLabel = v),
  },
  markerStyle: {
    get: (r) => r.series.points.get(r.index)?.markerStyle ?? r.series.markerStyle,
    set: (r, v: string) => void (point(r).markerStyle = v),
  },
  markerSize: {
    get: (r) => r.series.points.get(r.index)?.markerSize ?? r.series.markerSize,
    set: (r, v: number) => void (point(r).markerSize = v),
  },
  markerBackgroundColor: {
    get: (r) => r.series.points.get(r.index)?.markerBackgroundColor ?? r.series.markerBackgroundColor,
    set: (r, v: string) => void (point(r).markerBackgroundColor = color(v) ?? undefined),
  },
  markerForegroundColor: {
    get: (r) => r.series.points.get(r.index)?.markerForegroundColor ?? r.series.markerForegroundColor,
    set: (r, v: string) => void (point(r).markerForegroundColor = color(v) ?? undefined),
  },
};

export class FakeChartPoint extends TableDrivenObject<PointRef> {
  declare hasDataLabel: boolean;
  declare markerStyle: string;
  declare markerSize: number;
  declare markerBackgroundColor: string | null;
  declare markerForegroundColor: string | null;
  private _label?: FakeChartDataLabel;
  private _format?: FakeChartPointFormat;

  constructor(
    ctx: FakeRequestContext,
    parent: FakeClientObject | null,
    resolve: Resolver<PointRef> | null,
    entity?: PointRef,
  ) {
    super(ctx, parent, resolve, { entity });
  }
  protected props(): Props<PointRef> {
    return POINT_PROPS;
  }
  protected scalarNames(): readonly string[] {
    return [...Object.keys(POINT_PROPS), "value"];
  }
  protected readScalar(r: PointRef, name: string): unknown {
    return name === "value"
      ? sourceValues(this.context.env.model, r.series.values)[r.index]
      : super.readScalar(r, name);
  }
  get value(): unknown {
    return this._get("value");
  }
  protected navigation(name: string): FakeClientObject | undefined {
    if (name === "dataLabel") return this.dataLabel;
    if (name === "format") return this.format;
    return undefined;
  }
  get dataLabel(): FakeChartDataLabel {
    return (this._label ??= new FakeChartDataLabel(this.context, this, (r: PointRef) => r));
  }
  get format(): FakeChartPointFormat {
    return (this._format ??= new FakeChartPointFormat(this.context, this, (r: PointRef) => r));
  }
}
withProps(FakeChartPoint, POINT_PROPS);

function label(r: PointRef): PointLabelModel {
  const p = point(r);
  p.dataLabel ??= {};
  return p.dataLabel;
}

const LABEL_PROPS: Props<PointRef> = {
  text: {
    get: (r) => r.series.points.get(r.index)?.dataLabel?.text ?? "",
    set: (r, v: string) => {
      label(r).text = v;
      point(r).hasDataLabel = true;
    },
  },
  showValue: {
    get: (r) => r.series.points.get(r.index)?.dataLabel?.showValue ?? r.series.dataLabels.showValue,
    set: (r, v: boolean) => void (label(r).showValue = v),
  },
  showSeriesName: {
    get: (r) => r.series.points.get(r.index)?.dataLabel?.showSeriesName ?? r.series.dataLabels.showSeriesName,
    set: (r, v: boolean) => void (label(r).showSeriesName = v),
  },
  showCategoryName: {
    get: (r) => r.series.points.get(r.index)?.dataLabel?.showCategoryName ?? r.series.dataLabels.showCategoryName,
    set: (r, v: boolean) => void (label(r).showCategoryName = v),
  },
  position: {
    get: (r) => r.series.points.get(r.index)?.dataLabel?.position ?? r.series.dataLabels.position,
    set: (r, v: string) => void (label(r).position = v),
  },
};

export class FakeChartDataLabel extends TableDrivenObject<PointRef> {
  declare text: string;
  declare showValue: boolean;
  declare showSeriesName: boolean;
  declare showCategoryName: boolean;
  declare position: string;
  protected props(): Props<PointRef> {
    return LABEL_PROPS;
  }
}
withProps(FakeChartDataLabel, LABEL_PROPS);

export class FakeChartPointFormat extends TableDrivenObject<PointRef> {
  private _fill?: FakeChartFill<PointRef>;
  protected props(): Props<PointRef> {
    return {};
  }
  get fill(): FakeChartFill<PointRef> {
    return (this._fill ??= new FakeChartFill(this.context, this, (r: PointRef) => r, {
      get: (r) => r.series.points.get(r.index)?.fillColor ?? null,
      set: (r, v) => void (point(r).fillColor = v ?? undefined),
    }));
  }
}
