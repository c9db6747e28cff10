/**
 * Editing one CRM table's sheet inside the ORIGINAL package, shared by `score --out` and
 * `import --out`: open the package, find the table's sheet part and the styles part (or refuse by
 * name), apply cell edits, and grow the Excel table's part. Parts not written keep their bytes.
 */
import type JSZip from "jszip";
import type { TableKey } from "../core/table";
import type { SheetChoices } from "../core/locate";
import { matchKey } from "../core/schema";
import { BookError } from "./bookError";
import { CannotKeep } from "./cannotKeep";
import { type LoadedWorkbook, loadWorkbook } from "./loadWorkbook";
import { type GridSheet, gridOf } from "./grid";
import { type Located, locateTables } from "./locate";
import { type CellRange, formatRange, parseRange } from "./a1";
import { openPackage, partText, relsOf, workbookPart } from "./package";
import { type SheetEdits, editSheet } from "./sheetXml";
import { StyleBook } from "./stylesXml";
import { attributes } from "./xmlText";

export interface OpenedSheet {
  loaded: LoadedWorkbook;
  located: Located;
  sheet: GridSheet;
  zip: JSZip;
  /** The sheet's part and its XML as read. */
  part: string;
  sheetXml: string;
  stylesPart: string;
  styles: StyleBook;
}

/** The package opened for editing the sheet of `key`; throws BookError / CannotKeep when it cannot be. */
export async function openSheetForEdit(input: Uint8Array, key: TableKey, sheets: SheetChoices = {}): Promise<OpenedSheet> {
  // The library only reads (to find the table's range); the copy is made from the package itself.
  const loaded = await loadWorkbook(input);
  const grid = gridOf(loaded);
  const located = locateTables(grid, sheets)[key];
  const sheet = located && grid.sheets.find((s) => s.name === located.raw.sheet);
  if (!located || !sheet) throw new BookError("no-customer-sheet");
  const zip = await openPackage(input);
  const part = loaded.facts.sheets.find((s) => s.name === located.raw.sheet)?.part;
  const sheetXml = part && (await partText(zip, part));
  if (!part || sheetXml === undefined) throw new CannotKeep("customerPart");
  const stylesPart = (await relsOf(zip, await workbookPart(zip))).find((r) => r.kind === "styles")?.target;
  const stylesXml = stylesPart && (await partText(zip, stylesPart));
  if (!stylesPart || !stylesXml) throw new CannotKeep("styles");
  return { loaded, located, sheet, zip, part, sheetXml, stylesPart, styles: new StyleBook(stylesXml) };
}

/** Writes the edited sheet and, when formats were added, the styles part. */
export function saveEdits(o: OpenedSheet, edits: SheetEdits): void {
  o.zip.file(o.part, editSheet(o.sheetXml, edits));
  const newStyles = o.styles.toXml();
  if (newStyles !== undefined) o.zip.file(o.stylesPart, newStyles);
}

/**
 * Rewrites the part of the located Excel table: its `ref` becomes `range`, its filter `filter`,
 * and `more` may change the rest (the root element's namespace prefix is passed). No-op when the
 * sheet has no such table part.
 */
export async function rewriteTablePart(
  o: OpenedSheet,
  range: CellRange,
  filter: CellRange,
  more: (xml: string, prefix: string) => string = (xml) => xml,
): Promise<void> {
  const table = o.located.table;
  if (!table) return;
  for (const rel of await relsOf(o.zip, o.part)) {
    if (rel.kind !== "table") continue;
    const xml = await partText(o.zip, rel.target);
    const root = xml && /<((?:[\w.-]+:)?)table(?=[\s>])[^>]*>/.exec(xml);
    if (!xml || !root) continue;
    const a = attributes(root[0]);
    if (matchKey(a.get("displayName") ?? a.get("name") ?? "") !== matchKey(table.name)) continue;
    const grown = xml
      .replace(root[0], root[0].replace(/\bref="[^"]*"/, `ref="${formatRange(range)}"`))
      .replace(/(<(?:[\w.-]+:)?autoFilter\s[^>]*?\bref=")([^"]*)(")/, (all, x: string, ref: string, z: string) =>
        parseRange(ref) ? `${x}${formatRange(filter)}${z}` : all,
      );
    o.zip.file(rel.target, more(grown, root[1]));
    return;
  }
}
