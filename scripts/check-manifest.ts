/**
 * Offline check of manifest.xml: `office-addin-manifest validate` needs the network and no
 * manifest XSD ships in node_modules, so this checks the rules that break an add-in when broken:
 * well-formed XML, required elements in schema order, every resid resolving to a resource of the
 * right kind, https URLs, the custom-functions extension point, one shared runtime page with a long
 * lifetime, resource limits, and zh-CN overrides for every user-visible string.
 *
 * `npx tsx scripts/check-manifest.ts [manifest.xml …]` prints the problems of each file and exits 1
 * when any.
 */
import { readFileSync } from "node:fs";

export interface XmlElement {
  /** Qualified name as written, e.g. `bt:Image`. */
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Concatenated character data directly inside the element. */
  text: string;
  line: number;
}

const NAME = /[A-Za-z_][\w.:-]*/y;
const ENTITY = /&(?:#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/y;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** A small strict XML parser (elements, attributes, text, comments, CDATA): throws on ill-formed input. */
export function parseXml(source: string): XmlElement {
  let i = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lineAt = (at: number) => source.slice(0, at).split("\n").length;
  const fail = (message: string, at = i): never => {
    throw new Error(`line ${lineAt(at)}: ${message}`);
  };
  const skipSpace = () => {
    while (i < source.length && /\s/.test(source[i])) i++;
  };
  const readName = (): string => {
    NAME.lastIndex = i;
    const m = NAME.exec(source);
    if (!m) return fail("expected a name");
    i += m[0].length;
    return m[0];
  };
  const decode = (raw: string, at: number): string => {
    let out = "";
    for (let k = 0; k < raw.length; k++) {
      if (raw[k] !== "&") {
        out += raw[k];
        continue;
      }
      ENTITY.lastIndex = k;
      const m = ENTITY.exec(raw);
      if (!m) return fail("'&' that does not start an entity reference", at);
      const body = m[0].slice(1, -1);
      out += body.startsWith("#x")
        ? String.fromCodePoint(parseInt(body.slice(2), 16))
        : body.startsWith("#")
          ? String.fromCodePoint(parseInt(body.slice(1), 10))
          : NAMED[body];
      k += m[0].length - 1;
    }
    return out;
  };
  const skipUntil = (end: string, what: string) => {
    const at = source.indexOf(end, i);
    if (at < 0) fail(`unterminated ${what}`);
    const body = source.slice(i, at);
    i = at + end.length;
    return body;
  };
  /** Comments, processing instructions and white space between markup. */
  const skipMisc = () => {
    for (;;) {
      skipSpace();
      if (source.startsWith("<!--", i)) skipUntil("-->", "comment");
      else if (source.startsWith("<?", i)) skipUntil("?>", "processing instruction");
      else return;
    }
  };

  const parseElement = (): XmlElement => {
    const start = i;
    i++; // "<"
    const element: XmlElement = { name: readName(), attrs: {}, children: [], text: "", line: lineAt(start) };
    for (;;) {
      const before = i;
      skipSpace();
      if (source.startsWith("/>", i)) {
        i += 2;
        return element;
      }
      if (source[i] === ">") {
        i++;
        break;
      }
      if (i >= source.length) fail(`unterminated start tag <${element.name}>`, start);
      if (i === before) fail(`expected white space before an attribute in <${element.name}>`);
      const name = readName();
      skipSpace();
      if (source[i] !== "=") fail(`attribute ${name} of <${element.name}> has no value`);
      i++;
      skipSpace();
      const quote = source[i];
      if (quote !== '"' && quote !== "'") fail(`attribute ${name} of <${element.name}> is not quoted`);
      i++;
      const valueAt = i;
      const raw = skipUntil(quote, "attribute value");
      if (raw.includes("<")) fail(`'<' in the value of attribute ${name}`, valueAt);
      if (name in element.attrs) fail(`duplicate attribute ${name} in <${element.name}>`, valueAt);
      element.attrs[name] = decode(raw, valueAt);
    }
    for (;;) {
      if (i >= source.length) fail(`<${element.name}> is never closed`, start);
      if (source.startsWith("</", i)) {
        i += 2;
        const name = readName();
        if (name !== element.name) fail(`</${name}> closes <${element.name}> opened on line ${element.line}`);
        skipSpace();
        if (source[i] !== ">") fail(`malformed end tag </${name}>`);
        i++;
        return element;
      }
      if (source.startsWith("<!--", i)) skipUntil("-->", "comment");
      else if (source.startsWith("<![CDATA[", i)) {
        i += 9;
        element.text += skipUntil("]]>", "CDATA section");
      } else if (source.startsWith("<?", i)) skipUntil("?>", "processing instruction");
      else if (source[i] === "<") element.children.push(parseElement());
      else {
        const at = i;
        const end = source.indexOf("<", i);
        i = end < 0 ? source.length : end;
        element.text += decode(source.slice(at, i), at);
      }
    }
  };

  if (source.startsWith("<?xml", i)) skipUntil("?>", "XML declaration");
  skipMisc();
  if (source[i] !== "<") fail("expected the root element");
  const root = parseElement();
  skipMisc();
  if (i < source.length) fail("content after the root element");
  return root;
}

const APP_NS = "http://schemas.microsoft.com/office/appforoffice/1.1";
const OVERRIDES_NS = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
const BT_NS = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
/** The locale every user-visible string must be translated into. */
const ZH = "zh-cn";

/** Children of the root in schema order (TaskPaneApp, schema 1.1); all of these are needed here. */
const ROOT_ORDER = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];

