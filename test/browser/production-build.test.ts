/**
 * A build for an organisation's own server under a sub-folder, served the way IT would serve it
 * (a static server with dist/ mounted at that folder), opened in Chromium: the manifest names only
 * files of that folder, each of them is there, and the task pane loads every script from it and
 * starts inside its Content-Security-Policy.
 *
 * The build is `webpack --env url=…` in development mode: the URL rewriting (buildPlan,
 * productionManifest) and the page's relative script paths are the same in both modes, and
 * skipping minification keeps this test's build to a fraction of `npm run build`'s.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync, readdirSync, rmSync } from "node:fs";
import { parse } from "acorn";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { checkManifest, parseXml, type XmlElement } from "../../scripts/check-manifest";
import { SKIP_MESSAGE, chromiumPresent, launchChromium } from "./chromium";

jest.setTimeout(300_000);

if (!chromiumPresent) console.log(SKIP_MESSAGE);
const describeInBrowser = chromiumPresent ? describe : describe.skip;

const ROOT = join(__dirname, "..", "..");
const OUT = ".tmp/production-build";
const FOLDER = "/crm/quadrant/";
const BASE = `https://intranet.example${FOLDER}`;
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * Office.js stands in for Excel: ready at once, in English, remembering which custom functions the
 * page registers. The workbook itself is not needed to see that the page's code loaded and runs.
 */
const OFFICE_STUB = `
  window.__associated = [];
  window.Office = {
    onReady(callback) { const info = { host: "Excel", platform: "OfficeOnline" }; setTimeout(() => callback && callback(info)); return Promise.resolve(info); },
    context: { displayLanguage: "en-US", requirements: { isSetSupported: () => true } },
    actions: { associate(id) { window.__associated.push(id); } },
  };
  window.CustomFunctions = { associate(id) { window.__associated.push(id); } };
`;

function build(): Promise<void> {
  return new Promise((done, fail) => {
    const webpack = spawn(
      process.execPath,
      [
        require.resolve("webpack-cli/bin/cli.js"),
        "--mode",
        "development",
        "--env",
        `url=${BASE}`,
        "--env",
        `outDir=${OUT}`,
      ],
      { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] },
    );
    let errors = "";
    webpack.stderr.setEncoding("utf8").on("data", (chunk: string) => (errors += chunk));
    webpack.on("exit", (code) => (code === 0 ? done() : fail(new Error(`the build failed (${code}):\n${errors}`))));
  });
}

/**
 * scripts/static-server.mjs with dist/ mounted at the folder, in a process of its own (jest runs
 * CommonJS and cannot import the .mjs); resolves to the process and its address.
 */
