// Two builds, following the Office template "Excel custom functions with shared runtime" (ts-loader
// instead of babel):
//   addin      → dist/: taskpane.html carrying the taskpane, functions and commands chunks (one shared
//                runtime page), functions.json (+ functions.zh-CN.json), manifest.xml, assets.
//   workbench  → dist/workbench/: the task pane in a plain page over the in-memory Excel; no office.js.
// `--env target=addin|workbench` builds one of them (default: both; with a url, the add-in only);
// `--env outDir=…` moves the output.
// A production build is for one https location: `--env url=https://intranet.example/crm/` (or
// ADDIN_URL) rewrites every manifest*.xml to it, `--env id=<GUID>` (or ADDIN_ID) gives the copy its
// own add-in Id, and the manifest version is package.json's (scripts/production-manifest.ts,
// docs/DEPLOY.md). The dev server uses the development certificates (scripts/dev-certs.ts).
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
// The build helpers are TypeScript (they share src/core/i18n); tsx loads them in-process.
const tsx = require("tsx/cjs/api");
const { LocalizedFunctionsMetadataPlugin } = tsx.require("./scripts/localize-functions-metadata.ts", __filename);
const { checkManifest } = tsx.require("./scripts/check-manifest.ts", __filename);
const { buildPlan, productionManifest } = tsx.require("./scripts/production-manifest.ts", __filename);
const { version } = require("./package.json");

const { DEFAULT_DEV_PORT, devServerPort, portFree, portHolder, portTakenMessage } = tsx.require(
  "./scripts/dev-port.ts",
  __filename,
);

/**
 * Packages the add-in's page must not load at start (the CLI's and the workbench's; the task pane
 * may import exceljs on demand, for an .xlsx list to import, into a chunk of its own).
 */
const NOT_IN_ADDIN = ["exceljs", "chart.js"];
/**
 * Packages that must not be in the add-in's bundles at all, not even in a chunk loaded on demand:
 * DuckDB (`crm export`/`crm sql`) is a native Node addon for the command line only.
 */
const NEVER_IN_ADDIN = ["@duckdb"];

/**
 * Fails the build when one of `packages` ends up in a chunk loaded at start (or, with `anyChunk`,
 * in any chunk), naming the entry points.
 */
class ForbiddenPackagesPlugin {
  constructor(packages, { anyChunk = false } = {}) {
    this.packages = packages;
    this.anyChunk = anyChunk;
  }
  apply(compiler) {
    const name = "ForbiddenPackagesPlugin";
    const packageOf = (resource) =>
      this.packages.find((p) => resource.includes(`${path.sep}node_modules${path.sep}${p}${path.sep}`));
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.afterOptimizeChunkModules.tap(name, (chunks) => {
        const found = new Map(); // package → entry points whose chunks carry it
        for (const chunk of chunks) {
          if (!this.anyChunk && !chunk.canBeInitial()) continue; // loaded on demand, by an import() the user triggers
          for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
            for (const inner of module.modules ?? [module]) {
              const pkg = packageOf(inner.resource ?? "");
              if (!pkg) continue;
              const entries = found.get(pkg) ?? new Set();
              for (const group of chunk.groupsIterable) if (group.name) entries.add(group.name);
              found.set(pkg, entries);
            }
          }
        }
        for (const [pkg, entries] of found) {
          compilation.errors.push(
            new compiler.webpack.WebpackError(
              this.anyChunk
                ? `${pkg} is in the add-in's bundle (${[...entries].join(", ")}); it belongs to the command line only`
                : `${pkg} is loaded at the add-in's start (${[...entries].join(", ")}); it belongs to the CLI, the workbench, or a chunk imported on demand`,
            ),
          );
        }
      });
    });
  }
}

/**
 * The syntax the bundles may use: what the WebViews of every supported Excel run (Safari 12.1's
 * WKWebView in older Excel for Mac, WebView2 on Windows: a manifest with <Runtimes> never gets Edge
 * Legacy). ES2019 has no `?.`, `??`, `??=`, class fields or static blocks;
 * test/browser/production-build.test.ts parses every emitted script at this level. Library calls
 * (methods, globals) are not lowered: eslint.config.mjs rejects those newer than these WebViews.
 */
const BUILD_TARGET = "ES2019";

