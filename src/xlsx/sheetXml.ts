/**
 * Writing cells into a worksheet part's XML text in place: the rows and cells the add-in owns are
 * replaced or inserted in order, every other byte of the part stays as it was. Used by
 * `score --out`, which must keep everything a spreadsheet library would drop (charts, validation,
 * conditional formats, comments, print titles …) by never re-serializing the workbook.
 */
import { columnIndex, columnLetters } from "../core/a1";
import { attributes, matchesOf } from "./xmlText";
import { CannotKeep } from "./cannotKeep";

/** What to write in one cell: a number, text (as an inline string), or nothing (the cell is cleared). */
export type CellContent = { kind: "number"; value: number } | { kind: "text"; value: string } | { kind: "empty" };

export interface CellEdit {
  content: CellContent;
  /** The style index to give the cell, from the style it has now (undefined = none). */
  style(existing: number | undefined): number | undefined;
}

/** Edits keyed by 1-based worksheet row, then 0-based column. */
export type SheetEdits = Map<number, Map<number, CellEdit>>;

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
}

/** Cell addresses are `B12`: the column's letters and the row's number. */
function cellColumn(ref: string | undefined): number | undefined {
  const m = ref && /^([A-Z]{1,3})\d+$/i.exec(ref.replace(/\$/g, ""));
  return m ? columnIndex(m[1].toUpperCase()) : undefined;
}

/** The style index of one cell, or undefined (an empty sheet, a cell without a style). */
export function styleAt(xml: string, row: number, col: number): number | undefined {
  const m = new RegExp(`<(?:[\\w.-]+:)?c\\s[^>]*?\\br="${columnLetters(col)}${row}"[^>]*>`).exec(xml);
  const s = m ? attributes(m[0]).get("s") : undefined;
  return s === undefined ? undefined : Number(s);
}

export function editSheet(xml: string, edits: SheetEdits): string {
  const open = /<((?:[\w.-]+:)?)sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (!open) throw new CannotKeep("sheetData");
  const p = open[1];
  const innerStart = open.index + open[0].length;
  const closeTag = `</${p}sheetData>`;
  const innerEnd = open[2] ? innerStart : xml.indexOf(closeTag, innerStart);
  if (innerEnd < 0) throw new CannotKeep("sheetData");
  const inner = xml.slice(innerStart, innerEnd);

  const pending = [...edits.keys()].sort((a, b) => a - b);
  let next = 0;
  const out: string[] = [];
  let last = 0;
  const rowRe = new RegExp(`<${p}row\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}row>)`, "g");
  for (const m of matchesOf(inner, rowRe)) {
    const start = m.index!;
    const tag = /^<[^>]*?\/?>/.exec(m[0])![0];
    const r = Number(attributes(tag).get("r"));
    // Rows without a number are numbered by position; editing among them could shift the user's rows.
    if (!Number.isInteger(r) || r < 1) throw new CannotKeep("rowNumbers");
    out.push(inner.slice(last, start));
    while (next < pending.length && pending[next] < r) out.push(newRow(p, pending[next], edits.get(pending[next++])!));
    if (next < pending.length && pending[next] === r) out.push(editRow(p, m[0], tag, r, edits.get(pending[next++])!));
    else out.push(m[0]);
    last = start + m[0].length;
  }
  out.push(inner.slice(last));
  while (next < pending.length) out.push(newRow(p, pending[next], edits.get(pending[next++])!));

  const body = out.join("");
  const head = open[2] ? xml.slice(0, open.index) + open[0].replace(/\s*\/>$/, ">") : xml.slice(0, innerStart);
  const tail = open[2] ? closeTag + xml.slice(innerStart) : xml.slice(innerEnd);
  return widenDimension(head, edits) + body + tail;
}

function cellXml(p: string, row: number, col: number, edit: CellEdit, existing: number | undefined): string {
  const s = edit.style(existing);
  const ref = `${columnLetters(col)}${row}`;
  const style = s === undefined ? "" : ` s="${s}"`;
  const c = edit.content;
  if (c.kind === "number") return `<${p}c r="${ref}"${style}><${p}v>${c.value}</${p}v></${p}c>`;
  if (c.kind === "text") {
    const space = c.value.trim() === c.value ? "" : ' xml:space="preserve"';
    return `<${p}c r="${ref}"${style} t="inlineStr"><${p}is><${p}t${space}>${escapeXml(c.value)}</${p}t></${p}is></${p}c>`;
  }
  return style ? `<${p}c r="${ref}"${style}/>` : "";
}

function newRow(p: string, row: number, cells: Map<number, CellEdit>): string {
  const body = [...cells.keys()]
    .sort((a, b) => a - b)
    .map((col) => cellXml(p, row, col, cells.get(col)!, undefined))
    .join("");
  return `<${p}row r="${row}">${body}</${p}row>`;
}

function editRow(p: string, rowXml: string, tag: string, row: number, cells: Map<number, CellEdit>): string {
  // `spans` is an optional hint of the row's first and last column; a new cell may fall outside it.
  const start = tag.replace(/\s+spans="[^"]*"/, "").replace(/\s*\/>$/, ">");
  const body = tag.endsWith("/>") ? "" : rowXml.slice(tag.length, rowXml.length - `</${p}row>`.length);
  const cols = [...cells.keys()].sort((a, b) => a - b);
  let next = 0;
  const out: string[] = [];
  let last = 0;
  const cellRe = new RegExp(`<${p}c\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}c>)`, "g");
  for (const m of matchesOf(body, cellRe)) {
    const cellTag = /^<[^>]*?\/?>/.exec(m[0])![0];
    const a = attributes(cellTag);
    const col = cellColumn(a.get("r"));
    if (col === undefined) throw new CannotKeep("cellAddresses");
    out.push(body.slice(last, m.index!));
    while (next < cols.length && cols[next] < col)
      out.push(cellXml(p, row, cols[next], cells.get(cols[next++])!, undefined));
    if (next < cols.length && cols[next] === col) {
      // A formula in a column the add-in owns would leave Excel's calculation chain pointing at a value.
      if (new RegExp(`<${p}f\\b`).test(m[0])) throw new CannotKeep("formulaInComputed", `${columnLetters(col)}${row}`);
      const s = a.get("s");
      out.push(cellXml(p, row, col, cells.get(cols[next++])!, s === undefined ? undefined : Number(s)));
    } else out.push(m[0]);
    last = m.index! + m[0].length;
  }
  // New cells after the last one go right after it, before anything else the row holds (extLst).
  const rest = body.slice(last);
  while (next < cols.length) out.push(cellXml(p, row, cols[next], cells.get(cols[next++])!, undefined));
  return `${start}${out.join("")}${rest}</${p}row>`;
}

/** `<dimension ref="A1:C5"/>` grown over the written cells (an optional hint; wrong is worse than absent). */
function widenDimension(head: string, edits: SheetEdits): string {
  return head.replace(/(<(?:[\w.-]+:)?dimension\s+ref=")([^"]*)(")/, (all, a: string, ref: string, z: string) => {
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref);
    if (!m) return all;
    let [left, top] = [columnIndex(m[1]), Number(m[2])];
    let [right, bottom] = m[3] ? [columnIndex(m[3]), Number(m[4])] : [left, top];
    for (const [row, cells] of edits) {
      top = Math.min(top, row);
      bottom = Math.max(bottom, row);
      for (const col of cells.keys()) {
        left = Math.min(left, col);
        right = Math.max(right, col);
      }
    }
    return `${a}${columnLetters(left)}${top}:${columnLetters(right)}${bottom}${z}`;
  });
}
