/**
 * The Office.js implementation of `WorkbookHost`. Each operation is one `Excel.run` (the only
 * place the add-in calls it), so its round trips are counted per operation and nothing leaks
 * between operations except what `HostState` deliberately remembers.
 */
import { excelRun } from "./run";
import { restoreEvents } from "./quiet";
import { noticeChanges } from "./consistency";
import type { Lang } from "../core/i18n";
import type { RawBook, TableKey } from "../core/table";
import type { CoverageSheetResult, AccountsSheetResult, LongWork, Place, RefreshResult, SelectedRow, SetupResult, WorkbookHost, WriteRequest, WriteResult } from "./host";
import { writeRows } from "./append";
import { type BuildReviewResult, buildReviewSheet, reviewChartImages } from "./reviewSheet";
import { subscribeSelection } from "./selection";
import { type HostOptions, type HostState, initialState } from "./state";
import { setupBook } from "./setup";
import { customerSheetFromLedger } from "./ledgerSheet";
import { refreshBook } from "./refresh";
import { readSnapshot } from "./readBook";
import { subscribeDataChanges, subscribeTables } from "./events";
import { readRows } from "./readRows";
import type { RowsRead, RowsRequest, TableEdit } from "../core/edits";
import { a1 } from "./address";
import { filterQuadrant } from "./filter";
import type { Quadrant } from "../core/strategy";
import { writeCoverageSheet } from "./coverageSheet";
import { writeAccountsSheet } from "./accountsSheet";
import { type MapChange, saveColumnMap } from "./columnMapTable";
import { type TableView, columnMapView } from "../core/columns/view";
import { linkBook } from "../core/book";

export interface ExcelHost extends WorkbookHost {
  /** What the host has learnt (payload sizes that fit, where its columns are). */
  readonly state: HostState;
}

export function createExcelHost(options: HostOptions = {}): ExcelHost {
  const state = initialState(options);
  return {
    state,

    setup(lang: Lang, work: LongWork = {}): Promise<SetupResult> {
      return excelRun(async (ctx) => {
        try {
          return await setupBook(ctx, lang, state, work);
        } finally {
          await restoreEvents(ctx, state);
        }
      });
    },

    customerSheetFromLedger(lang: Lang) {
      return excelRun(async (ctx) => {
        try {
          return await customerSheetFromLedger(ctx, lang, state, (c) => setupBook(c, lang, state));
        } finally {
          await restoreEvents(ctx, state);
        }
      });
    },

    refresh(lang: Lang, opts: { asOf?: number } & LongWork = {}): Promise<RefreshResult> {
      return excelRun(async (ctx) => {
        try {
          return await refreshBook(ctx, lang, opts, state, (c) => setupBook(c, lang, state));
        } finally {
          await restoreEvents(ctx, state);
        }
      });
    },

    select(place: Place): Promise<void> {
      return excelRun(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(place.sheet);
        ws.activate();
        // Without a column (a row-level problem), the whole row is the place to look.
        ws.getRange(
          place.columnIndex === undefined ? `${place.row}:${place.row}` : a1(place.row - 1, place.columnIndex),
        ).select();
        await ctx.sync();
      });
    },

    filterQuadrant(quadrant: Quadrant | undefined): Promise<void> {
      return excelRun((ctx) => filterQuadrant(ctx, state, quadrant));
    },

    columnMap(lang: Lang): Promise<TableView[]> {
      return excelRun(async (ctx) => {
        const snap = await readSnapshot(ctx, state);
        return columnMapView(snap.book, linkBook(snap.book, lang), lang);
      });
    },

    saveColumnMap(lang: Lang, changes: MapChange[]): Promise<number> {
      return excelRun((ctx) => saveColumnMap(ctx, lang, changes, (c) => setupBook(c, lang, state)));
    },

    readBook(): Promise<RawBook> {
      return excelRun(async (ctx) => {
        const snap = await readSnapshot(ctx, state);
        noticeChanges(state, snap);
        return snap.book;
      });
    },

    onTablesChanged(handler: (tables: TableKey[], edits: TableEdit[]) => void): Promise<() => Promise<void>> {
      return subscribeTables(state, handler);
    },

    onDataChanged(handler: (tables: TableKey[]) => void): Promise<() => Promise<void>> {
      return subscribeDataChanges(state, handler);
    },

    readRows(requests: readonly RowsRequest[]): Promise<RowsRead[]> {
      return excelRun((ctx) => readRows(ctx, requests));
    },

    buildReview(lang: Lang, id: string, date?: number): Promise<BuildReviewResult> {
      return excelRun((ctx) => buildReviewSheet(ctx, state, lang, id, date));
    },

    reviewImages(key: string): Promise<{ name: string; png: string }[]> {
      return excelRun((ctx) => reviewChartImages(ctx, key));
    },

    writeRows(req: WriteRequest): Promise<WriteResult> {
      return excelRun((ctx) => writeRows(ctx, req, state));
    },

    onSelectionChanged(handler: (at: SelectedRow) => void): Promise<() => Promise<void>> {
      return subscribeSelection(handler);
    },

    coverageSheet(lang: Lang, customerId: string, opts: { asOf?: number } = {}): Promise<CoverageSheetResult> {
      return excelRun((ctx) => writeCoverageSheet(ctx, lang, customerId, opts, state));
    },

    accountsSheet(lang: Lang, opts: { asOf?: number } = {}): Promise<AccountsSheetResult> {
      return excelRun((ctx) => writeAccountsSheet(ctx, lang, opts, state));
    },
  };
}

/** The host the task pane and the custom functions share (one runtime, one state). */
export const excelHost: ExcelHost = createExcelHost();
