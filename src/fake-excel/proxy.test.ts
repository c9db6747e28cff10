import { FakeOfficeError, createFakeExcel } from "./index";

function setup(options?: Parameters<typeof createFakeExcel>[0]) {
  const fake = createFakeExcel(options);
  return { fake, Excel: fake.Excel };
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as FakeOfficeError).code;
  }
  return "no error";
}

describe("load and sync", () => {
  it("reading values before sync throws PropertyNotLoaded", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([[""]]);
    });
  });

  it("reading a property that was not loaded throws PropertyNotLoaded with Office's message", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.load("id");
      await context.sync();
      let error: FakeOfficeError | undefined;
      try {
        void ws.name;
      } catch (e) {
        error = e as FakeOfficeError;
      }
      expect(error?.code).toBe("PropertyNotLoaded");
      expect(error?.message).toContain("The property 'name' is not available");
      expect(error).toBeInstanceOf(FakeOfficeError);
    });
  });

  it("accepts the string, array and object forms of load", async () => {
    const { fake, Excel } = setup();
    fake.workbook.user.setValues("Sheet1", "A1:B1", [[1, "x"]]);
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      const a = ws.getRange("A1:B1").load("values, address");
      const b = ws.getRange("A1:B1").load(["numberFormat", "rowCount"]);
      const c = ws.getRange("A1:B1").load({ select: "text", expand: "format/fill" });
      const d = ws.getRange("A1").load({ format: { font: { bold: true } }, $all: false });
      const e = ws.getRange("A1:B1").load();
      await context.sync();
      expect(a.values).toEqual([[1, "x"]]);
      expect(a.address).toBe("Sheet1!A1:B1");
      expect(b.numberFormat).toEqual([["General", "General"]]);
      expect(b.rowCount).toBe(1);
      expect(c.text).toEqual([["1", "x"]]);
      expect(c.format.fill.color).toBe("#FFFFFF");
      expect(d.format.font.bold).toBe(false);
      expect(e.cellCount).toBe(2);
      expect(() => a.numberFormat).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("a load queued after a write sees the write; one queued before does not", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      const before = ws.getRange("A1").load("values");
      ws.getRange("A1").values = [[42]];
      const after = ws.getRange("A1").load("values");
      await context.sync();
      expect(before.values).toEqual([[""]]);
      expect(after.values).toEqual([[42]]);
    });
  });

  it("loading an unknown property rejects the sync with InvalidArgument", async () => {
    const { Excel } = setup();
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("valuez");
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
  });

  it("a loaded collection exposes items with the requested properties", async () => {
    const { fake, Excel } = setup();
    fake.workbook.user.addSheet("客户");
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1", "客户"]);
      expect(() => sheets.items[0].position).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      const again = context.workbook.worksheets.load("name, position");
      await context.sync();
      expect(again.items.map((s) => s.position)).toEqual([0, 1]);
    });
  });

  it("$top and $skip page through a collection", async () => {
    const { fake, Excel } = setup();
    fake.workbook.user.addSheet("B");
    fake.workbook.user.addSheet("C");
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load({ $top: 1, $skip: 1, name: true });
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["B"]);
    });
  });

  it("getCount returns a ClientResult whose value is only available after sync", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await context.sync();
      expect(count.value).toBe(1);
    });
  });

  it("set() and toJSON() work on loaded properties", async () => {
    const { fake, Excel } = setup();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.set({ values: [[1, 2]], format: { font: { bold: true } } });
      range.load("values");
      await context.sync();
      expect(range.toJSON()).toEqual({ values: [[1, 2]] });
    });
    expect(fake.workbook.cells("Sheet1")[0][0]).toEqual({ value: 1, bold: true });
  });
});

