import { createFakeExcel } from "./index";

type Args = {
  type: string;
  changeType: string;
  address: string;
  worksheetId: string;
  tableId?: string;
  details?: unknown;
  source: string;
};

function withTwoTables() {
  const fake = createFakeExcel({ sheets: ["S"] });
  fake.workbook.user.setValues("S", "A1", [["a"], [1], [2]]);
  fake.workbook.user.setValues("S", "D1", [["d"], [1], [2]]);
  fake.workbook.user.addTable("S", "A1:A3", "Left");
  fake.workbook.user.addTable("S", "D1:D3", "Right");
  return fake;
}

describe("change events", () => {
  it("worksheet and table handlers fire after the sync, with the changed address", async () => {
    const fake = withTwoTables();
    const sheetEvents: Args[] = [];
    const leftEvents: Args[] = [];
    const rightEvents: Args[] = [];
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.onChanged.add(async (e) => void sheetEvents.push(e as unknown as Args));
      context.workbook.tables.getItem("Left").onChanged.add(async (e) => void leftEvents.push(e as unknown as Args));
      context.workbook.tables.getItem("Right").onChanged.add(async (e) => void rightEvents.push(e as unknown as Args));
      await context.sync();
    });
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A2").values = [[5]];
      await context.sync();
      expect(sheetEvents).toEqual([]);
    });
    await fake.workbook.whenIdle();
    expect(sheetEvents).toMatchObject([
      {
        type: "WorksheetChanged",
        changeType: "RangeEdited",
        address: "A2",
        source: "Local",
        details: { valueBefore: 1, valueAfter: 5 },
      },
    ]);
    expect(leftEvents).toMatchObject([
      { type: "TableChanged", changeType: "RangeEdited", address: "A2", tableId: "1" },
    ]);
    expect(rightEvents).toEqual([]);
  });

  it("the user's edits fire events too, only for the tables they touch", async () => {
    const fake = withTwoTables();
    const tableEvents: Args[] = [];
    const anySheet: Args[] = [];
    await fake.Excel.run(async (context) => {
      context.workbook.tables.onChanged.add(async (e) => void tableEvents.push(e as unknown as Args));
      context.workbook.worksheets.onChanged.add(async (e) => void anySheet.push(e as unknown as Args));
      await context.sync();
    });
    fake.workbook.user.setValues("S", "C2:D3", [
      [9, 9],
      [9, 9],
    ]);
    await fake.workbook.whenIdle();
    expect(anySheet.map((e) => e.address)).toEqual(["C2:D3"]);
    expect(tableEvents.map((e) => [e.tableId, e.address])).toEqual([["2", "D2:D3"]]);
  });

  it("inserting rows reports RowInserted to the sheet and to the tables that grew", async () => {
    const fake = withTwoTables();
    const events: Args[] = [];
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").onChanged.add(async (e) => void events.push(e as unknown as Args));
      context.workbook.tables.getItem("Right").onChanged.add(async (e) => void events.push(e as unknown as Args));
      await context.sync();
    });
    fake.workbook.user.insertRows("S", 2, 1);
    await fake.workbook.whenIdle();
    expect(events.map((e) => [e.type, e.changeType, e.address])).toEqual([
      ["WorksheetChanged", "RowInserted", "3:3"],
      ["TableChanged", "RowInserted", "D3"],
    ]);
  });

  it("rows.add through the API reports RowInserted for the new rows", async () => {
    const fake = withTwoTables();
    const events: Args[] = [];
    await fake.Excel.run(async (context) => {
      context.workbook.tables.getItem("Left").onChanged.add(async (e) => void events.push(e as unknown as Args));
      await context.sync();
      context.workbook.tables.getItem("Left").rows.add(undefined, [[3], [4]]);
      await context.sync();
    });
    await fake.workbook.whenIdle();
    expect(events.map((e) => [e.changeType, e.address])).toEqual([["RowInserted", "A4:A5"]]);
  });

  it("removing a handler takes effect at the next sync", async () => {
    const fake = withTwoTables();
    const events: Args[] = [];
    await fake.Excel.run(async (context) => {
      const reg = context.workbook.worksheets
        .getItem("S")
        .onChanged.add(async (e) => void events.push(e as unknown as Args));
      await context.sync();
      expect(fake.workbook.eventHandlerCount()).toBe(1);
      reg.remove();
      expect(fake.workbook.eventHandlerCount()).toBe(1);
      await context.sync();
    });
    expect(fake.workbook.eventHandlerCount()).toBe(0);
    fake.workbook.user.setValues("S", "B1", [["x"]]);
    await fake.workbook.whenIdle();
    expect(events).toEqual([]);
  });

  it("event args hand back the changed range in a new batch", async () => {
    const fake = withTwoTables();
    const seen: unknown[] = [];
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").onChanged.add((e) =>
        fake.Excel.run(async (ctx) => {
          const r = e.getRange(ctx).load("values, address");
          await ctx.sync();
          seen.push([r.address, r.values]);
        }),
      );
      await context.sync();
    });
    fake.workbook.user.setValues("S", "B2", [["typed"]]);
    await fake.workbook.whenIdle();
    expect(seen).toEqual([["S!B2", [["typed"]]]]);
  });

  it("a handler that throws does not stop the others and is recorded", async () => {
    const fake = withTwoTables();
    let calls = 0;
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.onChanged.add(async () => {
        throw new Error("boom");
      });
      ws.onChanged.add(async () => void calls++);
      await context.sync();
    });
    fake.workbook.user.setValues("S", "B2", [[1]]);
    await fake.workbook.whenIdle();
    expect(calls).toBe(1);
    expect(fake.workbook.eventHandlerErrors()).toHaveLength(1);
  });
});

