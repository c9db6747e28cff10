import { createFakeExcel } from "./index";

describe("ranges", () => {
  it("returns addresses the way Office.js prints them, quoting sheet names that need it", async () => {
    const fake = createFakeExcel({ sheets: ["Sheet1", "客户", "My Sheet", "2024"] });
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets;
      const a = ws.getItem("Sheet1").getRange("b2:a1").load("address");
      const b = ws.getItem("客户").getRange("'客户'!C3").load("address");
      const c = ws.getItem("My Sheet").getRange("A:B").load("address");
      const d = ws.getItem("2024").getRange("2:3").load("address");
      await context.sync();
      expect([a.address, b.address, c.address, d.address]).toEqual([
        "Sheet1!A1:B2",
        "客户!C3",
        "'My Sheet'!A:B",
        "'2024'!2:3",
      ]);
    });
  });

  it("getRange with another sheet's name rejects with InvalidArgument", async () => {
    const fake = createFakeExcel({ sheets: ["A", "B"] });
    await expect(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("A").getRange("B!A1").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("derives ranges by index, offset, resize, rows, columns, bounds and intersections", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      const base = ws.getRange("B2:D5");
      const got = [
        ws.getRangeByIndexes(1, 1, 2, 3),
        ws.getCell(0, 0),
        base.getCell(1, 1),
        base.getRow(0),
        base.getColumn(2),
        base.getOffsetRange(1, 1),
        base.getResizedRange(1, -1),
        base.getLastRow(),
        base.getEntireColumn(),
        base.getEntireRow(),
        base.getBoundingRect("F7"),
        base.getIntersection(ws.getRange("C3:Z9")),
        base.getRowsBelow(2),
      ].map((r) => r.load("address"));
      const none = base.getIntersectionOrNullObject("H8");
      await context.sync();
      expect(got.map((r) => r.address.replace("Sheet1!", ""))).toEqual([
        "B2:D3",
        "A1",
        "C3",
        "B2:D2",
        "D2:D5",
        "C3:E6",
        "B2:C6",
        "B5:D5",
        "B:D",
        "2:5",
        "B2:F7",
        "C3:D5",
        "B6:D7",
      ]);
      expect(none.isNullObject).toBe(true);
    });
  });

  it("getUsedRange is A1 on an empty sheet and getUsedRangeOrNullObject is null", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      const used = ws.getUsedRange().load("address");
      const maybe = ws.getUsedRangeOrNullObject();
      await context.sync();
      expect(used.address).toBe("Sheet1!A1");
      expect(maybe.isNullObject).toBe(true);
    });
    fake.workbook.user.setValues("Sheet1", "C3:D4", [
      [1, ""],
      ["", 2],
    ]);
    fake.workbook.user.setFormat("Sheet1", "F9", { fill: "yellow" });
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      const all = ws.getUsedRange().load("address");
      const valuesOnly = ws.getUsedRange(true).load("address");
      await context.sync();
      expect(all.address).toBe("Sheet1!C3:F9");
      expect(valuesOnly.address).toBe("Sheet1!C3:D4");
    });
  });

  it("formulas return their text, values their result from the evaluator (#NAME? without one)", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:B1").formulas = [[2, "=A1*2"]];
      const r = ws.getRange("A1:B1").load("values, formulas, valueTypes");
      await context.sync();
      expect(r.formulas).toEqual([[2, "=A1*2"]]);
      expect(r.values).toEqual([[2, "#NAME?"]]);
      expect(r.valueTypes).toEqual([["Double", "Error"]]);
    });
    fake.workbook.setFormulaEvaluator((formula, at) =>
      formula === "=A1*2" ? Number(fake.workbook.values(at.sheet, "A1")[0][0]) * 2 : undefined,
    );
    expect(fake.workbook.values("Sheet1")).toEqual([[2, 4]]);
    fake.workbook.user.setValues("Sheet1", "A1", [[5]]);
    expect(fake.workbook.values("Sheet1")).toEqual([[5, 10]]);
    expect(fake.workbook.cells("Sheet1")[0][1]).toEqual({ value: 10, formula: "=A1*2" });
  });

  it("text shows values through their number format", async () => {
    const fake = createFakeExcel();
    fake.workbook.user.setValues("Sheet1", "A1", [[46082, 1234.5, 0.256, true, "x", 46082.5]]);
    fake.workbook.user.setNumberFormat("Sheet1", "A1", [
      ["yyyy-mm-dd", "#,##0.00", "0.0%", "General", "@", "yyyy/m/d hh:mm"],
    ]);
    await fake.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:F1").load("text");
      await context.sync();
      expect(r.text).toEqual([["2026-03-01", "1,234.50", "25.6%", "TRUE", "x", "2026/3/1 12:00"]]);
    });
  });

  it("formats are stored per cell and read back as a common value or null when mixed", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      const r = ws.getRange("A1:B2");
      r.format.fill.color = "#ffcc00";
      r.format.font.bold = true;
      r.format.font.color = "red";
      ws.getRange("B2").format.fill.clear();
      r.format.horizontalAlignment = "Center";
      r.format.wrapText = true;
      r.format.columnWidth = 80;
      ws.getRange("A1").format.rowHeight = 30;
      const whole = r.format.load("horizontalAlignment, wrapText, columnWidth, rowHeight");
      const fill = r.format.fill.load("color");
      const a1 = ws.getRange("A1").format.fill.load("color");
      const font = r.format.font.load("bold, color, name, size, italic");
      await context.sync();
      expect(fill.color).toBeNull();
      expect(a1.color).toBe("#FFCC00");
      expect(font.toJSON()).toEqual({ bold: true, color: "#FF0000", name: "Calibri", size: 11, italic: false });
      expect(whole.toJSON()).toEqual({
        horizontalAlignment: "Center",
        wrapText: true,
        columnWidth: 80,
        rowHeight: null,
      });
    });
    const c = fake.workbook.cells("Sheet1");
    expect(c[0][0]).toEqual({ value: "", fill: "#FFCC00", fontColor: "#FF0000", bold: true });
    expect(c[1][1]).toEqual({ value: "", fontColor: "#FF0000", bold: true });
  });

  it("a single number format (not a 2-D array) applies to every cell of the range, as in Office.js", async () => {
    const fake = createFakeExcel();
    fake.workbook.user.setValues("Sheet1", "A1", [[1], [2], [3], [4]]);
    fake.workbook.user.setNumberFormat("Sheet1", "A4", "0.0");
    const formats = await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:A3").numberFormat = "yyyy-mm-dd" as unknown as unknown[][];
      const range = ws.getRange("A1:A4").load("numberFormat");
      await context.sync();
      return range.numberFormat;
    });
    expect(formats).toEqual([["yyyy-mm-dd"], ["yyyy-mm-dd"], ["yyyy-mm-dd"], ["0.0"]]);
    expect(fake.workbook.values("Sheet1")).toEqual([[1], [2], [3], [4]]);
  });

  it("formatting whole columns does not create a million cells", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A:A").numberFormat = "@" as unknown as unknown[][];
      ws.getRange("A:A").format.fill.color = "#EEEEEE";
      ws.getRange("A5").values = [["0012"]];
      const fill = ws.getRange("A:A").format.fill.load("color");
      await context.sync();
      expect(fill.color).toBe("#EEEEEE");
    });
    expect(fake.workbook.values("Sheet1")).toEqual([[""], [""], [""], [""], ["0012"]]);
  });

  it("a write over the whole sheet rejects with OperationCellsExceedLimit", async () => {
    const fake = createFakeExcel();
    await expect(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange().values = 0 as unknown as unknown[][];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "OperationCellsExceedLimit" });
  });

  it("clear removes contents, formats or both", async () => {
    const fake = createFakeExcel();
    fake.workbook.user.setValues("Sheet1", "A1", [[1, 2, 3]]);
    fake.workbook.user.setFormat("Sheet1", "A1:C1", { bold: true });
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1").clear("Contents");
      ws.getRange("B1").clear("Formats");
      ws.getRange("C1").clear();
      await context.sync();
    });
    expect(fake.workbook.cells("Sheet1")).toEqual([[{ value: "", bold: true }, { value: 2 }]]);
  });

  it("insert and delete shift cells down/right and up/left", async () => {
    const fake = createFakeExcel();
    fake.workbook.user.setValues("Sheet1", "A1", [
      ["a1", "b1"],
      ["a2", "b2"],
      ["a3", "b3"],
    ]);
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A2").insert("Down");
      ws.getRange("2:2").delete("Up");
      ws.getRange("A1").insert("Right");
      await context.sync();
    });
    expect(fake.workbook.values("Sheet1")).toEqual([
      ["", "a1", "b1"],
      ["a2", "b3", ""],
      ["a3", "", ""],
    ]);
  });

  it("select() records the workbook's selection, read back by getSelectedRange and getActiveCell", async () => {
    const fake = createFakeExcel({ sheets: ["A", "B"] });
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("B").getRange("C3:D4").select();
      const sel = context.workbook.getSelectedRange().load("address");
      const cell = context.workbook.getActiveCell().load("address");
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      expect([sel.address, cell.address, active.name]).toEqual(["B!C3:D4", "B!C3", "B"]);
    });
    expect(fake.workbook.selection()).toEqual({ sheet: "B", address: "C3:D4" });
  });
});

