/**
 * The quadrant chart (象限图, SPEC section 5): a native XY scatter on a sheet the add-in owns,
 * redrawn by every refresh inside the refresh's own round trips:
 *
 *   sync 3 (verify)  `queueChartProbe` loads which sheet is the chart sheet (a hidden workbook name,
 *                    so a sheet the user renamed stays the add-in's and a user's own sheet called
 *                    象限图 is never taken) and the add-in's chart on it, with its size and place;
 *   sync 4 (write)   `QuadrantChartWriter` queues the rest into the write sync: the sheet (created
 *                    the first time), the blocks of data, the chart, the per-point labels. Only a
 *                    book too large for one request spreads this over more syncs (`chartPlan.ts`).
 *
 * The chart is deleted and added again at each refresh rather than re-pointed: a re-pointed series
 * keeps the per-point labels and markers of whatever point had that index before, and clearing
 * them would cost a command per old point. A fresh chart costs a fixed handful of commands, is
 * the same whatever happened before, and there is never more than one. The user's size and place
 * for it are kept; other charts on the sheet are left alone.
 */
import type { Lang } from "../core/i18n";
import { t } from "../core/i18n";
import { BORDERLINE_MARKER, POINT_MARKER, QUADRANT_COLORS, QUADRANT_MARKERS } from "./palette";
import { a1 } from "./address";
import { chartSheetPrint, queueSheetPrint } from "./sheetPrint";
import { type KnownBook, type OwnedSheetSite, queueOwnedSheet, queueOwnedSheetProbe, sheetOfFormula, uniqueSheetName } from "./ownedSheet";
import {
  BLOCK_FORMATS,
  CHART_LAYOUT,
  CHART_NAME,
  CHART_SHEET_KEY,
  CHART_SHEET_MARKER,
  type ChartUnit,
  type PointFormat,
  type QuadrantChartPlan,
  type UnitGroup,
  blockColumn,
  blocksColumns,
  blocksWidths,
  chartUnits,
  headerRows,
  packUnits,
  rowRuns,
  seriesAddresses,
} from "./chartPlan";

/** What sync 3 found: the owned chart sheet (`ownedSheet.ts`), the add-in's chart on it, and its place. */
export interface ChartSite extends OwnedSheetSite {
  /** Where the user left the chart. */
  geometry?: { top: number; left: number; width: number; height: number };
}

/** Queues the loads sync 3 carries for the chart; the answer is read after that sync. */
export function queueChartProbe(ctx: Excel.RequestContext, known?: KnownBook): () => ChartSite {
  const probe = queueOwnedSheetProbe(
    ctx,
    CHART_SHEET_KEY,
    (name) => name === CHART_NAME,
    known && { marker: CHART_SHEET_MARKER, known },
  );
  return () => {
    const site = probe();
    const g = site.charts[0];
    return { ...site, geometry: g ? { top: g.top, left: g.left, width: g.width, height: g.height } : undefined };
  };
}

export { sheetOfFormula };

/** A sheet name not yet taken: 象限图, else 象限图(CRM), 象限图(CRM) 2 … */
export function freeSheetName(lang: Lang, taken: readonly string[]): string {
  const plain = t(lang, "excel.chart.sheet");
  return uniqueSheetName(plain, taken, t(lang, "excel.computed.suffixed", { caption: plain }));
}

/**
 * Queues the chart work, unit by unit, into whichever syncs the refresh gives it. The proxies it
 * creates (the sheet, the chart, its series) are kept between syncs of the same `Excel.run`; a
 * refused sync is queued again from its first unit and recreates whatever that sync was to create.
 */
export class QuadrantChartWriter {
  readonly units: ChartUnit[];
  private readonly costs: number[];
  /** The sheet the name points at, unless it holds the add-in's data (then a new sheet is made). */
  private readonly owned?: string;
  private sheet?: Excel.Worksheet;
  /** Block index → its series (empty quadrants have none). */
  private series: Excel.ChartSeries[] = [];

