/**
 * Which cell styles make a number a date, from `styles.xml`: the one thing the streaming reader
 * needs of the styles. The rule is the one exceljs applies (so both readers hand the core the
 * same cells): the style's number format — a custom `numFmt`, else one of the built-in formats
 * with a fixed code — is a date format when, outside quotes and brackets, it has a date or time
 * letter. Style 0 is never a date (exceljs skips it), nor are the built-in formats whose code
 * depends on the locale (27–36, 50–58): exceljs has no code for them.
 */
import { attributes, matchesOf } from "./xmlText";

/** The built-in formats with a date or time code (ECMA-376 18.8.30, as exceljs lists them). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** `dates[s]` is true when cells with `s="…"` holding a number are dates. */
export function dateStyles(stylesXml: string | undefined): boolean[] {
  if (!stylesXml) return [];
  const custom = new Map<number, string>();
  // Only the numFmts list: the differential formats (dxfs) of conditional formats have their own.
  for (const m of matchesOf(block(stylesXml, "numFmts"), /<(?:[\w.-]+:)?numFmt(?=[\s/>])([^>]*)>/g)) {
    const a = attributes(m[1]);
    custom.set(parseInt(a.get("numFmtId") ?? "", 10), a.get("formatCode") ?? "");
  }
  const cellXfs = block(stylesXml, "cellXfs");
  const out: boolean[] = [];
  for (const m of matchesOf(cellXfs, /<(?:[\w.-]+:)?xf(?=[\s/>])([^>]*)>/g)) {
    const id = parseInt(attributes(m[1]).get("numFmtId") ?? "", 10);
    const code = custom.get(id);
    out.push(out.length > 0 && Boolean(id) && (code ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id)));
  }
  return out;
}

/** The content of the first `local` element (any namespace prefix), or "". */
function block(xml: string, local: string): string {
  const re = new RegExp(`<(?:[\\w.-]+:)?${local}(?=[\\s>])[^>]*>([\\s\\S]*?)</(?:[\\w.-]+:)?${local}>`);
  return re.exec(xml)?.[1] ?? "";
}
