/**
 * Where Excel refuses or behaves differently: merged cells, protected sheets, total rows, text typed
 * into Text cells, and members named in load strings (issue 11). Each pins a rule of merge.ts,
 * protection.ts, table-model.ts (total row), values.ts or proxy.ts.
 */
import { excelApiSets } from "../../test/support/apiSets";
import { createFakeExcel } from "./index";

function book() {
  const fake = createFakeExcel({ sheets: ["客户"] });
  fake.workbook.user.setValues("客户", "A1", [
    ["ID", "Name", "Amount"],
    ["C1", "Alice", 10],
    ["C2", "Bob", 20],
  ]);
  return fake;
}

const codeOf = (p: Promise<unknown>) => p.then(() => "ok", (e: { code?: string }) => e.code);

describe("merged cells", () => {
  it("merging keeps the top-left value, and getMergedAreasOrNullObject lists the merged areas (a null object when none)", async () => {
    const fake = book();
    await fake.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("客户");
      ws.getRange("A1:B1").merge();
      ws.getRange("A2:C3").merge(true);
      const areas = ws.getRange("A1:C3").getMergedAreasOrNullObject().load("address,areaCount");
      const none = ws.getRange("A5:C9").getMergedAreasOrNullObject();
      const values = ws.getRange("A1:C3").load("values");
      await ctx.sync();
      expect(areas.areaCount).toBe(3);
      expect(areas.address.split(",")).toEqual(["客户!A1:B1", "客户!A2:C2", "客户!A3:C3"]);
      expect(none.isNullObject).toBe(true);
      expect(values.values).toEqual([
        ["ID", "", "Amount"],
        ["C1", "", ""],
        ["C2", "", ""],
      ]);
    });
  });

  it("writing into a merged area's other cells fails with InvalidOperation; its top-left cell takes a value", async () => {
    const fake = book();
    fake.workbook.user.merge("客户", "E1:F1");
    const run = (address: string, values: unknown[][]) =>
      codeOf(
        fake.Excel.run(async (ctx) => {
          ctx.workbook.worksheets.getItem("客户").getRange(address).values = values;
          await ctx.sync();
        }),
      );
    expect(await run("F1", [["x"]])).toBe("InvalidOperation");
    expect(await run("E1:F1", [["a", "b"]])).toBe("InvalidOperation");
    expect(await run("E1:F1", [["title", ""]])).toBe("ok");
    expect(await run("E1", [["title 2"]])).toBe("ok");
    expect(fake.workbook.values("客户", "E1:F1")).toEqual([["title 2", ""]]);
  });

  it("a table cannot be made over merged cells — MergedRangeConflict, the code Excel documents — (nothing changes), nor cells merged inside a table", async () => {
    const fake = book();
    fake.workbook.user.merge("客户", "B2:C2");
    const before = fake.workbook.values("客户", "A1:C3");
    const add = codeOf(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("客户").tables.add("A1:C3", true);
        await ctx.sync();
      }),
    );
    expect(await add).toBe("MergedRangeConflict");
    expect(fake.workbook.tablesInfo()).toEqual([]);
    expect(fake.workbook.values("客户", "A1:C3")).toEqual(before);

    fake.workbook.user.setValues("客户", "E1", [["K", "V"], ["a", "b"]]);
    fake.workbook.user.addTable("客户", "E1:F2", "T");
    const merge = codeOf(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("客户").getRange("E2:F2").merge();
        await ctx.sync();
      }),
    );
    expect(await merge).toBe("InvalidOperation");
  });

  it("inserting cells that would cut through a merged area fails; rows inserted above it move it down", async () => {
    const fake = book();
    fake.workbook.user.merge("客户", "A5:C5");
    const insert = (address: string) =>
      codeOf(
        fake.Excel.run(async (ctx) => {
          ctx.workbook.worksheets.getItem("客户").getRange(address).insert("Down");
          await ctx.sync();
        }),
      );
    expect(await insert("A4:B4")).toBe("InvalidOperation");
    expect(await insert("A1:C1")).toBe("ok");
    await fake.Excel.run(async (ctx) => {
      const areas = ctx.workbook.worksheets.getItem("客户").getRange("A1:C9").getMergedAreasOrNullObject().load("address");
      await ctx.sync();
      expect(areas.address).toBe("客户!A6:C6");
    });
  });

  it("formats set on part of a merged area fail; on the whole area they apply; clearing formats unmerges", async () => {
    const fake = book();
    fake.workbook.user.merge("客户", "E1:F2");
    const run = (act: (ws: Excel.Worksheet) => void) =>
      codeOf(
        fake.Excel.run(async (ctx) => {
          act(ctx.workbook.worksheets.getItem("客户") as unknown as Excel.Worksheet);
          await ctx.sync();
        }),
      );
    expect(await run((ws) => (ws.getRange("F1:F2").numberFormat = [["0.00"], ["0.00"]]))).toBe("InvalidOperation");
    expect(await run((ws) => (ws.getRange("E1").format.fill.color = "#FF0000"))).toBe("InvalidOperation");
    expect(await run((ws) => (ws.getRange("E1:F2").format.fill.color = "#FF0000"))).toBe("ok");
    expect(await run((ws) => ws.getRange("E1:F2").clear("Formats"))).toBe("ok");
    expect(await run((ws) => (ws.getRange("F2").values = [["free again"]]))).toBe("ok");
  });

  it("getMergedAreasOrNullObject is ExcelApi 1.13: an Excel below refuses it with ApiNotFound", async () => {
    const fake = createFakeExcel({ sheets: ["S"], api: { level: "1.12", members: excelApiSets() } });
    const code = await codeOf(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1:B2").getMergedAreasOrNullObject();
        await ctx.sync();
      }),
    );
    expect(code).toBe("ApiNotFound");
  });
});