type ResourceKind = "bt:Images" | "bt:Urls" | "bt:ShortStrings" | "bt:LongStrings";
interface Resource {
  kind: ResourceKind;
  value: string;
  overrides: Map<string, string>;
  line: number;
}
const LIMITS: Partial<Record<ResourceKind, number>> = { "bt:ShortStrings": 125, "bt:LongStrings": 250 };

const kids = (el: XmlElement | undefined, name: string) => el?.children.filter((c) => c.name === name) ?? [];
const kid = (el: XmlElement | undefined, name: string) => el?.children.find((c) => c.name === name);
function* walk(el: XmlElement): Generator<XmlElement> {
  yield el;
  for (const c of el.children) yield* walk(c);
}
const typeOf = (el: XmlElement | undefined) => el?.attrs["xsi:type"];
const isGuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

/** The kind of resource a `resid` on this element must name. */
function residKind(el: XmlElement): ResourceKind {
  if (el.name === "bt:Image") return "bt:Images";
  if (el.name === "Label" || el.name === "Title" || el.name === "Namespace") return "bt:ShortStrings";
  if (el.name === "Description") return "bt:LongStrings";
  return "bt:Urls";
}

/**
 * Checks an add-in-only manifest for an Excel add-in with custom functions in a shared runtime.
 * Returns the problems found, each naming the line; an empty array means the manifest passes.
 */
