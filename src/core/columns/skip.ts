/**
 * Rows inside or under a table that are no records (SPEC 2a, issue 24): totals (合计, 小计, Total),
 * notes (注:…, 制表人:…, Source: …), the header row repeated or translated (a printout's every page,
 * a second caption row in English), and lone rows (lone.ts: sentences, date-time stamps, counts,
 * headings, an odd value in the ID column of a row with nothing else a record needs). Each is
 * skipped and reported as a warning naming its row, wherever it sits — never read as a customer or
 * a purchase.
 */
import type { Cell, TableKey } from "../table";
import type { ColumnDef } from "../schema";
import { isBlank, startsVisible } from "../parse/result";
import { normalizeCaption } from "./normalize";
import { captionScore } from "./match";
import { type LoneKind, loneText, shapeOf, usualShapes } from "./lone";

export type SkipKind = "total" | "note" | "header" | LoneKind;

const TOTAL = /^(?:本页|本月|本年|全部|总)?(?:合计|小计|总计|共计|累计|汇总|总额)|^(?:grand\s*|sub\s*)?totals?\b|^sum\b/i;
const NOTE =
  /^(?:注|备注|说明|注意|附注|制表人?|制表日期|审核人?|填表人|填报人|复核人?|数据来源|来源|打印日期|导出时间|导出日期|notes?|source|prepared by|printed|remarks?)\s*[:：]/i;
/** A first character no total or note starts with: most rows are decided by this alone. */
const MAYBE = /^[合小总共累汇本全注备说附制审填复数来打导tsgnprTSGNPR]/;
/** MAYBE's ASCII letters as a table: an ASCII lead (an ID, a name) is decided without a regex. */
const ASCII_MAYBE = new Uint8Array(128);
for (const ch of "tsgnprTSGNPR") ASCII_MAYBE[ch.charCodeAt(0)] = 1;

/** What a skipper knows of its table besides the captions: which columns a record needs, each column's field, the rows (for the IDs' usual shapes). */
export interface SkipContext {
  table: TableKey;
  /** Columns (other than the ID) a record cannot do without: a row with all of them blank is a lone row candidate. */
  needed: readonly number[];
  /** The field each column was matched to (a translated header row names the same fields). */
  fields: readonly (ColumnDef | undefined)[];
  rows: readonly Cell[][];
}

