/**
 * Workbooks laid out the way reps and bank exports really are (issue 10): a title block above the
 * header, totals and notes under the data, a repeated header, a hidden outdated sheet, sheets and
 * captions named otherwise. Each must score exactly like the tidy book it stands for, and say
 * what it skipped. (Every test here failed on main before the column matcher and the one locator.)
 */
import { buildXlsx, date, tempDir, writeTemp, type SheetSpec } from "../fixtures/workbooks";
import { crm } from "./harness";

const dir = tempDir();
const AS_OF = "2026-11-23";

const CUSTOMERS = [
  ["C1", "张三"],
  ["C2", "李四"],
  ["C3", "王五"],
  ["C4", "赵六"],
];
const PURCHASES = [
  ["C1", date("2026-10-01"), 100, "正常"],
  ["C2", date("2026-10-01"), 5000, "正常"],
  ["C2", date("2026-09-01"), 5000, "逾期"],
  ["C3", date("2026-09-01"), 80000, "正常"],
  ["C4", date("2026-08-01"), 300, "正常"],
  ["C4", date("2026-07-01"), 300, "正常"],
];

async function file(name: string, sheets: SheetSpec[]): Promise<string> {
  return writeTemp(dir, name, await buildXlsx(sheets));
}

async function scores(path: string): Promise<unknown> {
  const r = await crm(["score", path, "--as-of", AS_OF, "--json", "--lang", "zh-CN"]);
  expect(r.stderr).not.toMatch(/Error|at /);
  return JSON.parse(r.stdout);
}

async function problems(path: string): Promise<{ code: number; list: { severity: string; code: string; sheet: string; row: number }[] }> {
  const r = await crm(["check", path, "--as-of", AS_OF, "--json", "--lang", "en-US"]);
  return { code: r.code, list: JSON.parse(r.stdout) };
}

let tidy: unknown;
beforeAll(async () => {
  tidy = await scores(
    await file("tidy.xlsx", [
      { name: "客户", rows: [["客户编号", "客户名称"], ...CUSTOMERS] },
      { name: "购买记录", rows: [["客户编号", "日期", "金额", "回款状态"], ...PURCHASES] },
    ]),
  );
  expect((tidy as { quadrant: string }[]).map((s) => s.quadrant)).not.toEqual(["III", "III", "III", "III"]);
});

