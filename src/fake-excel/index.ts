/**
 * An in-memory Excel with Office.js semantics. `createFakeExcel()` returns the `Excel` global to
 * install (so production code runs unchanged), the workbook state for tests and the workbench, and
 * counters of round trips. Browser-safe: no Node imports.
 */
import { FakeOfficeError } from "./errors";
import { EventHub } from "./events";
import { Env, FakeClientObject, FakeClientResult, FakeRequestContext, Limits, Stats } from "./proxy";
import { FakeWorkbookState } from "./state";
import { FakeWorkbook } from "./workbook";
import { ApiGate, type ApiOptions } from "./api";
import { FakeRuntime } from "./runtime";
import { WorkbookModel } from "./workbook-model";

export { FakeOfficeError } from "./errors";
export type { FakeErrorCode } from "./errors";
export { FakeWorkbookState } from "./state";
export type { FakeUser } from "./user";
export type {
  CellSnapshot,
  ChartInfo,
  ChartSeriesInfo,
  ChartPointInfo,
  ConditionalFormatInfo,
  TableInfo,
  ValidationInfo,
} from "./inspect";
export type { CellValue, CellFormat } from "./values";
export type { FormulaEvaluator } from "./workbook-model";
export type { PageLayoutInfo } from "./page-layout";

export interface FakeExcelOptions {
  limits?: Partial<Limits>;
  date1904?: boolean;
  /** Sheets of the new workbook (default ["Sheet1"], as a new Excel workbook); [] to build from scratch. */
  sheets?: string[];
  /** The host's ExcelApi level and the requirement set of each member (api.ts); default: everything. */
  api?: ApiOptions;
  /** How names of table header cells read back (default "structured", see WorkbookModel.nameStyle). */
  nameStyle?: "structured" | "a1";
  /** Milliseconds each `context.sync()` takes (default 0); also settable later through `latency.ms`. */
  latencyMs?: number;
}

export interface FakeExcelGlobal {
  run: typeof Excel.run;
  ErrorCodes: Record<string, string>;
}

export interface FakeExcel {
  Excel: FakeExcelGlobal;
  /**
   * Sets `target.Excel` and `target.OfficeExtension` (default: globalThis), and `target.Office`
   * with `context.requirements.isSetSupported` answering from the API level — unless a real
   * Office is there.
   */
  install(target?: object): void;
  workbook: FakeWorkbookState;
  stats: Stats;
  limits: Limits;
  /** The requirement-set gate: `api.used` lists the members used so far with their sets. */
  api: ApiGate;
  /** How long each sync takes to come back, in ms: a slow connection for progress bars and races. */
  latency: { ms: number };
}

/** `Excel.ErrorCodes` values (as strings) — production code compares `error.code` against them. */
const EXCEL_ERROR_CODES: Record<string, string> = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  conflict: "Conflict",
  generalException: "GeneralException",
  insertDeleteConflict: "InsertDeleteConflict",
  invalidArgument: "InvalidArgument",
  invalidBinding: "InvalidBinding",
  invalidOperation: "InvalidOperation",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  invalidReference: "InvalidReference",
  invalidSelection: "InvalidSelection",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  notImplemented: "NotImplemented",
  rangeExceedsLimit: "RangeExceedsLimit",
  requestAborted: "RequestAborted",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  unsupportedOperation: "UnsupportedOperation",
};

const OFFICE_EXTENSION_ERROR_CODES: Record<string, string> = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  activityLimitReached: "ActivityLimitReached",
  invalidObjectPath: "InvalidObjectPath",
  propertyNotLoaded: "PropertyNotLoaded",
  valueNotLoaded: "ValueNotLoaded",
  invalidRequestContext: "InvalidRequestContext",
  invalidArgument: "InvalidArgument",
  runMustReturnPromise: "RunMustReturnPromise",
  cannotRegisterEvent: "CannotRegisterEvent",
  apiNotFound: "ApiNotFound",
  connectionFailure: "ConnectionFailure",
};

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const limits: Limits = { maxPayloadBytes: 5_000_000, maxCellsPerRead: 5_000_000, ...options.limits };
  const stats: Stats = {
    syncs: 0,
    reads: 0,
    bytesRead: 0,
    resetCounts() {
      stats.syncs = 0;
      stats.reads = 0;
      stats.bytesRead = 0;
    },
  };
  const api = new ApiGate(options.api ?? { level: "1.20" });
  const model = new WorkbookModel(options.date1904 === true, new EventHub(api));
  for (const name of options.sheets ?? ["Sheet1"]) model.addSheet(name);
  if (options.nameStyle) model.nameStyle = options.nameStyle;
  const latency = { ms: options.latencyMs ?? 0 };
  const env: Env = { model, stats, limits, api, latency };

  async function run(...args: unknown[]): Promise<unknown> {
    const batch = args[args.length - 1];
    if (typeof batch !== "function") throw new FakeOfficeError("InvalidArgument", "Excel.run needs a batch function.");
    const first = args.length > 1 ? args[0] : undefined;
    const ctx = contextFor(first);
    ctx.alive = true;
    if (isRunOptions(first)) ctx.delayForCellEdit = first.delayForCellEdit === true && api.isSetSupported("ExcelApi", "1.11");
    try {
      const pending: unknown = batch(ctx);
      if (!pending || typeof (pending as { then?: unknown }).then !== "function") {
        throw new FakeOfficeError(
          "GeneralException",
          "RunMustReturnPromise: the batch function passed to Excel.run didn't return a promise.",
        );
      }
      const result = await pending;
      // Excel.run sends whatever is still queued when the batch resolves.
      if (ctx.hasPendingWork) await ctx.sync();
      return result;
    } finally {
      ctx.alive = false;
    }
  }

  /** `Excel.run({ delayForCellEdit, … }, batch)`: options, not an object to continue from. */
  function isRunOptions(x: unknown): x is { delayForCellEdit?: boolean } {
    return typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof FakeClientObject) && !(x instanceof FakeRequestContext);
  }

  /** Excel.run(object | objects | context, batch) continues on that object's context. */
  function contextFor(first: unknown): FakeRequestContext {
    const candidate = Array.isArray(first) ? first[0] : first;
    if (candidate instanceof FakeClientObject) return candidate.context;
    if (candidate instanceof FakeRequestContext) return candidate;
    const ctx = new FakeRequestContext(env, (c) => new FakeWorkbook(c));
    ctx.runtime = new FakeRuntime(ctx, null, null, { entity: model });
    return ctx;
  }

  const excel: FakeExcelGlobal = {
    run: run as unknown as typeof Excel.run,
    ErrorCodes: EXCEL_ERROR_CODES,
  };

  return {
    Excel: excel,
    install(target: object = globalThis) {
      const t = target as Record<string, unknown>;
      t.Excel = excel;
      t.OfficeExtension = {
        Error: FakeOfficeError,
        ErrorCodes: OFFICE_EXTENSION_ERROR_CODES,
        ClientResult: FakeClientResult,
        Promise,
      };
      const office = t.Office as { fakeExcel?: boolean } | undefined;
      if (!office || office.fakeExcel) {
        t.Office = {
          fakeExcel: true,
          context: { requirements: { isSetSupported: (name: string, v?: string) => api.isSetSupported(name, v) } },
        };
      }
    },
    workbook: new FakeWorkbookState(model),
    stats,
    limits,
    api,
    latency,
  };
}
