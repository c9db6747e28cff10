/**
 * Bundle sizes of the production add-in build in dist/ (webpack): what the task-pane page
 * downloads, and what the custom functions load and actually need. Each file is gzipped on its
 * own (zlib, level 9), as a server sends them.
 *
 * - taskpaneGzipKB: every script taskpane.html loads (runtime, shared vendors, task pane,
 *   functions, commands) — in the shared runtime this page is also the functions' runtime.
 * - functionsGzipKB: the functions entry with the chunks webpack makes it wait for
 *   (`__webpack_require__.O(0, [chunks], …)`) and the runtime.
 * - functionsNeededGzipKB: only the modules reachable from the functions entry (parsed with
 *   acorn, webpack's own parser), i.e. what a functions bundle would weigh if the vendors chunk
 *   were split per entry.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parse } from "acorn";

export interface BundleResult {
  taskpaneGzipKB: number | null;
  functionsGzipKB: number | null;
  functionsNeededGzipKB: number | null;
  /** Per script on the task-pane page: raw and gzipped KB. */
  files: Record<string, { rawKB: number; gzipKB: number }>;
  built: boolean;
  note?: string;
}

const ROOT = join(__dirname, "..");
const DIST = join(ROOT, "dist");

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

function newestMtime(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) {
    if (name.endsWith(".test.ts") || name.endsWith(".test.tsx")) continue;
    newest = Math.max(newest, newestMtime(join(path, name)));
  }
  return newest;
}

/** dist/ is stale when a source or the build configuration is newer than its page. */
export function distIsStale(): boolean {
  const page = join(DIST, "taskpane.html");
  if (!existsSync(page)) return true;
  const inputs = [join(ROOT, "src"), join(ROOT, "webpack.config.js"), join(ROOT, "package.json")].filter(existsSync);
  return Math.max(...inputs.map(newestMtime)) > statSync(page).mtimeMs;
}

/** Script file names the task-pane page loads, in order (office.js from the CDN excluded). */
function pageScripts(): string[] {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
}

interface ChunkFile {
  /** Module id → its source text. */
  modules: Map<string, string>;
  /** Module id → module ids it requires. */
  deps: Map<string, string[]>;
  /** Entry modules the chunk runs, and the chunks it waits for. */
  entries: string[];
  waitsFor: string[];
  chunkIds: string[];
}

type Node = { type: string; start: number; end: number; [k: string]: unknown };

function walk(node: unknown, visit: (n: Node) => void): void {
  if (!node || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const n of node) walk(n, visit);
    return;
  }
  const n = node as Node;
  if (typeof n.type === "string") visit(n);
  for (const key of Object.keys(n)) if (key !== "type") walk(n[key], visit);
}

const literal = (n: unknown): string | undefined => {
  const l = n as Node | undefined;
  return l?.type === "Literal" && typeof l.value === "number" ? String(l.value) : undefined;
};

/** Calls `name(<number>)` inside `body`. */
function numericCalls(body: unknown, name: string): string[] {
  const out: string[] = [];
  walk(body, (n) => {
    if (n.type !== "CallExpression") return;
    const callee = n.callee as Node & { name?: string };
    const args = n.arguments as unknown[];
    if (callee.type === "Identifier" && callee.name === name && args.length === 1 && literal(args[0]))
      out.push(literal(args[0])!);
  });
  return out;
}