function common(dev) {
  const downlevel = { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { target: BUILD_TARGET } } };
  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    target: ["web", BUILD_TARGET.toLowerCase()],
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type checking is `tsc --noEmit` in `npm test`; the bundler only strips types and lowers syntax.
          use: downlevel,
        },
        {
          // Packages ship newer syntax (React, Fluent UI, chart.js): lowered the same way.
          test: /\.m?js$/,
          include: /node_modules/,
          use: {
            ...downlevel,
            options: { ...downlevel.options, compilerOptions: { ...downlevel.options.compilerOptions, allowJs: true } },
          },
        },
      ],
    },
    performance: { hints: false },
    stats: "errors-warnings",
  };
}

/**
 * @param deploy  undefined: the manifest keeps the dev server's URLs (development build, dev server);
 *                { base, id }: the production manifest for that location.
 */
async function addinConfig(env, dev, outDir, deploy) {
  const serving = Boolean(env.WEBPACK_SERVE);
  const port = devServerPort(process.argv, process.env);
  if (serving && !(await portFree(port))) {
    // One line, not webpack's EADDRINUSE stack trace: who holds the port and how to choose another.
    console.error(portTakenMessage(port, await portHolder(port)));
    process.exit(1);
  }
  // Served on another port: the manifest it serves points there.
  const devOrigin = (xml) =>
    serving && port !== DEFAULT_DEV_PORT ? xml.split(`https://localhost:${DEFAULT_DEV_PORT}`).join(`https://localhost:${port}`) : xml;
  return {
    ...common(dev),
    name: "addin",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: outDir,
      filename: "[name].js",
      clean: { keep: /^workbench[\\/]/ },
    },
    optimization: {
      // One page, three entries: a single webpack runtime so they share module instances (the
      // functions and the task pane must see one workbook index, not one each).
      runtimeChunk: "single",
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          // React and Fluent UI in a chunk of their own: the custom functions need neither, so the
          // functions entry waits only for what it uses.
          // Both for the page's start only: a module imported on demand (exceljs for an .xlsx import)
          // stays in its own chunk instead of joining these and loading with the page.
          ui: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc|use-sync-external-store|@emotion)[\\/]/,
            name: "ui",
            chunks: "initial",
            priority: 0,
          },
          defaultVendors: { test: /[\\/]node_modules[\\/]/, name: "vendors", chunks: "initial", priority: -10 },
        },
      },
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new LocalizedFunctionsMetadataPlugin({ input: "functions.json", output: "functions.zh-CN.json", lang: "zh-CN" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions", "commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content, absoluteFrom) {
              const xml = deploy
                ? productionManifest(content.toString(), { base: deploy.base, id: deploy.id, version })
                : devOrigin(content.toString());
              const problems = checkManifest(xml);
              if (problems.length) throw new Error(`${absoluteFrom}:\n  ${problems.join("\n  ")}`);
              return xml;
            },
          },
        ],
      }),
      new ForbiddenPackagesPlugin(NOT_IN_ADDIN),
      new ForbiddenPackagesPlugin(NEVER_IN_ADDIN, { anyChunk: true }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? { type: "https", options: await devServerHttps() } : undefined,
      port,
    },
  };
}

/** Loaded only when serving: office-addin-dev-certs is not needed to build. */
function devServerHttps() {
  return tsx.require("./scripts/dev-certs.ts", __filename).devServerHttps();
}

function workbenchConfig(dev, outDir) {
  return {
    ...common(dev),
    name: "workbench",
    entry: { workbench: "./src/workbench/index.tsx" },
    output: { path: outDir, filename: "[name].[contenthash:8].js", clean: true },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "index.html",
        templateContent:
          '<!doctype html><html><head><meta charset="UTF-8" />' +
          '<meta name="viewport" content="width=device-width, initial-scale=1" />' +
          '<title>Quadrant CRM workbench</title></head><body><div id="root"></div></body></html>',
      }),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/*", to: "assets/[name][ext]" }] }),
    ],
  };
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const dist = path.resolve(__dirname, env.outDir ?? "dist");
  const { targets, deploy } = buildPlan(env, dev);
  const configs = [];
  if (targets.includes("addin")) configs.push(await addinConfig(env, dev, dist, deploy));
  if (targets.includes("workbench")) configs.push(workbenchConfig(dev, path.join(dist, "workbench")));
  return configs.length === 1 ? configs[0] : configs;
};
