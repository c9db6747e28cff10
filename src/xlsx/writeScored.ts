/**
 * `score --out`: a copy of the workbook with the computed columns of SPEC section 2 filled in,
 * written into the ORIGINAL package: only the customer sheet's part (the add-in's cells), the
 * styles part (number formats for its dates and amounts) and, when its columns extend the
 * customer table, that table's part change. Every other part — charts, drawings, comments, data
 * validation and conditional formats (in the sheet part, untouched outside the add-in's cells),
 * print titles, pivot caches, macros — is copied byte for byte. What cannot be kept that way is
 * refused by name (cannotKeep.ts), never dropped.
 *
 * Existing computed columns are reused where they are the add-in's: recorded by its hidden names
 * (`crmColumn_<key>`), or — the names lost — a header in either language wearing the add-in's
 * marker (src/excel/owned.ts: a caption alone never counts, so a user's own 象限 column stays the
 * user's). Missing ones are appended right of the customer range, "象限 (CRM)" beside a user's
 * 象限 — inside the Excel table when the table can grow there. The input bytes are not modified.
 */
import type { Analysis, CustomerScore } from "../core/analyze";
import type { Lang } from "../core/i18n";
import { COMPUTED_COLUMNS, type ComputedColumnDef } from "../core/schema";
import { computedCell } from "../core/computed";
import { serialFromDay } from "../core/dates";
import { isBlank } from "../core/parse/result";
import type { GridSheet } from "./grid";
import type { Located } from "./locate";
import type { CellRange } from "./a1";
import type { SheetChoices } from "../core/locate";
import { type OpenedSheet, openSheetForEdit, rewriteTablePart, saveEdits } from "./packageEdit";
import { type CellContent, type CellEdit, type SheetEdits, escapeXml, styleAt } from "./sheetXml";
import { matchesOf } from "./xmlText";
import { partText, workbookPart } from "./package";
import { readDefinedNames, withDefinedNames } from "./definedNames";
import { newCaption, ownedIndexes, ownedName, parseOwned } from "../excel/owned";
import type { StyleBook } from "./stylesXml";
import { COMPUTED_HEADER } from "../excel/palette";
import { columnLetters } from "../core/a1";
import { type BesideUser, besideUser } from "../core/besideUser";

const NUMBER_FORMATS: Record<string, string> = {
  amount: "#,##0.00",
  closeness: "0.000",
  lastContact: "yyyy-mm-dd",
  nextVisit: "yyyy-mm-dd",
};

/** The copy, and the columns added beside a user's own column of that caption (said on stderr). */
export interface ScoredCopy {
  bytes: Uint8Array;
  besideUser: BesideUser[];
}

export async function writeScored(
  bytes: ArrayBuffer | Uint8Array,
  analysis: Analysis,
  lang: Lang,
  sheets: SheetChoices = {},
): Promise<ScoredCopy> {
  const input = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  // The sheets the analysis read (`--map customers.sheet=…` as well as the workbook's column map).
  const opened = await openSheetForEdit(input, "customers", sheets);
  const { loaded, located: customers, sheet, sheetXml, styles } = opened;

  const columns = placeColumns(customers, sheet, await ownedColumns(opened), lang);
  const headerRow = customers.raw.headerRow;
  const edits: SheetEdits = new Map();
  const put = (row: number, col: number, edit: CellEdit) => {
    if (!edits.has(row)) edits.set(row, new Map());
    edits.get(row)!.set(col, edit);
  };
  const appended = columns.filter((c) => !c.existing);
  const headerStyle = styleAt(sheetXml, headerRow, customers.range.right);
  // Every computed header wears the add-in's marker (what a refresh puts there): a copy whose
  // hidden names are lost is still recognised by it.
  const marked = (s: number | undefined) => styles.withMarker(s, argb(COMPUTED_HEADER.fill), argb(COMPUTED_HEADER.font));
  for (const { col, existing, caption } of columns)
    put(headerRow, col, { content: { kind: "text", value: caption }, style: (s) => marked(existing ? s : headerStyle) });

  const byRow = new Map(analysis.scores.map((s) => [s.row, s]));
  const lastRow = customers.table
    ? customers.range.bottom - (customers.table.totalsRow ? 1 : 0) + 1
    : headerRow + customers.raw.rows.length;
  for (let row = headerRow + 1; row <= lastRow; row++) {
    const score = byRow.get(row);
    for (const { def, col } of columns) {
      // The computed columns belong to the add-in: a row without a score (a blank or repeated ID) is cleared.
      const content = score ? contentOf(def, score, lang, loaded.facts.date1904, analysis) : { kind: "empty" as const };
      const format = NUMBER_FORMATS[def.key];
      put(row, col, { content, style: (s) => (format && content.kind !== "empty" ? styles.withFormat(s, format) : s) });
    }
  }

  saveEdits(opened, edits);
  await recordOwnership(opened, columns, headerRow);
  if (customers.table && appended.length > 0 && appended[0].col === customers.range.right + 1) {
    await growTable(
      opened,
      appended.map((c) => c.caption),
    );
  }
  // Parts not written above keep their compressed bytes: jszip copies an unchanged entry as it was.
  return {
    bytes: await opened.zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }),
    besideUser: besideUser(customers.raw.sheet, appended.map((c) => ({ key: c.def.key, caption: c.caption })), customers.raw.headers, lang),
  };
}

