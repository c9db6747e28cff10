/**
 * The error the fake rejects syncs with. It mirrors `OfficeExtension.Error`: production code reads
 * `.code` (and sometimes `.debugInfo.code`), so those are what matter; the codes are the strings
 * Office.js uses (see `OfficeExtension.ErrorCodes` and `Excel.ErrorCodes` in @types/office-js).
 */
export type FakeErrorCode =
  | "PropertyNotLoaded"
  | "ValueNotLoaded"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "InvalidObjectPath"
  | "InvalidRequestContext"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "RangeExceedsLimit"
  | "OperationCellsExceedLimit"
  | "GeneralException"
  | "ApiNotFound"
  | "InvalidOperationInCellEditMode"
  | "AccessDenied"
  | "MergedRangeConflict"
  | "FilteredRangeConflict"
  | "NotImplemented";

export class FakeOfficeError extends Error {
  readonly code: FakeErrorCode;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;

  constructor(code: FakeErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export function propertyNotLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function itemNotFound(what: string): FakeOfficeError {
  return new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist. (${what})`);
}

export function invalidArgument(why: string): FakeOfficeError {
  return new FakeOfficeError(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format. (${why})`,
  );
}

export function invalidOperation(why: string): FakeOfficeError {
  return new FakeOfficeError("InvalidOperation", `The operation attempted is invalid on the object. (${why})`);
}

/** A table made over merged cells (Excel's documented code and message; docs: "Error handling with the application-specific JavaScript APIs"). */
export function mergedRangeConflict(why: string): FakeOfficeError {
  return new FakeOfficeError(
    "MergedRangeConflict",
    `Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map. (${why})`,
  );
}

/** A write that would land in a filtered table's rows (Excel's documented code; same page). */
export function filteredRangeConflict(why: string): FakeOfficeError {
  return new FakeOfficeError("FilteredRangeConflict", `The attempted operation causes a conflict with a filtered range. (${why})`);
}

export function alreadyExists(what: string): FakeOfficeError {
  return new FakeOfficeError("ItemAlreadyExists", `The resource being created already exists. (${what})`);
}

/** Anything thrown inside a batch that is not already an Office error becomes a GeneralException, as in Excel. */
export function asOfficeError(e: unknown): FakeOfficeError {
  if (e instanceof FakeOfficeError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new FakeOfficeError("GeneralException", `An internal error has occurred. (${message})`);
}
