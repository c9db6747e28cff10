/**
 * A worksheet part's XML → its grid of cells, read as the text comes out of the zip: a
 * hand-written scanner for the narrow grammar of `<sheetData>` (rows of `<c>` cells holding
 * `<v>`, `<f>` and `<is>`), plus the merged ranges and hyperlinks that change what a cell shows.
 * Everything else in the part is skipped. Text is scanned in pieces; a cell cut by the end of a
 * piece is read again when the next piece arrives.
 *
 * Each cell becomes exactly the `Cell` the full reader (exceljs + toCell) gives, quirks included
 * (see the tests comparing both readers); why a rule is so is said where exceljs is the reason.
 */
import { type Cell, UnsavedFormula } from "../core/table";
import { columnLetters } from "../core/a1";
import { slideFormula } from "exceljs/lib/utils/shared-formula";
import { escapedChars, strValue, xmlText } from "./cellText";
import { serialOfIso } from "./isoDate";
import { dateCell, dateOfSerial } from "./cellValue";
import { attributes } from "./xmlText";

export interface SheetContext {
  date1904: boolean;
  /** Shared strings by index (null: an `<si>` without text, which exceljs reads as no value). */
  strings: readonly (string | null)[];
  /** `dates[s]`: a number in a cell of style s is a date. */
  dates: readonly boolean[];
}

interface Pending {
  row: number;
  col: number;
  formula: string;
  shared?: { si: string };
}

export class SheetScan {
  /** `rows[r][c]`, as GridSheet has them: rows as long as their last value, holes as null. */
  readonly rows: Cell[][] = [];
  private buf = "";
  private rowIndex = -1;
  /** The row being read: cells gather in one reused array and are copied out at its end, at their exact length. */
  private inRow = false;
  private readonly scratch: Cell[] = [];
  private width = 0;
  private col = -1;
  private readonly merges: string[] = [];
  private readonly linked = new Set<string>();
  /** Formulas without a saved value: a hyperlink on their cell makes them empty (exceljs). */
  private readonly unsaved: Pending[] = [];
  /** Shared formulas' masters by `si`: the text and cell a copy's formula is slid from. */
  private readonly masters = new Map<string, { formula: string; address: string }>();

  constructor(private readonly ctx: SheetContext) {}

  /** Takes the next piece of the part's text. */
  push(text: string): void {
    const buf = this.buf.length > 0 ? this.buf + text : text;
    let pos = 0;
    for (;;) {
      const lt = buf.indexOf("<", pos);
      if (lt < 0) {
        pos = buf.length;
        break;
      }
      const gt = buf.indexOf(">", lt);
      if (gt < 0) {
        pos = lt;
        break;
      }
      const next = this.tag(buf, lt, gt);
      if (next < 0) {
        pos = lt;
        break;
      }
      pos = next;
    }
    this.buf = buf.slice(pos);
  }

  /** The grid, once the whole part was pushed. */
  finish(): Cell[][] {
    this.endRow();
    for (const u of this.unsaved) {
      const address = `${columnLetters(u.col)}${u.row + 1}`;
      if (this.linked.has(address)) this.rows[u.row][u.col] = null;
      else if (u.shared) {
        const master = this.masters.get(u.shared.si);
        this.rows[u.row][u.col] = new UnsavedFormula(master ? slideFormula(master.formula, master.address, address) : "");
      }
    }
    for (const ref of this.merges) this.unmerge(ref);
    if (this.unsaved.length > 0 || this.merges.length > 0) this.trim();
    return this.rows;
  }

