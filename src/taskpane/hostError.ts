/**
 * Turns whatever the host threw into a sentence the user can act on. Office.js errors carry a
 * `code`; the common ones get their own advice, anything else a generic line plus the detail.
 */
import { type Lang, t } from "../core/i18n";
import { ExcelLimit } from "../excel/limits";
import { LedgerRefused } from "../excel/ledgerSheet";

export type HostAction = "setup" | "refresh" | "select" | "write";

const ADVICE: Record<string, string> = {
  InvalidOperationInCellEditMode: "taskpane.error.cellEdit",
  ItemNotFound: "taskpane.error.notFound",
  RequestPayloadSizeLimitExceeded: "taskpane.error.tooLarge",
  PayloadTooLarge: "taskpane.error.tooLarge",
  AccessDenied: "taskpane.error.denied",
};

export interface HostErrorText {
  message: string;
  detail?: string;
}

export function hostErrorText(error: unknown, action: HostAction, lang: Lang): HostErrorText {
  // What Excel would refuse, found before anything was written: the sentence says it all.
  if (error instanceof ExcelLimit)
    return { message: t(lang, `excelLimits.${error.kind}`, { sheet: error.sheet, range: error.range ?? "" }) };
  if (error instanceof LedgerRefused) return { message: error.message };
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  const raw = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  const advice = ADVICE[code];
  const message = advice ? t(lang, advice) : t(lang, `taskpane.error.${action}`);
  return { message, detail: raw ? t(lang, "taskpane.error.detail", { detail: raw }) : undefined };
}
