import { createFakeExcel } from "./index";

function withCustomers() {
  const fake = createFakeExcel({ sheets: ["客户"] });
  fake.workbook.user.setValues("客户", "A1", [
    ["ID", "Name", "Amount"],
    ["C3", "Carol", 30],
    ["C1", "Alice", 10],
    ["C2", "Bob", 20],
  ]);
  fake.workbook.user.addTable("客户", "A1:C4", "crmCustomers");
  return fake;
}

describe("tables", () => {
  it("tables.add with headers makes the first row the header and the rest the body", async () => {
    const fake = createFakeExcel();
    fake.workbook.user.setValues("Sheet1", "B2", [
      ["a", "b"],
      [1, 2],
    ]);
    await fake.Excel.run(async (context) => {
      const t = context.workbook.worksheets.getItem("Sheet1").tables.add("B2:C3", true);
      t.name = "T";
      const header = t.getHeaderRowRange().load("values");
      const body = t.getDataBodyRange().load("address, values");
      t.load("name, id, showHeaders, showTotals, style");
      await context.sync();
      expect(header.values).toEqual([["a", "b"]]);
      expect(body.address).toBe("Sheet1!B3:C3");
      expect(body.values).toEqual([[1, 2]]);
      expect([t.name, t.id, t.showHeaders, t.showTotals, t.style]).toEqual([
        "T",
        "1",
        true,
        false,
        "TableStyleMedium2",
      ]);
    });
  });

  it("a header-only table has one empty body row, filled by the first rows.add", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const t = context.workbook.tables.add("Sheet1!A1:B1", true);
      t.getHeaderRowRange().values = [["ID", "Name"]];
      const empty = t.getDataBodyRange().load("address");
      await context.sync();
      expect(empty.address).toBe("Sheet1!A2:B2");
      t.rows.add(undefined, [
        ["1", "Ann"],
        ["2", "Ben"],
      ]);
      const body = t.getDataBodyRange().load("values");
      const count = t.rows.getCount();
      await context.sync();
      expect(body.values).toEqual([
        [1, "Ann"],
        [2, "Ben"],
      ]);
      expect(count.value).toBe(2);
    });
    expect(fake.workbook.tablesInfo()).toEqual([
      {
        name: "Table1",
        id: "1",
        sheet: "Sheet1",
        address: "Sheet1!A1:B3",
        headers: ["ID", "Name"],
        rowCount: 2,
        style: "TableStyleMedium2",
      },
    ]);
  });

  it("tables.add without headers pushes the range down and writes Column1… above it", async () => {
    const fake = createFakeExcel();
    fake.workbook.user.setValues("Sheet1", "A1", [
      [1, 2],
      [3, 4],
    ]);
    await fake.Excel.run(async (context) => {
      context.workbook.tables.add("Sheet1!A1:B2", false);
      await context.sync();
    });
    expect(fake.workbook.values("Sheet1")).toEqual([
      ["Column1", "Column2"],
      [1, 2],
      [3, 4],
    ]);
    expect(fake.workbook.tablesInfo()[0].address).toBe("Sheet1!A1:B3");
  });

  it("blank and duplicate headers are made unique like Excel does", () => {
    const fake = createFakeExcel();
    fake.workbook.user.setValues("Sheet1", "A1", [["Name", "", "name", 2024]]);
    fake.workbook.user.addTable("Sheet1", "A1:D1");
    expect(fake.workbook.tablesInfo()[0].headers).toEqual(["Name", "Column1", "name2", "2024"]);
  });

  it("overlapping tables and duplicate names are rejected", async () => {
    const fake = withCustomers();
    await expect(
      fake.Excel.run(async (context) => {
        context.workbook.tables.add("客户!C1:D4", true);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(
      fake.Excel.run(async (context) => {
        context.workbook.tables.add("客户!F1:G4", true).name = "CRMCUSTOMERS";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  it("rows.add appends at the bottom and pushes the cells below the table down", async () => {
    const fake = withCustomers();
    fake.workbook.user.setValues("客户", "A6", [["below"]]);
    fake.workbook.user.setValues("客户", "E6", [["aside"]]);
    await fake.Excel.run(async (context) => {
      context.workbook.tables.getItem("crmCustomers").rows.add(undefined, [["C4", "Dan", 40]]);
      await context.sync();
    });
    const v = fake.workbook.values("客户");
    expect(v[4]).toEqual(["C4", "Dan", 40, "", ""]);
    expect(v[6][0]).toBe("below");
    expect(v[5][4]).toBe("aside");
    expect(fake.workbook.tablesInfo()[0].address).toBe("客户!A1:C5");
  });

  it("rows.add with values of the wrong width rejects with InvalidArgument", async () => {
    const fake = withCustomers();
    await expect(
      fake.Excel.run(async (context) => {
        context.workbook.tables.getItem("crmCustomers").rows.add(undefined, [["C4", "Dan"]]);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("columns.add appends a column with its header and values, shifting cells to the right within the table's rows", async () => {
    const fake = withCustomers();
    fake.workbook.user.setValues("客户", "D2", [["in the way"]]);
    fake.workbook.user.setValues("客户", "D6", [["below"]]);
    await fake.Excel.run(async (context) => {
      const t = context.workbook.tables.getItem("crmCustomers");
      const col = t.columns.add(undefined, [["Quadrant"], ["I"], ["II"], ["III"]]);
      col.load("name, index, id, values");
      const named = t.columns.add(undefined, undefined, "Notes").load("name");
      await context.sync();
      expect([col.name, col.index, col.id, named.name]).toEqual(["Quadrant", 3, 4, "Notes"]);
      expect(col.values).toEqual([["Quadrant"], ["I"], ["II"], ["III"]]);
    });
    expect(fake.workbook.tablesInfo()[0].headers).toEqual(["ID", "Name", "Amount", "Quadrant", "Notes"]);
    expect(fake.workbook.values("客户", "F2")).toEqual([["in the way"]]);
    expect(fake.workbook.values("客户", "D6")).toEqual([["below"]]);
  });

  it("columns can be found by name, index and id, and deleted", async () => {
    const fake = withCustomers();
    await fake.Excel.run(async (context) => {
      const cols = context.workbook.tables.getItem("crmCustomers").columns;
      const byName = cols.getItem("amount").load("index");
      const byIndex = cols.getItemAt(1).load("name");
      const missing = cols.getItemOrNullObject("Phone");
      const body = cols.getItem("Name").getDataBodyRange().load("values");
      cols.load("items/name");
      await context.sync();
      expect([byName.index, byIndex.name, missing.isNullObject]).toEqual([2, "Name", true]);
      expect(body.values).toEqual([["Carol"], ["Alice"], ["Bob"]]);
      expect(cols.items.map((c) => c.name)).toEqual(["ID", "Name", "Amount"]);
      cols.getItem("Name").delete();
      await context.sync();
    });
    expect(fake.workbook.values("客户")).toEqual([
      ["ID", "Amount"],
      ["C3", 30],
      ["C1", 10],
      ["C2", 20],
    ]);
  });

  it("resize keeps the header row and names new columns", async () => {
    const fake = withCustomers();
    await fake.Excel.run(async (context) => {
      const t = context.workbook.tables.getItem("crmCustomers");
      t.resize("A1:D6");
      const cols = t.columns.load("items/name");
      await context.sync();
      expect(cols.items.map((c) => c.name)).toEqual(["ID", "Name", "Amount", "Column1"]);
      t.resize("A2:D6");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  it("sort.apply moves whole rows, formats included", async () => {
    const fake = withCustomers();
    fake.workbook.user.setFormat("客户", "A2", { fill: "#FF0000" });
    await fake.Excel.run(async (context) => {
      context.workbook.tables.getItem("crmCustomers").sort.apply([{ key: 0, ascending: true }]);
      await context.sync();
    });
    expect(fake.workbook.values("客户")).toEqual([
      ["ID", "Name", "Amount"],
      ["C1", "Alice", 10],
      ["C2", "Bob", 20],
      ["C3", "Carol", 30],
    ]);
    expect(fake.workbook.cells("客户")[3][0].fill).toBe("#FF0000");
    fake.workbook.user.sortTable("crmCustomers", "Amount", false);
    expect(fake.workbook.values("客户", "C2:C4")).toEqual([[30], [20], [10]]);
  });

  it("sorting puts blanks last in both directions", () => {
    const fake = createFakeExcel();
    fake.workbook.user.setValues("Sheet1", "A1", [["k"], [2], [""], ["b"], [1], [true]]);
    fake.workbook.user.addTable("Sheet1", "A1:A6", "T");
    fake.workbook.user.sortTable("T", "k", true);
    expect(fake.workbook.values("Sheet1", "A2:A6").flat()).toEqual([1, 2, "b", true, ""]);
    fake.workbook.user.sortTable("T", "k", false);
    expect(fake.workbook.values("Sheet1", "A2:A6").flat()).toEqual([true, "b", 2, 1, ""]);
  });

  it("table rows expose index and values; deleting a row pulls the rows below up", async () => {
    const fake = withCustomers();
    await fake.Excel.run(async (context) => {
      const rows = context.workbook.tables.getItem("crmCustomers").rows.load("items/values, items/index, count");
      await context.sync();
      expect(rows.count).toBe(3);
      expect(rows.items.map((r) => [r.index, r.values[0][0]])).toEqual([
        [0, "C3"],
        [1, "C1"],
        [2, "C2"],
      ]);
      rows.getItemAt(0).delete();
      await context.sync();
    });
    expect(fake.workbook.tablesInfo()[0]).toMatchObject({ address: "客户!A1:C3", rowCount: 2 });
  });

  it("delete removes the table and its cells; convertToRange keeps the cells", async () => {
    const fake = withCustomers();
    fake.workbook.user.setValues("客户", "E1", [["h"], [1]]);
    fake.workbook.user.addTable("客户", "E1:E2", "Other");
    await fake.Excel.run(async (context) => {
      context.workbook.tables.getItem("crmCustomers").convertToRange();
      context.workbook.tables.getItem("Other").delete();
      const count = context.workbook.tables.getCount();
      await context.sync();
      expect(count.value).toBe(0);
    });
    expect(fake.workbook.values("客户", "A1:A2")).toEqual([["ID"], ["C3"]]);
    expect(fake.workbook.values("客户", "E1:E2")).toEqual([[""], [""]]);
  });

  it("a table proxy follows its table through a rename", async () => {
    const fake = withCustomers();
    await fake.Excel.run(async (context) => {
      const t = context.workbook.tables.getItem("crmCustomers");
      t.load("id");
      await context.sync();
      t.name = "renamed";
      t.load("name");
      const sheetTables = context.workbook.worksheets.getItem("客户").tables.load("items/name");
      await context.sync();
      expect(t.name).toBe("renamed");
      expect(sheetTables.items.map((x) => x.name)).toEqual(["renamed"]);
    });
  });

  it("a table's calculated column fills rows added to the table", async () => {
    const fake = withCustomers();
    await fake.Excel.run(async (context) => {
      const t = context.workbook.tables.getItem("crmCustomers");
      t.columns.add(undefined, [["Double"], ["=[@Amount]*2"], ["=[@Amount]*2"], ["=[@Amount]*2"]]);
      t.rows.add(undefined, [["C4", "Dan", 40, null as unknown as string]]);
      await context.sync();
    });
    expect(fake.workbook.cells("客户")[4][3].formula).toBe("=[@Amount]*2");
  });
});

describe("the user changing tables", () => {
  it("inserting rows inside a table grows it; above it moves it; below leaves it", () => {
    const fake = withCustomers();
    fake.workbook.user.insertRows("客户", 2, 2);
    expect(fake.workbook.tablesInfo()[0]).toMatchObject({ address: "客户!A1:C6", rowCount: 5 });
    fake.workbook.user.insertRows("客户", 0, 1);
    expect(fake.workbook.tablesInfo()[0].address).toBe("客户!A2:C7");
    fake.workbook.user.insertRows("客户", 10, 1);
    expect(fake.workbook.tablesInfo()[0].address).toBe("客户!A2:C7");
    expect(fake.workbook.values("客户", "A2:A7").flat()).toEqual(["ID", "C3", "", "", "C1", "C2"]);
  });

  it("deleting rows shrinks the table; deleting its header row is refused", () => {
    const fake = withCustomers();
    fake.workbook.user.deleteRows("客户", 1, 1);
    expect(fake.workbook.tablesInfo()[0].address).toBe("客户!A1:C3");
    expect(() => fake.workbook.user.deleteRows("客户", 0, 2)).toThrow(
      expect.objectContaining({ code: "InvalidOperation" }),
    );
    fake.workbook.user.deleteRows("客户", 0, 3);
    expect(fake.workbook.tablesInfo()).toEqual([]);
  });

  it("deleting a column inside a table removes that table column", () => {
    const fake = withCustomers();
    fake.workbook.user.deleteColumns("客户", 1, 1);
    expect(fake.workbook.tablesInfo()[0].headers).toEqual(["ID", "Amount"]);
  });

  it("renaming and deleting tables and sheets through the user API", () => {
    const fake = withCustomers();
    fake.workbook.user.renameTable("crmCustomers", "x");
    expect(fake.workbook.tablesInfo()[0].name).toBe("x");
    fake.workbook.user.addSheet("Other");
    fake.workbook.user.renameSheet("客户", "Customers");
    expect(fake.workbook.tablesInfo()[0].sheet).toBe("Customers");
    fake.workbook.user.deleteTable("x");
    expect(fake.workbook.values("Customers")).toEqual([]);
    fake.workbook.user.deleteSheet("Customers");
    expect(fake.workbook.sheetNames()).toEqual(["Other"]);
  });
});