describe("protected sheets", () => {
  it("every change to a protected sheet is refused with AccessDenied and leaves the sheet as it was", async () => {
    const fake = book();
    fake.workbook.user.addTable("客户", "A1:C3", "T");
    fake.workbook.user.protect("客户");
    const before = fake.workbook.dump();
    const attempts: Record<string, (ws: Excel.Worksheet, t: Excel.Table) => void> = {
      values: (ws) => (ws.getRange("E1").values = [["x"]]),
      numberFormat: (ws) => (ws.getRange("C2:C3").numberFormat = [["0.00"], ["0.00"]]),
      fill: (ws) => (ws.getRange("A1").format.fill.color = "#FF0000"),
      clear: (ws) => ws.getRange("E1:F2").clear(),
      insert: (ws) => ws.getRange("A9:C9").insert("Down"),
      tablesAdd: (ws) => ws.tables.add("E1:F2", true),
      rowsAdd: (_ws, t) => t.rows.add(undefined, [["C3", "Carol", 30]]),
      columnsAdd: (_ws, t) => t.columns.add(undefined, undefined, "New"),
      rename: (_ws, t) => (t.name = "T2"),
      validation: (ws) => (ws.getRange("C2:C3").dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } }),
      conditionalFormat: (ws) => ws.getRange("C2:C3").conditionalFormats.add("CellValue"),
      chart: (ws) => ws.charts.add("ColumnClustered", ws.getRange("B1:C3"), "Auto"),
      merge: (ws) => ws.getRange("E1:F1").merge(),
      totals: (_ws, t) => (t.showTotals = true),
    };
    const codes: Record<string, string | undefined> = {};
    for (const [what, act] of Object.entries(attempts)) {
      codes[what] = await codeOf(
        fake.Excel.run(async (ctx) => {
          const ws = ctx.workbook.worksheets.getItem("客户");
          act(ws as unknown as Excel.Worksheet, ws.tables.getItem("T") as unknown as Excel.Table);
          await ctx.sync();
        }),
      );
    }
    expect(codes).toEqual(Object.fromEntries(Object.keys(attempts).map((k) => [k, "AccessDenied"])));
    expect(fake.workbook.dump()).toEqual(before);
  });

  it("protection is read through worksheet.protection; allowFormatCells lets formats through, not values; unprotect lifts it", async () => {
    const fake = book();
    await fake.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("客户");
      ws.protection.protect({ allowFormatCells: true });
      const p = ws.protection.load("protected,options");
      await ctx.sync();
      expect(p.protected).toBe(true);
      expect(p.options.allowFormatCells).toBe(true);
      expect(p.options.allowInsertRows).toBe(false);
      ws.getRange("C2:C3").numberFormat = [["0.00"], ["0.00"]];
      await ctx.sync();
      ws.protection.protect();
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
      ws.getRange("C2").values = [[11]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "AccessDenied" });
      ws.protection.unprotect();
      ws.getRange("C2").values = [[11]];
      await ctx.sync();
    });
    expect(fake.workbook.values("客户", "C2:C3")).toEqual([[11], [20]]);
  });
});