  constructor(
    private readonly plan: QuadrantChartPlan,
    private readonly site: ChartSite,
    private readonly lang: Lang,
    /** Sheets holding the add-in's data tables: never taken for the chart sheet, whatever the name says. */
    private readonly dataSheets: readonly string[],
    private readonly maxCellsPerWrite: number,
  ) {
    ({ units: this.units, costs: this.costs } = chartUnits(plan));
    const at = site.sheet?.toLowerCase();
    if (at !== undefined && !dataSheets.some((s) => s.toLowerCase() === at)) this.owned = site.sheet;
  }

  /** Groups of units from `from` on: the first fits `room`, the rest `budget` each. */
  pack(from: number, room: number, budget: number): UnitGroup[] {
    return packUnits(this.costs, from, room, budget);
  }

  queue(ctx: Excel.RequestContext, from: number, to: number): void {
    const maxRows = Math.max(1, Math.floor(this.maxCellsPerWrite / CHART_LAYOUT.width));
    let i = from;
    while (i < to) {
      const u = this.units[i];
      if (u.kind === "row") {
        let j = i;
        while (j < to && this.units[j].kind === "row") j++;
        for (const run of rowRuns(this.units, i, j, maxRows)) this.queueRows(run.block, run.row0, run.row1);
        i = j;
        continue;
      }
      if (u.kind === "sheet") this.queueSheet(ctx);
      else if (u.kind === "chart") this.queueChart();
      else this.queuePoint(u.label);
      i++;
    }
  }

  private ws(): Excel.Worksheet {
    if (!this.sheet) throw new Error("the chart sheet is queued before its contents");
    return this.sheet;
  }

  /** The add-in's sheet (made, and recorded by the hidden name, the first time); the blocks cleared; the headers. */
  private queueSheet(ctx: Excel.RequestContext): void {
    const plain = t(this.lang, "excel.chart.sheet");
    this.sheet = queueOwnedSheet(ctx, this.site, {
      name: plain,
      alternative: t(this.lang, "excel.computed.suffixed", { caption: plain }),
      comment: t(this.lang, "excel.chart.nameComment"),
      dataSheets: this.dataSheets,
      // The blocks only: what the user put beside them, and the chart (redrawn below), stay.
      clear: blocksColumns(),
    }).sheet;
    const ws = this.sheet;
    const head = headerRows(this.plan);
    const range = ws.getRange(head.address);
    range.numberFormat = head.values.map((row) => row.map(() => "@"));
    range.values = head.values;
    range.format.font.bold = true;
    // Narrow columns, so a header such as 紧密度（次/月） wraps rather than being cut.
    range.format.wrapText = true;
    blocksWidths().forEach((pt, k) => (ws.getRange(a1(0, blockColumn(0) + k, 0, blockColumn(0) + k)).getEntireColumn().format.columnWidth = pt));
  }

  private queueRows(block: number, row0: number, row1: number): void {
    const rows = this.plan.blocks[block].rows.slice(row0, row1 + 1);
    const c = blockColumn(block);
    const r = CHART_LAYOUT.firstRow0;
    const range = this.ws().getRange(a1(r + row0, c, r + row1, c + CHART_LAYOUT.width - 1));
    // Text format first: a customer called "0012" or "=A1" stays that text.
    range.numberFormat = rows.map(() => [...BLOCK_FORMATS]);
    range.values = rows;
  }