interface Placed {
  def: ComputedColumnDef;
  /** 0-based worksheet column. */
  col: number;
  existing: boolean;
  /** Its header: as it is, or the caption for a new one (unique among the headers). */
  caption: string;
}

/**
 * The add-in's computed columns already in the customer range (0-based worksheet columns), as a
 * refresh finds them (owned.ts): by the hidden names, else by caption and the header marker.
 */
async function ownedColumns(opened: OpenedSheet): Promise<Map<string, number>> {
  const { raw } = opened.located;
  const xml = await partText(opened.zip, await workbookPart(opened.zip));
  const owned = parseOwned(readDefinedNames(xml ?? "").map((n) => ({ name: n.name, formula: n.text })));
  const marked = raw.headers.map((_, i) => wearsMarker(opened.styles, styleAt(opened.sheetXml, raw.headerRow, raw.firstColumn + i)));
  const found = ownedIndexes(owned, {
    sheet: raw.sheet,
    table: opened.located.table?.name ?? "",
    headerRow0: raw.headerRow - 1,
    col0: raw.firstColumn,
    headers: raw.headers,
    marked,
  });
  return new Map([...found].map(([key, i]) => [key, raw.firstColumn + i]));
}

const wearsMarker = (styles: StyleBook, style: number | undefined) => styles.wearsFill(style, argb(COMPUTED_HEADER.fill));

/** The add-in's existing columns where they are; the others side by side in the first free columns to the right. */
function placeColumns(customers: Located, sheet: GridSheet, existing: ReadonlyMap<string, number>, lang: Lang): Placed[] {
  const { raw, range } = customers;
  const missing = COMPUTED_COLUMNS.filter((d) => !existing.has(d.key));
  const free = (col: number) => sheet.rows.slice(range.top, range.bottom + 1).every((r) => isBlank(r[col]));
  let start = range.right + 1;
  while (!missing.every((_, k) => free(start + k))) start++;
  const headers = [...raw.headers];
  return COMPUTED_COLUMNS.map((def) => {
    const at = existing.get(def.key);
    if (at !== undefined) return { def, col: at, existing: true, caption: raw.headers[at - raw.firstColumn] };
    // "象限 (CRM)" where the user has a 象限 of their own: table headers are unique, and theirs stays theirs.
    const caption = newCaption(def.key, lang, headers);
    headers.push(caption);
    return { def, col: start + missing.indexOf(def), existing: false, caption };
  });
}

/**
 * The hidden names a refresh records its columns by (`crmColumn_<key>` → the header cell), so the
 * copy opened in Excel or the workbench is refreshed in place rather than given a second set.
 */
async function recordOwnership(opened: OpenedSheet, columns: readonly Placed[], headerRow: number): Promise<void> {
  const part = await workbookPart(opened.zip);
  const xml = await partText(opened.zip, part);
  if (xml === undefined) return;
  const sheet = `'${opened.located.raw.sheet.replace(/'/g, "''")}'`;
  const names = columns.map(({ def, col }) => ({
    name: ownedName(def.key),
    text: `${sheet}!$${columnLetters(col)}$${headerRow}`,
    hidden: true,
  }));
  opened.zip.file(part, withDefinedNames(xml, names));
}

function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

/** Dates as serials in the workbook's own date system, under a date format. */
function contentOf(def: ComputedColumnDef, s: CustomerScore, lang: Lang, date1904: boolean, a: Analysis): CellContent {
  const cell = computedCell(def.key, s, lang, a);
  if (cell === null || cell === "") return { kind: "empty" };
  if (typeof cell === "object") return { kind: "number", value: serialFromDay(cell.day, date1904) };
  return typeof cell === "number" ? { kind: "number", value: cell } : { kind: "text", value: cell };
}

/** The customer table's part grown over the appended columns: its ref, its filter and its column list. */
async function growTable(opened: OpenedSheet, names: string[]): Promise<void> {
  const customers = opened.located;
  const range: CellRange = { ...customers.range, right: customers.range.right + names.length };
  const filter: CellRange = { ...range, bottom: range.bottom - (customers.table!.totalsRow ? 1 : 0) };
  await rewriteTablePart(opened, range, filter, (xml, p) => {
    const ids = [...matchesOf(xml, /<(?:[\w.-]+:)?tableColumn\s[^>]*?\bid="(\d+)"/g)].map((m) => Number(m[1]));
    let id = Math.max(0, ...ids);
    const added = names.map((n) => `<${p}tableColumn id="${++id}" name="${escapeXml(n)}"/>`).join("");
    return xml.replace(
      /(<((?:[\w.-]+:)?)tableColumns\b[^>]*?)\bcount="\d+"([^>]*>)([\s\S]*?)(<\/\2tableColumns>)/,
      (_, open: string, _p: string, rest: string, body: string, close: string) =>
        `${open}count="${ids.length + names.length}"${rest}${body}${added}${close}`,
    );
  });
}
