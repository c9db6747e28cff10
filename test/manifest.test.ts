import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkManifest, parseXml, type XmlElement } from "../scripts/check-manifest";

const ROOT = join(__dirname, "..");
const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const root = parseXml(manifest);

const all = (el: XmlElement): XmlElement[] => [el, ...el.children.flatMap(all)];
const named = (name: string) => all(root).filter((el) => el.name === name);
const resource = (id: string) => all(root).find((el) => el.attrs.id === id && el.name.startsWith("bt:"));

/** The real manifest with one edit; the edit must apply, or the test would prove nothing. */
function edited(from: string | RegExp, to: string): string {
  const changed = manifest.replace(from, to);
  expect(changed).not.toBe(manifest);
  return changed;
}

describe("manifest.xml", () => {
  it("passes every structural check", () => {
    expect(checkManifest(manifest)).toEqual([]);
  });

  it("is an Excel task pane add-in with a fixed id", () => {
    expect(root.name).toBe("OfficeApp");
    expect(root.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(named("Id")[0].text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(named("Host")[0].attrs.Name).toBe("Workbook");
    expect(named("Permissions")[0].text).toBe("ReadWriteDocument");
  });

  it("requires the shared runtime, the custom functions runtime and ExcelApi 1.9", () => {
    const sets = Object.fromEntries(named("Set").map((s) => [s.attrs.Name, s.attrs.MinVersion]));
    expect(sets).toEqual({ SharedRuntime: "1.1", CustomFunctionsRuntime: "1.1", ExcelApi: "1.9" });
  });

  it("runs the task pane, the functions and the ribbon in one long-lived runtime page", () => {
    const [runtime] = named("Runtime");
    expect(runtime.attrs).toEqual({ resid: "Taskpane.Url", lifetime: "long" });
    expect(named("FunctionFile")[0].attrs.resid).toBe("Taskpane.Url");
    expect(resource("Taskpane.Url")?.attrs.DefaultValue).toBe("https://localhost:3000/taskpane.html");
  });

  it("declares the custom functions in the CRM namespace with zh-CN metadata", () => {
    expect(resource("Functions.Namespace")?.attrs.DefaultValue).toBe("CRM");
    const metadata = resource("Functions.Metadata.Url");
    expect(metadata?.attrs.DefaultValue).toBe("https://localhost:3000/functions.json");
    expect(metadata?.children.map((o) => o.attrs)).toEqual([
      { Locale: "zh-CN", Value: "https://localhost:3000/functions.zh-CN.json" },
    ]);
    expect(resource("Functions.Script.Url")?.attrs.DefaultValue).toBe("https://localhost:3000/functions.js");
  });

  it("names the add-in and its ribbon button in English and Chinese", () => {
    const displayName = named("DisplayName")[0];
    expect(displayName.attrs.DefaultValue).toBe("Quadrant CRM");
    expect(displayName.children[0].attrs).toEqual({ Locale: "zh-CN", Value: "四象限客户" });
    const label = resource("TaskpaneButton.Label");
    expect(label?.attrs.DefaultValue).toBe("Quadrant CRM");
    expect(label?.children[0].attrs.Value).toBe("四象限客户");
  });

  it("points every icon at a PNG in assets/ of the size it claims", () => {
    const urls = all(root)
      .flatMap((el) => [el.attrs.DefaultValue, el.attrs.Value])
      .filter((u) => u?.includes("/assets/"));
    expect(urls.length).toBeGreaterThanOrEqual(5);
    for (const url of urls) {
      const file = readFileSync(join(ROOT, new URL(url!).pathname));
      const size = Number(/icon-(\d+)\.png$/.exec(url!)?.[1]);
      expect(file.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect([file.readUInt32BE(16), file.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});

describe("the manifest check", () => {
  it("fails a resid that no resource defines", () => {
    const problems = checkManifest(edited('<Label resid="TaskpaneButton.Label"/>', '<Label resid="Missing.Label"/>'));
    expect(problems).toEqual([expect.stringContaining('resid "Missing.Label" is not defined in bt:ShortStrings')]);
  });

  it("fails a resid that names a resource of the wrong kind", () => {
    const problems = checkManifest(
      edited('<Title resid="GetStarted.Title"/>', '<Title resid="GetStarted.Description"/>'),
    );
    expect(problems).toContainEqual(expect.stringContaining("is in bt:LongStrings, expected bt:ShortStrings"));
  });

  it("fails an http URL", () => {
    const problems = checkManifest(
      edited('DefaultValue="https://localhost:3000/functions.js"', 'DefaultValue="http://localhost:3000/functions.js"'),
    );
    expect(problems).toEqual([expect.stringContaining("URL must be https: http://localhost:3000/functions.js")]);
  });

  it("fails a user-visible string without a zh-CN override", () => {
    const problems = checkManifest(edited(/(<bt:String id="CommandsGroup.Label"[^>]*>)\s*<bt:Override[^>]*\/>/, "$1"));
    expect(problems).toEqual([expect.stringContaining('"CommandsGroup.Label" has no <bt:Override Locale="zh-CN">')]);
  });

  it("fails function metadata without a zh-CN file", () => {
    const problems = checkManifest(edited(/\s*<bt:Override Locale="zh-CN" Value="[^"]*functions\.zh-CN\.json"\/>/, ""));
    expect(problems).toEqual([expect.stringContaining('"Functions.Metadata.Url" has no zh-CN override')]);
  });

  it("fails a runtime that is not long-lived", () => {
    const problems = checkManifest(edited('lifetime="long"', 'lifetime="short"'));
    expect(problems).toEqual([expect.stringContaining('must have lifetime="long"')]);
  });

  it("fails a task pane that does not share the runtime page", () => {
    const changed = edited(
      /(<TaskpaneId>[^<]*<\/TaskpaneId>\s*)<SourceLocation resid="Taskpane.Url"\/>/,
      '$1<SourceLocation resid="GetStarted.LearnMoreUrl"/>',
    );
    expect(checkManifest(changed)).toEqual([
      expect.stringContaining('the task pane must use the shared runtime page "Taskpane.Url"'),
    ]);
  });

  it("fails elements out of schema order", () => {
    const problems = checkManifest(
      edited(/(<Version>[^<]*<\/Version>)(\s*)(<ProviderName>[^<]*<\/ProviderName>)/, "$3$2$1"),
    );
    expect(problems).toContainEqual(expect.stringContaining("<Version> is out of order inside <OfficeApp>"));
  });

  it("fails a missing required element", () => {
    const problems = checkManifest(edited(/\s*<Permissions>[^<]*<\/Permissions>/, ""));
    expect(problems).toEqual([expect.stringContaining("<OfficeApp> lacks <Permissions>")]);
  });

  it("fails a resource defined twice", () => {
    const problems = checkManifest(edited('<bt:Url id="GetStarted.LearnMoreUrl"', '<bt:Url id="Taskpane.Url"'));
    expect(problems).toContainEqual(expect.stringContaining('id "Taskpane.Url" is defined twice'));
  });

  it("fails XML that is not well-formed, naming the line", () => {
    const [problem, ...rest] = checkManifest(edited("</DisplayName>", "</Displayname>"));
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^not well-formed XML: line \d+: <\/Displayname> closes <DisplayName>/);
  });
});

describe("the manifest parser", () => {
  it("decodes entity and character references in attributes and text", () => {
    const el = parseXml(`<a x="&lt;b&gt; &amp; &quot;c&quot; &#x4E2D;&#25991;">R&amp;D<!-- note --></a>`);
    expect(el.attrs.x).toBe('<b> & "c" 中文');
    expect(el.text).toBe("R&D");
  });

  it.each([
    ["an unclosed element", "<a><b></a>"],
    ["a bare ampersand", "<a>R&D</a>"],
    ["an unquoted attribute", "<a x=1/>"],
    ["a duplicate attribute", '<a x="1" x="2"/>'],
    ["a second root element", "<a/><b/>"],
    ["an unterminated comment", "<a><!-- </a>"],
  ])("rejects %s", (_, xml) => {
    expect(() => parseXml(xml)).toThrow(/^line \d+: /);
  });
});
