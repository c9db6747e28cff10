/**
 * An .xlsx file's bytes → its grid (the same GridBook the full reader builds), without a workbook
 * model: the package's layout and the small parts (shared strings once, the styles only for which
 * ones are dates) read whole, each worksheet scanned as it inflates. Memory is the grid itself plus
 * one inflated piece at a time; a million-row sheet's XML is never held as one string.
 */
import type { GridBook, GridSheet } from "./grid";
import { BookError } from "./bookError";
import { readLayout, relsOf, workbookPart } from "./package";
import { dateStyles } from "./dateStyles";
import { sharedStrings } from "./sharedStrings";
import { SheetScan } from "./sheetScan";
import { ZipParts } from "./zipParts";

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

export async function streamGrid(input: ArrayBuffer | Uint8Array): Promise<GridBook> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) throw new BookError("legacy-or-encrypted");
  const zip = new ZipParts(bytes);
  const layout = await readLayout(zip);
  const rels = await relsOf(zip, await workbookPart(zip));
  const partOf = (kind: string, usual: string) => rels.find((r) => r.kind === kind)?.target ?? usual;
  const ctx = {
    date1904: layout.date1904,
    strings: sharedStrings(zip.text(partOf("sharedStrings", "xl/sharedStrings.xml"))),
    dates: dateStyles(zip.text(partOf("styles", "xl/styles.xml"))),
  };
  const sheets: GridSheet[] = layout.sheets.map(({ name, part, visible }) => {
    const scan = new SheetScan(ctx);
    const decoder = new TextDecoder();
    zip.stream(part, (chunk, final) => scan.push(decoder.decode(chunk, { stream: !final })));
    return { name, rows: scan.finish(), visible };
  });
  zip.checkTheRest();
  return { date1904: layout.date1904, sheets, tables: layout.tables };
}