  /**
   * The chart, drawn from nothing: one series per quadrant that has customers, in its colour, the
   * axes crossing at the thresholds, titles, legend at the bottom. With no customers at all there
   * is no chart (only the blocks' headers): Excel makes no series from blank cells, and an empty
   * chart says nothing.
   */
  private queueChart(): void {
    const ws = this.ws();
    if (this.owned) for (const old of this.site.charts) old.delete();
    const { plan } = this;
    const first = plan.blocks.findIndex((b) => b.plotted > 0);
    this.series = [];
    if (first < 0) return;
    // Made from the closeness and amount columns of the first quadrant that has customers: numbers
    // (from blank cells Excel would make no series, and `getItemAt(0)` would reject the whole
    // write), X then Y, so exactly one series — and never a single cell, which Excel's Insert
    // Chart widens to the filled block around it (one customer in that quadrant). Every other
    // quadrant with customers gets a series of its own; an empty quadrant gets none (a series over
    // blank cells is what Excel may refuse or draw as 0).
    const source = seriesAddresses(first, plan.blocks[first].plotted);
    const chart = ws.charts.add("XYScatter", ws.getRange(source.x).getBoundingRect(ws.getRange(source.y)), "Columns");
    chart.name = CHART_NAME;
    plan.blocks.forEach((b, k) => {
      if (b.plotted === 0) return;
      const s = k === first ? chart.series.getItemAt(0) : chart.series.add(b.title);
      const at = seriesAddresses(k, b.plotted);
      s.name = b.title;
      s.setXAxisValues(ws.getRange(at.x));
      s.setValues(ws.getRange(at.y));
      const color = QUADRANT_COLORS[b.quadrant].strong;
      s.markerStyle = QUADRANT_MARKERS[b.quadrant];
      s.markerSize = POINT_MARKER.size;
      s.markerBackgroundColor = color;
      s.markerForegroundColor = color;
      s.hasDataLabels = false;
      this.series[k] = s;
    });

    chart.title.text = plan.title;
    chart.legend.visible = true;
    chart.legend.position = "Bottom";

    // In a scatter chart both axes are value axes: `categoryAxis` is the horizontal X axis
    // (closeness) and `valueAxis` the vertical Y axis (amount). `setPositionAt(v)` on an axis says
    // where on THAT axis the OTHER axis crosses it (Excel's CrossesAt): valueAxis.setPositionAt(T_A)
    // draws the horizontal X axis line at amount = T_A, categoryAxis.setPositionAt(T_K) draws the
    // vertical Y axis line at closeness = T_K. Together the two axis lines are the quadrant cross.
    const x = chart.axes.categoryAxis;
    const y = chart.axes.valueAxis;
    // Amounts are log-normal (a few large customers, many small ones): on a log axis every
    // quadrant has room (docs/DECISIONS.md). The scale comes before the bounds and the crossing,
    // which must then be positive. The bounds are set, not left to Excel, so the label layout
    // knows where each point lands.
    y.scaleType = "Logarithmic";
    y.logBase = 10;
    [y.minimum, y.maximum] = plan.bounds.y;
    [x.minimum, x.maximum] = plan.bounds.x;
    y.setPositionAt(plan.crossing.amount);
    x.setPositionAt(plan.crossing.closeness);
    x.title.text = plan.axisX;
    y.title.text = plan.axisY;
    x.numberFormat = "0.00";
    y.numberFormat = "#,##0";
    // With the axes crossing mid-plot, tick labels next to the axis lines would sit among the
    // points: keep them along the bottom and left edges.
    x.tickLabelPosition = "Low";
    y.tickLabelPosition = "Low";

    const g = this.site.geometry;
    const at = g && this.owned ? g : CHART_LAYOUT.chart;
    chart.top = at.top;
    chart.left = at.left;
    chart.width = at.width;
    chart.height = at.height;
    const rows = CHART_LAYOUT.firstRow0 + Math.max(1, ...plan.blocks.map((b) => b.rows.length));
    queueSheetPrint(ws, this.lang, chartSheetPrint(at, { col0: blockColumn(0), widths: blocksWidths(), rows }));
  }

  private queuePoint(f: PointFormat): void {
    const p = this.series[f.block].points.getItemAt(f.index);
    if (f.label) {
      p.hasDataLabel = true;
      p.dataLabel.text = f.label.text;
      p.dataLabel.position = f.label.position;
    }
    if (f.borderline) {
      p.markerSize = BORDERLINE_MARKER.size;
      p.markerForegroundColor = BORDERLINE_MARKER.outline;
      p.markerBackgroundColor = QUADRANT_COLORS[this.plan.blocks[f.block].quadrant].strong;
    }
  }
}
