/**
 * `import --out`: a copy of the workbook with an import's rows appended under the target table
 * (the Excel table grows over them) and the empty cells of existing customers filled — written
 * into the ORIGINAL package, as `score --out` is: only the target sheet's part, the styles part
 * (a date format for date cells) and the table's part change; every other part is copied byte for
 * byte. A cell is filled only if it is still empty. Text goes in as an inline string (a
 * formula-like `=HYPERLINK(…)` stays text), dates as serials under a date format. The input bytes
 * are not modified.
 */
import type JSZip from "jszip";
import type { TableKey } from "../core/table";
import { TABLES, matchKey } from "../core/schema";
import { mapHeaders } from "../core/columns";
import { isBlank } from "../core/parse/result";
import { serialFromDay } from "../core/dates";
import type { NewCell } from "../core/customer/newRows";
import type { MergePlan } from "../core/import/merge";
import { BookError } from "./bookError";
import { CannotKeep } from "./cannotKeep";
import { loadWorkbook } from "./loadWorkbook";
import { gridOf } from "./grid";
import { type Located, locateTables } from "./locate";
import { type CellRange, formatRange, parseRange } from "./a1";
import { openPackage, partText, relsOf, workbookPart } from "./package";
import { type CellContent, type SheetEdits, editSheet } from "./sheetXml";
import { StyleBook } from "./stylesXml";
import { attributes } from "./xmlText";

const DATE_FORMAT = "yyyy-mm-dd";

export interface ImportWriteResult {
  bytes: Uint8Array;
  filled: number;
}

function contentOf(v: NewCell, date1904: boolean): CellContent {
  if (typeof v === "object") return { kind: "number", value: serialFromDay(v.day, date1904) };
  if (typeof v === "number") return { kind: "number", value: v };
  return v === "" ? { kind: "empty" } : { kind: "text", value: v };
}

export async function writeImported(bytes: ArrayBuffer | Uint8Array, plan: MergePlan): Promise<ImportWriteResult> {
  const input = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const loaded = await loadWorkbook(input);
  const grid = gridOf(loaded);
  const target = locateTables(grid)[plan.table as TableKey];
  const sheet = target && grid.sheets.find((s) => s.name === target.raw.sheet);
  if (!target || !sheet) throw new BookError("no-customer-sheet");
  const zip = await openPackage(input);
  const part = loaded.facts.sheets.find((s) => s.name === target.raw.sheet)?.part;
  const sheetXml = part && (await partText(zip, part));
  if (!part || sheetXml === undefined) throw new CannotKeep("customerPart");
  const stylesPart = (await relsOf(zip, await workbookPart(zip))).find((r) => r.kind === "styles")?.target;
  const stylesXml = stylesPart && (await partText(zip, stylesPart));
  if (!stylesPart || !stylesXml) throw new CannotKeep("styles");
  const styles = new StyleBook(stylesXml);
  const date1904 = loaded.facts.date1904;

  const { raw } = target;
  const cols = mapHeaders(TABLES[plan.table], raw.headers);
  const colOf = (field: string) => {
    const i = cols.get(field);
    return i === undefined ? undefined : raw.firstColumn + i;
  };
  const edits: SheetEdits = new Map();
  const put = (row: number, col: number, value: NewCell) => {
    const content = contentOf(value, date1904);
    if (content.kind === "empty") return;
    if (!edits.has(row)) edits.set(row, new Map());
    edits.get(row)!.set(col, { content, style: (s) => (typeof value === "object" ? styles.withFormat(s, DATE_FORMAT) : s) });
  };

  let filled = 0;
  for (const f of plan.fill) {
    const col = colOf(f.field);
    if (col === undefined || !isBlank(sheet.rows[f.row - 1]?.[col] ?? null)) continue;
    put(f.row, col, f.value);
    filled++;
  }

  // Appended under the last data row. A totals row would have to move: refused by name, not broken.
  if (target.table?.totalsRow && plan.append.length) throw new CannotKeep("customerPart");
  const lastData = target.table ? target.range.bottom + 1 : raw.headerRow + raw.rows.length;
  plan.append.forEach((row, k) => {
    for (const [field, value] of Object.entries(row)) {
      const col = colOf(field);
      if (col !== undefined && value !== undefined) put(lastData + 1 + k, col, value);
    }
  });

  zip.file(part, editSheet(sheetXml, edits));
  const newStyles = styles.toXml();
  if (newStyles !== undefined) zip.file(stylesPart, newStyles);
  if (target.table && plan.append.length) await growTableDown(zip, part, target, plan.append.length);
  return { bytes: await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }), filled };
}

/** The table's part grown down over the appended rows: its ref and its filter. */
async function growTableDown(zip: JSZip, sheetPart: string, target: Located, rows: number): Promise<void> {
  for (const rel of await relsOf(zip, sheetPart)) {
    if (rel.kind !== "table") continue;
    const xml = await partText(zip, rel.target);
    const root = xml && /<((?:[\w.-]+:)?)table(?=[\s>])[^>]*>/.exec(xml);
    if (!xml || !root) continue;
    const a = attributes(root[0]);
    if (matchKey(a.get("displayName") ?? a.get("name") ?? "") !== matchKey(target.table!.name)) continue;
    const range: CellRange = { ...target.range, bottom: target.range.bottom + rows };
    const grown = xml
      .replace(root[0], root[0].replace(/\bref="[^"]*"/, `ref="${formatRange(range)}"`))
      .replace(/(<(?:[\w.-]+:)?autoFilter\s[^>]*?\bref=")([^"]*)(")/, (all, x: string, ref: string, z: string) =>
        parseRange(ref) ? `${x}${formatRange(range)}${z}` : all,
      );
    zip.file(rel.target, grown);
    return;
  }
}
