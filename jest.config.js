// Two projects in one `npm test`:
//   unit     src/**/*.test.ts(x), test/**/*.test.ts(x) outside test/browser — milliseconds each.
//   browser  test/browser/*.test.ts — Chromium (playwright-core) against the built workbench. Its global
//            setup builds the workbench once and serves it; tests read the address from
//            process.env.WORKBENCH_URL. Their longer timeout is
//            set in the test files (jest ignores testTimeout inside a project).
// ts-jest only transpiles (tsconfig has isolatedModules); `tsc --noEmit` does the type checking.
// Jest runs CommonJS, so the bundler-style module settings of tsconfig.json are swapped for Node's.

/** @type {import("ts-jest").TsJestTransformerOptions} */
const tsJestOptions = { tsconfig: { module: "commonjs", moduleResolution: "node10" } };

const common = {
  testEnvironment: "node",
  transform: { "^.+\\.tsx?$": ["ts-jest", tsJestOptions] },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/dist/", "<rootDir>/.tmp/"],
  modulePathIgnorePatterns: ["<rootDir>/dist/", "<rootDir>/.tmp/"],
};

/** @type {import("jest").Config} */
module.exports = {
  maxWorkers: 2,
  reporters: ["default", "<rootDir>/scripts/jest-summary-reporter.cjs"],
  projects: [
    {
      ...common,
      displayName: "unit",
      testMatch: ["<rootDir>/src/**/*.test.ts?(x)", "<rootDir>/test/**/*.test.ts?(x)"],
      testPathIgnorePatterns: [...common.testPathIgnorePatterns, "<rootDir>/test/browser/"],
    },
    {
      ...common,
      displayName: "browser",
      testMatch: ["<rootDir>/test/browser/**/*.test.ts?(x)"],
      globalSetup: "<rootDir>/scripts/jest-browser-setup.mjs",
      globalTeardown: "<rootDir>/scripts/jest-browser-teardown.mjs",
    },
  ],
};
