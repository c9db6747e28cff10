/**
 * The workbook's defined names in `xl/workbook.xml`: read (the workbench opening a file) and
 * written (the workbench's download, `score --out`). The add-in records what it owns by hidden
 * names (`crmColumn_*`, `crmSheet_*`, `crmRefreshMemo`); a file that keeps them keeps the
 * add-in's knowledge of its own columns and sheets.
 */
import { attributes, decodeXml, matchesOf } from "./xmlText";
import { escapeXml } from "./sheetXml";

export interface DefinedName {
  name: string;
  /** The formula as the file stores it, without "=" ("'客户'!$H$1"). */
  text: string;
  hidden: boolean;
  comment?: string;
}

/** Workbook-level names (a sheet-scoped name or Excel's own `_xlnm.*` is left out). */
export function readDefinedNames(workbookXml: string): DefinedName[] {
  const out: DefinedName[] = [];
  for (const m of matchesOf(workbookXml, /<(?:[\w.-]+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?definedName>)/g)) {
    const a = attributes(`<x${m[1]}>`);
    const name = a.get("name") ?? "";
    if (!name || name.startsWith("_xlnm.") || a.has("localSheetId")) continue;
    out.push({ name, text: decodeXml(m[2] ?? ""), hidden: a.get("hidden") === "1" || a.get("hidden") === "true", comment: a.get("comment") });
  }
  return out;
}

/**
 * `workbookXml` with `names` set: an existing name of the same spelling (case-insensitive, as Excel
 * compares) is replaced, the others are kept; the element goes where the schema wants it (after
 * `sheets`).
 */
export function withDefinedNames(workbookXml: string, names: readonly DefinedName[]): string {
  if (names.length === 0) return workbookXml;
  const prefix = /<((?:[\w.-]+:)?)workbook\b/.exec(workbookXml)?.[1] ?? "";
  const replaced = new Set(names.map((n) => n.name.toLowerCase()));
  const entries = names
    .map(
      (n) =>
        `<${prefix}definedName name="${escapeXml(n.name)}"${n.comment ? ` comment="${escapeXml(n.comment)}"` : ""}${n.hidden ? ' hidden="1"' : ""}>${escapeXml(n.text)}</${prefix}definedName>`,
    )
    .join("");
  const block = /<((?:[\w.-]+:)?)definedNames\b[^>]*?(?:\/>|>([\s\S]*?)<\/\1definedNames>)/.exec(workbookXml);
  if (block) {
    const kept = [...matchesOf(block[2] ?? "", /<(?:[\w.-]+:)?definedName\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?definedName>)/g)]
      .map((m) => m[0])
      .filter((x) => !replaced.has((attributes(/^<[^>]*>/.exec(x)![0]).get("name") ?? "").toLowerCase()));
    return workbookXml.replace(block[0], `<${prefix}definedNames>${kept.join("")}${entries}</${prefix}definedNames>`);
  }
  const sheetsEnd = new RegExp(`</${prefix.replace(/[.]/g, "\\.")}sheets>`);
  return workbookXml.replace(sheetsEnd, (end) => `${end}<${prefix}definedNames>${entries}</${prefix}definedNames>`);
}