describe("selection events", () => {
  it("worksheets.onSelectionChanged hears the user's and the API's selections after the batch, with sheet ID and address", async () => {
    const fake = withTwoTables();
    const seen: { type: string; address: string; worksheetId: string }[] = [];
    let sheetId = "";
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.onSelectionChanged.add(async (e) => void seen.push({ type: e.type, address: e.address, worksheetId: e.worksheetId }));
      const ws = context.workbook.worksheets.getItem("S").load("id");
      await context.sync();
      sheetId = ws.id;
    });
    fake.workbook.user.select("S", "A3");
    await fake.workbook.whenIdle();
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("D2:D3").select();
      await context.sync();
      expect(seen).toHaveLength(1); // delivered after the batch, not inside it
    });
    await fake.workbook.whenIdle();
    expect(seen).toEqual([
      { type: "WorksheetSelectionChanged", address: "A3", worksheetId: sheetId },
      { type: "WorksheetSelectionChanged", address: "D2:D3", worksheetId: sheetId },
    ]);
  });

  it("a sort raises onRowSorted (ExcelApi 1.10) and no onChanged, as in Excel", async () => {
    const fake = createFakeExcel({ sheets: ["S"] });
    fake.workbook.user.setValues("S", "A1", [["k"], [2], [1]]);
    fake.workbook.user.addTable("S", "A1:A3", "T");
    const changed: string[] = [];
    const sorted: string[] = [];
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.tables.onChanged.add(async (e) => void changed.push(e.address));
      ctx.workbook.worksheets.onRowSorted.add(async (e) => void sorted.push(e.address));
      await ctx.sync();
    });
    fake.workbook.user.sortTable("T", "k", true);
    await fake.workbook.whenIdle();
    expect({ changed, sorted }).toEqual({ changed: [], sorted: ["A2:A3"] });
  });

  it("runtime.enableEvents = false silences every change until switched on again, in command order", async () => {
    const fake = createFakeExcel({ sheets: ["S"] });
    const seen: string[] = [];
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.onChanged.add(async (e) => void seen.push(e.address));
      await ctx.sync();
      const ws = ctx.workbook.worksheets.getItem("S");
      ctx.runtime.enableEvents = false;
      ws.getRange("A1").values = [[1]];
      ctx.runtime.enableEvents = true;
      ws.getRange("B1").values = [[2]];
      await ctx.sync();
    });
    fake.workbook.silently(() => fake.workbook.user.setValues("S", "C1", [[3]]));
    await fake.workbook.whenIdle();
    expect(seen).toEqual(["B1"]);
  });

  it.each([
    ["1.7", ["address", "changeType", "source", "tableId", "type", "worksheetId"]],
    ["1.8", ["address", "changeType", "getRange", "getRangeOrNullObject", "source", "tableId", "type", "worksheetId"]],
    ["1.9", ["address", "changeType", "details", "getRange", "getRangeOrNullObject", "source", "tableId", "type", "worksheetId"]],
  ])("a table change event at ExcelApi %s carries exactly the members of that set (details only for one cell)", async (level, members) => {
    const fake = createFakeExcel({ sheets: ["S"], api: { level } });
    fake.workbook.user.setValues("S", "A1", [["a"], [1], [2]]);
    fake.workbook.user.addTable("S", "A1:A3", "T");
    const seen: Record<string, unknown>[] = [];
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.tables.onChanged.add(async (e) => void seen.push(e as unknown as Record<string, unknown>));
      await ctx.sync();
    });
    fake.workbook.user.setValues("S", "A2", [[5]]);
    fake.workbook.user.setValues("S", "A2", [[6], [7]]);
    await fake.workbook.whenIdle();
    expect(Object.keys(seen[0]).sort()).toEqual(members);
    expect(Object.keys(seen[1])).not.toContain("details");
    expect(seen.map((e) => e.address)).toEqual(["A2", "A2:A3"]);
  });

  it("a worksheet change event has triggerSource only from ExcelApi 1.14", async () => {
    const sources: unknown[] = [];
    for (const level of ["1.13", "1.14"]) {
      const fake = createFakeExcel({ sheets: ["S"], api: { level } });
      await fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.onChanged.add(async (e) => void sources.push(e.triggerSource));
        await ctx.sync();
      });
      fake.workbook.user.setValues("S", "A1", [[1]]);
      await fake.workbook.whenIdle();
    }
    expect(sources).toEqual([undefined, "Unknown"]);
  });
});