  /** Reads the tag at lt..gt; returns where to go on, or -1 when more text is needed. */
  private tag(buf: string, lt: number, gt: number): number {
    const c1 = buf.charCodeAt(lt + 1);
    if (c1 === 0x21 /* ! */) {
      if (buf.startsWith("<!--", lt)) {
        const end = buf.indexOf("-->", lt + 4);
        return end < 0 ? -1 : end + 3;
      }
      return gt + 1;
    }
    if (c1 === 0x3f /* ? */) return gt + 1;
    const closing = c1 === 0x2f; /* / */
    const nameStart = closing ? lt + 2 : lt + 1;
    let nameEnd = nameStart;
    let colon = -1;
    for (; nameEnd < gt; nameEnd++) {
      const ch = buf.charCodeAt(nameEnd);
      if (ch === 0x3a) colon = nameEnd;
      else if (ch === 0x20 || ch === 0x2f || ch === 0x0a || ch === 0x0d || ch === 0x09) break;
    }
    const localStart = colon >= 0 ? colon + 1 : nameStart;
    const localLength = nameEnd - localStart;
    const first = buf.charCodeAt(localStart);
    if (closing) {
      if (localLength === 3 && first === 0x72 /* r */ && buf.startsWith("row", localStart)) this.endRow();
      return gt + 1;
    }
    if (localLength === 1 && first === 0x63 /* c */) return this.cell(buf, gt, nameStart, nameEnd);
    if (localLength === 3 && first === 0x72 && buf.startsWith("row", localStart)) {
      this.startRow(buf, nameEnd, gt);
      if (buf.charCodeAt(gt - 1) === 0x2f) this.endRow();
      return gt + 1;
    }
    if (localLength === 9 && buf.startsWith("mergeCell", localStart)) {
      const ref = attributes(buf.slice(nameEnd, gt)).get("ref");
      if (ref) this.merges.push(ref);
    } else if (localLength === 9 && buf.startsWith("hyperlink", localStart)) {
      const a = attributes(buf.slice(nameEnd, gt));
      // exceljs links a cell only through a relationship (an external link), not a `location`.
      if (a.get("id") && a.get("ref")) this.linked.add(a.get("ref")!);
    }
    return gt + 1;
  }

  private startRow(buf: string, from: number, gt: number): void {
    this.endRow();
    const r = rowNumberAt(buf, from, gt);
    this.rowIndex = r > 0 ? r - 1 : this.rowIndex + 1;
    this.inRow = true;
    this.width = 0;
    this.col = -1;
  }

  private endRow(): void {
    if (!this.inRow) return;
    this.inRow = false;
    if (this.width === 0 || this.rowIndex < 0) return;
    // A later row with the same number replaces the earlier one, as in exceljs.
    while (this.rows.length < this.rowIndex) this.rows.push([]);
    this.rows[this.rowIndex] = this.scratch.slice(0, this.width);
  }

