/**
 * The progress line as the shell sees it: the real command line in a child process, once with
 * pipes (as a script runs it) and once on a pseudo-terminal (util-linux `script`, as a person runs
 * it). Progress bytes appear only for the person, and never when --json output is piped or CI is set.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { t } from "../../src/core/i18n";
import { tempDir, writeTemp, zhTableBook } from "../fixtures/workbooks";

const ROOT = join(__dirname, "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const MAIN = join(ROOT, "src/cli/main.ts");
const SCRIPT = "/usr/bin/script";
const READING = t("en-US", "progress.stage.reading");

/** Without the CI marker the test runner itself may carry. */
function baseEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: "C", LC_ALL: "", TERM: "xterm", ...extra };
  if (!("CI" in extra)) delete env.CI;
  return env;
}

const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;

/** Runs `crm …` on a pseudo-terminal; `pipe` is appended to the command line (e.g. "| cat"). */
function onTerminal(args: string[], pipe = "", env: NodeJS.ProcessEnv = baseEnv()) {
  const command = [TSX, MAIN, ...args].map(quote).join(" ") + (pipe ? ` ${pipe}` : "");
  const r = spawnSync(SCRIPT, ["-qec", command, "/dev/null"], { encoding: "utf8", env });
  return { code: r.status, out: r.stdout };
}

describe("crm's progress line", () => {
  const dir = tempDir();
  jest.setTimeout(120_000);
  let file = "";
  beforeAll(async () => {
    file = writeTemp(dir, "book.xlsx", await zhTableBook());
  });

  it("writes not one byte to stderr when run with pipes, and stdout is only the JSON", () => {
    const r = spawnSync(TSX, [MAIN, "score", file, "--as-of", "2026-06-30", "--json"], { encoding: "utf8", env: baseEnv() });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toHaveLength(4);
  });

  const describeOnTerminal = existsSync(SCRIPT) ? describe : describe.skip;
  describeOnTerminal("on a pseudo-terminal", () => {
    it("shows the stage on one line redrawn with \\r, wiped before the result", () => {
      const r = onTerminal(["score", file, "--as-of", "2026-06-30", "--lang", "en-US"]);
      expect(r.code).toBe(0);
      expect(r.out).toContain(`\r${READING}`);
      // The result starts on a clean line: the last \r-drawn text is blanks, then the output.
      const lastWipe = r.out.lastIndexOf("\r ");
      expect(lastWipe).toBeGreaterThanOrEqual(0);
      expect(r.out.slice(lastWipe).split("\r")[1].trim()).toBe("");
      expect(r.out).toContain("C001");
    });

    it("shows nothing when the --json output is piped, though stderr is the terminal", () => {
      const r = onTerminal(["score", file, "--as-of", "2026-06-30", "--json", "--lang", "en-US"], "| cat");
      expect(r.code).toBe(0);
      expect(r.out).not.toContain(READING);
      expect(JSON.parse(r.out)).toHaveLength(4);
    });

    it("shows nothing when CI is set", () => {
      const r = onTerminal(["score", file, "--as-of", "2026-06-30", "--lang", "en-US"], "", baseEnv({ CI: "true" }));
      expect(r.code).toBe(0);
      expect(r.out).not.toContain(READING);
    });
  });
});
