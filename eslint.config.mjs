// Flat config: ESLint and typescript-eslint recommended rules, plus the Office add-in rules of
// eslint-plugin-office-addins (load before read, sync after load, no sync in loops …) where Office.js
// is used. No formatting rules: formatting is Prettier's (`npm run format`), so the two never fight.
// Not type-aware on purpose: `tsc --noEmit` already type-checks, and this keeps lint to seconds.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import compat from "eslint-plugin-compat";
import esx from "eslint-plugin-es-x";
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

/** Node's globals, for the plain-JS files (TypeScript files get theirs from @types/node). */
const nodeGlobals = Object.fromEntries(
  [
    "process",
    "console",
    "require",
    "module",
    "exports",
    "__dirname",
    "__filename",
    "Buffer",
    "URL",
    "setTimeout",
    "clearTimeout",
  ].map((name) => [name, "readonly"]),
);

/**
 * The plugin's own recommended rules for Office.js code, without its Prettier and parser settings.
 * The three read-order rules cannot follow the batching pattern this code is built on (queue loads,
 * sync once, read in a callback afterwards), so they warn instead of failing; the in-memory Excel
 * enforces load-and-sync-before-read at run time in the tests.
 */
const READ_ORDER_RULES = [
  "office-addins/call-sync-after-load",
  "office-addins/call-sync-before-read",
  "office-addins/load-object-before-read",
];
const officeRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([rule]) => rule.startsWith("office-addins/"))
    .map(([rule, level]) => [rule, READ_ORDER_RULES.includes(rule) ? "warn" : level]),
);

/**
 * What runs inside Excel's WebViews: the add-in's three entries and everything they import (the pane's
 * .xlsx list reader too, loaded on demand). The CLI, the workbench and the in-memory Excel run in
 * Node or a current Chromium and are not held to this.
 */
const WEBVIEW_CODE = ["src/{core,excel,functions,commands,taskpane,import,xlsx}/**/*.{ts,tsx}"];

/**
 * The oldest browsers the add-in runs in (README, "Which Excel"): Excel for Mac's WKWebView is the
 * system Safari, 12.1 on the oldest macOS a Microsoft 365 build with the shared runtime supported
 * (10.14 Mojave); Windows uses WebView2 (Chromium, Edge 79 on); Excel on the web runs in current
 * browsers (Firefox's ESR is the oldest of those). Fixed versions, so the check never depends on how
 * fresh the browser data is.
 */
const WEBVIEW_TARGETS = ["safari >= 12.1", "edge >= 79", "chrome >= 79", "firefox >= 115"];

/**
 * ES2020-and-later syntax rules of eslint-plugin-es-x that do not apply: ts-loader lowers this syntax
 * to ES2019 (webpack.config.js BUILD_TARGET, checked on the emitted scripts by
 * test/browser/production-build.test.ts). Library features (methods, globals, RegExp flags) are not
 * lowered by anything and stay checked.
 */
const LOWERED_SYNTAX = new Set([
  "no-optional-chaining",
  "no-nullish-coalescing-operators",
  "no-logical-assignment-operators",
  "no-numeric-separators",
  "no-class-fields",
  "no-class-instance-fields",
  "no-class-static-fields",
  "no-class-private-fields",
  "no-class-private-methods",
  "no-class-static-block",
  "no-private-in",
  "no-export-ns-from",
  "no-dynamic-import",
  "no-dynamic-import-options",
  "no-trailing-dynamic-import-commas",
  "no-import-meta",
  "no-top-level-await",
  "no-arbitrary-module-namespace-names",
  "no-hashbang",
  "no-import-attributes",
  "no-json-modules",
  "no-using-declarations",
  "no-explicit-resource-management",
  // A global, not syntax: judged by eslint-plugin-compat against the targets (Safari 12.1 has it).
  "no-global-this",
  // The Iterator class as a value (ES2025); the rule also flags TypeScript's `Iterator<T>` type, which
  // is erased. Iterator helpers (`.map` on an iterator …) have rules of their own, kept.
  "no-iterator",
]);
/**
 * Every library feature of ES2020 and later (`Array.prototype.at`, `findLast`, `Object.hasOwn`,
 * `matchAll` …), and RegExp lookbehind (ES2018, but Safari only from 16.4).
 */
const ES_VERSIONS = ["2020", "2021", "2022", "2023", "2024", "2025", "next"];
const newerLibraryRules = Object.fromEntries(
  [
    ...ES_VERSIONS.flatMap((v) => [`flat/no-new-in-es${v}`, `flat/no-new-in-es${v}-intl-api`])
      .flatMap((name) => Object.keys(esx.configs[name]?.rules ?? {}))
      .filter((rule) => !LOWERED_SYNTAX.has(rule.replace(/^es-x\//, ""))),
    "es-x/no-regexp-lookbehind-assertions",
  ].map((rule) => [rule, "error"]),
);

export default defineConfig(
  { ignores: ["dist/", "coverage/", ".tmp/", "node_modules/", "test-results/"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: "module" },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // Stripping control characters from cell text (terminal output, sheet names) is a real need here.
      "no-control-regex": "off",
      // Full-width spaces (U+3000) are real input in this domain; comments and literals quote them.
      "no-irregular-whitespace": [
        "error",
        { skipComments: true, skipStrings: true, skipTemplates: true, skipRegExps: true },
      ],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
    },
  },
  {
    // The layers that talk to Office.js. Elsewhere the rules' heuristics misfire (an exceljs cell is
    // not a proxy), and the in-memory Excel and tests break Office.js rules on purpose.
    files: ["src/{excel,functions,commands,taskpane}/**/*.{ts,tsx}"],
    ignores: ["**/*.test.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: officeRules,
  },
  {
    // Library calls newer than the oldest WebView (WEBVIEW_TARGETS): a missing method is a TypeError
    // at run time there, which neither tsc (lib ES2022; @types/node adds `at` to arrays anyway) nor the
    // ES2019 syntax check of the bundles sees. es-x knows the ECMAScript library and, given the types
    // (this block only is type-aware: `dates.at(-1)` is an Array's, `purchases.at(i)` a class's own),
    // flags instance methods too; compat knows the web platform (structuredClone, ResizeObserver,
    // navigator.clipboard …) and static builtins from MDN's data for the targets.
    files: WEBVIEW_CODE,
    ignores: ["**/*.test.{ts,tsx}"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { "es-x": esx, compat },
    settings: { targets: WEBVIEW_TARGETS, lintAllEsApis: true },
    rules: { ...newerLibraryRules, "compat/compat": "error" },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: nodeGlobals },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