describe("a workbook laid out the way reps keep it", () => {
  it("skips a title, a totals row, a repeated header and notes, says so at their rows, and scores as the tidy book", async () => {
    const path = await file("totals.xlsx", [
      {
        name: "客户",
        rows: [
          ["2026 年客户名单"], // 1
          ["客户编号", "客户名称"], // 2
          ...CUSTOMERS.slice(0, 2), // 3, 4
          ["客户编号", "客户名称"], // 5: the header again (a second printed page)
          ...CUSTOMERS.slice(2), // 6, 7
          ["合计", "4 户"], // 8
          [], // 9
          ["注:本表仅供内部使用"], // 10
          ["制表人:张三"], // 11
        ],
      },
      {
        name: "购买记录",
        rows: [["客户编号", "日期", "金额", "回款状态"], ...PURCHASES, ["小计", null, 90700, null]],
      },
    ]);
    expect(await scores(path)).toEqual(tidy);
    const { code, list } = await problems(path);
    expect(code).toBe(0);
    expect(list.map((p) => [p.severity, p.code, p.sheet, p.row])).toEqual([
      ["warning", "rows.title", "客户", 1],
      ["warning", "row.header", "客户", 5],
      ["warning", "row.total", "客户", 8],
      ["warning", "row.note", "客户", 10],
      ["warning", "row.note", "客户", 11],
      ["warning", "row.total", "购买记录", 8],
    ]);
  });

  it("finds a bank export's header on row 14 under its metadata block, beside a blank first column", async () => {
    const meta = [
      ["客户信息查询结果"],
      ["机构:", "XX银行城东支行"],
      ["客户经理:", "王经理"],
      ["导出时间:", "2026-11-20 09:31"],
      ["查询条件:", "全部客户"],
      [],
      ["币种:", "人民币"],
      ["单位:", "元"],
      [],
      ["说明:", "本报表数据来源于核心系统"],
      [],
      [],
      [],
    ];
    const path = await file("export.xlsx", [
      { name: "查询结果", origin: { row: 1, col: 2 }, rows: [...meta, ["客户号", "户名", "证件号码"], ...CUSTOMERS.map((c) => [...c, "110…"])] },
      { name: "交易明细", origin: { row: 1, col: 2 }, rows: [...meta, ["客户号", "交易日期", "交易金额(元)", "回款情况"], ...PURCHASES] },
    ]);
    expect(await scores(path)).toEqual(tidy);
    const { list } = await problems(path);
    expect(list.filter((p) => p.code === "rows.title").map((p) => [p.sheet, p.row])).toEqual([
      ["查询结果", 1],
      ["交易明细", 1],
    ]);
  });

  it("reads a missing column at the header row it found, not at row 1", async () => {
    const path = await file("export-missing.xlsx", [
      { name: "客户", rows: [["客户名单"], [], ["客户编号", "客户名称"], ...CUSTOMERS] },
      { name: "购买记录", rows: [["购买记录"], [], ["客户编号", "日期", "产品"], ["C1", date("2026-10-01"), "x"]] },
    ]);
    const { list } = await problems(path);
    expect(list.find((p) => p.code === "column.missing")).toMatchObject({ sheet: "购买记录", row: 3 });
  });

  it("uses the visible customer list, not a hidden outdated sheet named 客户", async () => {
    const path = await file("hidden.xlsx", [
      { name: "客户", hidden: true, rows: [["客户编号", "客户名称"], ["OLD1", "旧客户"], ["OLD2", "旧客户二"]] },
      { name: "Sheet1", rows: [["客户编号", "客户名称"], ...CUSTOMERS] },
      { name: "购买记录", rows: [["客户编号", "日期", "金额", "回款状态"], ...PURCHASES] },
    ]);
    expect(await scores(path)).toEqual(tidy);
  });

  it("recognises a purchases sheet called “Deals 2026” with its amount headed 金额(元)", async () => {
    const path = await file("deals.xlsx", [
      { name: "客户", rows: [["客户编号", "客户名称"], ...CUSTOMERS] },
      { name: "Deals 2026", rows: [["客户编号", "成交日期", "金额(元)", "回款情况"], ...PURCHASES] },
    ]);
    expect(await scores(path)).toEqual(tidy);
  });

  it("reads an English book with abbreviated captions on sheets named otherwise", async () => {
    const path = await file("english.xlsx", [
      { name: "Book of Business", rows: [["Cust #", "Cust Name", "Tel."], ...CUSTOMERS.map((c) => [...c, "555"])] },
      { name: "FY26 Activity", rows: [["Cust ID", "Txn Date", "Amt", "Pmt Sts"], ...PURCHASES.map(([i, d, a, s]) => [i, d, a, s === "逾期" ? "Past due" : "Paid"])] },
    ]);
    expect(await scores(path)).toEqual(tidy);
  });

  it("reads an amount headed 金额(万元) in ten-thousands", async () => {
    const path = await file("wan.xlsx", [
      { name: "客户", rows: [["客户编号", "客户名称"], ...CUSTOMERS] },
      { name: "购买记录", rows: [["客户编号", "日期", "金额(万元)", "回款状态"], ...PURCHASES.map(([i, d, a, s]) => [i, d, (a as number) / 10_000, s])] },
    ]);
    expect(await scores(path)).toEqual(tidy);
  });
});