describe("worksheets", () => {
  it("adds, renames, moves, hides and deletes sheets with deterministic ids", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const added = sheets.add("Data");
      added.load("id, name, position");
      const s1 = sheets.getItem("Sheet1");
      s1.name = "Main";
      added.position = 0;
      await context.sync();
      expect(added.id).toBe("{00000000-0000-4000-8000-000000000002}");
      sheets.add().load("name");
      sheets.getItem("Main").visibility = "Hidden";
      await context.sync();
    });
    expect(fake.workbook.sheetNames()).toEqual(["Data", "Main", "Sheet3"]);
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").delete();
      await context.sync();
    });
    expect(fake.workbook.sheetNames()).toEqual(["Main", "Sheet3"]);
  });

  it("a duplicate sheet name rejects with ItemAlreadyExists and an invalid one with InvalidArgument", async () => {
    const fake = createFakeExcel();
    await expect(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.add("sheet1");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await expect(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.add("a/b");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("the last visible sheet cannot be deleted", async () => {
    const fake = createFakeExcel();
    await expect(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("a proxy to a deleted sheet fails on its next use", async () => {
    const fake = createFakeExcel({ sheets: ["A", "B"] });
    await fake.Excel.run(async (context) => {
      const a = context.workbook.worksheets.getItem("A");
      a.load("name");
      await context.sync();
      a.delete();
      await context.sync();
      a.getRange("A1").values = [[1]];
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  it("activate and freezePanes are recorded", async () => {
    const fake = createFakeExcel({ sheets: ["A", "B"] });
    await fake.Excel.run(async (context) => {
      const b = context.workbook.worksheets.getItem("B");
      b.activate();
      b.freezePanes.freezeRows(1);
      await context.sync();
    });
    const dump = fake.workbook.dump() as { activeSheet: string; sheets: Array<{ frozenRows: number }> };
    expect(dump.activeSheet).toBe("B");
    expect(dump.sheets[1].frozenRows).toBe(1);
  });
});

describe("names, settings and application", () => {
  it("named items refer to ranges and follow inserted rows", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      context.workbook.names.add("Rate", "=0.5");
      context.workbook.names.add("Ids", ws.getRange("A2:A5"));
      await context.sync();
    });
    fake.workbook.user.insertRows("Sheet1", 0, 2);
    await fake.Excel.run(async (context) => {
      const ids = context.workbook.names.getItem("ids").load("formula, type");
      const rate = context.workbook.names.getItem("Rate").load("formula, type, value");
      const range = context.workbook.names.getItem("Ids").getRange().load("address");
      const missing = context.workbook.names.getItemOrNullObject("nope");
      await context.sync();
      expect([ids.formula, ids.type, range.address]).toEqual(["=Sheet1!$A$4:$A$7", "Range", "Sheet1!A4:A7"]);
      expect([rate.formula, rate.type]).toEqual(["=0.5", "Double"]);
      expect(missing.isNullObject).toBe(true);
    });
  });

  it("settings store JSON values by key", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      context.workbook.settings.add("crm", { version: 2 });
      await context.sync();
      const s = context.workbook.settings.getItemOrNullObject("crm").load("value");
      const none = context.workbook.settings.getItemOrNullObject("other");
      await context.sync();
      expect(s.value).toEqual({ version: 2 });
      expect(none.isNullObject).toBe(true);
    });
    expect((fake.workbook.dump() as { settings: unknown }).settings).toEqual({ crm: { version: 2 } });
  });

  it("application.calculate recalculates and suspendApiCalculationUntilNextSync is accepted", async () => {
    const fake = createFakeExcel();
    let n = 0;
    fake.workbook.setFormulaEvaluator(() => ++n);
    fake.workbook.user.setValues("Sheet1", "A1", [["=NOW()"]]);
    expect(fake.workbook.values("Sheet1")).toEqual([[1]]);
    await fake.Excel.run(async (context) => {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      context.workbook.application.calculate("Full");
      await context.sync();
    });
    expect(fake.workbook.values("Sheet1")).toEqual([[2]]);
  });
});

describe("scale", () => {
  it("reads back every row of a 10,000 × 30 table written by the user, in one sync", async () => {
    const fake = createFakeExcel();
    const rows = Array.from({ length: 10_000 }, (_, r) =>
      Array.from({ length: 30 }, (_, c) => (c % 2 ? `t${r}` : r * c)),
    );
    fake.workbook.user.setValues("Sheet1", "A1", rows);
    fake.workbook.user.addTable("Sheet1", "A1:AD10000", "Big");
    await fake.Excel.run(async (context) => {
      const body = context.workbook.tables.getItem("Big").getDataBodyRange().load("values");
      await context.sync();
      expect(body.values.length).toBe(9_999);
      expect(body.values[9_998][1]).toBe("t9999");
    });
    expect(fake.stats.syncs).toBe(1);
  });
});
