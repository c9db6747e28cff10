/**
 * Rows inside or under a table that are no records (SPEC 2a): totals (合计, 小计, Total), notes
 * (注:…, 制表人:…, Source: …) and the header row repeated (a printout's every page). Each is
 * skipped and reported as a warning naming its row — never read as a customer or a purchase.
 */
import type { Cell } from "../table";
import { isBlank, startsVisible } from "../parse/result";
import { normalizeCaption } from "./normalize";

export type SkipKind = "total" | "note" | "header";

const TOTAL = /^(?:本页|本月|本年|全部|总)?(?:合计|小计|总计|共计|累计|汇总|总额)|^(?:grand\s*|sub\s*)?totals?\b|^sum\b/i;
const NOTE =
  /^(?:注|备注|说明|注意|附注|制表人?|制表日期|审核人?|填表人|填报人|复核人?|数据来源|来源|打印日期|导出时间|导出日期|notes?|source|prepared by|printed|remarks?)\s*[:：]/i;
/** A first character no total or note starts with: most rows are decided by this alone. */
const MAYBE = /^[合小总共累汇本全注备说附制审填复数来打导tsgnprTSGNPR]/;
/** MAYBE's ASCII letters as a table: an ASCII lead (an ID, a name) is decided without a regex. */
const ASCII_MAYBE = new Uint8Array(128);
for (const ch of "tsgnprTSGNPR") ASCII_MAYBE[ch.charCodeAt(0)] = 1;

/** Why one row is no record (see `RowSkipper`, which reads a whole table's rows faster). */
export function skipKind(row: readonly Cell[], headers: readonly string[], idIndex: number | undefined): SkipKind | "blank" | undefined {
  return new RowSkipper(headers, idIndex).kind(row);
}

/**
 * For the rows of one table: why a row is no record (`blank`: nothing in it, skipped in silence),
 * or undefined for a record. `idIndex`: the ID column, compared with its caption (trimmed once).
 * An object with a method, not a closure: the row loop then inlines `kind` (a closure made per
 * table is called, never inlined — measured at 200,000 rows, a fifth of the linking time).
 */
export class RowSkipper {
  private readonly caption: string;

  constructor(
    private readonly headers: readonly string[],
    private readonly idIndex: number | undefined,
  ) {
    this.caption = idIndex === undefined ? "" : String(headers[idIndex] ?? "").trim();
  }

  kind(row: readonly Cell[]): SkipKind | "blank" | undefined {
    // Most records start with text whose first character is visible ASCII and no total's or
    // note's first letter, and their ID cell cannot be the ID column's caption (its first
    // character differs): a record, decided as `kindOf` would decide it, without its scans.
    const lead = row[0];
    if (typeof lead === "string") {
      const c = lead.charCodeAt(0);
      if (c > 0x20 && c < 0x7f && ASCII_MAYBE[c] === 0 && !this.mayBeCaption(row)) return undefined;
    }
    return kindOf(row, this.headers, this.idIndex, this.caption);
  }

  /** The row's ID cell could be the ID column's caption (`isCaption`'s first test). */
  private mayBeCaption(row: readonly Cell[]): boolean {
    if (this.idIndex === undefined) return false;
    const id = row[this.idIndex];
    return typeof id === "string" && !(startsVisible(id) && id.charCodeAt(0) !== this.caption.charCodeAt(0));
  }
}

function kindOf(
  row: readonly Cell[],
  headers: readonly string[],
  idIndex: number | undefined,
  caption: string,
): SkipKind | "blank" | undefined {
  // The first filled cell decides most rows; the count of filled cells is needed only for a note.
  let first = 0;
  while (first < row.length && isBlank(row[first])) first++;
  if (first === row.length) return "blank";
  const id = idIndex === undefined ? undefined : row[idIndex];
  if (typeof id === "string" && isCaption(id, caption) && repeatsHeader(row, headers)) return "header";
  const lead = row[first];
  if (typeof lead !== "string") return undefined;
  // A lead starting with a visible ASCII character is its own NFKC form: most rows end here.
  const c = lead.charCodeAt(0);
  if (c > 0x20 && c < 0x7f && ASCII_MAYBE[c] === 0) return undefined;
  const text = lead.normalize("NFKC").trim();
  if (!MAYBE.test(text)) return undefined;
  if (TOTAL.test(text.replace(/\s+/g, "")) || TOTAL.test(text)) return "total";
  if (filledAtMost(row, first, 2) && NOTE.test(text)) return "note";
  return undefined;
}

/** At most `n` cells of the row are filled (`first` is the first filled one). */
function filledAtMost(row: readonly Cell[], first: number, n: number): boolean {
  let filled = 0;
  for (let i = first; i < row.length; i++) if (!isBlank(row[i]) && ++filled > n) return false;
  return true;
}

/** The ID cell is its column's (trimmed) caption; an ID whose first character differs is not, without trimming. */
function isCaption(id: string, caption: string): boolean {
  if (startsVisible(id) && id.charCodeAt(0) !== caption.charCodeAt(0)) return false;
  return id.trim() === caption;
}

function repeatsHeader(row: readonly Cell[], headers: readonly string[]): boolean {
  let same = 0;
  let filled = 0;
  row.forEach((cell, i) => {
    if (isBlank(cell)) return;
    filled++;
    if (normalizeCaption(String(cell)).key === normalizeCaption(headers[i] ?? "").key) same++;
  });
  return filled >= 2 && same / filled >= 0.6;
}
