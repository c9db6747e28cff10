/**
 * The number formats the add-in's columns need (dates as yyyy-mm-dd, amounts with two decimals),
 * added to a workbook's `styles.xml` text without touching its existing styles: a cell keeps its
 * fill, font and borders, and gets a copy of its style with the number format changed. A style
 * that already has the format is reused, so rescoring a scored copy adds nothing.
 */
import { attributes, decodeXml, matchesOf } from "./xmlText";
import { escapeXml } from "./sheetXml";
import { CannotKeep } from "./cannotKeep";

/** Excel's built-in formats (ECMA-376 18.8.30) that the add-in uses, by format code. */
const BUILT_IN: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4 };
const FIRST_CUSTOM = 164;

export class StyleBook {
  private readonly formats = new Map<string, number>();
  private readonly added: string[] = [];
  private readonly xfs: string[];
  private readonly newXfs: string[] = [];
  private readonly made = new Map<string, number>();
  private nextFormat = FIRST_CUSTOM;
  /** The marker's fill and font, once added: [fillId, fontId] and their elements. */
  private marker?: { fill: number; font: number; fillXml: string; fontXml: string };

  constructor(private readonly xml: string) {
    for (const m of matchesOf(xml, /<(?:[\w.-]+:)?numFmt\s[^>]*>/g)) {
      const a = attributes(m[0]);
      const id = Number(a.get("numFmtId"));
      this.formats.set(decodeXml(a.get("formatCode") ?? ""), id);
      this.nextFormat = Math.max(this.nextFormat, id + 1);
    }
    const cellXfs = /<(?:[\w.-]+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cellXfs>/.exec(xml);
    if (!cellXfs) throw new CannotKeep("styles");
    this.xfs = [...matchesOf(cellXfs[1], /<(?:[\w.-]+:)?xf\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?xf>)/g)].map(
      (m) => m[0],
    );
  }

  /** The style index of `base` (a cell's style, 0 when it has none) with number format `code`. */
  withFormat(base: number | undefined, code: string): number {
    const from = base !== undefined && base < this.xfs.length ? base : 0;
    const id = this.formatId(code);
    const xf = this.xfs[from];
    if (xf && Number(attributes(/^<[^>]*>/.exec(xf)![0]).get("numFmtId") ?? 0) === id) return from;
    const key = `${from}:${id}`;
    const known = this.made.get(key);
    if (known !== undefined) return known;
    const copy = (xf ?? "<xf/>").replace(
      /^<([\w.:-]+)([^>]*?)(\/?)>/,
      (_, name: string, attrs: string, close: string) => {
        const rest = attrs.replace(/\s+(?:numFmtId|applyNumberFormat)="[^"]*"/g, "");
        return `<${name} numFmtId="${id}"${rest} applyNumberFormat="1"${close}>`;
      },
    );
    const index = this.xfs.length + this.newXfs.length;
    this.newXfs.push(copy);
    this.made.set(key, index);
    return index;
  }

  /**
   * The style of `base` wearing the add-in's header marker: a solid `fill` and a bold font of
   * colour `font` (ARGB hex) — what a refresh puts on its computed headers, so a copy whose hidden
   * names are lost still shows which columns are the add-in's.
   */
  withMarker(base: number | undefined, fill: string, font: string): number {
    const from = base !== undefined && base < this.xfs.length ? base : 0;
    if (!this.marker) {
      this.marker = {
        fill: countOf(this.xml, "fills"),
        font: countOf(this.xml, "fonts"),
        fillXml: `<fill><patternFill patternType="solid"><fgColor rgb="${fill}"/><bgColor indexed="64"/></patternFill></fill>`,
        fontXml: `<font><b/><sz val="11"/><color rgb="${font}"/><name val="Calibri"/><family val="2"/></font>`,
      };
    }
    const key = `${from}:marker`;
    const known = this.made.get(key);
    if (known !== undefined) return known;
    const { fill: fillId, font: fontId } = this.marker;
    const copy = (this.xfs[from] ?? "<xf/>").replace(/^<([\w.:-]+)([^>]*?)(\/?)>/, (_, name: string, attrs: string, close: string) => {
      const rest = attrs.replace(/\s+(?:fillId|fontId|applyFill|applyFont)="[^"]*"/g, "");
      return `<${name} fontId="${fontId}" fillId="${fillId}"${rest} applyFont="1" applyFill="1"${close}>`;
    });
    const index = this.xfs.length + this.newXfs.length;
    this.newXfs.push(copy);
    this.made.set(key, index);
    return index;
  }