export function checkManifest(xmlText: string): string[] {
  let root: XmlElement;
  try {
    root = parseXml(xmlText);
  } catch (e) {
    return [`not well-formed XML: ${(e as Error).message}`];
  }
  const problems: string[] = [];
  const at = (el: XmlElement, message: string) => problems.push(`line ${el.line}: <${el.name}> ${message}`);

  /** Required children present, in order, nothing unexpected between them. */
  const checkSequence = (parent: XmlElement, order: string[], required: string[] = order) => {
    let last = -1;
    for (const c of parent.children) {
      const pos = order.indexOf(c.name);
      if (pos < 0) at(c, `is not expected inside <${parent.name}> (expected ${order.join(", ")})`);
      else if (pos < last) at(c, `is out of order inside <${parent.name}> (expected ${order.join(", ")})`);
      else last = pos;
    }
    for (const name of required) if (!kid(parent, name)) at(parent, `lacks <${name}>`);
  };
  const checkUrl = (el: XmlElement, url: string | undefined) => {
    if (!url) at(el, "has no URL");
    else if (!/^https:\/\/[^\s/]+/.test(url)) at(el, `URL must be https: ${url}`);
  };
  const hasZhOverride = (el: XmlElement, overrideName: string) =>
    kids(el, overrideName).some((o) => o.attrs.Locale?.toLowerCase() === ZH && o.attrs.Value);

  if (root.name !== "OfficeApp") return [`line ${root.line}: the root element is <${root.name}>, not <OfficeApp>`];
  if (root.attrs.xmlns !== APP_NS) at(root, `must declare xmlns="${APP_NS}"`);
  if (root.attrs["xmlns:bt"] !== BT_NS) at(root, `must declare xmlns:bt="${BT_NS}"`);
  if (!root.attrs["xmlns:xsi"]) at(root, "must declare xmlns:xsi");
  if (typeOf(root) !== "TaskPaneApp") at(root, 'must have xsi:type="TaskPaneApp"');
  checkSequence(root, ROOT_ORDER);

  const id = kid(root, "Id");
  if (id && !isGuid(id.text.trim())) at(id, `must be a GUID, not "${id.text.trim()}"`);
  const version = kid(root, "Version");
  if (version && !/^\d+(\.\d+){0,3}$/.test(version.text.trim())) at(version, "must be n.n.n.n");
  for (const name of ["DisplayName", "Description"]) {
    const el = kid(root, name);
    if (el && !el.attrs.DefaultValue) at(el, "has no DefaultValue");
    if (el && !hasZhOverride(el, "Override")) at(el, `has no <Override Locale="zh-CN">`);
  }
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    const el = kid(root, name);
    if (el) checkUrl(el, el.attrs.DefaultValue);
  }
  for (const d of kids(kid(root, "AppDomains"), "AppDomain")) checkUrl(d, d.text.trim());
  const hosts = kids(kid(root, "Hosts"), "Host");
  if (kid(root, "Hosts") && !hosts.some((h) => h.attrs.Name === "Workbook"))
    at(kid(root, "Hosts")!, 'lacks <Host Name="Workbook"/>');
  const sets = kids(kid(kid(root, "Requirements"), "Sets"), "Set").map((s) => s.attrs.Name);
  for (const needed of ["SharedRuntime", "CustomFunctionsRuntime"])
    if (kid(root, "Requirements") && !sets.includes(needed))
      at(kid(root, "Requirements")!, `lacks <Set Name="${needed}">`);
  const source = kid(kid(root, "DefaultSettings"), "SourceLocation");
  if (kid(root, "DefaultSettings")) {
    if (source) checkUrl(source, source.attrs.DefaultValue);
    else at(kid(root, "DefaultSettings")!, "lacks <SourceLocation>");
  }
  const permissions = kid(root, "Permissions")?.text.trim();
  const allowed = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];
  if (permissions !== undefined && !allowed.includes(permissions))
    at(kid(root, "Permissions")!, `must be one of ${allowed.join(", ")}`);

  const overrides = kid(root, "VersionOverrides");
  if (!overrides) return problems;
  if (overrides.attrs.xmlns !== OVERRIDES_NS) at(overrides, `must declare xmlns="${OVERRIDES_NS}"`);
  if (typeOf(overrides) !== "VersionOverridesV1_0") at(overrides, 'must have xsi:type="VersionOverridesV1_0"');
  checkSequence(overrides, ["Description", "Requirements", "Hosts", "Resources"], ["Hosts", "Resources"]);

  // Resources: unique ids, limits, https URLs, bt:Override children only.
  const resources = new Map<string, Resource>();
  const resourcesEl = kid(overrides, "Resources");
  if (resourcesEl) checkSequence(resourcesEl, ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"]);
  for (const group of resourcesEl?.children ?? []) {
    const kind = group.name as ResourceKind;
    const itemName = kind === "bt:Images" ? "bt:Image" : kind === "bt:Urls" ? "bt:Url" : "bt:String";
    for (const item of group.children) {
      if (item.name !== itemName) {
        at(item, `is not expected inside <${kind}>`);
        continue;
      }
      const rid = item.attrs.id;
      if (!rid) {
        at(item, "has no id");
        continue;
      }
      if (rid.length > 32) at(item, `id "${rid}" is longer than 32 characters`);
      if (resources.has(rid)) at(item, `id "${rid}" is defined twice`);
      const resource: Resource = { kind, value: item.attrs.DefaultValue ?? "", overrides: new Map(), line: item.line };
      resources.set(rid, resource);
      if (!item.attrs.DefaultValue) at(item, `"${rid}" has no DefaultValue`);
      for (const o of item.children) {
        if (o.name !== "bt:Override") at(o, `is not expected inside <${item.name}> (use <bt:Override>)`);
        else if (!o.attrs.Locale || o.attrs.Value === undefined) at(o, "needs Locale and Value");
        else resource.overrides.set(o.attrs.Locale.toLowerCase(), o.attrs.Value);
      }
      const limit = LIMITS[kind];
      for (const text of [resource.value, ...resource.overrides.values()]) {
        if (limit && text.length > limit) at(item, `"${rid}" is longer than ${limit} characters`);
        if (kind === "bt:Images" || kind === "bt:Urls") checkUrl(item, text);
      }
    }
  }

  // Every resid resolves to a resource of the right kind.
  const referenced = new Set<string>();
  for (const el of walk(overrides)) {
    const rid = el.attrs.resid;
    if (rid === undefined) continue;
    referenced.add(rid);
    const want = residKind(el);
    const found = resources.get(rid);
    if (!found) at(el, `resid "${rid}" is not defined in ${want}`);
    else if (found.kind !== want) at(el, `resid "${rid}" is in ${found.kind}, expected ${want}`);
  }

  // The Workbook host: one long-lived shared runtime, custom functions, ribbon.
  const host = kids(kid(overrides, "Hosts"), "Host").find((h) => typeOf(h) === "Workbook");
  if (!host) {
    at(kid(overrides, "Hosts") ?? overrides, 'lacks <Host xsi:type="Workbook">');
    return problems;
  }
  checkSequence(host, ["Runtimes", "AllFormFactors", "DesktopFormFactor"]);
  const runtimes = kids(kid(host, "Runtimes"), "Runtime");
  if (runtimes.length !== 1)
    at(kid(host, "Runtimes") ?? host, "must declare exactly one <Runtime> (the shared runtime)");
  const runtime = runtimes[0];
  if (runtime && runtime.attrs.lifetime !== "long") at(runtime, 'must have lifetime="long"');

  const functions = kids(kid(host, "AllFormFactors"), "ExtensionPoint").find((e) => typeOf(e) === "CustomFunctions");
  if (!functions) at(kid(host, "AllFormFactors") ?? host, 'lacks <ExtensionPoint xsi:type="CustomFunctions">');
  else {
    checkSequence(functions, ["Script", "Page", "Metadata", "Namespace"]);
    for (const name of ["Script", "Page", "Metadata"]) {
      const part = kid(functions, name);
      if (part && !kid(part, "SourceLocation")?.attrs.resid) at(part, "lacks <SourceLocation resid>");
    }
    const metadataRid = kid(kid(functions, "Metadata"), "SourceLocation")?.attrs.resid;
    const metadata = metadataRid ? resources.get(metadataRid) : undefined;
    if (metadata && !metadata.overrides.get(ZH))
      at(kid(functions, "Metadata")!, `URL "${metadataRid}" has no zh-CN override (localized function names)`);
    const ns = kid(functions, "Namespace");
    const nsValue = ns?.attrs.resid ? resources.get(ns.attrs.resid)?.value : undefined;
    if (ns && nsValue !== undefined && !/^[A-Za-z][A-Za-z0-9_.]*$/.test(nsValue))
      at(ns, `namespace "${nsValue}" is not a valid name`);
  }

  // Shared runtime: the runtime, the functions page, the function file and the task pane are one page.
  const desktop = kid(host, "DesktopFormFactor");
  if (!desktop) at(host, "lacks <DesktopFormFactor>");
  else checkSequence(desktop, ["GetStarted", "FunctionFile", "ExtensionPoint"], ["FunctionFile", "ExtensionPoint"]);
  const page = runtime?.attrs.resid;
  const samePage: [XmlElement | undefined, string][] = [
    [kid(kid(functions, "Page"), "SourceLocation"), "the custom functions page"],
    [kid(desktop, "FunctionFile"), "the function file"],
    ...[...(desktop ? walk(desktop) : [])]
      .filter((el) => el.name === "Action" && typeOf(el) === "ShowTaskpane")
      .map((a): [XmlElement | undefined, string] => [kid(a, "SourceLocation"), "the task pane"]),
  ];
  for (const [el, what] of samePage)
    if (page && el && el.attrs.resid !== page)
      at(el, `${what} must use the shared runtime page "${page}", not "${el.attrs.resid}"`);
  const buttons = desktop ? [...walk(desktop)].filter((el) => el.name === "Control") : [];
  if (desktop && buttons.length === 0) at(desktop, "has no ribbon button");

  // Every user-visible string is translated (the namespace stays the same in every language).
  const namespaceRid = kid(functions, "Namespace")?.attrs.resid;
  for (const [rid, r] of resources)
    if ((r.kind === "bt:ShortStrings" || r.kind === "bt:LongStrings") && rid !== namespaceRid && !r.overrides.get(ZH))
      problems.push(`line ${r.line}: <bt:String> "${rid}" has no <bt:Override Locale="zh-CN">`);
  for (const [rid, r] of resources)
    if (!referenced.has(rid)) problems.push(`line ${r.line}: resource "${rid}" is never used`);
  return problems;
}

// Run as a command (tsx runs this file as CommonJS: the package has no "type": "module").
// `npm run check-manifest -- dist/manifest.xml` checks the production manifest as well.
if (typeof require !== "undefined" && require.main === module) {
  const files = process.argv.length > 2 ? process.argv.slice(2) : ["manifest.xml"];
  let failed = false;
  for (const file of files) {
    let problems: string[];
    try {
      problems = checkManifest(readFileSync(file, "utf8"));
    } catch (e) {
      problems = [(e as Error).message]; // e.g. no such file: one line, no stack
    }
    for (const p of problems) console.error(`${file}: ${p}`);
    if (problems.length) failed = true;
    else console.log(`${file}: no problems found`);
  }
  if (failed) process.exit(1);
}
