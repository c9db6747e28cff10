import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { join } from "node:path";
import { crm } from "./harness";
import { cellMap, sha256, tempDir, writeTemp, zhTableBook } from "../fixtures/workbooks";

const BOM = "\ufeff";
const LIST = [
  "客户编号,客户名称,生日",
  "C001,张伟(新),1980-03-05",
  "C002,李娜,1990-01-02",
  'C005,"=HYPERLINK(""http://x"",""点我"")",',
  "C005,重复,",
  ",无编号,",
].join("\r\n");

describe("crm import", () => {
  const dir = tempDir();

  it("merges a UTF-8-BOM CSV by ID into a copy: appends, fills empty cells, lists conflicts and skipped rows, and leaves the input alone", async () => {
    const book = writeTemp(dir, "book.xlsx", await zhTableBook());
    const list = writeTemp(dir, "list.csv", BOM + LIST);
    const out = join(dir, "merged.xlsx");
    const before = sha256(book);
    const { code, stdout, stderr } = await crm(["import", book, list, "--table", "customers", "--out", out, "--json"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      added: 1,
      filled: 1,
      fills: [{ id: "C002", row: 3, column: "生日", value: "1990-01-02" }],
      blanked: [],
      conflicts: [{ id: "C001", row: 2, listRow: 2, column: "客户名称", current: "张伟", incoming: "张伟(新)" }],
      skipped: [
        { row: 5, reason: "与清单第 4 行重复" },
        { row: 6, reason: "缺少客户编号" },
      ],
      ignoredColumns: [],
    });
    expect(sha256(book)).toBe(before);

    const was = await cellMap(readFileSync(book));
    const now = await cellMap(readFileSync(out));
    const changed = [...now].filter(([k, v]) => was.get(k) !== v).map(([k]) => k);
    expect(changed.sort()).toEqual(["客户!A6", "客户!B6", "客户!C3"]);
    expect([...was.keys()].filter((k) => !now.has(k))).toEqual([]);
    // The formula-like name is a string in the file, not a formula.
    expect(now.get("客户!B6")).toBe(JSON.stringify('=HYPERLINK("http://x","点我")'));
    expect(now.get("客户!C3")).toBe("1990-01-02T00:00:00.000Z");

    // Written into the original package: only the customer sheet, the styles and its table change.
    const [a, b] = await Promise.all([JSZip.loadAsync(readFileSync(book)), JSZip.loadAsync(readFileSync(out))]);
    const differing: string[] = [];
    for (const name of Object.keys(a.files)) {
      const [x, y] = await Promise.all([a.file(name)?.async("string"), b.file(name)?.async("string")]);
      if (x !== y) differing.push(name);
    }
    expect(differing.sort()).toEqual(["xl/styles.xml", "xl/tables/table1.xml", "xl/worksheets/sheet1.xml"]);
  });

  it("prints the same report as text, and refuses to run without --out", async () => {
    const book = writeTemp(dir, "book2.xlsx", await zhTableBook());
    const list = writeTemp(dir, "list2.csv", BOM + LIST);
    const { code, stdout } = await crm(["import", book, list, "--table", "customers", "--out", join(dir, "m2.xlsx"), "--lang", "en-US"]);
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toBe("1 row appended, 1 empty cell filled, 1 conflict (the workbook's value kept), 2 rows not imported.");
    expect(stdout).toContain("row 6 not imported: no customer ID");
    const refused = await crm(["import", book, list, "--table", "customers", "--lang", "en-US"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--out/);
  });

  it("asks for --table when it is missing, takes a table's name in either language, and names a value that is no table", async () => {
    const book = writeTemp(dir, "book3.xlsx", await zhTableBook());
    const list = writeTemp(dir, "list3.csv", BOM + LIST);
    const missing = await crm(["import", book, list, "--out", join(dir, "m3.xlsx"), "--lang", "zh-CN"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("import 需要 --table 说明清单导入哪张表：customers, followUps, purchases, assets, policies\n");
    const wrong = await crm(["import", book, list, "--table", "订单", "--out", join(dir, "m3.xlsx"), "--lang", "en-US"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe("--table must be one of customers, followUps, purchases, assets, policies (got “订单”)\n");
    const byName = await crm(["import", book, list, "--table", "客户", "--out", join(dir, "m3.xlsx"), "--lang", "en-US"]);
    expect(byName.code).toBe(0);
    expect(byName.stdout.split("\n")[0]).toBe("1 row appended, 1 empty cell filled, 1 conflict (the workbook's value kept), 2 rows not imported.");
  });
});