  /** A `<c>` element whose start tag ends at gt; -1 when its end is not in the text yet. */
  private cell(buf: string, gt: number, nameStart: number, nameEnd: number): number {
    const selfClosing = buf.charCodeAt(gt - 1) === 0x2f;
    let end = gt + 1;
    let innerEnd = gt;
    // The usual cell, `<c …><v>text</v></c>`, is recognised without looking at its children one by one.
    let simpleEnd = -1;
    if (!selfClosing && nameEnd - nameStart === 1 && buf.startsWith("<v>", gt + 1)) {
      const textEnd = buf.indexOf("<", gt + 4);
      if (textEnd < 0) return -1;
      if (buf.startsWith("</v></c>", textEnd) && textEnd > gt + 4 && !hasEscapes(buf, gt + 4, textEnd)) {
        simpleEnd = textEnd;
        innerEnd = textEnd + 4;
        end = textEnd + 8;
      }
    }
    if (!selfClosing && simpleEnd < 0) {
      const close = nameEnd - nameStart === 1 ? "</c>" : `</${buf.slice(nameStart, nameEnd)}>`;
      innerEnd = buf.indexOf(close, gt + 1);
      if (innerEnd < 0) return -1;
      end = innerEnd + close.length;
    }
    if (!this.inRow) this.startRow(buf, gt, gt);
    // The attributes r, s and t, read in place (no strings made for a number cell).
    let col = -1;
    let style = 0;
    let type = T.n;
    for (let i = nameEnd; i < gt; ) {
      const eq = buf.indexOf("=", i);
      if (eq < 0 || eq >= gt) break;
      let q = eq + 1;
      while (isSpace(buf.charCodeAt(q))) q++;
      const vs = q + 1;
      const ve = buf.indexOf(buf.charCodeAt(q) === 0x27 ? "'" : '"', vs);
      if (ve < 0) break;
      let n = eq - 1;
      while (isSpace(buf.charCodeAt(n))) n--;
      // A one-letter name without a prefix (a prefixed r belongs to another namespace).
      if (isSpace(buf.charCodeAt(n - 1))) {
        const k = buf.charCodeAt(n);
        if (k === 0x72) col = columnAt(buf, vs, ve);
        else if (k === 0x73) style = intAt(buf, vs, ve) || 0;
        else if (k === 0x74) type = typeAt(buf, vs, ve);
      }
      i = ve + 1;
    }
    this.col = col < 0 ? this.col + 1 : col;
    if (selfClosing) return end;

    // Children: <f>, <v>, <is> (<t>, or rich-text runs <r><t>), phonetic runs (<rPh>) skipped.
    // A lone plain <v> (nearly every cell) is kept as a range of buf: its number is read in place.
    let vStart = -1;
    let vEnd = -1;
    let value: string | undefined;
    let sawValue = false;
    let runs: string[] | undefined;
    let formula: string | undefined;
    let shareType: string | undefined;
    let si: string | undefined;
    let masterRef = false;
    let inRun = false;
    let inPhonetic = false;
    if (simpleEnd >= 0) {
      vStart = gt + 4;
      vEnd = simpleEnd;
      sawValue = true;
    }
    for (let i = simpleEnd >= 0 ? innerEnd : gt + 1; i < innerEnd; ) {
      const a = buf.indexOf("<", i);
      if (a < 0 || a >= innerEnd) break;
      const b = buf.indexOf(">", a);
      const isClose = buf.charCodeAt(a + 1) === 0x2f;
      let ns = isClose ? a + 2 : a + 1;
      let ne = ns;
      for (; ne < b; ne++) {
        const ch = buf.charCodeAt(ne);
        if (isSpace(ch) || ch === 0x2f) break;
        if (ch === 0x3a) ns = ne + 1;
      }
      const len = ne - ns;
      const c0 = buf.charCodeAt(ns);
      if (isClose) {
        if (len === 1 && c0 === 0x72) inRun = false;
        else if (len === 3 && buf.startsWith("rPh", ns)) inPhonetic = false;
        i = b + 1;
        continue;
      }
      const empty = buf.charCodeAt(b - 1) === 0x2f;
      if (len === 1 && (c0 === 0x76 /* v */ || c0 === 0x74 /* t */ || c0 === 0x66 /* f */)) {
        if (c0 === 0x66) {
          const attrs = attributes(buf.slice(ne, empty ? b - 1 : b));
          shareType = attrs.get("t");
          si = attrs.get("si");
          masterRef = attrs.has("ref");
        } else if (c0 === 0x76) sawValue = true;
        i = b + 1;
        if (empty) continue;
        const textEnd = buf.indexOf("<", b + 1);
        i = textEnd;
        if (textEnd === b + 1) continue;
        if (c0 === 0x76 && vStart < 0 && value === undefined && !hasEscapes(buf, b + 1, textEnd)) {
          vStart = b + 1;
          vEnd = textEnd;
          continue;
        }
        if (vStart >= 0) {
          value = buf.slice(vStart, vEnd);
          vStart = -1;
        }
        const text = xmlText(buf.slice(b + 1, textEnd));
        if (c0 === 0x66) formula = formula === undefined ? text : formula + text;
        else if (c0 === 0x74 && inPhonetic) continue;
        else if (c0 === 0x74 && inRun) runs![runs!.length - 1] += escapedChars(text);
        else value = value === undefined ? text : value + text;
        continue;
      }
      if (len === 1 && c0 === 0x72 && !empty) {
        inRun = true;
        (runs ??= []).push("");
      } else if (len === 3 && !empty && buf.startsWith("rPh", ns)) inPhonetic = true;
      i = b + 1;
    }

    let cell: Cell;
    if (vStart >= 0 && formula === undefined && shareType === undefined && (type === T.n || type === T.s)) {
      // The fast path: a plain number or shared-string index.
      if (type === T.s) {
        const s = this.ctx.strings[intAt(buf, vStart, vEnd)];
        if (s === undefined) throw new Error(`shared string ${buf.slice(vStart, vEnd)} is missing`);
        cell = s;
      } else {
        const n = numberAt(buf, vStart, vEnd);
        cell = this.ctx.dates[style] === true ? this.date(n) : n;
      }
    } else {
      if (vStart >= 0) value = buf.slice(vStart, vEnd);
      // Excel saves a formula's empty text as `t="str"` with an empty <v>: a value, not "no value".
      if (value === undefined && sawValue && type === T.str && (formula || shareType)) value = "";
      cell = this.valueOf(value ?? (runs ? runs.join("") : undefined), type, style, formula, shareType);
    }
    if (shareType === "shared" && masterRef && si !== undefined && formula)
      this.masters.set(si, { formula, address: `${columnLetters(this.col)}${this.rowIndex + 1}` });
    if (cell instanceof UnsavedFormula)
      this.unsaved.push({ row: this.rowIndex, col: this.col, formula: cell.formula, shared: !formula && si !== undefined ? { si } : undefined });
    if (cell === null) return end;
    const row = this.scratch;
    while (this.width < this.col) row[this.width++] = null;
    row[this.col] = cell;
    if (this.col >= this.width) this.width = this.col + 1;
    return end;
  }

