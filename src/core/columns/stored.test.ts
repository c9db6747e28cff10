import type { RawTable } from "../table";
import { analyze } from "../analyze";
import { dayFromYmd } from "../dates";
import { TABLES } from "../schema";
import {
  choiceText,
  columnMapHeaders,
  layOutRows,
  mapKeys,
  mapRows,
  mergeChoices,
  parseColumnMap,
  readChoice,
} from "./stored";

const mapTable = (rows: (string | number | boolean | null)[][], headers = columnMapHeaders("zh-CN")): RawTable => ({
  sheet: "设置",
  headerRow: 1,
  firstColumn: 4,
  headers,
  rows,
});

describe("the column map kept in the workbook", () => {
  test("what setup writes reads back as every dataset and field left automatic", () => {
    for (const lang of ["zh-CN", "en-US"] as const) {
      const stored = parseColumnMap(mapTable(mapRows(mapKeys(), lang), columnMapHeaders(lang)));
      expect(stored.problems).toEqual([]);
      expect(stored.entries).toHaveLength(mapKeys().length);
      expect(stored.entries.every((e) => e.choice.kind === "auto")).toBe(true);
      expect(stored.choices).toEqual({});
      expect(stored.sheets).toEqual({});
    }
  });

  test("a caption, a none and a sheet are read as choices, in either language and any width or case", () => {
    const stored = parseColumnMap(
      mapTable([
        ["购买记录", "金额", "实收金额(元)"],
        ["Purchases", "payment status", "(无)"],
        ["ＣＵＳＴＯＭＥＲＳ", "工作表", "客户名单"],
        ["客户", "Phone", "(auto)"],
        ["customers", "name", ""],
      ]),
    );
    expect(stored.problems).toEqual([]);
    expect(stored.choices).toEqual({ purchases: { amount: "实收金额(元)", paymentStatus: null } });
    expect(stored.sheets).toEqual({ customers: "客户名单" });
  });

  test("a row that cannot be read is reported at its sheet, row and column and ignored", () => {
    const stored = parseColumnMap(
      mapTable([
        ["购买记录", "金额", "实收金额"],
        ["购买单", "金额", "x"],
        ["购买记录", "金 额 数", "x"],
        ["购买记录", "日期", true],
        ["购买记录", "金额", "另一列"],
        ["客户", "工作表", "(无)"],
        [null, null, null],
      ]),
    );
    expect(stored.choices).toEqual({ purchases: { amount: "实收金额" } });
    expect(stored.problems.map((p) => [p.code, p.sheet, p.row, p.column, p.severity])).toEqual([
      ["columnMap.table", "设置", 3, "数据表", "warning"],
      ["columnMap.field", "设置", 4, "字段", "warning"],
      ["columnMap.value", "设置", 5, "对应列", "warning"],
      ["columnMap.duplicate", "设置", 6, "字段", "warning"],
      ["columnMap.value", "设置", 7, "对应列", "warning"],
    ]);
    expect(stored.problems[3].params).toEqual({ first: 2 });
    expect(stored.problems[0].columnIndex).toBe(4);
  });

  test("a map without its own three columns is reported once and not used", () => {
    const stored = parseColumnMap(mapTable([["购买记录", "金额"]], ["数据表", "字段"]));
    expect(stored.choices).toEqual({});
    expect(stored.problems.map((p) => p.code)).toEqual(["columnMap.header"]);
  });

  test("an Excel error in a choice is no caption", () => {
    expect(readChoice("#REF!")).toBeUndefined();
    expect(readChoice(2026)).toEqual({ kind: "caption", caption: "2026" });
    expect(readChoice(" 自动 ")).toEqual({ kind: "auto" });
    expect(readChoice("NONE")).toEqual({ kind: "none" });
  });

  test("choices are written as the user reads them and read back the same", () => {
    for (const lang of ["zh-CN", "en-US"] as const)
      for (const choice of [{ kind: "auto" }, { kind: "none" }, { kind: "caption", caption: "金额(万元)" }] as const)
        expect(readChoice(choiceText(choice, lang))).toEqual(choice);
  });

  test("rows are laid out under the map's own headers when the user moved its columns", () => {
    const rows = mapRows([{ table: "purchases", field: "amount" }], "en-US");
    expect(layOutRows(rows, ["Column", "Note", "Table", "Field"])).toEqual([["(auto)", "", "Purchases", "Amount"]]);
  });

  test("a --map choice wins over the stored one field by field, and each says where it came from", () => {
    const merged = mergeChoices({ amount: "实收金额", paymentStatus: null }, { amount: "金额" });
    expect(merged.choices).toEqual({ amount: "金额", paymentStatus: null });
    expect(merged.from).toEqual({ amount: "option", paymentStatus: "workbook" });
  });
});

describe("the stored map in the analysis", () => {
  const asOf = dayFromYmd(2026, 3, 31)!;
  const book = (columnMap?: RawTable) => ({
    date1904: false,
    columnMap,
    tables: {
      customers: { sheet: "客户", headerRow: 1, firstColumn: 0, headers: ["客户编号", "客户名称"], rows: [["C1", "甲"]] },
      purchases: {
        sheet: "购买记录",
        headerRow: 1,
        firstColumn: 0,
        headers: ["客户编号", "日期", "金额", "开票金额"],
        rows: [["C1", "2026-03-01", 100, 80]],
      },
    },
  });

  test("a stored choice changes the amount scored, and --map wins over it", () => {
    const proposal = analyze(book(), { asOf });
    const stored = analyze(book(mapTable([["购买记录", "金额", "开票金额"]])), { asOf });
    const option = analyze({ ...book(mapTable([["购买记录", "金额", "开票金额"]])), choices: { purchases: { amount: "金额" } } }, { asOf });
    expect(proposal.scores[0].amount).toBe(100);
    expect(stored.scores[0].amount).toBe(80);
    expect(option.scores[0].amount).toBe(100);
    expect(stored.book.tables.purchases!.map!.fields.amount).toMatchObject({ how: "user", from: "workbook", caption: "开票金额" });
    expect(option.book.tables.purchases!.map!.fields.amount).toMatchObject({ how: "user", from: "option", caption: "金额" });
  });

  test("an unreadable map row is among the problems, on the map's sheet", () => {
    const a = analyze(book(mapTable([["购买记录", "数量", "x"]])), { asOf });
    expect(a.problems.find((p) => p.code === "columnMap.field")).toMatchObject({ sheet: "设置", row: 2, column: "字段" });
    expect(a.scores[0].amount).toBe(100);
  });

  test("the map lists every field of every dataset but the settings", () => {
    const keys = mapKeys();
    expect(keys.filter((k) => k.table === "purchases").map((k) => k.field)).toEqual(["sheet", ...TABLES.purchases.columns.map((c) => c.key)]);
    expect(keys.some((k) => k.table === "settings")).toBe(false);
  });
});