describe("a book that cannot be scored", () => {
  it("makes score and plan refuse with one line naming the column looked for, never customers all in III", async () => {
    const path = await file("noamount.xlsx", [
      { name: "客户", rows: [["客户编号", "客户名称"], ...CUSTOMERS] },
      { name: "购买记录", rows: [["标题"], ["客户编号", "日期", "备注"], ["C1", date("2026-10-01"), "x"]] },
    ]);
    for (const command of ["score", "plan"]) {
      const r = await crm([command, path, "--as-of", AS_OF, "--json", "--lang", "en-US"]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe("cannot score: no “Amount” column in the header on row 2 of 购买记录. Add it, or name it with --map.\n");
    }
  });

  it("refuses a book with no purchases sheet at all", async () => {
    const path = await file("nopurchases.xlsx", [{ name: "客户", rows: [["客户编号", "客户名称"], ...CUSTOMERS] }]);
    const r = await crm(["score", path, "--as-of", AS_OF, "--json", "--lang", "en-US"]);
    expect([r.code, r.stdout, r.stderr.split("\n").length]).toEqual([2, "", 2]);
    expect(r.stderr).toMatch(/no purchases sheet/);
  });

  it("says on stderr which sheet it used and that the bad-payment penalty is off", async () => {
    const path = await file("nostatus.xlsx", [
      { name: "Sheet1", rows: [["客户编号", "客户名称"], ...CUSTOMERS] },
      { name: "购买记录", rows: [["客户编号", "日期", "金额"], ...PURCHASES.map((p) => p.slice(0, 3))] },
    ]);
    const r = await crm(["score", path, "--as-of", AS_OF, "--json", "--lang", "en-US"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("Customers: sheet “Sheet1”, header on row 1 (recognised by its columns).");
    expect(r.stderr).toContain("the bad-payment penalty is off");
    const check = await problems(path);
    expect(check.list[0]).toMatchObject({ severity: "warning", code: "column.noPaymentStatus", sheet: "购买记录", row: 1 });
  });
});

describe("crm columns and --map", () => {
  it("prints the column map with the sheet, header row, caption, how and confidence of each field", async () => {
    const path = await file("map.xlsx", [
      { name: "客户", rows: [["客户编号", "客户名称"], ...CUSTOMERS] },
      { name: "Deals 2026", rows: [["标题"], ["Cust ID", "Txn Date", "Amt", "金额", "状态说明"], ["C1", date("2026-10-01"), 5, 5, "逾期"], ["C2", date("2026-10-01"), 5, 5, "正常"]] },
    ]);
    const r = await crm(["columns", path, "--json"]);
    expect(r.code).toBe(0);
    const purchases = (JSON.parse(r.stdout) as { table: string; sheet: string; headerRow: number; fields: { field: string; column: string | null; how: string | null; alternatives: string[] }[] }[]).find((t) => t.table === "purchases")!;
    expect([purchases.sheet, purchases.headerRow]).toEqual(["Deals 2026", 2]);
    const by = Object.fromEntries(purchases.fields.map((f) => [f.field, f]));
    expect(by.id).toMatchObject({ column: "Cust ID", how: "meaning" });
    expect(by.amount).toMatchObject({ column: "金额", how: "caption" });
    expect(by.paymentStatus).toMatchObject({ column: "状态说明", how: "values" });
    expect(by.product).toMatchObject({ column: null, how: null });
    const text = await crm(["columns", path, "--lang", "en-US"]);
    expect(text.stdout).toContain("Purchases: sheet “Deals 2026”, header on row 2");
  });

  it("lets --map choose a column on every command, and reports a choice the sheet lacks", async () => {
    const path = await file("choose.xlsx", [
      { name: "客户", rows: [["客户编号", "客户名称"], ...CUSTOMERS] },
      { name: "购买记录", rows: [["客户编号", "日期", "金额", "实收(元)", "回款状态"], ...PURCHASES.map(([i, d, a, s]) => [i, d, 1, a, s])] },
    ]);
    const chosen = await crm(["score", path, "--as-of", AS_OF, "--json", "--lang", "zh-CN", "--map", "purchases.amount=实收(元)"]);
    expect(JSON.parse(chosen.stdout)).toEqual(tidy);
    const cols = JSON.parse((await crm(["columns", path, "--json", "--map", "purchases.amount=实收(元)"])).stdout) as { table: string; fields: { field: string; how: string }[] }[];
    expect(cols.find((t) => t.table === "purchases")!.fields.find((f) => f.field === "amount")!.how).toBe("user");
    const missing = await crm(["check", path, "--json", "--map", "purchases.paymentStatus=Pay"]);
    expect(JSON.parse(missing.stdout)[0]).toMatchObject({ code: "column.choiceMissing", column: "Pay", row: 1 });
    const bad = await crm(["score", path, "--map", "nonsense"]);
    expect([bad.code, bad.stderr.split("\n").length]).toEqual([2, 2]);
  });
});
