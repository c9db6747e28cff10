/**
 * Text inside a part's XML as an XML parser hands it over (entities and character references
 * decoded, line ends normalised), plus the two further decodings exceljs applies — kept here so
 * the streaming reader gives the core exactly the strings the full reader gives.
 */
import { decodeXml } from "./xmlText";

/** Character data between tags: entities decoded, CR LF and lone CR read as LF (XML 1.0 §2.11). */
export function xmlText(raw: string): string {
  let text = raw.indexOf("&") >= 0 ? decodeXml(raw) : raw;
  if (raw.indexOf("\r") >= 0) text = text.replace(/\r\n?/g, "\n");
  return text;
}

/**
 * `_x000D_` → a carriage return: how .xlsx escapes characters XML cannot hold. exceljs decodes it
 * in shared strings and rich-text runs (uppercase hex only), not in plain inline strings.
 */
export function escapedChars(text: string): string {
  return text.indexOf("_x") >= 0 ? text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

const NAMED: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&apos;": "'", "&quot;": '"' };

/**
 * exceljs decodes the named entities of a `t="str"` value a second time (its text is already
 * decoded once by the XML parser): `&amp;lt;` in the file reads as `<`. Kept for identical output.
 */
export function strValue(text: string): string {
  return text.indexOf("&") >= 0 ? text.replace(/&([a-z]*);/g, (m) => NAMED[m] ?? m) : text;
}
