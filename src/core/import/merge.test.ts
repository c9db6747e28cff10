import { linkBook } from "../book";
import { TABLES } from "../schema";
import { columnIndexes, mapHeaders, proposeColumnMap } from "../columns";
import { book, purchases, table } from "../../../test/support/rawBook";
import { findListHeader } from "./header";
import { importReport, importedText, planImport } from "./merge";
import type { Cell } from "../table";

const existing = linkBook(
  book({
    customers: table("客户", ["客户编号", "客户名称", "电话", "职业", "备注"], [
      ["C1", "张伟", "", "教师", ""],
      ["C2", "王芳", "139", "", ""],
    ]),
    purchases: purchases([["C1", "2026-01-10", 1200]]),
  }),
);

function plan(rows: Cell[][], key: "customers" | "purchases" = "customers") {
  const list = findListHeader(rows, key)!;
  return planImport(existing, key, list, mapHeaders(TABLES[key], list.headers), "zh-CN");
}

describe("planning an import", () => {
  it("appends new customers, fills only the empty cells of existing ones, and lists conflicts", () => {
    const p = plan([
      ["客户编号", "姓名", "手机", "职业"],
      ["C1", "张伟", "138", "医生"],
      ["C3", "李娜", "137", ""],
    ]);
    expect(p.append).toEqual([{ id: "C3", name: "李娜", phone: "137" }]);
    expect(p.fill).toEqual([{ row: 2, id: "C1", field: "phone", value: "138" }]);
    expect(p.conflicts).toEqual([
      { row: 2, id: "C1", field: "occupation", value: "医生", listRow: 2, current: "教师", incoming: "医生" },
    ]);
    expect(p.skipped).toEqual([]);
  });

  it("finds the header under a title row and reports every row it does not import, with why", () => {
    const p = plan([
      ["2026 年客户名单", "", ""],
      ["客户编号", "客户名称", "电话"],
      ["C9", "赵六", ""],
      ["C9", "赵六(重复)", ""],
      ["", "无编号", ""],
      ["C10", "", "136"],
    ]);
    expect(p.append.map((r) => r.id)).toEqual(["C9"]);
    const report = importReport(p, "en-US");
    expect(report.skipped).toEqual([
      { row: 4, reason: "repeats row 3 of the list" },
      { row: 5, reason: "no customer ID" },
      { row: 6, reason: "Name is missing" },
    ]);
  });

  it("keeps formula-like text as the text it is", () => {
    const p = plan([
      ["客户编号", "客户名称", "备注"],
      ["C5", '=HYPERLINK("http://evil","点我")', "+cmd|' /C calc'!A0"],
      ["C6", "@SUM(1,2)", "-2+3"],
    ]);
    expect(p.append).toEqual([
      { id: "C5", name: '=HYPERLINK("http://evil","点我")', notes: "+cmd|' /C calc'!A0" },
      { id: "C6", name: "@SUM(1,2)", notes: "-2+3" },
    ]);
  });

  it("appends purchases of known customers once, reading text amounts and dates, and refuses orphans and repeats", () => {
    const p = plan(
      [
        ["客户编号", "日期", "金额", "回款状态"],
        ["C1", "2026-01-10", "1200", "正常"], // already in the workbook
        ["C2", "2026/2/3", "¥1,500.50", "Overdue"],
        ["C2", "2026/2/3", "¥1,500.50", "Overdue"],
        ["C7", "2026-02-03", "100", ""],
        ["C2", "3/5/2026", "100", ""],
        ["C2", "2026-03-01", "一千", ""],
      ],
      "purchases",
    );
    expect(p.append).toEqual([{ id: "C2", date: { day: 20487 }, amount: 1500.5, paymentStatus: "逾期" }]);
    expect(importReport(p, "zh-CN").skipped).toEqual([
      { row: 2, reason: "工作簿第 2 行已有相同记录" },
      { row: 4, reason: "与清单第 3 行重复" },
      { row: 5, reason: "工作簿中没有客户 C7（先导入客户）" },
      { row: 6, reason: "“日期”无法识别：3/5/2026" },
      { row: 7, reason: "“金额”无法识别：一千" },
    ]);
  });

  it("reads columns by meaning: a unit in the caption scales the amounts, statuses are read by what they mean", () => {
    const rows: Cell[][] = [
      ["客户号", "成交日期", "成交金额(万元)", "付款情况"],
      ["C2", "2026-02-03", "1.5", "已逾期"],
    ];
    const list = findListHeader(rows, "purchases")!;
    const proposal = proposeColumnMap("purchases", list.headers, list.rows);
    const multipliers = Object.fromEntries(Object.values(proposal.fields).map((f) => [f.field, f.multiplier]));
    const p = planImport(existing, "purchases", list, columnIndexes(proposal), "zh-CN", multipliers);
    expect(p.append).toEqual([{ id: "C2", date: { day: 20487 }, amount: 15000, paymentStatus: "逾期" }]);
  });

  it("keeps a customer whose optional birthday cannot be read, leaving only that cell empty, with a warning naming the row", () => {
    const withBirthday = linkBook(
      book({ customers: table("客户", ["客户编号", "客户名称", "生日", "电话"], [["C1", "张伟", "", ""]]) }),
    );
    const rows: Cell[][] = [
      ["客户编号", "客户名称", "生日", "电话"],
      ["C3", "李娜", "1990/13/45", "137"],
      ["C4", "王强", "昨天", ""],
      ["C1", "张伟", "1985-06-01", "138"],
    ];
    const list = findListHeader(rows, "customers")!;
    const p = planImport(withBirthday, "customers", list, mapHeaders(TABLES.customers, list.headers), "zh-CN");
    expect(p.append).toEqual([
      { id: "C3", name: "李娜", phone: "137" },
      { id: "C4", name: "王强" },
    ]);
    expect(p.skipped).toEqual([]);
    const report = importReport(p, "zh-CN");
    expect(report.blanked.map((b) => b.warning)).toEqual([
      "清单第 2 行的“生日”“1990/13/45”不是日期：该行照常导入，此格留空。",
      "清单第 3 行的“生日”“昨天”不是日期：该行照常导入，此格留空。",
    ]);
    // The summary says which empty cells it fills, not only how many.
    expect(report.fills).toEqual([
      { id: "C1", row: 2, column: "电话", value: "138" },
      { id: "C1", row: 2, column: "生日", value: "1985-06-01" },
    ]);
  });

  it("still refuses a row whose required cell cannot be read", () => {
    const p = plan([["客户编号", "日期", "金额"], ["C2", "2026-03-01", "一千"]], "purchases");
    expect(p.append).toEqual([]);
    expect(p.blanked).toEqual([]);
    expect(p.skipped).toEqual([{ row: 2, reason: { code: "invalid", field: "amount", value: "一千" } }]);
  });

  it("previews an amount in a 万元 column as the amount the workbook will get", () => {
    const amount = TABLES.purchases.columns.find((c) => c.key === "amount")!;
    const date = TABLES.purchases.columns.find((c) => c.key === "date")!;
    expect(importedText(amount, "50", false, "zh-CN", 10_000)).toEqual({ ok: true, text: "500,000" });
    expect(importedText(date, "2026/2/3", false, "zh-CN")).toEqual({ ok: true, text: "2026-02-03" });
    expect(importedText(date, "昨天", false, "zh-CN")).toEqual({ ok: false, text: "昨天" });
  });
});
