/**
 * The small interface the task pane and the custom functions use to reach a workbook. The
 * Office.js implementation lives in this folder; a WPS adapter could implement it later.
 * Nothing outside src/excel calls Excel.run.
 */
import type { Analysis } from "../core/analyze";
import type { Dashboard } from "../core/dashboard";
import type { Quadrant } from "../core/strategy";
import type { Problem } from "../core/quality";
import type { Lang } from "../core/i18n";
import type { LongWork } from "../core/progress";
import type { HouseholdJson } from "../core/coverage/json";
import type { AccountsJson } from "../core/accounts/json";
import type { RawBook, TableKey } from "../core/table";
import type { RowsRead, RowsRequest, TableEdit } from "../core/edits";
import type { WriteRequest, WriteResult } from "./append";
import type { BuildReviewResult } from "./reviewSheet";
import type { SelectedRow } from "./selection";
import type { TableView } from "../core/columns/view";
import type { MapChange } from "./columnMapTable";
import type { LedgerSheetResult } from "./ledgerSheet";
import type { BesideUser } from "../core/besideUser";

export type { CellFill, WriteRequest, WriteResult } from "./append";
export type { BuildReviewResult } from "./reviewSheet";
export type { SelectedRow } from "./selection";
export type { MapChange } from "./columnMapTable";
export type { LedgerSheetResult } from "./ledgerSheet";
export type { TableView, FieldView } from "../core/columns/view";

/**
 * A long operation is given where to report its progress and what may stop it (`LongWork`).
 * Cancelling stops an operation only before its first write (docs/DECISIONS.md): it then rejects
 * with `Cancelled` and the workbook is as it was.
 */
export type { LongWork } from "../core/progress";

export interface SetupResult {
  /** Tables created from nothing, adopted from the user's plain ranges, or already there. */
  created: TableKey[];
  adopted: TableKey[];
  existing: TableKey[];
  /** Datasets two sheets fit alike, not set up until the user chooses one (set-up screen, column map). */
  ask: { table: TableKey; sheets: string[] }[];
  /** Structural problems found (a required column missing in an adopted sheet …). */
  problems: Problem[];
  /** No customer sheet: the customers are this ledger's (purchases) sheet's, and a customer sheet can be made from it. */
  ledger?: string;
  /** Computed columns added beside the user's own column of that caption (never read): the pane says so. */
  besideUser?: BesideUser[];
}

export interface RefreshResult {
  analysis: Analysis;
  /** Customer rows whose computed cells were written. */
  written: number;
  /** True when the rows moved between read and write (the user sorted) and were read again. */
  reread: boolean;
  /** What the dashboard sheet shows (movements since the previous refresh …), when it was written. */
  dashboard?: Dashboard;
  /** Computed columns this refresh added beside the user's own column of that caption (never read). */
  besideUser?: BesideUser[];
}

/** A cell to go to: a problem's place, or a customer's row. */
export interface Place {
  sheet: string;
  row: number;
  columnIndex?: number;
}

/** A household's coverage sheet, made or rebuilt (SPEC 5b). */
export interface CoverageSheetResult {
  /** The sheet's name (as the user may have renamed it). */
  sheet: string;
  /** The figures written, the same the pane and `crm coverage --json` show. */
  household: HouseholdJson;
}

/** The key-accounts sheet, made or rebuilt (SPEC 5c). */
export interface AccountsSheetResult {
  sheet: string;
  /** The figures written: what `crm accounts --json` prints for the same book. */
  accounts: AccountsJson;
  /** The add-in's charts on it. */
  charts: string[];
}

export interface WorkbookHost {
  /** The column map as the set-up screen shows it (one read of the book: two syncs). */
  columnMap(lang: Lang): Promise<TableView[]>;
  /** Writes changed choices into the workbook's column map (only those rows); sets up first if there is none. */
  saveColumnMap(lang: Lang, changes: MapChange[]): Promise<number>;
  setup(lang: Lang, work?: LongWork): Promise<SetupResult>;
  /**
   * A ledger book (no customer sheet): adds a customer sheet listing each derived customer once,
   * without touching the ledger (ledgerSheet.ts); refuses with `LedgerRefused` when there is no ledger.
   */
  customerSheetFromLedger(lang: Lang): Promise<LedgerSheetResult>;
  /** Reads every table in one batch, scores, writes the computed columns in one batch. */
  refresh(lang: Lang, options?: { asOf?: number } & LongWork): Promise<RefreshResult>;
  /** Selects the cell (and activates its sheet) so the user can fix it. */
  select(place: Place): Promise<void>;
  /** One read of all linked tables (the custom functions' snapshot). */
  readBook(): Promise<RawBook>;
  /**
   * Filters the customer table to one quadrant (its quadrant column), or clears the filter with
   * undefined. Available after a refresh (which knows where that column is).
   */
  filterQuadrant?(quadrant: Quadrant | undefined): Promise<void>;
  /**
   * Calls `handler` when a linked table changes, with what changed where the event said so
   * (`TableEdit`, for the functions' partial re-read); returns the unsubscribe function.
   */
  onTablesChanged(handler: (tables: TableKey[], edits: TableEdit[]) => void): Promise<() => Promise<void>>;
  /**
   * Like `onTablesChanged`, but only when data changed, not only formats (Excel's `onChanged` fires
   * for both): what the pane's "data changed" hint listens to. Hosts without it fall back on
   * `onTablesChanged`.
   */
  onDataChanged?(handler: (tables: TableKey[]) => void): Promise<() => Promise<void>>;
  /** Reads some rows of linked tables and where their bodies are now, in one sync (readRows.ts). */
  readRows?(requests: readonly RowsRequest[]): Promise<RowsRead[]>;
  /**
   * Appends rows at the end of a linked table (one `rows.add`) and fills cells that are still
   * empty; never overwrites a cell. Rejects with `WriteRefused` when the dataset is not a table.
   */
  writeRows(req: WriteRequest): Promise<WriteResult>;
  /**
   * Builds (or rebuilds) the asset review sheet of client `id` on review date `date` (default: the
   * latest review) and activates it; nothing is written when the review cannot be made.
   */
  buildReview(lang: Lang, id: string, date?: number): Promise<BuildReviewResult>;
  /** The review sheet's charts as PNG (base64), pie first; empty when the sheet is gone. */
  reviewImages(key: string): Promise<{ name: string; png: string }[]>;
  /** Calls `handler` with the sheet and row the user selects; returns the unsubscribe function. */
  onSelectionChanged(handler: (at: SelectedRow) => void): Promise<() => Promise<void>>;
  /** Reads the book and makes (or rebuilds) the customer's coverage sheet, then shows it. */
  coverageSheet(lang: Lang, customerId: string, options?: { asOf?: number }): Promise<CoverageSheetResult>;
  /** Reads the book and makes (or rebuilds) the key-accounts sheet, then shows it. */
  accountsSheet?(lang: Lang, options?: { asOf?: number }): Promise<AccountsSheetResult>;
}
