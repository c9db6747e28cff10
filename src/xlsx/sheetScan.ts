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
import { attributes } from "./xmlText";

export interface SheetContext {
  date1904: boolean;
  /** Shared strings by index (null: an `<si>` without text, which exceljs reads as no value). */
  strings: readonly (string | null)[];
  /** `dates[s]`: a number in a cell of style s is a date. */
  dates: readonly boolean[];
}

const MS_PER_DAY = 86_400_000;
/** Serial 25569 = 1970-01-01 in the 1900 system; the 1904 system is 1462 days later. */
const EPOCH_SERIAL_1900 = 25_569;
const DAYS_1900_TO_1904 = 1462;
/** 1900-03-01: earlier 1900-system serials stay numbers (cellValue.ts says why). */
const FIRST_SAFE_SERIAL_1900 = 61;

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
  private row: Cell[] | undefined;
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
    const r = attr(buf, from, gt, "r");
    this.rowIndex = r === undefined ? this.rowIndex + 1 : parseInt(r, 10) - 1;
    this.row = [];
    this.col = -1;
  }

  private endRow(): void {
    const row = this.row;
    if (!row) return;
    this.row = undefined;
    if (row.length === 0 || this.rowIndex < 0) return;
    // A later row with the same number replaces the earlier one, as in exceljs.
    while (this.rows.length < this.rowIndex) this.rows.push([]);
    this.rows[this.rowIndex] = row;
  }

  /** A `<c>` element whose start tag ends at gt; -1 when its end is not in the text yet. */
  private cell(buf: string, gt: number, nameStart: number, nameEnd: number): number {
    const selfClosing = buf.charCodeAt(gt - 1) === 0x2f;
    let end = gt + 1;
    let innerEnd = gt;
    if (!selfClosing) {
      const close = `</${buf.slice(nameStart, nameEnd)}>`;
      innerEnd = buf.indexOf(close, gt + 1);
      if (innerEnd < 0) return -1;
      end = innerEnd + close.length;
    }
    if (!this.row) this.startRow(buf, gt, gt);
    // Attributes r, s, t.
    let ref: string | undefined;
    let style = 0;
    let type: string | undefined;
    for (let i = nameEnd; i < gt; ) {
      const eq = buf.indexOf("=", i);
      if (eq < 0 || eq >= gt) break;
      let q = eq + 1;
      while (buf.charCodeAt(q) === 0x20) q++;
      const quote = buf[q];
      const valueEnd = buf.indexOf(quote, q + 1);
      let n = eq - 1;
      while (buf.charCodeAt(n) === 0x20) n--;
      let s = n;
      while (s > i && !isSpace(buf.charCodeAt(s - 1))) s--;
      const key = buf.slice(s, n + 1);
      const local = key.includes(":") ? key.slice(key.indexOf(":") + 1) : key;
      const value = buf.slice(q + 1, valueEnd);
      if (local === "r") ref = value;
      else if (local === "s") style = parseInt(value, 10) || 0;
      else if (local === "t") type = value;
      i = valueEnd + 1;
    }
    this.col = ref === undefined ? this.col + 1 : columnOf(ref);
    if (selfClosing) return end;

    // Children: <f>, <v>, <is> (<t>, or rich-text runs <r><t>), phonetic runs (<rPh>) skipped.
    let value: string | undefined;
    let sawValue = false;
    let runs: string[] | undefined;
    let formula: string | undefined;
    let shareType: string | undefined;
    let si: string | undefined;
    let masterRef = false;
    let inRun = false;
    let inPhonetic = false;
    for (let i = gt + 1; i < innerEnd; ) {
      const a = buf.indexOf("<", i);
      if (a < 0 || a >= innerEnd) break;
      const b = buf.indexOf(">", a);
      const isClose = buf.charCodeAt(a + 1) === 0x2f;
      let ns = isClose ? a + 2 : a + 1;
      let ne = ns;
      while (ne < b && !isSpace(buf.charCodeAt(ne)) && buf.charCodeAt(ne) !== 0x2f) {
        if (buf.charCodeAt(ne) === 0x3a) ns = ne + 1;
        ne++;
      }
      const name = buf.slice(ns, ne);
      if (isClose) {
        if (name === "r") inRun = false;
        else if (name === "rPh") inPhonetic = false;
        i = b + 1;
        continue;
      }
      const empty = buf.charCodeAt(b - 1) === 0x2f;
      if (name === "v" || name === "t" || name === "f") {
        if (name === "f") {
          const attrs = attributes(buf.slice(ne, empty ? b - 1 : b));
          shareType = attrs.get("t");
          si = attrs.get("si");
          masterRef = attrs.has("ref");
        }
        if (name === "v") sawValue = true;
        if (empty) {
          i = b + 1;
          continue;
        }
        const textEnd = buf.indexOf("<", b + 1);
        const raw = buf.slice(b + 1, textEnd);
        i = textEnd;
        if (raw.length === 0) continue;
        const text = xmlText(raw);
        if (name === "f") formula = formula === undefined ? text : formula + text;
        else if (name === "t" && inPhonetic) continue;
        else if (name === "t" && inRun) runs![runs!.length - 1] += escapedChars(text);
        else value = value === undefined ? text : value + text;
        continue;
      }
      if (name === "r" && !empty) {
        inRun = true;
        (runs ??= []).push("");
      } else if (name === "rPh" && !empty) inPhonetic = true;
      i = b + 1;
    }

    // Excel saves a formula's empty text as `t="str"` with an empty <v>: a value, not "no value".
    if (value === undefined && sawValue && type === "str" && (formula || shareType)) value = "";
    const cell = this.valueOf(value ?? (runs ? runs.join("") : undefined), type, style, formula, shareType);
    if (shareType === "shared" && masterRef && si !== undefined && formula)
      this.masters.set(si, { formula, address: `${columnLetters(this.col)}${this.rowIndex + 1}` });
    if (cell instanceof UnsavedFormula)
      this.unsaved.push({ row: this.rowIndex, col: this.col, formula: cell.formula, shared: !formula && si !== undefined ? { si } : undefined });
    if (cell === null) return end;
    const row = this.row!;
    while (row.length < this.col) row.push(null);
    row[this.col] = cell;
    return end;
  }

  /** The cell as exceljs types it (cell-xform parseClose + reconcile) and toCell shows it. */
  private valueOf(value: string | undefined, type: string | undefined, style: number, formula: string | undefined, shareType: string | undefined): Cell {
    const isDate = this.ctx.dates[style] === true;
    if (formula || shareType) {
      if (value === undefined) return new UnsavedFormula(formula ?? "");
      let result: Cell;
      if (type === "str") result = strValue(value);
      else if (type === "b") result = parseInt(value, 10) !== 0;
      else if (type === "e") result = value;
      else result = parseFloat(value);
      // Text and error results stay as they are (exceljs would make an invalid date of them).
      return isDate && typeof result !== "string" ? this.date(Number(result)) : result;
    }
    if (value === undefined) return null;
    switch (type) {
      case "s": {
        const s = this.ctx.strings[parseInt(value, 10)];
        if (s === undefined) throw new Error(`shared string ${value} is missing`);
        return s;
      }
      case "str":
        return strValue(value);
      case "inlineStr":
        return value;
      case "b":
        return parseInt(value, 10) !== 0;
      case "e":
        return value;
      case "d": {
        const serial = serialOfIso(value, this.ctx.date1904) ?? parseFloat(value);
        return isDate ? this.date(serial) : serial;
      }
      default: {
        const n = parseFloat(value);
        return isDate ? this.date(n) : n;
      }
    }
  }

  private date(serial: number): Cell {
    const date1904 = this.ctx.date1904;
    const d = new Date(Math.round((serial - EPOCH_SERIAL_1900 + (date1904 ? DAYS_1900_TO_1904 : 0)) * MS_PER_DAY));
    if (date1904) return d;
    const back = d.getTime() / MS_PER_DAY + EPOCH_SERIAL_1900;
    return back < FIRST_SAFE_SERIAL_1900 ? back : d;
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

/** The value of attribute `name` (no prefix) in buf[from, to), or undefined. */
function attr(buf: string, from: number, to: number, name: string): string | undefined {
  return attributes(buf.slice(from, to)).get(name);
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
