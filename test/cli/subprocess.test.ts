/**
 * The real command line in a child process: exit codes as the shell sees them, and stdout that
 * is nothing but JSON. (Each run starts tsx, so these few cover what in-process tests cannot.)
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { buildXlsx, date, tempDir, writeTemp, zhTableBook } from "../fixtures/workbooks";

const ROOT = join(__dirname, "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");

function run(args: string[]) {
  const r = spawnSync(TSX, [join(ROOT, "src/cli/main.ts"), ...args], {
    encoding: "utf8",
    env: { ...process.env, LANG: "C", LC_ALL: "" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("crm as a process", () => {
  const dir = tempDir();
  jest.setTimeout(120_000);

  it("score --json exits 0 with only a JSON array on stdout", async () => {
    const file = writeTemp(dir, "book.xlsx", await zhTableBook());
    const r = run(["score", file, "--as-of", "2026-06-30", "--json"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trimStart().startsWith("[")).toBe(true);
    expect(JSON.parse(r.stdout)).toHaveLength(4);
  });

  it("check exits 1 when the data has an error", async () => {
    const file = writeTemp(
      dir,
      "bad.xlsx",
      await buildXlsx([
        {
          name: "客户",
          rows: [
            ["客户编号", "客户名称"],
            ["C1", "张伟"],
          ],
        },
        {
          name: "购买记录",
          rows: [
            ["客户编号", "日期", "金额", "回款状态"],
            ["C9", date("2026-01-01"), 5, "正常"],
          ],
        },
      ]),
    );
    const r = run(["check", file, "--json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({
      severity: "error",
      code: "orphan",
      sheet: "购买记录",
      row: 2,
      column: "客户编号",
    });
  });

  it("a missing file exits 2 with one line on stderr", () => {
    const r = run(["plan", join(dir, "missing.xlsx"), "--as-of", "2026-06-30", "--json"]);
    expect(r).toEqual({ code: 2, stdout: "", stderr: `No such file: ${join(dir, "missing.xlsx")}.\n` });
  });
});
