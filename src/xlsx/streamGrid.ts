/**
 * An .xlsx file's bytes → its grid (the same GridBook the full reader builds), without a workbook
 * model: the package's layout and the small parts (shared strings once, the styles only for which
 * ones are dates) read whole, each worksheet scanned as it inflates. Memory is the grid itself plus
 * one inflated piece at a time; a million-row sheet's XML is never held as one string.
 */
import type { GridBook, GridSheet } from "./grid";
import { type Progress, noProgress } from "../core/progress";
import { BookError } from "./bookError";
import { readLayout, relsOf, workbookPart } from "./package";
import { dateStyles } from "./dateStyles";
import { sharedStrings } from "./sharedStrings";
import { SheetScan } from "./sheetScan";
import { type Codec, ZipParts } from "./zipParts";

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
const PROGRESS_STEP = 4 << 20;

export interface StreamOptions {
  /** Hears the "reading" stage: bytes of sheet XML read of their total, and rows so far. */
  progress?: Progress;
  /** How parts are inflated (zipParts.ts); the portable one by default. */
  codec?: Codec;
}

export async function streamGrid(input: ArrayBuffer | Uint8Array, o: StreamOptions = {}): Promise<GridBook> {
  const progress = o.progress ?? noProgress;
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) throw new BookError("legacy-or-encrypted");
  const zip = new ZipParts(bytes, o.codec);
  const layout = await readLayout(zip);
  const rels = await relsOf(zip, await workbookPart(zip));
  const partOf = (kind: string, usual: string) => rels.find((r) => r.kind === kind)?.target ?? usual;
  const ctx = {
    date1904: layout.date1904,
    strings: sharedStrings(await zip.text(partOf("sharedStrings", "xl/sharedStrings.xml"))),
    dates: dateStyles(await zip.text(partOf("styles", "xl/styles.xml"))),
  };
  const total = layout.sheets.reduce((n, s) => n + zip.size(s.part), 0);
  let before = 0;
  let rows = 0;
  progress({ stage: "reading", done: 0, total, rows: 0 });
  const sheets: GridSheet[] = [];
  for (const { name, part, visible } of layout.sheets) {
    const scan = new SheetScan(ctx);
    const decoder = new TextDecoder();
    let read = 0;
    let told = 0;
    await zip.stream(part, (chunk) => {
      scan.push(decoder.decode(chunk, { stream: true }));
      read += chunk.length;
      // Told every few megabytes: the listener is not called per piece of a few kilobytes.
      if (read - told >= PROGRESS_STEP) {
        told = read;
        progress({ stage: "reading", done: before + read, total, rows: rows + scan.rows.length });
      }
    });
    scan.push(decoder.decode());
    before += zip.size(part);
    const grid = scan.finish();
    rows += grid.length;
    sheets.push({ name, rows: grid, visible });
  }
  progress({ stage: "reading", done: total, total, rows });
  await zip.checkTheRest();
  return { date1904: layout.date1904, sheets, tables: layout.tables };
}