  /**
   * True when style `index` fills its cell solid with `fill` (ARGB hex): the add-in's header marker,
   * by which a computed column whose hidden name is gone is still known (src/excel/owned.ts).
   */
  wearsFill(index: number | undefined, fill: string): boolean {
    const xf = index !== undefined ? this.xfs[index] : undefined;
    if (!xf) return false;
    const fillId = Number(attributes(/^<[^>]*>/.exec(xf)![0]).get("fillId") ?? 0);
    const fills = /<((?:[\w.-]+:)?)fills\b[^>]*>([\s\S]*?)<\/\1fills>/.exec(this.xml);
    const element = fills ? [...matchesOf(fills[2], /<(?:[\w.-]+:)?fill(?:\s[^>]*)?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?fill>)/g)][fillId]?.[0] : undefined;
    if (!element || !/patternType="solid"/.test(element)) return false;
    const rgb = /<(?:[\w.-]+:)?fgColor\b[^>]*\brgb="([0-9A-Fa-f]{8})"/.exec(element)?.[1];
    return rgb !== undefined && rgb.toUpperCase() === fill.toUpperCase();
  }

  private formatId(code: string): number {
    const known = BUILT_IN[code] ?? this.formats.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormat++;
    this.formats.set(code, id);
    this.added.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  /** The part's new text, or undefined when nothing was added (the part is then copied as it was). */
  toXml(): string | undefined {
    if (this.added.length === 0 && this.newXfs.length === 0) return undefined;
    let xml = this.xml;
    if (this.marker) {
      xml = appendTo(xml, "fills", this.marker.fillXml);
      xml = appendTo(xml, "fonts", this.marker.fontXml);
    }
    if (this.newXfs.length > 0) {
      xml = xml.replace(
        /(<((?:[\w.-]+:)?)cellXfs\b[^>]*>)([\s\S]*?)(<\/\2cellXfs>)/,
        (_, open: string, p: string, body: string, close: string) => {
          const count = this.xfs.length + this.newXfs.length;
          const xfs = this.newXfs.map((x) => (p ? x.replace(/^<xf\b/, `<${p}xf`) : x)).join("");
          return `${open.replace(/\s+count="\d+"/, ` count="${count}"`)}${body}${xfs}${close}`;
        },
      );
    }
    if (this.added.length > 0) {
      const m = /<((?:[\w.-]+:)?)numFmts\b[^>]*?(\/?)>/.exec(xml);
      const p = m ? m[1] : (/<((?:[\w.-]+:)?)styleSheet\b/.exec(xml)?.[1] ?? "");
      const entries = this.added.map((x) => x.replace(/^<numFmt\b/, `<${p}numFmt`)).join("");
      if (m && !m[2]) {
        xml = xml.replace(
          /(<(?:[\w.-]+:)?numFmts\b[^>]*>)([\s\S]*?)(<\/(?:[\w.-]+:)?numFmts>)/,
          (_, open: string, body: string, close: string) => {
            const total = [...matchesOf(body, /<(?:[\w.-]+:)?numFmt\s/g)].length + this.added.length;
            return `${open.replace(/\s+count="\d+"/, ` count="${total}"`)}${body}${entries}${close}`;
          },
        );
      } else if (m) {
        xml = xml.replace(m[0], `<${p}numFmts count="${this.added.length}">${entries}</${p}numFmts>`);
      } else {
        // numFmts is the stylesheet's first child.
        xml = xml.replace(
          /(<(?:[\w.-]+:)?styleSheet\b[^>]*>)/,
          `$1<${p}numFmts count="${this.added.length}">${entries}</${p}numFmts>`,
        );
      }
    }
    return xml;
  }
}

/** How many children a `fills` / `fonts` list has (its count attribute, else its elements). */
function countOf(xml: string, list: "fills" | "fonts"): number {
  const m = new RegExp(`<((?:[\\w.-]+:)?)${list}\\b[^>]*>([\\s\\S]*?)</\\1${list}>`).exec(xml);
  if (!m) throw new CannotKeep("styles");
  const one = list.slice(0, -1);
  return [...matchesOf(m[2], new RegExp(`<(?:[\\w.-]+:)?${one}\\b[^s]`, "g"))].length;
}

/** `element` appended to the `fills` / `fonts` list (in the list's namespace prefix), its count updated. */
function appendTo(xml: string, list: "fills" | "fonts", element: string): string {
  return xml.replace(
    new RegExp(`(<((?:[\\w.-]+:)?)${list}\\b[^>]*>)([\\s\\S]*?)(</\\2${list}>)`),
    (_, open: string, p: string, body: string, close: string) => {
      const n = countOf(xml, list) + 1;
      const added = p ? element.replace(/<(\/?)(?=[a-z])/g, `<$1${p}`) : element;
      return `${open.replace(/\s+count="\d+"/, ` count="${n}"`)}${body}${added}${close}`;
    },
  );
}
