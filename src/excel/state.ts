/**
 * What a host instance remembers between operations: the sizes that proved to fit the host's
 * request limits, and where the add-in's own columns are (so its own writes are not taken for the
 * user's edits).
 */
export interface HostOptions {
  /**
   * Bytes one sync's writes may carry. Excel on the web rejects requests over 5 MB; the default
   * leaves room for the rest of the batch. Halved (and remembered) if the host still refuses.
   */
  writeBudgetBytes?: number;
  /** Cells per single `range.values` write. */
  maxCellsPerWrite?: number;
  /** Attempts when the customer rows move under a refresh (each attempt reads again). */
  maxAttempts?: number;
  /** Today, for the default as-of date (tests pin it). */
  today?: () => number;
  /** The clock in ms (Date.now): the refresh time written to the migration history (tests step it). */
  now?: () => number;
  /**
   * The date system to assume until the workbook has answered the probe (or where it cannot: no
   * Functions API, or Excel refused it). Excel is asked once per host.
   */
  date1904?: boolean;
}

/** What the last read (or setup) learnt about a table's body, to plan the next read's slices. */
export interface ReadHint {
  rows: number;
  cols: number;
  /** Estimated response bytes per body row (JSON of its values). */
  bytesPerRow: number;
}

export interface HostState {
  /**
   * Parts of the first, unplanned read (1 unless a response was too large before any table's size
   * was known). Once sizes are known (`readHints`), reads are planned against `readBudgetBytes`.
   */
  readParts: number;
  /** Response bytes one planned read sync may carry (Excel on the web answers at most 5 MB). */
  readBudgetBytes: number;
  /** Per table name: its body's size as last seen (by setup or a read). */
  readHints: Record<string, ReadHint>;
  writeBudgetBytes: number;
  maxCellsPerWrite: number;
  maxAttempts: number;
  today?: () => number;
  now?: () => number;
  /** The workbook's date system: the host option until the probe answered (`dateSystem.ts`). */
  date1904?: boolean;
  /** The probe answered once: it is not asked again by this host. */
  date1904Known?: boolean;
  /** Fingerprints of the last read, and who hears of changes found by comparing them (consistency.ts). */
  fingerprints?: Partial<Record<import("../core/table").TableKey, import("./consistency").Fingerprint>>;
  changeListeners?: Set<(tables: import("../core/table").TableKey[]) => void>;
  announced?: Set<import("../core/table").TableKey>;
  /** A batch of own writes switched events off and failed before switching them on (quiet.ts). */
  eventsOff?: boolean;
  /** Batches that switched events off so far (quiet.ts). */
  quietWindows?: number;
  /** The quadrant the pane's filter shows on the customer table (filter.ts), if any. */
  quadrantFilter?: import("../core/strategy").Quadrant;
  /** The computed columns as last written (for the change-event filter). */
  computed?: { tableName: string; sheet: string; columns: number[]; quadrantColumn?: number; firstColumn?: number };
}

export const DEFAULT_WRITE_BUDGET = 4_000_000;
export const DEFAULT_MAX_CELLS_PER_WRITE = 500_000;
/** 10% under Excel on the web's 5 MB response limit: the per-row estimate is from a sample. */
export const DEFAULT_READ_BUDGET = 4_500_000;

export function initialState(o: HostOptions = {}): HostState {
  return {
    readParts: 1,
    readBudgetBytes: DEFAULT_READ_BUDGET,
    readHints: {},
    writeBudgetBytes: o.writeBudgetBytes ?? DEFAULT_WRITE_BUDGET,
    maxCellsPerWrite: o.maxCellsPerWrite ?? DEFAULT_MAX_CELLS_PER_WRITE,
    maxAttempts: o.maxAttempts ?? 3,
    today: o.today,
    now: o.now,
    date1904: o.date1904,
  };
}
