/**
 * A repaired copy of a valid package that the spreadsheet library fails on: the cell data,
 * strings, styles and sheet names stay; what the library chokes on or misreads goes. The
 * original bytes are never changed — this builds a new zip.
 *
 * Known failures this answers (exceljs 4.4):
 * - a table filtered by "Top 10", "Above average" or colour throws "Unexpected xml node"
 *   (exceljs#2972): filters and sort states are dropped from tables and sheets;
 * - some drawings, charts and comments crash the loader ("reading 'anchors'", exceljs#2591):
 *   drawings, comments and every other part cells don't need are dropped;
 * - parts written with a namespace prefix (`<x:worksheet>`, as the OpenXML SDK does) are not
 *   recognised at all: the prefix is removed;
 * - `t="d"` date cells read as the year only: they become serial numbers;
 * - validations over whole columns take minutes: they are dropped;
 * - `date1904="true"` is ignored (dates shift by four years): it is spelled `1`.
 */
import JSZip from "jszip";
import type { PackageFacts } from "./package";
import { relsOf, workbookPart } from "./package";
import { serialOfIso } from "./isoDate";
import { attributes, parseRels, relsPathOf, removeElements } from "./xmlText";

export interface RepairOptions {
  /** Also drop the Excel tables (their ranges are known from the package facts anyway). */
  dropTables: boolean;
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** Sheet-level elements that carry no cell values and that the library has trouble with. */
const SHEET_EXTRAS = [
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "picture",
  "autoFilter",
  "sortState",
  "dataValidations",
  "conditionalFormatting",
  "extLst",
  "controls",
  "oleObjects",
];

export async function repairPackage(zip: JSZip, facts: PackageFacts, opts: RepairOptions): Promise<Uint8Array> {
  const wbPart = await workbookPart(zip);
  const keep = (path: string) =>
    path === wbPart ||
    path === "[Content_Types].xml" ||
    /^(_rels|docProps)\//.test(path) ||
    /^xl\/(_rels|worksheets|theme)\//.test(path) ||
    /^xl\/(sharedStrings|styles)\.xml$/.test(path) ||
    (!opts.dropTables && path.startsWith("xl/tables/"));

  const out = new JSZip();
  for (const [path, file] of Object.entries(zip.files)) {
    if (!file.dir && keep(path)) out.file(path, await file.async("uint8array"));
  }
  const sheetParts = new Set(facts.sheets.map((s) => s.part));
  for (const path of Object.keys(out.files)) {
    const file = out.files[path];
    if (file.dir || !/\.(xml|rels)$/.test(path)) continue;
    let xml = unprefix(await file.async("string"));
    if (sheetParts.has(path)) xml = repairSheet(xml, facts.date1904, opts);
    else if (path.startsWith("xl/tables/")) xml = removeElements(removeElements(xml, "autoFilter"), "sortState");
    else if (path === wbPart)
      xml = spellDate1904(["pivotCaches", "externalReferences", "extLst"].reduce(removeElements, xml), facts.date1904);
    out.file(path, xml);
  }
  await dropDanglingRels(out);
  // The workbook may list chart sheets and dialog sheets whose parts are gone now.
  const wbRels = new Set((await relsOf(out, wbPart)).filter((r) => r.external || out.file(r.target)).map((r) => r.id));
  const wbXml = (await out.file(wbPart)!.async("string")).replace(/<(?:[\w.-]+:)?sheet\s[^>]*?\/>/g, (tag: string) =>
    wbRels.has(attributes(tag).get("id") ?? "") ? tag : "",
  );
  out.file(wbPart, wbXml);
  return out.generateAsync({ type: "uint8array" });
}

/** `<x:c>` → `<c>` wherever a prefix stands for the main or relationships namespace. */
function unprefix(xml: string): string {
  for (const ns of [MAIN_NS, RELS_NS]) {
    const m = new RegExp(`xmlns:([\\w.-]+)="${ns}"`).exec(xml);
    if (!m) continue;
    const p = m[1];
    xml = xml
      .replace(new RegExp(`<(/?)${p}:`, "g"), "<$1")
      .replace(m[0], xml.includes(`xmlns="${ns}"`) ? "" : `xmlns="${ns}"`);
  }
  return xml;
}

function spellDate1904(xml: string, date1904: boolean): string {
  return xml.replace(/(<workbookPr\b[^>]*?\bdate1904=)("[^"]*"|'[^']*')/, `$1"${date1904 ? 1 : 0}"`);
}

function repairSheet(xml: string, date1904: boolean, opts: RepairOptions): string {
  let out = SHEET_EXTRAS.reduce(removeElements, xml);
  if (opts.dropTables) out = removeElements(out, "tableParts");
  return out.replace(
    /<c(\s[^>]*?)\bt="d"([^>]*)>\s*<v>([^<]*)<\/v>/g,
    (whole, before: string, after: string, iso: string) => {
      const serial = serialOfIso(iso, date1904);
      return serial === undefined ? whole : `<c${before}${after}><v>${serial}</v>`;
    },
  );
}

/** Removes relationships whose target part was dropped, so the library never looks for it. */
async function dropDanglingRels(zip: JSZip): Promise<void> {
  for (const path of Object.keys(zip.files)) {
    if (zip.files[path].dir || !path.endsWith(".rels")) continue;
    const owner = ownerOfRels(path);
    const xml = await zip.files[path].async("string");
    const live = new Set(
      parseRels(xml, owner)
        .filter((r) => r.external || zip.file(r.target))
        .map((r) => r.id),
    );
    zip.file(
      path,
      xml.replace(/<Relationship\s[^>]*?\/>/g, (tag) => (live.has(attributes(tag).get("Id") ?? "") ? tag : "")),
    );
  }
}

/** `xl/worksheets/_rels/sheet1.xml.rels` → `xl/worksheets/sheet1.xml` (inverse of relsPathOf). */
function ownerOfRels(relsPath: string): string {
  const m = /^(.*?)_rels\/(.*)\.rels$/.exec(relsPath);
  const owner = m ? m[1] + m[2] : "";
  return relsPathOf(owner) === relsPath ? owner : "";
}
