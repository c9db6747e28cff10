// Global setup of the jest "browser" project (runs only when a browser test is selected): builds the
// workbench once into .tmp/browser/workbench and serves it on a free port. Tests get
//   process.env.WORKBENCH_URL  e.g. http://localhost:4173/
// Without Chromium nothing is built (the tests skip themselves). Set WORKBENCH_URL yourself (e.g. to a
// running `npm run workbench`) to skip the build.
import { existsSync } from "node:fs";
import { buildWorkbench } from "./build-workbench.mjs";
import { serveStatic } from "./static-server.mjs";

export default async function setup() {
  // The same path as test/browser/chromium.ts, where the tests decide to skip.
  if (!existsSync("/usr/bin/chromium") || process.env.WORKBENCH_URL) return;
  const dir = await buildWorkbench({ outDir: ".tmp/browser", mode: "development" });
  const served = await serveStatic(dir, { port: 4173 });
  globalThis.__workbenchServer = served;
  process.env.WORKBENCH_URL = served.url;
}