/** Why one row is no record (see `RowSkipper`, which reads a whole table's rows faster). */
export function skipKind(row: readonly Cell[], headers: readonly string[], idIndex: number | undefined): SkipKind | "blank" | undefined {
  return new RowSkipper(headers, idIndex).kind(row);
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * For the rows of one table: why a row is no record (`blank`: nothing in it, skipped in silence),
 * or undefined for a record. `idIndex`: the ID column, compared with its caption (trimmed once).
 * An object with a method, not a closure: the row loop then inlines `kind` (a closure made per
 * table is called, never inlined — measured at 200,000 rows, a fifth of the linking time).
 */
export class RowSkipper {
  private readonly caption: string;
  private readonly needed: readonly number[];
  private readonly usual: Set<string> | undefined;
  private readonly captionLike = new Map<string, boolean>();
  /** ID texts met on records (`kind`'s second fast path). */
  private readonly seen = new Set<string>();

  constructor(
    private readonly headers: readonly string[],
    private readonly idIndex: number | undefined,
    private readonly context?: SkipContext,
  ) {
    this.caption = idIndex === undefined ? "" : String(headers[idIndex] ?? "").trim();
    this.needed = context?.needed ?? [];
    this.usual = context ? usualShapes(context.rows, idIndex) : undefined;
  }

  kind(row: readonly Cell[]): SkipKind | "blank" | undefined {
    // Most records start with a number or with text whose first character is visible ASCII and no
    // total's or note's first letter, have an ID ending in a digit and every needed cell filled:
    // a record, decided as `kindOf` would decide it, without its scans.
    const lead = row[0];
    if (typeof lead === "string") {
      const c = lead.charCodeAt(0);
      if (c > 0x20 && c < 0x7f && ASCII_MAYBE[c] === 0 && this.recordLike(row)) return undefined;
    } else if (typeof lead === "number" && this.recordLike(row)) return undefined;
    // An ID without a digit (a customer's name in a ledger) already met on a record, first in its
    // row or after a number, with the needed cells filled: a record again, without the scans.
    const id = this.idIndex === undefined ? undefined : row[this.idIndex];
    if (typeof id === "string" && (this.idIndex === 0 || typeof lead === "number") && this.seen.has(id) && this.neededFilled(row)) return undefined;
    const kind = this.kindOf(row);
    if (kind === undefined && typeof id === "string" && this.seen.size < 50_000 && this.neededFilled(row)) this.seen.add(id);
    return kind;
  }

  private neededFilled(row: readonly Cell[]): boolean {
    const needed = this.needed;
    for (let i = 0; i < needed.length; i++) {
      const cell = row[needed[i]];
      if (cell === null || cell === undefined || cell === "") return false;
    }
    return true;
  }

  /** The ID cell is a number or ends in a digit (no caption, sentence or heading does), and no needed cell is empty. */
  private recordLike(row: readonly Cell[]): boolean {
    if (this.idIndex !== undefined) {
      const id = row[this.idIndex];
      if (typeof id === "string") {
        if (!isDigit(id.charCodeAt(id.length - 1))) return false;
      } else if (typeof id !== "number") return false;
    }
    const needed = this.needed;
    for (let i = 0; i < needed.length; i++) {
      const cell = row[needed[i]];
      if (cell === null || cell === undefined || cell === "") return false;
    }
    return true;
  }

  private kindOf(row: readonly Cell[]): SkipKind | "blank" | undefined {
    // The first filled cell decides most rows; the count of filled cells is needed only for a note.
    let first = 0;
    while (first < row.length && isBlank(row[first])) first++;
    if (first === row.length) return "blank";
    const idIndex = this.idIndex;
    const id = idIndex === undefined ? undefined : row[idIndex];
    if (typeof id === "string" && this.mayBeHeader(id) && this.repeatsHeader(row)) return "header";
    const lead = row[first];
    const total = typeof lead === "string" ? totalOrNote(row, first, lead) : undefined;
    if (total) return total;
    if (!this.context) return undefined;
    // A lone row: the ID alone (nothing a record needs beside it), or no ID and a line of text.
    const idBlank = id === undefined || isBlank(id);
    if (!idBlank && this.neededBlank(row)) return loneText(id) ?? (this.odd(id) ? "stray" : undefined);
    if (idBlank && filledAtMost(row, first, 2)) return loneText(lead);
    return undefined;
  }

  /** Whether an ID cell is a caption: the ID column's own, or another caption meaning the ID (a translated header row). */
  private mayBeHeader(id: string): boolean {
    if (isCaption(id, this.caption)) return true;
    const { context, idIndex } = this;
    if (!context || idIndex === undefined || isDigit(id.charCodeAt(id.length - 1)) || isBlank(id)) return false;
    // Remembered per text: a ledger keyed by name asks about every row, of a few thousand names.
    let known = this.captionLike.get(id);
    if (known === undefined) {
      const field = context.fields[idIndex];
      known = field !== undefined && captionScore(context.table, field, normalizeCaption(id))[0] >= 0.5;
      if (this.captionLike.size < 50_000) this.captionLike.set(id, known);
    }
    return known;
  }

  private neededBlank(row: readonly Cell[]): boolean {
    for (const i of this.needed) if (!isBlank(row[i])) return false;
    return true;
  }

  /**
   * An ID cell without a digit whose shape none of the column's IDs usually has: `华东区` among
   * `C001`s. A value with a digit (`004` among `C1`s) may be a customer others refer to: read as a
   * record. An error value is reported as such, not skipped.
   */
  private odd(id: Cell): boolean {
    if (!this.usual || typeof id !== "string" || /[0-9#０-９]/.test(id)) return false;
    return !this.usual.has(shapeOf(id));
  }

  /** At least two filled cells, three in five the header's caption as written or another caption for the same field. */
  private repeatsHeader(row: readonly Cell[]): boolean {
    const { headers, context } = this;
    let same = 0;
    let filled = 0;
    row.forEach((cell, i) => {
      if (isBlank(cell)) return;
      filled++;
      const key = normalizeCaption(String(cell)).key;
      if (key === normalizeCaption(headers[i] ?? "").key) same++;
      else if (context && typeof cell === "string") {
        const field = context.fields[i];
        if (field && captionScore(context.table, field, normalizeCaption(cell))[0] >= 0.5) same++;
      }
    });
    return filled >= 2 && same / filled >= 0.6;
  }
}

function totalOrNote(row: readonly Cell[], first: number, lead: string): SkipKind | undefined {
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
