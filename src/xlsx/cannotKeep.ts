/**
 * `score --out` writes into the original package and keeps every other part as it is; when it
 * meets something it cannot keep that way, it refuses — naming it — rather than drop anything.
 */
import { type Lang, t } from "../core/i18n";
import { BookError } from "./bookError";

/** What could not be kept; each has a message `cli.keep.<what>`. */
export type Unkept = "sheetData" | "rowNumbers" | "cellAddresses" | "formulaInComputed" | "styles" | "customerPart";

export class CannotKeep extends BookError {
  constructor(
    readonly what: Unkept,
    /** A cell address or part name, when the message names one. */
    readonly where = "",
  ) {
    super("cannot-keep", what);
  }

  override messageIn(lang: Lang): string {
    return t(lang, "cli.book.cannot-keep", { what: t(lang, `cli.keep.${this.what}`, { where: this.where }) });
  }
}