  /** The cell as exceljs types it (cell-xform parseClose + reconcile) and toCell shows it. */
  private valueOf(value: string | undefined, type: T, style: number, formula: string | undefined, shareType: string | undefined): Cell {
    const isDate = this.ctx.dates[style] === true;
    if (formula || shareType) {
      if (value === undefined) return new UnsavedFormula(formula ?? "");
      let result: Cell;
      if (type === T.str) result = strValue(value);
      else if (type === T.b) result = parseInt(value, 10) !== 0;
      else if (type === T.e) result = value;
      else result = parseFloat(value);
      // Text and error results stay as they are (exceljs would make an invalid date of them).
      return isDate && typeof result !== "string" ? this.date(Number(result)) : result;
    }
    if (value === undefined) return null;
    switch (type) {
      case T.s: {
        const s = this.ctx.strings[parseInt(value, 10)];
        if (s === undefined) throw new Error(`shared string ${value} is missing`);
        return s;
      }
      case T.str:
        return strValue(value);
      case T.inlineStr:
        return value;
      case T.b:
        return parseInt(value, 10) !== 0;
      case T.e:
        return value;
      case T.d: {
        const serial = serialOfIso(value, this.ctx.date1904) ?? parseFloat(value);
        return isDate ? this.date(serial) : serial;
      }
      default: {
        const n = parseFloat(value);
        return isDate ? this.date(n) : n;
      }
    }
  }

  /** The same Date, or early 1900-system number, as the exceljs path gives. */
  private date(serial: number): Cell {
    return dateCell(dateOfSerial(serial, this.ctx.date1904), this.ctx.date1904);
  }

  /** A merged range shows its first cell only: the others read as empty, as in Excel. */
  private unmerge(ref: string): void {
    const [a, b = a] = ref.split(":");
    const top = rowOf(a);
    const left = columnOf(a);
    const bottom = rowOf(b);
    const right = columnOf(b);
    for (let r = top; r <= bottom && r < this.rows.length; r++) {
      const row = this.rows[r];
      for (let c = left; c <= right && c < row.length; c++) if (r !== top || c !== left) row[c] = null;
    }
  }

  /** Rows as long as their last value, and no empty rows at the end (cells emptied by merges). */
  private trim(): void {
    for (const row of this.rows) while (row.length > 0 && row[row.length - 1] === null) row.pop();
    while (this.rows.length > 0 && this.rows[this.rows.length - 1].length === 0) this.rows.pop();
  }
}

function isSpace(ch: number): boolean {
  return ch === 0x20 || ch === 0x0a || ch === 0x0d || ch === 0x09;
}

