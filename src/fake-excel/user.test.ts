import { createFakeExcel } from "./index";

describe("the user and the inspection views", () => {
  it("user values are stored as typed: strings stay strings, '=' starts a formula", () => {
    const fake = createFakeExcel({ sheets: [] });
    fake.workbook.user.addSheet("客户");
    fake.workbook.user.setValues("客户", "A1", [["001", 1, true, "=A2", ""]]);
    expect(fake.workbook.cells("客户")).toEqual([
      [{ value: "001" }, { value: 1 }, { value: true }, { value: "#NAME?", formula: "=A2" }],
    ]);
  });

  it("a single-cell address with a bigger array writes the array from that cell", () => {
    const fake = createFakeExcel();
    fake.workbook.user.setValues("Sheet1", "B2", [
      [1, 2],
      [3, 4],
    ]);
    fake.workbook.user.setNumberFormat("Sheet1", "B2", [
      ["0.00", "@"],
      ["0.00", "@"],
    ]);
    expect(fake.workbook.values("Sheet1", "B2:C3")).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(fake.workbook.cells("Sheet1")[2][1]).toEqual({ value: 3, numberFormat: "0.00" });
  });

  it("user.select sets the selection and the active sheet", () => {
    const fake = createFakeExcel({ sheets: ["A", "B"] });
    fake.workbook.user.select("B", "C5");
    expect(fake.workbook.selection()).toEqual({ sheet: "B", address: "C5" });
  });

  it("user actions on missing sheets or tables throw ItemNotFound", () => {
    const fake = createFakeExcel();
    expect(() => fake.workbook.user.setValues("Nope", "A1", [[1]])).toThrow(
      expect.objectContaining({ code: "ItemNotFound" }),
    );
    expect(() => fake.workbook.user.sortTable("Nope", "x")).toThrow(expect.objectContaining({ code: "ItemNotFound" }));
  });

  it("dump is deterministic and JSON-serialisable: the same steps give the same dump", async () => {
    const build = async () => {
      const fake = createFakeExcel({ sheets: ["客户"] });
      fake.workbook.user.setValues("客户", "A1", [
        ["ID", "Name"],
        ["C1", "Ann"],
      ]);
      await fake.Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("客户");
        const t = ws.tables.add("A1:B2", true);
        t.name = "crmCustomers";
        t.columns.add(undefined, undefined, "象限");
        ws.getRange("C2").values = [["I"]];
        ws.getRange("C2").format.fill.color = "#00B050";
        ws.getRange("C2:C9").conditionalFormats.add("Custom").custom.rule.formula = "=1";
        ws.getRange("C2:C9").dataValidation.rule = { list: { inCellDropDown: true, source: "I,II,III,IV" } };
        ws.charts.add("Pie", ws.getRange("A1:B2"));
        context.workbook.settings.add("b", 2);
        context.workbook.settings.add("a", 1);
        context.workbook.names.add("Quadrant", ws.getRange("C2:C2"));
        await context.sync();
      });
      return fake.workbook.dump();
    };
    const first = await build();
    const second = await build();
    expect(second).toEqual(first);
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
    expect(Object.keys((first as { settings: object }).settings)).toEqual(["a", "b"]);
  });

  it("running the same setup twice on one workbook leaves an identical dump when the setup is idempotent", async () => {
    const fake = createFakeExcel();
    const setup = () =>
      fake.Excel.run(async (context) => {
        const existing = context.workbook.tables.getItemOrNullObject("T");
        await context.sync();
        if (existing.isNullObject) {
          context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [["a", "b"]];
          context.workbook.tables.add("Sheet1!A1:B1", true).name = "T";
        }
        await context.sync();
      });
    await setup();
    const once = JSON.stringify(fake.workbook.dump());
    await setup();
    await setup();
    expect(JSON.stringify(fake.workbook.dump())).toBe(once);
  });
});
