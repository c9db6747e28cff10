import { catalogKeys, t } from "../../src/core/i18n";
import { newCaption, ownedIndexes, parseOwned } from "../../src/excel/owned";
import { a1, columnIndex, columnLetters, parseArea, quoteSheet } from "../../src/excel/address";
import { locate } from "../../src/excel/locate";
import { planWrites, type OutCell } from "../../src/excel/writeScores";
import { packFormatWrites } from "../../src/excel/sendFormats";
import { formatsWhereGeneral, sheetLang } from "../../src/excel/format";
import { isOwnWrite } from "../../src/excel/events";
import { initialState } from "../../src/excel/state";
import { EMPTY_COLUMN_BYTES, estimateRowBytes, planSlices, sliceBytes } from "../../src/excel/readPlan";
import { generalRuns } from "../../src/excel/setup";

describe("computed columns", () => {
  test("a new column takes the plain caption, or a suffixed one when the user already has it", () => {
    expect(newCaption("amount", "zh-CN", ["客户编号", "客户名称"])).toBe("交易额");
    expect(newCaption("amount", "zh-CN", ["客户编号", "交易额"])).toBe("交易额（CRM）");
    expect(newCaption("amount", "en-US", ["amount", "Amount (CRM)"])).toBe("Amount (CRM) 2");
  });

  test("ownership comes from names that still point into the table's header row", () => {
    const owned = parseOwned([
      { name: "crmColumn_quadrant", formula: "=客户!$E$1" },
      { name: "crmColumn_amount", formula: "=#REF!" },
      { name: "crmColumn_closeness", formula: "='My sheet'!$F$1" },
      { name: "crmColumn_strategy", formula: "=客户!$Z$1" },
      { name: "Budget", formula: "=0.5" },
    ]);
    expect([...owned.keys()]).toEqual(["quadrant", "closeness", "strategy"]);
    expect(owned.get("closeness")).toEqual({ kind: "cell", sheet: "My sheet", row0: 0, col0: 5 });
    const g = { sheet: "客户", table: "crmCustomers", headerRow0: 0, col0: 0, headers: ["a", "b", "c", "d", "象限", "f"] };
    expect([...ownedIndexes(owned, g)]).toEqual([["quadrant", 4]]);
  });

  test("ownership also reads the structured reference Excel may store for a table's header cell", () => {
    const owned = parseOwned([
      { name: "crmColumn_quadrant", formula: "=crmCustomers[[#Headers],[象限]]" },
      { name: "crmColumn_amount", formula: "=crmCustomers[[#Headers],[Amount '[CRM']]]" },
      { name: "crmColumn_closeness", formula: "=OtherTable[[#Headers],[紧密度]]" },
    ]);
    expect(owned.get("amount")).toEqual({ kind: "header", table: "crmCustomers", column: "Amount [CRM]" });
    const headers = ["客户编号", "象限", "紧密度", "Amount [CRM]"];
    const g = { sheet: "客户", table: "crmCustomers", headerRow0: 0, col0: 0, headers };
    expect(Object.fromEntries(ownedIndexes(owned, g))).toEqual({ quadrant: 1, amount: 3 });
  });

  test("a name in a form no one reads falls back on the header marker: one marked column with the caption, else not ours", () => {
    const owned = parseOwned([{ name: "crmColumn_amount", formula: "=OFFSET(客户!$S$1,0,0)" }]);
    expect(owned.get("amount")).toEqual({ kind: "unreadable" });
    const headers = ["客户编号", "交易额", "交易额(CRM)"];
    const g = { sheet: "客户", table: "crmCustomers", headerRow0: 0, col0: 0, headers };
    expect([...ownedIndexes(owned, g)]).toEqual([]); // marker unknown: not ours
    expect([...ownedIndexes(owned, { ...g, marked: [false, false, true] })]).toEqual([["amount", 2]]);
    // The user's own 交易额 without the marker is never taken; two marked candidates are ambiguous.
    expect([...ownedIndexes(owned, { ...g, marked: [false, true, true] })]).toEqual([]);
  });
});

describe("addresses", () => {
  test("column letters round-trip", () => {
    for (const c of [0, 25, 26, 701, 702, 16383]) expect(columnIndex(columnLetters(c))).toBe(c);
    expect(a1(0, 0)).toBe("A1");
    expect(a1(1, 2, 10, 27)).toBe("C2:AB11");
  });

  test("parses what Office.js prints, quoted sheet names and event addresses included", () => {
    expect(parseArea("'Bob''s list'!B2:C9")).toEqual({ sheet: "Bob's list", row0: 1, col0: 1, row1: 8, col1: 2 });
    expect(parseArea("客户!$A$1")).toEqual({ sheet: "客户", row0: 0, col0: 0, row1: 0, col1: 0 });
    expect(parseArea("E:F")).toMatchObject({ sheet: "", col0: 4, col1: 5, row0: 0 });
    expect(parseArea("3:4")).toMatchObject({ row0: 2, row1: 3, col0: 0 });
    expect(quoteSheet("客户")).toBe("客户");
    expect(quoteSheet("My sheet")).toBe("'My sheet'");
    expect(quoteSheet("A1")).toBe("'A1'");
  });
});

