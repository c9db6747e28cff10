import { createFakeExcel } from "./index";

describe("conditional formats", () => {
  it("stores CellValue, ContainsText and Custom rules with their formats and range", async () => {
    const fake = createFakeExcel({ sheets: ["S"] });
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("E2:E100");
      const a = range.conditionalFormats.add("CellValue");
      a.cellValue.format.fill.color = "#C6EFCE";
      a.cellValue.rule = { formula1: "=100", operator: "GreaterThan" };
      const b = range.conditionalFormats.add("ContainsText");
      b.textComparison.format.font.color = "#9C0006";
      b.textComparison.rule = { operator: "Contains", text: "II" };
      const c = range.conditionalFormats.add("Custom");
      c.custom.rule.formula = '=$F2="是"';
      c.custom.format.fill.color = "yellow";
      const count = range.conditionalFormats.getCount();
      await context.sync();
      expect(count.value).toBe(3);
    });
    expect(fake.workbook.conditionalFormatsOf("S")).toEqual([
      {
        id: "{CF000003}",
        address: "E2:E100",
        type: "Custom",
        priority: 0,
        rule: { formula: '=$F2="是"' },
        format: { fill: "#FFFF00" },
        stopIfTrue: false,
      },
      {
        id: "{CF000002}",
        address: "E2:E100",
        type: "ContainsText",
        priority: 1,
        rule: { operator: "Contains", text: "II" },
        format: { fontColor: "#9C0006" },
        stopIfTrue: false,
      },
      {
        id: "{CF000001}",
        address: "E2:E100",
        type: "CellValue",
        priority: 2,
        rule: { formula1: "=100", operator: "GreaterThan" },
        format: { fill: "#C6EFCE" },
        stopIfTrue: false,
      },
    ]);
  });

  it("items list the rules applying to the range; clearAll removes them", async () => {
    const fake = createFakeExcel({ sheets: ["S"] });
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.getRange("A1:A10").conditionalFormats.add("Custom").custom.rule.formula = "=A1>0";
      ws.getRange("C1:C10").conditionalFormats.add("Custom").custom.rule.formula = "=C1>0";
      const items = ws.getRange("A5").conditionalFormats.load("items/type");
      await context.sync();
      expect(items.items.map((i) => i.type)).toEqual(["Custom"]);
      ws.getRange("A:A").conditionalFormats.clearAll();
      await context.sync();
    });
    expect(fake.workbook.conditionalFormatsOf("S").map((c) => c.address)).toEqual(["C1:C10"]);
  });

  it("setting the rule of another type rejects with InvalidArgument", async () => {
    const fake = createFakeExcel();
    await expect(
      fake.Excel.run(async (context) => {
        const cf = context.workbook.worksheets.getItem("Sheet1").getRange("A1").conditionalFormats.add("Custom");
        cf.cellValue.rule = { formula1: "=1", operator: "EqualTo" };
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("rules move with inserted rows", async () => {
    const fake = createFakeExcel({ sheets: ["S"] });
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("B2:B5").conditionalFormats.add("Custom").custom.rule.formula =
        "=B2>0";
      await context.sync();
    });
    fake.workbook.user.insertRows("S", 0, 2);
    expect(fake.workbook.conditionalFormatsOf("S")[0].address).toBe("B4:B7");
  });
});

describe("data validation", () => {
  it("stores list rules with alerts and prompts, and reads them back", async () => {
    const fake = createFakeExcel({ sheets: ["S"] });
    await fake.Excel.run(async (context) => {
      const dv = context.workbook.worksheets.getItem("S").getRange("C2:C50").dataValidation;
      dv.clear();
      dv.rule = { list: { inCellDropDown: true, source: "拜访,电话,短信" } };
      dv.errorAlert = { message: "请选择", showAlert: true, style: "Stop", title: "方式" };
      dv.prompt = { message: "选择方式", showPrompt: true, title: "方式" };
      const back = context.workbook.worksheets
        .getItem("S")
        .getRange("C3")
        .dataValidation.load("type, rule, errorAlert");
      await context.sync();
      expect(back.type).toBe("List");
      expect(back.rule).toEqual({ list: { inCellDropDown: true, source: "拜访,电话,短信" } });
      expect(back.errorAlert.title).toBe("方式");
    });
    expect(fake.workbook.validationsOf("S")).toEqual([
      {
        address: "C2:C50",
        type: "List",
        rule: { list: { inCellDropDown: true, source: "拜访,电话,短信" } },
        errorAlert: { message: "请选择", showAlert: true, style: "Stop", title: "方式" },
        prompt: { message: "选择方式", showPrompt: true, title: "方式" },
        ignoreBlanks: true,
      },
    ]);
  });

  it("a Range list source is stored as its absolute address", async () => {
    const fake = createFakeExcel({ sheets: ["S", "Lists"] });
    await fake.Excel.run(async (context) => {
      const lists = context.workbook.worksheets.getItem("Lists");
      context.workbook.worksheets.getItem("S").getRange("A1:A9").dataValidation.rule = {
        list: { inCellDropDown: true, source: lists.getRange("A1:A5") },
      };
      await context.sync();
    });
    expect(fake.workbook.validationsOf("S")[0].rule).toEqual({
      list: { inCellDropDown: true, source: "=Lists!$A$1:$A$5" },
    });
  });

  it("a new rule replaces the old one on the cells it covers; clear removes it", async () => {
    const fake = createFakeExcel({ sheets: ["S"] });
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.getRange("A1:A10").dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } };
      ws.getRange("A3:A4").dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThan" } };
      ws.getRange("A10").dataValidation.clear();
      await context.sync();
    });
    expect(fake.workbook.validationsOf("S").map((v) => [v.address, v.type])).toEqual([
      ["A1:A2", "List"],
      ["A5:A9", "List"],
      ["A3:A4", "WholeNumber"],
    ]);
  });

  it("valid tells whether the cells hold values from the list", async () => {
    const fake = createFakeExcel({ sheets: ["S"] });
    fake.workbook.user.setValues("S", "A1", [["a"], ["c"]]);
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.getRange("A1:A2").dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } };
      const first = ws.getRange("A1").dataValidation.load("valid");
      const both = ws.getRange("A1:A2").dataValidation.load("valid");
      await context.sync();
      expect([first.valid, both.valid]).toEqual([true, false]);
    });
  });
});
