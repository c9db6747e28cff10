import { linkBook } from "../book";
import { TABLES } from "../schema";
import { columnIndexes, mapHeaders, proposeColumnMap } from "../columns";
import { book, purchases, table } from "../../../test/support/rawBook";
import { findListHeader } from "./header";
import { importReport, planImport } from "./merge";
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
});