describe("missing items and null objects", () => {
  it("getItem of a missing sheet rejects the sync with ItemNotFound", async () => {
    const { Excel } = setup();
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Nope").load("name");
        await context.sync();
      }),
    );
    expect(code).toBe("ItemNotFound");
  });

  it("getItemOrNullObject of a missing sheet is a null object after sync, without a load", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject("Nope");
      expect(() => ws.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(ws.isNullObject).toBe(true);
    });
  });

  it("reading other properties of a null object throws, even when they were loaded", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject("Nope").load("name");
      await context.sync();
      expect(ws.isNullObject).toBe(true);
      expect(() => ws.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("an existing item found by getItemOrNullObject is not null", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject("sheet1").load("name");
      await context.sync();
      expect(ws.isNullObject).toBe(false);
      expect(ws.name).toBe("Sheet1");
    });
  });

  it("writing to a null object rejects the sync with ItemNotFound", async () => {
    const { Excel } = setup();
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItemOrNullObject("Nope").getRange("A1").values = [[1]];
        await context.sync();
      }),
    );
    expect(code).toBe("ItemNotFound");
  });

  it("a failed sync applies the commands before the failure and loads nothing", async () => {
    const { fake, Excel } = setup();
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1").values = [[1]];
      const loaded = ws.getRange("A1").load("values");
      context.workbook.worksheets.getItem("Nope").getRange("A1").values = [[2]];
      ws.getRange("A2").values = [[3]];
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      expect(() => loaded.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
    expect(fake.workbook.values("Sheet1")).toEqual([[1]]);
  });
});

describe("writes", () => {
  it("writing values of the wrong shape rejects the sync with InvalidArgument", async () => {
    const { Excel } = setup();
    for (const bad of [[[1, 2]], [[1], [2], [3]], [1, 2]]) {
      const code = await codeOf(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2").values = bad as unknown as unknown[][];
          await context.sync();
        }),
      );
      expect(code).toBe("InvalidArgument");
    }
  });

  it("numberFormat and formulas of the wrong shape are rejected too", async () => {
    const { Excel } = setup();
    const nf = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").numberFormat = [["0"]];
        await context.sync();
      }),
    );
    const f = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").formulas = [["=1"], ["=2"]];
        await context.sync();
      }),
    );
    expect([nf, f]).toEqual(["InvalidArgument", "InvalidArgument"]);
  });

  it("a single value is written to every cell of the range", async () => {
    const { fake, Excel } = setup();
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      r.values = "x" as unknown as unknown[][];
      r.numberFormat = "@" as unknown as unknown[][];
      await context.sync();
    });
    expect(fake.workbook.values("Sheet1")).toEqual([
      ["x", "x"],
      ["x", "x"],
    ]);
    expect(fake.workbook.cells("Sheet1")[1][1].numberFormat).toBe("@");
  });

  it("null in a written array leaves that cell unchanged", async () => {
    const { fake, Excel } = setup();
    fake.workbook.user.setValues("Sheet1", "A1:B1", [["keep", "old"]]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[null, "new"]];
      await context.sync();
    });
    expect(fake.workbook.values("Sheet1")).toEqual([["keep", "new"]]);
  });

  it("strings written through values are parsed as Excel parses typing", async () => {
    const { fake, Excel } = setup();
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("B1").numberFormat = [["@"]];
      ws.getRange("A1:E1").values = [["001", "001", "TRUE", "2026-03-01", "'007"]];
      await context.sync();
    });
    expect(fake.workbook.values("Sheet1")).toEqual([[1, "001", true, 46082, "007"]]);
    expect(fake.workbook.cells("Sheet1")[0][3].numberFormat).toBe("yyyy-mm-dd");
  });

  it("the local value of a written property can be read back without a load", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.values = [[5]];
      expect(r.values).toEqual([[5]]);
      await context.sync();
    });
  });
});

