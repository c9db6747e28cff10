#!/usr/bin/env node
// `npm start`: where Excel desktop can be driven (Windows, macOS) build the add-in and sideload it
// with office-addin-debugging, as the Office template does; anywhere else (Linux, CI) build and serve
// the workbench: the task pane in a plain browser over an in-memory workbook.
// `npm run workbench` (= `node scripts/start.mjs --workbench`) always serves the workbench.
// Extra arguments go to office-addin-debugging (e.g. `npm start -- web --document <url>`).
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { buildWorkbench } from "./build-workbench.mjs";
import { serveStatic } from "./static-server.mjs";

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const workbenchOnly = args[0] === "--workbench";

function run(bin, binArgs) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [require.resolve(bin), ...binArgs], { stdio: "inherit" });
    child.on("error", fail);
    child.on("exit", (code) => (code === 0 ? done() : fail(new Error(`${bin} exited with code ${code}`))));
  });
}

async function sideload() {
  await run("webpack-cli/bin/cli.js", ["--mode", "development", "--env", "target=addin"]);
  await run("office-addin-debugging/cli.js", ["start", "manifest.xml", ...args]);
}

async function serveWorkbench() {
  const started = Date.now();
  const dir = await buildWorkbench({ mode: "development" });
  const { url, close } = await serveStatic(dir, { port: Number(process.env.PORT) || 3000 });
  console.log(
    `Workbench (in-memory workbook, no Excel needed) built in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(`  ${url}`);
  console.log(
    "To use the add-in in Excel on the web: run `npm run dev-server` (https://localhost:3000), then in Excel " +
      "choose Insert → Add-ins → Upload My Add-in and upload manifest.xml.",
  );
  const stop = () => close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

const excelHere = process.platform === "win32" || process.platform === "darwin";
(workbenchOnly || !excelHere ? serveWorkbench() : sideload()).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
