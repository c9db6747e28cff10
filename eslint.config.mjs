// Flat config: ESLint and typescript-eslint recommended rules, plus the Office add-in rules of
// eslint-plugin-office-addins (load before read, sync after load, no sync in loops …) where Office.js
// is used. No formatting rules: formatting is Prettier's (`npm run format`), so the two never fight.
// Not type-aware on purpose: `tsc --noEmit` already type-checks, and this keeps lint to seconds.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
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
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: nodeGlobals },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
