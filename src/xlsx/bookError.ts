/**
 * Why a file cannot be used as a workbook at all (as opposed to data problems inside a usable
 * workbook, which the core reports per cell). Hosts show the message and stop.
 */
import { type Lang, t } from "../core/i18n";

export type BookErrorCode =
  /** Not an .xlsx package: a text file, an image, a truncated download. */
  | "not-a-workbook"
  /** An old binary .xls or a password-protected workbook (both are OLE containers, not zips). */
  | "legacy-or-encrypted"
  /** A zip cut short or with a corrupt part (an interrupted download or copy). */
  | "damaged"
  /** A zip that looks like a workbook but could not be read even after repair. */
  | "unreadable"
  /** `score --out` met something it could not copy unchanged, and refused (cannotKeep.ts). */
  | "cannot-keep"
  /** A readable workbook without a sheet that holds customers. */
  | "no-customer-sheet";

export class BookError extends Error {
  constructor(
    readonly code: BookErrorCode,
    /** Extra detail for the message (e.g. the library's own words for "unreadable"). */
    readonly detail: string = "",
  ) {
    super(bookErrorMessage(code, "en-US", detail));
    this.name = "BookError";
  }

  messageIn(lang: Lang): string {
    return bookErrorMessage(this.code, lang, this.detail);
  }
}

function bookErrorMessage(code: BookErrorCode, lang: Lang, detail: string): string {
  return t(lang, `cli.book.${code}`, { detail });
}
