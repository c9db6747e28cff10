/**
 * The command line reads the column map kept in the workbook (the add-in's crmColumnMap table):
 * `--map` beats it, it beats the proposal, and `crm columns` says where each choice came from.
 * Two sheets that fit the customers alike cannot be asked about here: the better fit is used and
 * said loudly, with how to choose.
 */
import { buildXlsx, date, tempDir, writeTemp, type SheetSpec } from "../fixtures/workbooks";
import { crm } from "./harness";

const dir = tempDir();
const AS_OF = "2026-11-23";

const customers: SheetSpec = { name: "客户", rows: [["客户编号", "客户名称"], ["C1", "张三"], ["C2", "李四"]] };
const purchases: SheetSpec = {
  name: "购买记录",
  rows: [
    ["客户编号", "日期", "金额", "实收金额", "回款状态"],
    ["C1", date("2026-10-01"), 1000, 300, "正常"],
    ["C2", date("2026-10-01"), 2000, 100, "正常"],
  ],
};
const map = (rows: string[][]): SheetSpec => ({ name: "列对应", table: "crmColumnMap", rows: [["数据表", "字段", "对应列"], ...rows] });

async function book(name: string, sheets: SheetSpec[]): Promise<string> {
  return writeTemp(dir, name, await buildXlsx(sheets));
}

interface ColumnsJson {
  table: string;
  sheet: string;
  sheetFrom: string;
  fields: { field: string; column: string | null; from: string }[];
}

async function columns(path: string, extra: string[] = []): Promise<ColumnsJson[]> {
  const r = await crm(["columns", path, "--json", ...extra]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

const field = (json: ColumnsJson[], table: string, key: string) => json.find((t) => t.table === table)!.fields.find((f) => f.field === key)!;

describe("the column map stored in an .xlsx", () => {
  it("is used by score and columns, and says it came from the workbook", async () => {
    const path = await book("stored.xlsx", [customers, purchases, map([["购买记录", "金额", "实收金额"], ["购买记录", "产品", "(自动)"]])]);
    const json = await columns(path);
    expect(field(json, "purchases", "amount")).toMatchObject({ column: "实收金额", from: "workbook" });
    expect(field(json, "purchases", "date")).toMatchObject({ column: "日期", from: "proposal" });
    const r = await crm(["score", path, "--as-of", AS_OF, "--json"]);
    expect(JSON.parse(r.stdout).map((s: { amount: number }) => s.amount)).toEqual([300, 100]);
    const text = await crm(["columns", path, "--lang", "en-US"]);
    expect(text.stdout).toMatch(/实收金额\s+your choice \(workbook's column map\)/);
  });

  it("gives way to --map, field by field", async () => {
    const path = await book("stored-and-option.xlsx", [customers, purchases, map([["购买记录", "金额", "实收金额"], ["购买记录", "回款状态", "(无)"]])]);
    const json = await columns(path, ["--map", "purchases.amount=金额"]);
    expect(field(json, "purchases", "amount")).toMatchObject({ column: "金额", from: "option" });
    expect(field(json, "purchases", "paymentStatus")).toMatchObject({ column: null, from: "workbook" });
    const r = await crm(["score", path, "--as-of", AS_OF, "--json", "--map", "purchases.amount=金额"]);
    expect(JSON.parse(r.stdout).map((s: { amount: number }) => s.amount)).toEqual([1000, 2000]);
  });

  it("reports a row it cannot read at the map's sheet, row and column, and goes on", async () => {
    const path = await book("bad-row.xlsx", [customers, purchases, map([["购买记录", "数量", "实收金额"], ["购买记录", "金额", "实收金额"]])]);
    const r = await crm(["check", path, "--as-of", AS_OF, "--json"]);
    const list = JSON.parse(r.stdout) as { code: string; sheet: string; row: number; column: string }[];
    expect(list.find((p) => p.code === "columnMap.field")).toMatchObject({ sheet: "列对应", row: 2, column: "字段" });
    expect(field(await columns(path), "purchases", "amount")).toMatchObject({ column: "实收金额", from: "workbook" });
  });
});

describe("two sheets that fit the customers alike", () => {
  const listA: SheetSpec = { name: "名单甲", rows: [["客户编号", "客户名称"], ["C1", "甲一"], ["C2", "甲二"]] };
  const listB: SheetSpec = { name: "名单乙", rows: [["客户编号", "客户名称"], ["C1", "乙一"], ["C3", "乙三"]] };
  const buys: SheetSpec = { name: "购买记录", rows: [["客户编号", "日期", "金额"], ["C3", date("2026-10-01"), 500]] };

  it("uses the better fit but says so on stderr and in check, naming both sheets and how to choose", async () => {
    const path = await book("two-lists.xlsx", [listA, listB, buys]);
    const r = await crm(["score", path, "--as-of", AS_OF, "--json", "--lang", "en-US"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((s: { id: string }) => s.id)).toEqual(["C1", "C2"]);
    expect(r.stderr).toMatch(/名单甲.*“名单乙” would fit as well.*--map customers\.sheet=/s);
    const check = JSON.parse((await crm(["check", path, "--as-of", AS_OF, "--json", "--lang", "en-US"])).stdout) as { code: string; sheet: string; message: string }[];
    expect(check.find((p) => p.code === "table.ambiguous")).toMatchObject({ sheet: "名单甲", message: expect.stringContaining("--map customers.sheet=") });
  });

  it("--map customers.sheet= answers the question: that sheet is read, silently", async () => {
    const path = await book("two-lists-option.xlsx", [listA, listB, buys]);
    const r = await crm(["score", path, "--as-of", AS_OF, "--json", "--map", "customers.sheet=名单乙"]);
    expect(JSON.parse(r.stdout).map((s: { id: string; amount: number }) => [s.id, s.amount])).toEqual([["C1", 0], ["C3", 500]]);
    expect(r.stderr).not.toMatch(/名单甲/);
    const json = await columns(path, ["--map", "customers.sheet=名单乙"]);
    expect(json.find((t) => t.table === "customers")).toMatchObject({ sheet: "名单乙", sheetFrom: "option" });
  });

  it("the workbook's column map answers it too, and a sheet it names that does not exist is reported", async () => {
    const stored = await book("two-lists-stored.xlsx", [listA, listB, buys, map([["客户", "工作表", "名单乙"]])]);
    expect((await columns(stored)).find((t) => t.table === "customers")).toMatchObject({ sheet: "名单乙", sheetFrom: "workbook" });
    const wrong = await book("two-lists-wrong.xlsx", [listA, listB, buys, map([["客户", "工作表", "名单丙"]])]);
    const check = JSON.parse((await crm(["check", wrong, "--as-of", AS_OF, "--json"])).stdout) as { code: string; sheet: string }[];
    expect(check.find((p) => p.code === "table.choiceMissing")).toMatchObject({ sheet: "名单甲" });
  });
});