function serveMounted(dir: string, mount: string): Promise<{ server: ChildProcess; url: string }> {
  const program = `import("./scripts/static-server.mjs").then(async ({ serveStatic }) => {
    const { url } = await serveStatic(${JSON.stringify(dir)}, { port: 4390, mount: ${JSON.stringify(mount)} });
    console.log(url);
  })`;
  return new Promise((done, fail) => {
    const server = spawn(process.execPath, ["-e", program], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
    server.stdout.setEncoding("utf8").once("data", (line: string) => done({ server, url: line.trim() }));
    server.on("exit", (code) => fail(new Error(`the static server exited (${code})`)));
  });
}

const all = (el: XmlElement): XmlElement[] => [el, ...el.children.flatMap(all)];

describeInBrowser(`a build for ${BASE}`, () => {
  let served: { server: ChildProcess; url: string };
  let browser: Browser;
  let manifest: string;

  beforeAll(async () => {
    rmSync(join(ROOT, OUT), { recursive: true, force: true });
    await build();
    manifest = readFileSync(join(ROOT, OUT, "manifest.xml"), "utf8");
    served = await serveMounted(join(ROOT, OUT), FOLDER);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    served?.server.kill();
  });

  it("emits only syntax the WebViews of every supported Excel run: each script parses as ES2019 (no ?., ??=, class fields, static blocks)", () => {
    const scripts = readdirSync(join(ROOT, OUT)).filter((f) => f.endsWith(".js"));
    expect(scripts).toEqual(expect.arrayContaining(["taskpane.js", "functions.js", "commands.js"]));
    const refused = scripts.flatMap((f) => {
      try {
        parse(readFileSync(join(ROOT, OUT, f), "utf8"), { ecmaVersion: 2019, sourceType: "script" });
        return [];
      } catch (e) {
        return [`${f}: ${(e as Error).message}`];
      }
    });
    expect(refused).toEqual([]);
  });

  it("writes a manifest that passes the manifest check and names only files of that folder, each one served there", async () => {
    expect(checkManifest(manifest)).toEqual([]);
    const urls = all(parseXml(manifest)).flatMap((el) =>
      Object.entries(el.attrs)
        .filter(([name, value]) => !name.startsWith("xmlns") && /^https?:/.test(value))
        .map(([, value]) => value)
        .filter((url) => !url.startsWith("https://go.microsoft.com/")),
    );
    expect(urls.length).toBeGreaterThanOrEqual(10);
    expect(urls.filter((url) => !url.startsWith(BASE))).toEqual([]);
    for (const url of new Set(urls)) {
      const local = new URL(url.slice(BASE.length), served.url);
      const response = await fetch(local);
      expect([url, response.status]).toEqual([url, 200]);
    }
    expect(manifest).toContain("<AppDomain>https://intranet.example</AppDomain>");
  });

  describe("the task pane, opened from the manifest's address", () => {
    let page: Page;
    const requests: { url: string; status: number }[] = [];
    const failed: string[] = [];
    const pageErrors: string[] = [];

    beforeAll(async () => {
      page = await browser.newPage({ viewport: { width: 360, height: 700 } });
      await page.route(OFFICE_JS, (route) => route.fulfill({ contentType: "text/javascript", body: OFFICE_STUB }));
      // Every refusal of the page's Content-Security-Policy, as the browser reports it.
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __csp: string[] }).__csp = seen;
        document.addEventListener("securitypolicyviolation", (e) =>
          seen.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      page.on("response", (r) => requests.push({ url: r.url(), status: r.status() }));
      page.on("requestfailed", (r) => failed.push(r.url()));
      page.on("pageerror", (e) => pageErrors.push(e.message));
      const source = /<SourceLocation DefaultValue="([^"]+)"/.exec(manifest)![1];
      await page.goto(new URL(source.slice(BASE.length), served.url).href);
      await page.getByRole("heading", { name: "Quadrant CRM" }).waitFor();
    });

    it("loads every script of the page from the folder, and nothing from the server outside it", () => {
      const own = requests.filter((r) => r.url.startsWith(new URL(served.url).origin));
      const scripts = own.filter((r) => r.url.endsWith(".js")).map((r) => r.url.slice(served.url.length));
      expect(scripts).toEqual(expect.arrayContaining(["runtime.js", "taskpane.js", "functions.js", "commands.js"]));
      expect(own.filter((r) => !r.url.startsWith(served.url) || r.status !== 200)).toEqual([]);
      expect(failed).toEqual([]);
    });

    it("starts the pane, the custom functions and the ribbon command, with no script error", async () => {
      const associated = await page.evaluate(() => (window as unknown as { __associated: string[] }).__associated);
      expect(associated).toEqual(expect.arrayContaining(["QUADRANT", "refreshQuadrants"]));
      expect(pageErrors).toEqual([]);
    });

    it("carries a Content-Security-Policy that allows its own server and Office's script host only, and nothing in it is refused", async () => {
      const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
      expect(csp).toContain("connect-src 'self'");
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
      // The policy is enforced, not decorative: a request to another server is refused.
      const blocked = await page.evaluate(() =>
        fetch("https://telemetry.example/collect").then(
          () => "sent",
          () => "refused",
        ),
      );
      expect(blocked).toBe("refused");
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([
        "connect-src https://telemetry.example/collect",
      ]);
    });
  });
});
