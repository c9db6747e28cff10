// Builds the workbench with webpack's Node API (no child process): used by `npm run workbench`,
// `npm start` on machines without Excel, and the browser tests' global setup.
import { createRequire } from "node:module";
import { resolve } from "node:path";

const require = createRequire(import.meta.url);

/**
 * Builds src/workbench into `<outDir>/workbench` and resolves to that directory.
 * Rejects with webpack's error text when the build fails.
 */
export async function buildWorkbench({ outDir = "dist", mode = "development" } = {}) {
  const webpack = require("webpack");
  const configFor = require("../webpack.config.js");
  const config = await configFor({ target: "workbench", outDir }, { mode });
  const stats = await new Promise((done, fail) => {
    const compiler = webpack(config);
    compiler.run((error, result) => compiler.close(() => (error ? fail(error) : done(result))));
  });
  if (stats.hasErrors()) throw new Error(stats.toString("errors-only"));
  return resolve(config.output.path);
}