describe("total rows", () => {
  it("a total row is in getRange and getTotalRowRange, never in getDataBodyRange, rows or a column's body", async () => {
    const fake = book();
    fake.workbook.user.setValues("客户", "A5", [["below"]]);
    fake.workbook.user.addTable("客户", "A1:C3", "T");
    await fake.Excel.run(async (ctx) => {
      const t = ctx.workbook.tables.getItem("T");
      t.showTotals = true;
      const all = t.getRange().load("address");
      const body = t.getDataBodyRange().load("address");
      const total = t.getTotalRowRange().load("address,values");
      const rows = t.rows.load("count");
      const column = t.columns.getItem("Amount").getDataBodyRange().load("address");
      t.load("showTotals");
      await ctx.sync();
      expect([all.address, body.address, total.address, column.address]).toEqual([
        "客户!A1:C4",
        "客户!A2:C3",
        "客户!A4:C4",
        "客户!C2:C3",
      ]);
      expect(total.values[0][0]).toBe("Total");
      expect(rows.count).toBe(2);
      expect(t.showTotals).toBe(true);
    });
    // The total row was inserted: what was under the table moved down.
    expect(fake.workbook.values("客户", "A6")).toEqual([["below"]]);
  });

  it("rows.add inserts above the total row, and a table without one has no total row range", async () => {
    const fake = book();
    fake.workbook.user.addTable("客户", "A1:C3", "T");
    fake.workbook.user.showTotals("T");
    fake.workbook.user.setValues("客户", "A4", [["合计"]]);
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.tables.getItem("T").rows.add(undefined, [["C3", "Carol", 30]]);
      await ctx.sync();
    });
    expect(fake.workbook.values("客户", "A4:A5")).toEqual([["C3"], ["合计"]]);
    fake.workbook.user.showTotals("T", false);
    expect(fake.workbook.tablesInfo()[0].address).toBe("客户!A1:C4");
    const code = await codeOf(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.tables.getItem("T").getTotalRowRange().load("address");
        await ctx.sync();
      }),
    );
    expect(code).toBe("ItemNotFound");
  });
});

describe("text typed into cells", () => {
  it("'=… and =… in a Text (@) cell stay text; '#N/A is text, #N/A an error; the apostrophe is not part of the value", async () => {
    const fake = createFakeExcel({ sheets: ["S"] });
    fake.workbook.user.setNumberFormat("S", "A1:A2", "@");
    fake.workbook.user.setValues("S", "A1", [["=1+1"]]);
    await fake.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.getRange("A2:A2").values = [["'=SUM(1)"]];
      ws.getRange("B1:B3").values = [["'#N/A"], ["#N/A"], ["'007"]];
      await ctx.sync();
      const a = ws.getRange("A1:A2").load("values,formulas,valueTypes");
      const b = ws.getRange("B1:B3").load("values,valueTypes");
      await ctx.sync();
      expect(a.values).toEqual([["=1+1"], ["=SUM(1)"]]);
      expect(a.valueTypes).toEqual([["String"], ["String"]]);
      expect(b.values).toEqual([["#N/A"], ["#N/A"], ["007"]]);
      expect(b.valueTypes).toEqual([["String"], ["Error"], ["String"]]);
    });
  });
});

describe("requirement sets in load strings", () => {
  it("a member named only in a load string is refused above its set, as a call would be", async () => {
    const fake = createFakeExcel({ sheets: ["S"], api: { level: "1.6", members: excelApiSets() } });
    const code = await codeOf(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1").load("numberFormatLocal");
        await ctx.sync();
      }),
    );
    expect(code).toBe("ApiNotFound");
    expect(fake.api.used.get("Range.numberFormatLocal")).toBe("1.7");
  });
});
