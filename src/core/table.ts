/**
 * The one shape in which every host (Office.js, an .xlsx file, the in-memory workbook) hands a
 * table to the core: the header captions as written and the data rows as raw cell values.
 * The core never sees a host object, so the same rules run in Excel, the CLI and the workbench.
 */

/**
 * A cell as a host reads it. Office.js gives dates as serial numbers; a file library may give a
 * JavaScript Date (read as a UTC calendar date). Empty cells are `null` or `""`.
 */
export type Cell = string | number | boolean | Date | UnsavedFormula | null;

/**
 * A formula saved without its result (a file written by a library that does not calculate, such
 * as openpyxl): not empty, and not a value either — only a file host can meet one, since Excel
 * calculates on open. Excel's error values (`#N/A`, `#REF!` …) need no marker: every host hands
 * them on as their text, which `excelError` recognizes.
 */
export class UnsavedFormula {
  constructor(readonly formula: string) {}
}

export interface RawTable {
  /** The worksheet's name as the user sees it (used in every problem message). */
  sheet: string;
  /** 1-based worksheet row number of the header row, as Excel shows it. */
  headerRow: number;
  /** 0-based worksheet column index of the table's first column (A = 0). */
  firstColumn: number;
  /** Header captions exactly as written. */
  headers: string[];
  /** Data rows in sheet order; `rows[i]` sits on worksheet row `headerRow + 1 + i`. */
  rows: Cell[][];
  /** Worksheet rows above the header skipped as a title or metadata block (a bank export's). */
  titleRows?: { from: number; to: number };
  /** Found on a hidden sheet (no visible sheet held this dataset). */
  hidden?: boolean;
  /** How the sheet was recognised: the add-in's table name, the sheet's name, or its columns. */
  via?: "name" | "sheet" | "headers";
  /** Other sheets that fit this dataset as well: reported, the user asked which one is meant. */
  alsoFits?: string[];
  /** The sheets the user may choose between for this dataset (this one first), when two fit or one was chosen. */
  sheetOptions?: string[];
  /** The sheet was chosen by the user (`--map table.sheet=…`, or the workbook's column map). */
  sheetFrom?: "option" | "workbook";
  /** A chosen sheet that does not exist or does not hold this dataset (this sheet is used instead). */
  chosenSheetMissing?: string;
}

/** The datasets of SPEC section 2, keyed by the add-in's table names. */
export type TableKey = "customers" | "followUps" | "purchases" | "assets" | "policies" | "opportunities" | "settings";

export interface RawBook {
  tables: Partial<Record<TableKey, RawTable>>;
  /** `--map` choices (field → caption, null = none): they win over the stored map and the proposal. */
  choices?: Partial<Record<TableKey, Record<string, string | null>>>;
  /** The column map kept in the workbook (`crmColumnMap`, core/columns/stored.ts), when it has one. */
  columnMap?: RawTable;
  /** True when the workbook uses the 1904 date system (serial 0 = 1904-01-01). */
  date1904: boolean;
  /** The add-in's migration history (`crmHistory`, core/history.ts), when the workbook has one. */
  history?: RawTable;
  /**
   * Ledger mode (issue 24): no customer sheet; the customers are those of the purchases sheet,
   * by its ID column, or by a customer-name column (`name`: its caption) where the book has no IDs.
   */
  ledger?: { by: "id" } | { by: "name"; column: string };
}