describe("locate", () => {
  const customers = ["客户编号", "客户名称"];
  test("prefers the add-in's table name, then the sheet name, then the headers", () => {
    const found = locate(
      [
        { name: "Table3", sheet: "Sheet9", headers: ["客户编号", "日期", "产品", "金额"] },
        { name: "crmCustomers", sheet: "Anything", headers: customers },
        { name: "Table1", sheet: "客户", headers: customers },
        { name: "Table2", sheet: "跟进", headers: ["客户编号", "日期"] },
      ],
      [],
    ).found;
    expect(found.customers).toMatchObject({ tableName: "crmCustomers", via: "name" });
    expect(found.followUps).toMatchObject({ tableName: "Table2", via: "sheet" });
    expect(found.purchases).toMatchObject({ tableName: "Table3", via: "headers" });
  });

  test("a purchases-like table is purchases, not follow-ups, though it fits both", () => {
    const found = locate([{ name: "T", sheet: "Data", headers: ["ID", "Date", "Amount", "Product"] }], []).found;
    expect(found.purchases).toMatchObject({ tableName: "T" });
    expect(found.followUps).toBeUndefined();
  });

  test("finds a plain range's header below a title and never claims Key/Value headers for settings", () => {
    const { found } = locate(
      [],
      [
        { sheet: "客户", row0: 0, col0: 0, top: [["名单"], ["客户编号", "客户名称"], ["C1", "甲"]] },
        { sheet: "Config", row0: 0, col0: 0, top: [["Key", "Value"]] },
      ],
    );
    expect(found.customers).toMatchObject({ kind: "range", headerRow0: 1, col0: 0, col1: 1 });
    expect(found.settings).toBeUndefined();
  });

  test("a sheet named for a dataset without its ID column is unusable, not adopted", () => {
    const r = locate([], [{ sheet: "客户", row0: 0, col0: 0, top: [["姓名", "电话"]] }]);
    expect(r.found.customers).toBeUndefined();
    expect(r.unusable).toEqual([expect.objectContaining({ key: "customers", sheet: "客户", headerRow0: 0 })]);
  });
});

describe("planning the writes", () => {
  const rows = (n: number): OutCell[][] =>
    Array.from({ length: n }, (_, i) => ["II", i * 10.5, 0.25, "", "重点攻关,力求突破", 46000 + i, 46100]);
  const layout = {
    firstRow0: 1,
    sheetColumns: [4, 5, 6, 7, 8, 9, 10],
    keys: ["quadrant", "amount", "closeness", "borderline", "strategy", "lastContact", "nextVisit"] as const,
  };

  test("a normal book is one sync of one range write", () => {
    const plan = planWrites(
      rows(10_000),
      { ...layout, keys: [...layout.keys] },
      { budgetBytes: 4_000_000, maxCellsPerOp: 500_000 },
    );
    expect(plan).toHaveLength(1);
    expect(plan[0].ops).toHaveLength(1);
    expect(plan[0].ops[0].address).toBe("E2:K10001");
  });

  test("past the budget, every row is written exactly once and no sync exceeds the budget", () => {
    const plan = planWrites(
      rows(10_000),
      { ...layout, keys: [...layout.keys] },
      { budgetBytes: 100_000, maxCellsPerOp: 5_000 },
    );
    expect(plan.length).toBeGreaterThan(5);
    let next = 0;
    for (const s of plan) {
      expect(s.from).toBe(next);
      next = s.to;
      expect(JSON.stringify(s.ops.map((o) => [o.values, o.numberFormat])).length).toBeLessThanOrEqual(100_000);
      for (const o of s.ops) expect(o.values.length * o.values[0].length).toBeLessThanOrEqual(5_000);
    }
    expect(next).toBe(10_000);
  });

  test("computed columns the user moved apart are written as separate runs", () => {
    const plan = planWrites(
      rows(3),
      { firstRow0: 1, sheetColumns: [4, 5, 6, 7, 8, 12, 13], keys: [...layout.keys] },
      { budgetBytes: 1e6, maxCellsPerOp: 1e6 },
    );
    expect(plan[0].ops.map((o) => o.address)).toEqual(["E2:I4", "M2:N4"]);
    expect(plan[0].ops[1].numberFormat[0]).toEqual(["yyyy-mm-dd", "yyyy-mm-dd"]);
  });

  test("format writes are cut and packed under the budget", () => {
    const formats = Array.from({ length: 1000 }, () => ["yyyy-mm-dd"]);
    const syncs = packFormatWrites([{ sheet: "S", row0: 1, col: 2, formats }], 4_000);
    expect(syncs.flat().reduce((n, w) => n + w.formats.length, 0)).toBe(1000);
    expect(syncs.length).toBeGreaterThan(2);
  });
});

