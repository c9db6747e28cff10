// Two projects in one `npm test`:
//   unit     src/**/*.test.ts(x), test/**/*.test.ts(x) outside test/browser — milliseconds each.
//   browser  test/browser/*.test.ts — Chromium (playwright-core) against the built workbench. Its global
//            setup builds the workbench once and serves it; tests read the address from
//            process.env.WORKBENCH_URL. Their longer timeouts are
//            set in the test files (jest ignores testTimeout inside a project).
// testTimeout (60 s, for every test of both projects; jest reads it only here, at the root): the
// suite runs on loaded machines (two cores shared by seven engineers, CI's runners), where a test of
// 2 s idle can pass 5 s, Jest's default; heavier tests keep their own, larger timeouts.
// test/suiteTimeout.test.ts holds the suite to it.
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
  testTimeout: 60_000,
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
