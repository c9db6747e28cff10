/**
 * The shared-string table (`sharedStrings.xml`), read once: each `<si>` as the text exceljs
 * gives for it — a plain `<t>`, or its rich-text runs joined; phonetic runs (`<rPh>`, furigana)
 * are not part of the text; `_x000D_`-style escapes decoded. An `<si>` without any text element is
 * null (exceljs reads it as no value).
 */
import { escapedChars, xmlText } from "./cellText";
import { matchesOf } from "./xmlText";

export function sharedStrings(xml: string | undefined): (string | null)[] {
  if (!xml) return [];
  const out: (string | null)[] = [];
  const siOpen = /<(?:[\w.-]+:)?si(?=[\s/>])[^>]*?(\/?)>/g;
  let m: RegExpExecArray | null;
  while ((m = siOpen.exec(xml))) {
    if (m[1]) {
      out.push(null);
      continue;
    }
    const closeRe = /<\/(?:[\w.-]+:)?si>/g;
    closeRe.lastIndex = siOpen.lastIndex;
    const close = closeRe.exec(xml);
    const end = close ? close.index : xml.length;
    out.push(itemText(xml.slice(siOpen.lastIndex, end)));
    siOpen.lastIndex = close ? closeRe.lastIndex : xml.length;
  }
  return out;
}

/** The text of one `<si>`'s content. */
function itemText(inner: string): string | null {
  // Fast path: `<t>text</t>` alone, as most writers put it.
  const plain = /^<(?:[\w.-]+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:[\w.-]+:)?t>$/.exec(inner);
  if (plain) return escapedChars(xmlText(plain[1]));
  let text: string | null = null;
  let runs: string[] | undefined;
  const noPhonetics = inner.replace(/<(?:[\w.-]+:)?rPh(?=[\s>])[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, "");
  for (const t of matchesOf(noPhonetics, /<(?:[\w.-]+:)?(r|t)(?=[\s/>])[^>]*?(\/?)>(?:([^<]*)<\/(?:[\w.-]+:)?t>)?/g)) {
    if (t[1] === "r") {
      if (t[2] !== "/") (runs ??= []).push("");
      continue;
    }
    const value = t[2] === "/" ? "" : escapedChars(xmlText(t[3] ?? ""));
    if (runs) runs[runs.length - 1] += value;
    else text = value;
  }
  return runs ? runs.join("") : text;
}
