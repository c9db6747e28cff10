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
    expect(line).toMatch(/^无法使用 .*budget\.xlsx:找不到客户表/);
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
  });

  it("refuses to write the scored copy over the input", async () => {
    const file = writeTemp(dir, "keep.xlsx", await zhTableBook());
    const before = sha256(file);
    expect(expectUnusable(await crm(["score", file, "--out", file]))).toMatch(/must not be the input file/);
    expect(sha256(file)).toBe(before);
  });
});
