/**
 * The .xlsx package (a zip of XML parts) as written, read before the spreadsheet library sees
 * it: what kind of file this is, the workbook's date system, its sheets and Excel tables, and
 * features the library is known to misread or choke on. Reading these facts ourselves keeps
 * them right even when the library gets them wrong or has to be handed a repaired copy.
 */
import JSZip from "jszip";
import { BookError } from "./bookError";
import { type CellRange, parseRange, rangeCells } from "./a1";
import { type Relationship, attributes, parseRels, relsPathOf, startTags } from "./xmlText";

export interface PackageSheet {
  name: string;
  /** Path of the worksheet part, e.g. `xl/worksheets/sheet1.xml`. */
  part: string;
  /** False for `state="hidden"` or `"veryHidden"`. */
  visible: boolean;
}

export interface PackageTable {
  /** The name formulas and the Name Manager show (`displayName`). */
  name: string;
  sheet: string;
  /** The table's whole range: header row, data and totals row. */
  range: CellRange;
  headerRow: boolean;
  totalsRow: boolean;
}

/** Package features the library reads wrongly or too slowly; any of them means "repair first". */
export type Hazard =
  /** `t="d"` cells (ISO 8601 dates): the library reads `2026-03-05` as the number 2026. */
  | "iso-date-cells"
  /** Data validations over whole columns: the library expands them cell by cell (minutes, or out of memory). */
  | "huge-validations"
  /** `date1904="true"`: valid, but the library only understands `1` and would shift every date by four years. */
  | "date1904-spelling";

export interface PackageFacts {
  /** From `workbookPr`; `true` and `1` both mean yes (the library only understands `1`). */
  date1904: boolean;
  sheets: PackageSheet[];
  tables: PackageTable[];
  hazards: Hazard[];
}

/** More validated cells than this are not worth the library's cell-by-cell expansion. */
const VALIDATION_CELL_LIMIT = 100_000;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
/** "PK\3\4": a zip's first local file header — what every .xlsx starts with. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

export async function openPackage(bytes: Uint8Array): Promise<JSZip> {
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) throw new BookError("legacy-or-encrypted");
  try {
    return await JSZip.loadAsync(bytes);
  } catch {
    // A zip that starts right but cannot be opened was cut short or damaged (a download, a copy).
    throw new BookError(ZIP_SIGNATURE.every((b, i) => bytes[i] === b) ? "damaged" : "not-a-workbook");
  }
}

/** What reading the package's layout needs: a part's text and whether it exists (a JSZip, or the streaming reader's ZipParts). */
export interface PartSource {
  has(path: string): boolean;
  text(path: string): Promise<string | undefined> | string | undefined;
}

export function jszipParts(zip: JSZip): PartSource {
  return { has: (path) => zip.file(path) !== null, text: (path) => zip.file(path)?.async("string") };
}

export async function partText(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async("string");
}

export async function relsOf(zip: JSZip | PartSource, part: string): Promise<Relationship[]> {
  const parts = "files" in zip ? jszipParts(zip) : zip;
  const xml = await parts.text(relsPathOf(part));
  return xml ? parseRels(xml, part) : [];
}

/**
 * The workbook part named by the package's root relationships; `xl/workbook.xml` when those
 * are missing (some hand-rolled writers skip them).
 */
export async function workbookPart(zip: JSZip | PartSource): Promise<string> {
  const parts = "files" in zip ? jszipParts(zip) : zip;
  const rel = (await relsOf(parts, "")).find((r) => r.kind === "officeDocument");
  const part = rel?.target ?? "xl/workbook.xml";
  if (!parts.has(part)) throw new BookError("not-a-workbook");
  return part;
}

/** The package's date system, sheets and Excel tables: what any reader of its cells needs first. */
export type PackageLayout = Omit<PackageFacts, "hazards">;

export async function readLayout(parts: PartSource): Promise<PackageLayout> {
  const wbPart = await workbookPart(parts);
  const wbXml = (await parts.text(wbPart)) ?? "";
  const wbRels = new Map((await relsOf(parts, wbPart)).map((r) => [r.id, r]));
  const pr = startTags(wbXml, "workbookPr")[0];
  const date1904Text = (pr?.get("date1904") ?? "").trim().toLowerCase();
  const date1904 = date1904Text === "1" || date1904Text === "true";

  const sheets: PackageSheet[] = [];
  for (const a of startTags(wbXml, "sheet")) {
    const rel = wbRels.get(a.get("id") ?? "");
    if (rel?.kind === "worksheet" && parts.has(rel.target)) sheets.push({ name: a.get("name") ?? "", part: rel.target, visible: !/hidden/i.test(a.get("state") ?? "") });
  }
  const tables: PackageTable[] = [];
  for (const sheet of sheets) {
    for (const rel of await relsOf(parts, sheet.part)) {
      if (rel.kind !== "table") continue;
      const table = await readTable(parts, rel.target, sheet.name);
      if (table) tables.push(table);
    }
  }
  return { date1904, sheets, tables };
}

export async function readFacts(zip: JSZip): Promise<PackageFacts> {
  const parts = jszipParts(zip);
  const layout = await readLayout(parts);
  const hazards = new Set<Hazard>();
  const wbXml = (await parts.text(await workbookPart(parts))) ?? "";
  const date1904Text = (startTags(wbXml, "workbookPr")[0]?.get("date1904") ?? "").trim().toLowerCase();
  if (layout.date1904 && date1904Text !== "1") hazards.add("date1904-spelling");
  let validated = 0;
  for (const sheet of layout.sheets) {
    const xml = (await parts.text(sheet.part)) ?? "";
    if (/<(?:[\w.-]+:)?c\s[^>]*\bt="d"/.test(xml)) hazards.add("iso-date-cells");
    for (const v of startTags(xml, "dataValidation")) validated += sqrefCells(v.get("sqref") ?? "");
  }
  if (validated > VALIDATION_CELL_LIMIT) hazards.add("huge-validations");
  return { ...layout, hazards: [...hazards] };
}

async function readTable(parts: PartSource, part: string, sheet: string): Promise<PackageTable | undefined> {
  const xml = await parts.text(part);
  const root = xml && /<(?:[\w.-]+:)?table(?=[\s>])([^>]*)>/.exec(xml);
  if (!root) return undefined;
  const a = attributes(root[1]);
  const range = parseRange(a.get("ref") ?? "");
  const name = a.get("displayName") ?? a.get("name");
  if (!range || !name) return undefined;
  // Both counts are optional in the file; their defaults are one header row and no totals row.
  return {
    name,
    sheet,
    range,
    headerRow: a.get("headerRowCount") !== "0",
    totalsRow: Number(a.get("totalsRowCount") ?? 0) > 0,
  };
}

function sqrefCells(sqref: string): number {
  return sqref
    .split(/\s+/)
    .filter(Boolean)
    .reduce((n, ref) => n + (parseRange(ref) ? rangeCells(parseRange(ref)!) : 0), 0);
}
