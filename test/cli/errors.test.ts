import { linkSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { crm } from "./harness";
import { buildXlsx, sha256, tempDir, writeTemp, zhTableBook } from "../fixtures/workbooks";

/** Exit 2, nothing on stdout, exactly one line on stderr, no stack trace. */
function expectUnusable(result: { code: number; stdout: string; stderr: string }): string {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr.endsWith("\n")).toBe(true);
  const line = result.stderr.slice(0, -1);
  expect(line).not.toContain("\n");
  expect(line).not.toMatch(/\bat .*:\d+:\d+|Error:/);
  return line;
}

describe("unusable input", () => {
  const dir = tempDir();

  it("names a missing file", async () => {
    const line = expectUnusable(await crm(["score", `${dir}/nope.xlsx`, "--json"]));
    expect(line).toBe(`No such file: ${dir}/nope.xlsx.`);
  });

  it("says a text file renamed .xlsx is not a workbook", async () => {
    const file = writeTemp(dir, "notes.xlsx", "客户编号,客户名称\nC1,张伟\n");
    expect(expectUnusable(await crm(["check", file, "--json"]))).toBe(
      `Cannot use ${file}: it is not an Excel workbook (.xlsx).`,
    );
  });

  it("says an old .xls or password-protected file must be saved as .xlsx", async () => {
    const file = writeTemp(dir, "old.xlsx", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    expect(expectUnusable(await crm(["score", file]))).toMatch(/\.xls file or a password-protected workbook/);
  });

  it("says when a workbook has no customer sheet, in Chinese for a Chinese locale", async () => {
    const file = writeTemp(
      dir,
      "budget.xlsx",
      await buildXlsx([
        {
          name: "预算",
          rows: [
            ["月份", "金额"],
            ["1月", 5],
          ],
        },
      ]),
    );
    const line = expectUnusable(await crm(["plan", file, "--as-of", "2026-06-30"], { LANG: "zh_CN.UTF-8" }));
    expect(line).toMatch(/^无法使用 .*budget\.xlsx：找不到客户表/);
  });

  it.each([["2026-13-01"], ["3/5/2026"], ["tomorrow"]])("rejects --as-of %s", async (asOf) => {
    const file = writeTemp(dir, "ok.xlsx", await zhTableBook());
    expect(expectUnusable(await crm(["score", file, "--as-of", asOf]))).toContain(asOf);
  });

  it("rejects an unknown --lang, an unknown command and a missing workbook argument", async () => {
    const file = writeTemp(dir, "ok2.xlsx", await zhTableBook());
    expect(expectUnusable(await crm(["score", file, "--lang", "fr"]))).toMatch(/zh-CN or en-US/);
    expect(expectUnusable(await crm(["sorce", file]))).toMatch(/Unknown command “sorce”/);
    expect(expectUnusable(await crm(["score"]))).toMatch(/Which workbook/);
    expect(expectUnusable(await crm(["score", file, "--bogus"]))).toMatch(/Unknown option “--bogus”/);
  });

  it("prints help in the locale's language and exits 0", async () => {
    const { code, stdout } = await crm(["--help"], { LANG: "zh_CN.UTF-8" });
    expect(code).toBe(0);
    expect(stdout).toMatch(/score \[options\] <book> +每位客户的象限/);
    expect(stdout.split("\n").filter((l) => /^\S+：( |$)/.test(l))).toEqual(["用法： crm [options] [command]", "选项：", "命令："]);
    const score = await crm(["score", "--help"], { LANG: "zh_CN.UTF-8" });
    expect(score.stdout).toMatch(/^用法： crm score \[options\] <book>\n[\s\S]*\n参数：\n[\s\S]*\n选项：\n/);
    expect(score.stdout).not.toMatch(/Usage|Options:|Arguments:/);
  });

  it("prints help in the language --lang asks for, whatever the locale", async () => {
    const { code, stdout } = await crm(["plan", "--help", "--lang", "zh-CN"], { LANG: "en_US.UTF-8" });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^用法： crm plan \[options\] <book>\n\n今日拜访计划\n/);
    expect((await crm(["--lang=en-US", "--help"], { LANG: "zh_CN.UTF-8" })).stdout).toMatch(/^Usage: crm \[options\] \[command\]\n/);
  });

  it("refuses to write the scored copy over the input", async () => {
    const file = writeTemp(dir, "keep.xlsx", await zhTableBook());
    const before = sha256(file);
    expect(expectUnusable(await crm(["score", file, "--out", file]))).toMatch(/must not be the input file/);
    expect(sha256(file)).toBe(before);
  });

  it("says a truncated workbook is damaged, in one line", async () => {
    const bytes = await zhTableBook();
    const file = writeTemp(dir, "cut.xlsx", bytes.slice(0, Math.floor(bytes.length / 2)));
    expect(expectUnusable(await crm(["check", file, "--json"]))).toBe(
      `Cannot use ${file}: the workbook is damaged (cut short or corrupt, perhaps an interrupted download or copy); let Excel repair it, or get the file again.`,
    );
  });

  it("says a workbook with a corrupt part is damaged", async () => {
    const zip = await JSZip.loadAsync(await zhTableBook());
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    // Flip bytes inside the compressed data of the first part: the zip opens, the part does not inflate.
    const damaged = bytes.slice();
    for (let i = 60; i < 90; i++) damaged[i] ^= 0xff;
    const file = writeTemp(dir, "corrupt.xlsx", damaged);
    expect(expectUnusable(await crm(["score", file]))).toBe(
      `Cannot use ${file}: the workbook is damaged (cut short or corrupt, perhaps an interrupted download or copy); let Excel repair it, or get the file again.`,
    );
  });

  it("refuses --out through a symbolic link or a hard link to the input, and leaves the input's bytes alone", async () => {
    const file = writeTemp(dir, "linked.xlsx", await zhTableBook());
    const before = sha256(file);
    const soft = join(dir, "soft.xlsx");
    const hard = join(dir, "hard.xlsx");
    symlinkSync(file, soft);
    linkSync(file, hard);
    for (const out of [soft, hard, join(dir, ".", "linked.xlsx")]) {
      expect(expectUnusable(await crm(["score", file, "--out", out]))).toMatch(/must not be the input file/);
      expect(expectUnusable(await crm(["score", out, "--out", file]))).toMatch(/must not be the input file/);
    }
    expect(sha256(file)).toBe(before);
  });
});
