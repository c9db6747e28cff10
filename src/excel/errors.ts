/**
 * Recognising Office.js errors by code. Office.js rejects `context.sync()` with an
 * `OfficeExtension.Error` whose `code` names the failure; the in-memory Excel does the same.
 */
export function officeErrorCode(e: unknown): string | undefined {
  if (typeof e !== "object" || e === null) return undefined;
  const err = e as { code?: unknown; debugInfo?: { code?: unknown } };
  if (typeof err.code === "string") return err.code;
  return typeof err.debugInfo?.code === "string" ? err.debugInfo.code : undefined;
}

export function isOfficeError(e: unknown, ...codes: string[]): boolean {
  const code = officeErrorCode(e);
  return code !== undefined && codes.includes(code);
}

/** The request or response of one sync was larger than the host accepts. */
export function isPayloadTooLarge(e: unknown): boolean {
  return isOfficeError(e, "RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded", "PayloadTooLarge");
}