/** A cell's type attribute (`t`): the values the format defines; anything else reads as a number, as in exceljs. */
enum T {
  n,
  s,
  str,
  inlineStr,
  b,
  e,
  d,
}

const TYPES: Record<string, T> = { s: T.s, str: T.str, inlineStr: T.inlineStr, b: T.b, e: T.e, d: T.d };

function typeAt(buf: string, from: number, to: number): T {
  if (to - from === 1 && buf.charCodeAt(from) === 0x73) return T.s;
  return TYPES[buf.slice(from, to)] ?? T.n;
}

/** The `r` attribute of a `<row>` start tag in buf[from, to), or 0 when it has none. */
function rowNumberAt(buf: string, from: number, to: number): number {
  for (let i = buf.indexOf("r", from); i >= 0 && i < to; i = buf.indexOf("r", i + 1)) {
    if (!isSpace(buf.charCodeAt(i - 1))) continue;
    let j = i + 1;
    while (isSpace(buf.charCodeAt(j))) j++;
    if (buf.charCodeAt(j) !== 0x3d) continue;
    j++;
    while (isSpace(buf.charCodeAt(j))) j++;
    const end = buf.indexOf(buf.charCodeAt(j) === 0x27 ? "'" : '"', j + 1);
    return intAt(buf, j + 1, end) || 0;
  }
  return 0;
}

/** parseInt of buf[from, to) without making the string: NaN when it has no leading digits. */
function intAt(buf: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpace(buf.charCodeAt(i))) i++;
  let n = 0;
  let digits = 0;
  for (; i < to; i++, digits++) {
    const d = buf.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) break;
    n = n * 10 + d;
  }
  return digits > 0 && digits < 16 ? n : digits === 0 ? NaN : parseInt(buf.slice(from, to), 10);
}

const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * parseFloat of buf[from, to), in place for the usual `-123.45`: with at most 15 digits the digits
 * form an exact integer m and 10^d is exact, so m / 10^d is the correctly rounded value — the
 * same double parseFloat gives. Anything else (exponents, long digit strings) goes to parseFloat.
 */
function numberAt(buf: string, from: number, to: number): number {
  let i = from;
  const negative = buf.charCodeAt(i) === 0x2d;
  if (negative) i++;
  let m = 0;
  let digits = 0;
  let decimals = -1;
  for (; i < to; i++) {
    const ch = buf.charCodeAt(i);
    if (ch === 0x2e && decimals < 0) decimals = 0;
    else if (ch >= 0x30 && ch <= 0x39) {
      m = m * 10 + (ch - 0x30);
      digits++;
      if (decimals >= 0) decimals++;
    } else break;
  }
  if (i < to || digits === 0 || digits > 15) return parseFloat(buf.slice(from, to));
  const v = decimals > 0 ? m / POW10[decimals] : m;
  return negative ? -v : v;
}

/** True when buf[from, to) holds an entity or a carriage return (the text needs decoding). */
function hasEscapes(buf: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = buf.charCodeAt(i);
    if (ch === 0x26 || ch === 0x0d) return true;
  }
  return false;
}

/** The column of the reference in buf[from, to) (`AB12` → 27), or -1 without letters. */
function columnAt(buf: string, from: number, to: number): number {
  let col = 0;
  for (let i = from; i < to; i++) {
    const ch = buf.charCodeAt(i) | 0x20;
    if (ch >= 0x61 && ch <= 0x7a) col = col * 26 + (ch - 0x60);
    else break;
  }
  return col - 1;
}

/** `AB12` → 27 (the letters' column, A = 0); `$` signs ignored. */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const ch = ref.charCodeAt(i) | 0x20;
    if (ch >= 0x61 && ch <= 0x7a) col = col * 26 + (ch - 0x60);
    else if (ref.charCodeAt(i) !== 0x24) break;
  }
  return col - 1;
}

function rowOf(ref: string): number {
  const m = /\d+/.exec(ref);
  return m ? parseInt(m[0], 10) - 1 : 0;
}