describe("sync counting and limits", () => {
  it("counts each sync; Excel.run alone is not a sync", async () => {
    const { fake, Excel } = setup();
    await Excel.run(async () => undefined);
    expect(fake.stats.syncs).toBe(0);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").load("name");
      await context.sync();
      await context.sync();
    });
    expect(fake.stats.syncs).toBe(2);
    fake.stats.resetCounts();
    expect(fake.stats.syncs).toBe(0);
  });

  it("commands still queued when the batch resolves are sent by Excel.run (one more sync)", async () => {
    const { fake, Excel } = setup();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
    });
    expect(fake.workbook.values("Sheet1")).toEqual([[1]]);
    expect(fake.stats.syncs).toBe(1);
  });

  it("counts range and table loads as reads", async () => {
    const { fake, Excel } = setup();
    fake.workbook.user.setValues("Sheet1", "A1", [["h"], [1]]);
    fake.workbook.user.addTable("Sheet1", "A1:A2", "T");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      context.workbook.tables.getItem("T").getDataBodyRange().load("values");
      context.workbook.worksheets.load("items/name");
      await context.sync();
    });
    expect(fake.stats.reads).toBe(2);
  });

  it("a request above maxPayloadBytes rejects with RequestPayloadSizeLimitExceeded and changes nothing", async () => {
    const { fake, Excel } = setup({ limits: { maxPayloadBytes: 1000 } });
    const rows = Array.from({ length: 100 }, (_, i) => [`row ${i}`]);
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A100").values = rows;
        await context.sync();
      }),
    );
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.workbook.values("Sheet1")).toEqual([]);
  });

  it("a response above maxPayloadBytes rejects with ResponsePayloadSizeLimitExceeded", async () => {
    const { fake, Excel } = setup();
    fake.workbook.user.setValues(
      "Sheet1",
      "A1",
      Array.from({ length: 100 }, (_, i) => [`row ${i}`]),
    );
    fake.limits.maxPayloadBytes = 500;
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A100").load("values");
        await context.sync();
      }),
    );
    expect(code).toBe("ResponsePayloadSizeLimitExceeded");
  });

  it("the limit counts UTF-8 bytes, not characters: 1,000 Chinese characters are over a 2,500-byte limit", async () => {
    const { fake, Excel } = setup({ limits: { maxPayloadBytes: 2_500 } });
    const text = "客户".repeat(500); // 1,000 characters, 3,000 bytes
    const write = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[text]];
        await context.sync();
      }),
    );
    expect(write).toBe("RequestPayloadSizeLimitExceeded");
    fake.workbook.user.setValues("Sheet1", "A1", [[text]]);
    const read = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
        await context.sync();
      }),
    );
    expect(read).toBe("ResponsePayloadSizeLimitExceeded");
  });

  it("every command costs its envelope: many tiny writes are refused although their values are small", async () => {
    const { fake, Excel } = setup({ limits: { maxPayloadBytes: 4_000 } });
    const code = await codeOf(
      Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Sheet1");
        for (let r = 1; r <= 100; r++) ws.getRange(`A${r}`).values = [[1]]; // 100 × "[[1]]" = 500 bytes of values
        await context.sync();
      }),
    );
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.workbook.values("Sheet1")).toEqual([]);
  });

  it("reading more cells than maxCellsPerRead rejects with RangeExceedsLimit", async () => {
    const { Excel } = setup({ limits: { maxCellsPerRead: 10 } });
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B6").load("values");
        await context.sync();
      }),
    );
    expect(code).toBe("RangeExceedsLimit");
  });
});

describe("object lifetime", () => {
  it("using an object after its Excel.run ended throws InvalidObjectPath", async () => {
    const { Excel } = setup();
    let leaked: Excel.Range | undefined;
    await Excel.run(async (context) => {
      leaked = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      await context.sync();
    });
    expect(() => leaked!.load("values")).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
  });

  it("Excel.run(object, batch) continues on the object's context", async () => {
    const { Excel } = setup();
    let kept: Excel.Range | undefined;
    await Excel.run(async (context) => {
      kept = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      await context.sync();
    });
    await Excel.run(kept!, async (context) => {
      kept!.values = [[3]];
      kept!.load("values");
      await context.sync();
      expect(kept!.values).toEqual([[3]]);
    });
  });

  it("install sets Excel and OfficeExtension on the target", async () => {
    const { fake } = setup();
    const target: Record<string, unknown> = {};
    fake.install(target);
    expect(target.Excel).toBe(fake.Excel);
    expect((target.OfficeExtension as { Error: unknown }).Error).toBe(FakeOfficeError);
  });
});
