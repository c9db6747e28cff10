/**
 * Just enough XML reading to inspect an .xlsx package before (or instead of) the spreadsheet
 * library: root attributes, relationship lists, element removal. The parts involved are small
 * and machine-written, so regular expressions over the text are sufficient and keep this
 * dependency-free.
 */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === "#")
      return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e] ?? m;
  });
}

/**
 * Every match of `re` in `text`, in order, as `text.matchAll(re)` gives them — which the oldest
 * WebViews the pane runs in lack (Safari before 13; eslint.config.mjs). `re` itself is not moved.
 */
export function* matchesOf(text: string, re: RegExp): Generator<RegExpExecArray> {
  const global = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
  for (let m = global.exec(text); m; m = global.exec(text)) {
    yield m;
    if (m[0] === "") global.lastIndex++;
  }
}

/** Attributes of a start tag's text, keyed by their name without namespace prefix. */
export function attributes(tagText: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of matchesOf(tagText, /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const local = m[1].includes(":") && !m[1].startsWith("xmlns") ? m[1].slice(m[1].indexOf(":") + 1) : m[1];
    if (!out.has(local)) out.set(local, decodeXml(m[2] ?? m[3] ?? ""));
  }
  return out;
}

/** Start tags named `local` (any namespace prefix), as their attribute maps. */
export function startTags(xml: string, local: string): Map<string, string>[] {
  const re = new RegExp(`<(?:[\\w.-]+:)?${local}(?=[\\s/>])([^>]*)>`, "g");
  return [...matchesOf(xml, re)].map((m) => attributes(m[1]));
}

/** Removes every `local` element (self-closing or with content; not nested in itself). */
export function removeElements(xml: string, local: string): string {
  const name = `(?:[\\w.-]+:)?${local}`;
  return xml.replace(new RegExp(`<${name}(?=[\\s/>])[^>]*?/>|<(${name})(?=[\\s>])[^>]*>[\\s\\S]*?</\\1>`, "g"), "");
}

export interface Relationship {
  id: string;
  /** The relationship type's last segment: `worksheet`, `table`, `drawing`, `officeDocument` … */
  kind: string;
  /** The target part's path inside the package (no leading slash), or the URL when external. */
  target: string;
  external: boolean;
}

/** Relationships of a `.rels` part; targets resolved against the folder of the part they belong to. */
export function parseRels(xml: string, ownerPart: string): Relationship[] {
  const base = ownerPart.includes("/") ? ownerPart.slice(0, ownerPart.lastIndexOf("/") + 1) : "";
  return startTags(xml, "Relationship").map((a) => {
    const external = a.get("TargetMode") === "External";
    const target = a.get("Target") ?? "";
    return {
      id: a.get("Id") ?? "",
      kind: (a.get("Type") ?? "").split("/").pop() ?? "",
      target: external ? target : resolvePath(base, target),
      external,
    };
  });
}

/** `xl/worksheets/` + `../tables/table1.xml` → `xl/tables/table1.xml`; `/xl/x.xml` → `xl/x.xml`. */
export function resolvePath(base: string, target: string): string {
  const segments = (target.startsWith("/") ? target.slice(1) : base + target).split("/");
  const out: string[] = [];
  for (const s of segments) {
    if (s === "..") out.pop();
    else if (s !== "." && s !== "") out.push(s);
  }
  return out.join("/");
}

/** Where the relationships of a part live: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}
