/**
 * Reading a list to import from its bytes: a CSV in whatever encoding a Chinese office exports
 * (UTF-8, UTF-8 with a BOM, UTF-16 with a BOM, GB18030/GBK), parsed by papaparse (quotes, embedded
 * line breaks, any delimiter); or an .xlsx, its first sheet with data. Works in Node and the browser.
 */
import Papa from "papaparse";
import type { Cell } from "../core/table";
import { readGrid } from "../xlsx/grid";

export type ListEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030";

export interface ListFile {
  format: "csv" | "xlsx";
  encoding?: ListEncoding;
  /** The sheet read from an .xlsx. */
  sheet?: string;
  rows: Cell[][];
}

/** The encoding of a CSV's bytes: a BOM says it; else strict UTF-8 if it decodes, else GB18030 (a superset of GBK). */
export function detectEncoding(bytes: Uint8Array): { encoding: ListEncoding; offset: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8-bom", offset: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", offset: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", offset: 2 };
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { encoding: "utf-8", offset: 0 };
  } catch {
    return { encoding: "gb18030", offset: 0 };
  }
}

export function decodeCsv(bytes: Uint8Array): { text: string; encoding: ListEncoding } {
  const { encoding, offset } = detectEncoding(bytes);
  const label = encoding === "utf-8-bom" ? "utf-8" : encoding;
  return { text: new TextDecoder(label).decode(bytes.subarray(offset)), encoding };
}

export function parseCsv(bytes: Uint8Array): ListFile {
  const { text, encoding } = decodeCsv(bytes);
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, dynamicTyping: false });
  // A final line break leaves one empty row; any other empty line stays, so row numbers match the file.
  const rows = parsed.data;
  if (rows.length && rows[rows.length - 1].every((c) => c === "")) rows.pop();
  return { format: "csv", encoding, rows };
}

export async function readListFile(bytes: Uint8Array, fileName: string): Promise<ListFile> {
  if (/\.xlsx$/i.test(fileName) || (bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    const grid = await readGrid(bytes);
    const sheet = grid.sheets.find((s) => s.rows.some((r) => r.length > 0)) ?? grid.sheets[0];
    // Rows with nothing in them are holes in the grid: read them as empty rows, so numbers match the sheet.
    return { format: "xlsx", sheet: sheet?.name, rows: Array.from(sheet?.rows ?? [], (r) => r ?? []) };
  }
  return parseCsv(bytes);
}
