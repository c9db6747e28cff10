/**
 * The lint check of library calls newer than the oldest WebView the add-in runs in (eslint.config.mjs,
 * README "Which Excel"): a method missing there is a TypeError at run time that neither tsc nor the
 * ES2019 syntax check of the bundles sees. The check must see method calls on values whose type only
 * TypeScript knows (an array returned by a function), not just syntax or literals, and must not
 * mistake a class's own method of the same name for the built-in one.
 */
import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const PROBE = `
export class Rows { at(i: number): number { return i; } }
export function newer(xs: number[], rows: Rows, s: string) {
  const sorted = xs.filter((x) => x > 0);
  return [
    sorted.at(-1),
    xs.findLast((x) => x > 1),
    Object.hasOwn({}, "a"),
    structuredClone({ a: 1 }),
    [...s.matchAll(/a/g)],
    s.replaceAll("a", "b"),
    rows.at(0),
  ];
}
`;

/**
 * Rule id and line of every problem the project's own config reports in `code` as the file `path`. The
 * type-aware rules need the file on disk, inside the TypeScript project, so it is written there for
 * the run (after `tsc` and `eslint .` in `npm test`) and removed. ESLint runs as the command line
 * does: its config is an ES module Jest cannot load.
 */
function problems(path: string, code: string): string[] {
  const file = join(process.cwd(), path);
  writeFileSync(file, code);
  try {
    const eslint = join(process.cwd(), "node_modules", "eslint", "bin", "eslint.js");
    const run = spawnSync(process.execPath, [eslint, "--no-ignore", "--format", "json", file], { encoding: "utf8" });
    if (!run.stdout) throw new Error(`eslint failed: ${run.stderr}`);
    const [result] = JSON.parse(run.stdout) as {
      messages: { line: number; ruleId: string | null; message: string }[];
    }[];
    return result.messages.map((m) => `${m.line}:${m.ruleId ?? m.message}`);
  } finally {
    rmSync(file, { force: true });
  }
}

/** The 1-based line of `snippet` in the probe. */
const lineOf = (snippet: string) => PROBE.split("\n").findIndex((l) => l.includes(snippet)) + 1;

describe("library calls newer than the WebViews the add-in supports", () => {
  it("are rejected in code that runs inside Excel: .at(), .findLast(), Object.hasOwn, structuredClone, matchAll, replaceAll", () => {
    const found = problems(`src/functions/webviewProbe-${process.pid}.ts`, PROBE);
    expect(found).toEqual(
      expect.arrayContaining([
        `${lineOf("sorted.at(-1)")}:es-x/no-array-prototype-at`,
        `${lineOf("findLast")}:es-x/no-array-prototype-findlast-findlastindex`,
        `${lineOf("Object.hasOwn")}:es-x/no-object-hasown`,
        `${lineOf("structuredClone")}:compat/compat`,
        `${lineOf("matchAll")}:es-x/no-string-prototype-matchall`,
        `${lineOf("replaceAll")}:es-x/no-string-prototype-replaceall`,
      ]),
    );
    // A class's own `at` is not Array.prototype.at.
    expect(found.filter((p) => p.startsWith(`${lineOf("rows.at(0)")}:`))).toEqual([]);
  }, 120_000);

  it("are allowed in the command line, which runs on Node", () => {
    expect(problems(`src/cli/webviewProbe-${process.pid}.ts`, PROBE)).toEqual([]);
  }, 120_000);
});
