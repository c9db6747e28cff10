import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { checkManifest, parseXml, type XmlElement } from "../scripts/check-manifest";
import { buildPlan, deployBase, manifestVersion, productionManifest } from "../scripts/production-manifest";

const ROOT = join(__dirname, "..");
const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
/** Every manifest the build templates (x11's reduced-mode manifest too, when there is one). */
const manifests = readdirSync(ROOT).filter((f) => /^manifest.*\.xml$/.test(f));

const all = (el: XmlElement): XmlElement[] => [el, ...el.children.flatMap(all)];
/** Every URL a manifest loads or links: URL-valued attributes (namespace names aside) and AppDomain text. */
function urlsOf(xml: string): string[] {
  return all(parseXml(xml)).flatMap((el) => [
    ...Object.entries(el.attrs)
      .filter(([name, value]) => !name.startsWith("xmlns") && /^https?:\/\//.test(value))
      .map(([, value]) => value),
    ...(el.name === "AppDomain" ? [el.text.trim()] : []),
  ]);
}
const MICROSOFT_LINK = /^https:\/\/go\.microsoft\.com\//;

describe("the production manifest", () => {
  const base = deployBase("https://intranet.example/crm/addins/quadrant");

  it.each(manifests)("%s: every URL moves under the sub-folder, and it still passes the manifest check", (file) => {
    const xml = productionManifest(readFileSync(join(ROOT, file), "utf8"), { base, version });
    const urls = urlsOf(xml);
    expect(urls.length).toBeGreaterThan(10);
    // The app domain is the server's origin; every other URL but Microsoft's help link is in the folder.
    const elsewhere = urls.filter(
      (url) =>
        !MICROSOFT_LINK.test(url) &&
        url !== "https://intranet.example" &&
        !url.startsWith("https://intranet.example/crm/addins/quadrant/"),
    );
    expect(elsewhere).toEqual([]);
    expect(xml).toMatch(/<AppDomain>https:\/\/intranet\.example<\/AppDomain>/);
    expect(checkManifest(xml)).toEqual([]);
  });

  it("points the task pane, the functions and their zh-CN metadata at files of the built folder", () => {
    const xml = productionManifest(readFileSync(join(ROOT, "manifest.xml"), "utf8"), { base, version });
    const folder = "https://intranet.example/crm/addins/quadrant/";
    const paths = urlsOf(xml)
      .filter((u) => u.startsWith(folder))
      .map((u) => u.slice(folder.length));
    expect(new Set(paths)).toEqual(
      new Set([
        "taskpane.html",
        "functions.js",
        "functions.json",
        "functions.zh-CN.json",
        "assets/icon-16.png",
        "assets/icon-32.png",
        "assets/icon-64.png",
        "assets/icon-80.png",
      ]),
    );
  });

  it("carries package.json's version and keeps the development Id unless given another", () => {
    const source = readFileSync(join(ROOT, "manifest.xml"), "utf8");
    const devId = /<Id>([^<]+)<\/Id>/.exec(source)![1];
    const kept = productionManifest(source, { base, version: "2.7.13" });
    expect(kept).toContain("<Version>2.7.13.0</Version>");
    expect(kept).toContain(`<Id>${devId}</Id>`);
    const test = productionManifest(source, { base, version, id: "0F8FAD5B-D9CB-469F-A165-70867728950E" });
    expect(test).toContain("<Id>0f8fad5b-d9cb-469f-a165-70867728950e</Id>");
    expect(test).not.toContain(devId);
  });

  it("refuses an Id that is not a GUID", () => {
    const source = readFileSync(join(ROOT, "manifest.xml"), "utf8");
    expect(() => productionManifest(source, { base, version, id: "test-copy" })).toThrow(/not a GUID/);
  });

  it("refuses to write a manifest that still names localhost or the placeholder", () => {
    const stray = readFileSync(join(ROOT, "manifest.xml"), "utf8").replace(
      "https://go.microsoft.com/fwlink/?LinkId=276812",
      "http://localhost:8080/help.html",
    );
    expect(() => productionManifest(stray, { base, version })).toThrow(
      /still names a local address: http:\/\/localhost:8080/,
    );
    const placeholder = stray.replace("http://localhost:8080/help.html", "https://quadrant-crm.example.com/help.html");
    expect(() => productionManifest(placeholder, { base, version })).toThrow(/still names the template's placeholder/);
  });
});

describe("the deployment address", () => {
  it("is a folder: a missing final slash is added", () => {
    expect(deployBase("https://intranet.example/crm").href).toBe("https://intranet.example/crm/");
    expect(deployBase("https://sharepoint.example:8443/sites/it/addins/").href).toBe(
      "https://sharepoint.example:8443/sites/it/addins/",
    );
  });

  it.each([
    ["nothing", undefined, /needs its address/],
    ["the template's placeholder", "https://quadrant-crm.example.com/", /placeholder/],
    ["localhost", "https://localhost:3000/", /points at this computer/],
    ["a loopback address", "https://127.0.0.1/crm/", /points at this computer/],
    ["plain http", "http://intranet.example/crm/", /https only/],
    ["a relative path", "/crm/", /not an absolute URL/],
    ["a query", "https://intranet.example/crm/?v=2", /no \?query/],
  ])("refuses %s, saying how to give one", (_, raw, why) => {
    expect(() => deployBase(raw)).toThrow(why);
    expect(() => deployBase(raw)).toThrow(/npm run build -- --env url=https:\/\/intranet\.example\/crm\//);
  });
});

describe("the manifest version", () => {
  it("is package.json's version with a fourth part", () => {
    expect(manifestVersion("0.1.0")).toBe("0.1.0.0");
    expect(manifestVersion("12.3.45-rc.1")).toBe("12.3.45.0");
  });

  it("refuses a version Office cannot read", () => {
    expect(() => manifestVersion("next")).toThrow(/not major\.minor\.patch/);
  });
});

describe("what npm run build builds", () => {
  const none = {};

  it("refuses a production build without an address, or for the placeholder", () => {
    expect(() => buildPlan({}, false, none)).toThrow(/needs its address/);
    expect(() => buildPlan({ url: "https://quadrant-crm.example.com" }, false, none)).toThrow(/placeholder/);
  });

  it("builds the add-in alone for the address given with --env url or ADDIN_URL, with the Id given", () => {
    const fromEnv = buildPlan({ url: "https://intranet.example/crm" }, false, none);
    expect(fromEnv.targets).toEqual(["addin"]);
    expect(fromEnv.deploy?.base.href).toBe("https://intranet.example/crm/");
    const fromVariables = buildPlan({}, false, {
      ADDIN_URL: "https://intranet.example/crm-test/",
      ADDIN_ID: "0F8FAD5B-D9CB-469F-A165-70867728950E",
    });
    expect(fromVariables.deploy).toEqual({
      base: new URL("https://intranet.example/crm-test/"),
      id: "0f8fad5b-d9cb-469f-a165-70867728950e",
    });
    expect(() => buildPlan({ url: "https://intranet.example/crm/", id: "test" }, false, none)).toThrow(/not a GUID/);
  });

  it("still builds the workbench alone, and development builds for the dev server, without an address", () => {
    expect(buildPlan({ target: "workbench" }, false, none)).toEqual({ targets: ["workbench"], deploy: undefined });
    expect(buildPlan({}, true, none)).toEqual({ targets: ["addin", "workbench"], deploy: undefined });
  });
});