/** Reads a webpack 5 JSONP chunk: `(self.webpackChunk… ||[]).push([[ids], {id(e,t,n){…}}, runtime])`. */
function readChunk(code: string): ChunkFile {
  const ast = parse(code, { ecmaVersion: "latest", sourceType: "script" });
  const chunk: ChunkFile = { modules: new Map(), deps: new Map(), entries: [], waitsFor: [], chunkIds: [] };
  walk(ast, (n) => {
    if (n.type !== "CallExpression") return;
    const callee = n.callee as Node & { property?: { name?: string } };
    const [arg] = n.arguments as Node[];
    if (callee.type !== "MemberExpression" || callee.property?.name !== "push" || arg?.type !== "ArrayExpression")
      return;
    const [ids, mods, run] = arg.elements as Node[];
    if (ids?.type !== "ArrayExpression" || mods?.type !== "ObjectExpression") return;
    chunk.chunkIds = (ids.elements as Node[]).map((e) => literal(e)!).filter(Boolean);
    for (const prop of mods.properties as Node[]) {
      const key = prop.key as Node & { value?: unknown; name?: string };
      const id = String(key.value ?? key.name);
      const fn = prop.value as Node & { params: (Node & { name?: string })[]; body: Node };
      chunk.modules.set(id, code.slice(prop.start, prop.end));
      const req = fn.params?.[2]?.name;
      chunk.deps.set(id, req ? numericCalls(fn.body, req) : []);
    }
    if (run && (run.type === "ArrowFunctionExpression" || run.type === "FunctionExpression")) {
      const fn = run as Node & { params: (Node & { name?: string })[]; body: Node };
      const req = fn.params[0]?.name;
      if (req) {
        chunk.entries = numericCalls(fn.body, req);
        walk(fn.body, (c) => {
          // __webpack_require__.O(0, [chunkIds], () => …): the chunks this entry waits for.
          const cal = c.callee as (Node & { property?: { name?: string } }) | undefined;
          const args = c.arguments as Node[] | undefined;
          if (
            c.type === "CallExpression" &&
            cal?.type === "MemberExpression" &&
            cal.property?.name === "O" &&
            args?.[1]?.type === "ArrayExpression"
          ) {
            chunk.waitsFor.push(...(args[1].elements as Node[]).map((e) => literal(e)!).filter(Boolean));
          }
        });
      }
    }
  });
  return chunk;
}

export function benchBundle(options: { build: boolean }): BundleResult {
  let built = false;
  if (options.build && distIsStale()) {
    execFileSync("npm", ["run", "--silent", "build", "--", "--env", "url=https://bench.invalid/"], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
    });
    built = true;
  }
  if (!existsSync(join(DIST, "taskpane.html"))) {
    return {
      taskpaneGzipKB: null,
      functionsGzipKB: null,
      functionsNeededGzipKB: null,
      files: {},
      built,
      note: "dist/taskpane.html missing: run npm run build",
    };
  }
  const scripts = pageScripts();
  const files: BundleResult["files"] = {};
  const code = new Map<string, string>();
  let page = 0;
  for (const s of scripts) {
    const text = readFileSync(join(DIST, s), "utf8");
    code.set(s, text);
    const g = gz(text);
    page += g;
    files[s] = { rawKB: kb(Buffer.byteLength(text)), gzipKB: kb(g) };
  }
  const note = !built && distIsStale() ? "dist/ is older than src/: sizes are of the last build" : undefined;
  const functionsFile = scripts.find((s) => /(^|\/)functions(\.[0-9a-f]+)?\.js$/.test(s));
  if (!functionsFile)
    return {
      taskpaneGzipKB: kb(page),
      functionsGzipKB: null,
      functionsNeededGzipKB: null,
      files,
      built,
      note: "no functions script on the page",
    };
  const chunks = new Map<string, ChunkFile>();
  for (const [s, text] of code) chunks.set(s, readChunk(text));
  const fn = chunks.get(functionsFile)!;
  // What the functions entry loads: its chunk, the chunks it waits for, the runtime.
  const loaded = new Set([functionsFile]);
  for (const [s, c] of chunks) {
    if (c.chunkIds.some((id) => fn.waitsFor.includes(id))) loaded.add(s);
    if (c.chunkIds.length === 0 && /runtime/.test(s)) loaded.add(s);
  }
  const functionsGzip = [...loaded].reduce((sum, s) => sum + gz(code.get(s)!), 0);
  // What it needs: modules reachable from its entry modules, plus the runtime.
  const allModules = new Map<string, string>();
  const allDeps = new Map<string, string[]>();
  for (const c of chunks.values()) {
    for (const [id, src] of c.modules) allModules.set(id, src);
    for (const [id, d] of c.deps) allDeps.set(id, d);
  }
  const reach = new Set<string>();
  const stack = [...fn.entries];
  while (stack.length) {
    const id = stack.pop()!;
    if (reach.has(id) || !allModules.has(id)) continue;
    reach.add(id);
    stack.push(...(allDeps.get(id) ?? []));
  }
  const runtime = [...code.keys()]
    .filter((s) => /runtime/.test(s))
    .map((s) => code.get(s)!)
    .join("\n");
  const needed = gz([...reach].map((id) => allModules.get(id)!).join(",") + runtime);
  return {
    taskpaneGzipKB: kb(page),
    functionsGzipKB: kb(functionsGzip),
    functionsNeededGzipKB: kb(needed),
    files,
    built,
    ...(note ? { note } : {}),
  };
}