describe("formats and languages", () => {
  test("only General cells get the add-in's format; nothing to send when none is General", () => {
    expect(formatsWhereGeneral([["General"], ["yyyy/m/d"], [""]], "yyyy-mm-dd")).toEqual([
      ["yyyy-mm-dd"],
      ["yyyy/m/d"],
      ["yyyy-mm-dd"],
    ]);
    expect(formatsWhereGeneral([["0.0"]], "#,##0.00")).toBeNull();
  });

  test("a sheet is Chinese when its name or headers are", () => {
    expect(sheetLang("Purchases", ["ID", "金额"])).toBe("zh-CN");
    expect(sheetLang("Purchases", ["ID", "Amount"])).toBe("en-US");
  });

  test("every excel.* string exists in both languages", () => {
    const keys = catalogKeys().filter((k) => k.startsWith("excel."));
    expect(keys.length).toBeGreaterThan(5);
    for (const k of keys) for (const lang of ["zh-CN", "en-US"] as const) expect(t(lang, k).length).toBeGreaterThan(0);
  });
});

describe("the add-in's own writes", () => {
  test("a change entirely within the computed columns is the add-in's; one touching a user's column is not", () => {
    const state = initialState();
    state.computed = { tableName: "crmCustomers", sheet: "客户", columns: [4, 5, 6, 7, 8, 9, 10] };
    expect(isOwnWrite(state, "crmCustomers", "E2:K100")).toBe(true);
    expect(isOwnWrite(state, "crmCustomers", "D2:E2")).toBe(false);
    expect(isOwnWrite(state, "crmCustomers", "2:2")).toBe(false);
    expect(isOwnWrite(state, "Other", "E2")).toBe(false);
  });
});

describe("read planning", () => {
  test("a row's bytes are the JSON of its values; a column empty in the sample counts as if filled", () => {
    const rows = Array.from({ length: 1000 }, (_, i) => [`C${i % 10}`, 12.5, ""]);
    // "C1", → 5, 12.5, → 5, [ ], → 3; the empty third column at EMPTY_COLUMN_BYTES.
    expect(estimateRowBytes(rows, 3)).toBe(5 + 5 + 3 + EMPTY_COLUMN_BYTES);
    expect(estimateRowBytes([], 4)).toBe(4 * EMPTY_COLUMN_BYTES + 3);
  });

  test("Chinese text is counted in UTF-8 bytes, three a character, as Excel on the web counts its 5 MB", () => {
    const rows = Array.from({ length: 10 }, () => ["理财产品", 7]);
    // "理财产品", → 4 × 3 + 2 quotes + 1 comma = 15; 7, → 2; [ ], → 3.
    expect(estimateRowBytes(rows, 2)).toBe(15 + 2 + 3);
  });

  test("slices fill each sync to the budget: ⌈bytes / budget⌉ syncs, each body's last slice to its end", () => {
    const bodies = [
      { rows: 10_000, bytesPerRow: 40 }, // 0.4 MB
      { rows: 200_000, bytesPerRow: 37 }, // 7.4 MB
    ];
    const plan = planSlices(bodies, 4_500_000);
    expect(plan.length).toBe(2);
    for (const sync of plan) expect(sliceBytes(sync, bodies)).toBeLessThanOrEqual(4_500_000);
    const rowsOf = (t: number) => plan.flat().filter((s) => s.t === t);
    for (const t of [0, 1]) {
      const slices = rowsOf(t);
      expect(slices.reduce((n, s) => n + s.n, 0)).toBe(bodies[t].rows);
      slices.forEach((s, i) => expect(s.toEnd).toBe(i === slices.length - 1));
      for (let i = 1; i < slices.length; i++) expect(slices[i].r0).toBe(slices[i - 1].r0 + slices[i - 1].n);
    }
  });

  test("a small book is one sync; no tables still gives the sync that carries the positions", () => {
    expect(
      planSlices(
        [
          { rows: 100, bytesPerRow: 50 },
          { rows: 2_000, bytesPerRow: 40 },
        ],
        4_500_000,
      ).length,
    ).toBe(1);
    expect(planSlices([], 4_500_000)).toEqual([[]]);
    // A row larger than the budget still gets a sync of its own.
    expect(planSlices([{ rows: 3, bytesPerRow: 10_000 }], 5_000).length).toBe(3);
  });

  test("runs of General cells, between the user's formats", () => {
    expect(generalRuns([["General"], ["General"], ["0.0"], [""], ["General"], ["@"]])).toEqual([
      [0, 1],
      [3, 4],
    ]);
    expect(generalRuns([["0.0"]])).toEqual([]);
  });
});
