/**
 * The streaming reader (src/xlsx/streamGrid.ts) against the full reader over exceljs
 * (src/xlsx/grid.ts): the same grid, hence the same RawBook and the same scores and problems, on
 * every fixture, on files shaped the way other producers write them, and on generated books.
 * Where exceljs misreads a cell the streaming reader reads it as Excel shows it, and the tests
 * say so by name: a formula's saved empty text, and text or an error saved by a date-formatted
 * formula (exceljs makes an invalid date of both).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import fc from "fast-check";
import { streamGrid } from "../../src/xlsx/streamGrid";
import { SheetScan } from "../../src/xlsx/sheetScan";
import { nodeCodec } from "../../src/cli/nodeCodec";
import type { Tick } from "../../src/core/progress";
import { readGrid } from "../../src/xlsx/grid";
import { rawBookOf, readBook } from "../../src/xlsx/readBook";
import { analyze } from "../../src/core/analyze";
import { parseIsoDay } from "../../src/core/dates";
import { demoXlsx } from "../../src/demo/writeDemo";
import { UnsavedFormula } from "../../src/core/table";
import { buildXlsx, date, editPart, enRangeBook, patchXlsx, zhTableBook } from "../fixtures/workbooks";
import { richBook } from "../fixtures/richBook";

const AS_OF = parseIsoDay("2026-03-31")!;

/**
 * A date-formatted number past 9999-12-31 is an invalid Date from both readers (the core reports it
 * at its cell); Jest calls two invalid Dates unequal (NaN !== NaN), so they are named before comparing.
 */
function invalidDatesNamed(x: unknown): unknown {
  if (x instanceof Date) return Number.isNaN(x.getTime()) ? "(invalid Date)" : x;
  if (Array.isArray(x)) return x.map(invalidDatesNamed);
  if (x && typeof x === "object" && Object.getPrototypeOf(x) === Object.prototype)
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, invalidDatesNamed(v)]));
  return x;
}

/** Both readers on the same bytes: grids equal, and so the analyses (scores, thresholds, problems). */
async function expectSameReading(bytes: Uint8Array): Promise<void> {
  const streamed = await streamGrid(bytes);
  const full = await readGrid(bytes);
  expect(invalidDatesNamed(streamed)).toEqual(invalidDatesNamed(full));
  const analysis = (grid: typeof full) => {
    try {
      return analyze(rawBookOf(grid), { asOf: AS_OF, lang: "en-US" });
    } catch (e) {
      return String(e);
    }
  };
  expect(JSON.stringify(analysis(streamed))).toBe(JSON.stringify(analysis(full)));
  // What the commands read: the streamed grid's rows handed on as the tables' rows, not copied.
  const fullBook = (() => {
    try {
      return rawBookOf(full);
    } catch (e) {
      return String(e);
    }
  })();
  expect(invalidDatesNamed(await readBook(bytes).catch((e: unknown) => String(e)))).toEqual(invalidDatesNamed(fullBook));
}

const PURCHASES = [
  ["客户编号", "日期", "金额", "回款状态"],
  ["C1", date("2026-01-02"), 100, "正常"],
  ["C2", date("2026-02-03"), 250.5, "逾期"],
];
const CUSTOMERS = [
  ["客户编号", "客户名称"],
  ["C1", "张伟"],
  ["C2", "李娜 & <Co>"],
];

/** Every shared-string cell rewritten as an inline string (`<is>`), the shared-string part removed — as streaming writers do. */
async function inlineStrings(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const sst = await zip.file("xl/sharedStrings.xml")!.async("string");
  const items = [...sst.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]);
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p)))
    await editPart(zip, path, (x) =>
      x.replace(/<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (_m, a: string, b: string, i: string) => `<c ${a}t="inlineStr"${b}><is>${items[Number(i)]}</is></c>`),
    );
  zip.remove("xl/sharedStrings.xml");
  await editPart(zip, "xl/_rels/workbook.xml.rels", (x) => x.replace(/<Relationship [^>]*sharedStrings[^>]*\/>/, ""));
  await editPart(zip, "[Content_Types].xml", (x) => x.replace(/<Override [^>]*sharedStrings[^>]*\/>/, ""));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Sheet XML rewritten cell by cell (a producer's own spelling of the same cells). */
function editSheet(bytes: Uint8Array, edit: (xml: string) => string, path = "xl/worksheets/sheet1.xml"): Promise<Uint8Array> {
  return patchXlsx(bytes, (zip) => editPart(zip, path, edit));
}

describe("the streaming reader reads every fixture as the full reader does", () => {
  it.each([
    ["the Chinese table book", zhTableBook],
    ["the English range book with a title row", enRangeBook],
    ["a book with a chart, comments, validation and conditional formats", richBook],
    ["the Chinese demo workbook", () => demoXlsx({ lang: "zh-CN", asOf: AS_OF, seed: 3 })],
    ["the English demo workbook", () => demoXlsx({ lang: "en-US", asOf: AS_OF, seed: 5 })],
  ])("%s", async (_name, make) => {
    await expectSameReading(await make());
  });
});

describe("files as other producers write them read the same through both readers", () => {
  const base = () =>
    buildXlsx([
      { name: "客户", rows: CUSTOMERS },
      { name: "购买记录", rows: PURCHASES },
    ]);

  it("inline strings and no shared-string part (streaming writers such as XlsxWriter's constant-memory mode)", async () => {
    await expectSameReading(await inlineStrings(await base()));
  });

  it("a 1904-system workbook with dates, numbers and an early serial", async () => {
    await expectSameReading(
      await buildXlsx(
        [
          { name: "客户", rows: [...CUSTOMERS.map((r, i) => [...r, i === 0 ? "生日" : date("1904-01-05")])] },
          { name: "购买记录", rows: PURCHASES },
        ],
        { date1904: true },
      ),
    );
  });

  it("shared formulas with cached values, as LibreOffice and Excel save a filled-down column", async () => {
    const bytes = await editSheet(await base(), (x) =>
      x
        .replace(/(<c r="C2"[^>]*>)<v>[^<]*<\/v>/, '$1<f t="shared" ref="C2:C3" si="0">B2*1</f><v>100</v>')
        .replace(/(<c r="C3"[^>]*>)<v>[^<]*<\/v>/, '$1<f t="shared" si="0"/><v>250.5</v>'),
      "xl/worksheets/sheet2.xml",
    );
    expect(await zipText(bytes, "xl/worksheets/sheet2.xml")).toMatch(/t="shared" si="0"\/>/);
    await expectSameReading(bytes);
  });

  it("formulas without saved values (openpyxl, pandas), a shared copy among them, and error values", async () => {
    const bytes = await editSheet(await base(), (x) =>
      x
        .replace(/(<c r="C2"[^>]*>)<v>[^<]*<\/v>/, '$1<f t="shared" ref="C2:C3" si="0">SUM(A2:B2)</f>')
        .replace(/(<c r="C3"[^>]*>)<v>[^<]*<\/v>/, '$1<f t="shared" si="0"/>')
        .replace(/<c r="D2"([^>]*?) t="s"([^>]*)><v>[^<]*<\/v>/, '<c r="D2"$1 t="e"$2><v>#N/A</v>'),
      "xl/worksheets/sheet2.xml",
    );
    await expectSameReading(bytes);
    const sheet = (await streamGrid(bytes)).sheets[1];
    expect(sheet.rows[2][2]).toEqual(new UnsavedFormula("SUM(A3:B3)"));
    expect(sheet.rows[1][3]).toBe("#N/A");
  });

  it("text results of formulas (t=\"str\"), booleans, rich text with phonetic runs, and escaped characters", async () => {
    const bytes = await patchXlsx(await base(), async (zip) => {
      await editPart(zip, "xl/worksheets/sheet1.xml", (x) =>
        x.replace(/(<c r="B2")[^>]*>.*?<\/c>/, '$1 t="str"><f>"张"&amp;"伟"</f><v>张伟 &amp;amp;</v></c><c r="C2" t="b"><v>1</v></c>'),
      );
      await editPart(zip, "xl/sharedStrings.xml", (x) =>
        x.replace(
          "<si><t>李娜 &amp; &lt;Co&gt;</t></si>",
          '<si><r><rPr><b/></rPr><t xml:space="preserve">李 </t></r><r><t>娜_x000D_</t></r><rPh sb="0" eb="1"><t>リ</t></rPh></si>',
        ),
      );
    });
    expect(await zipText(bytes, "xl/sharedStrings.xml")).toMatch(/<rPh/);
    await expectSameReading(bytes);
    expect((await streamGrid(bytes)).sheets[0].rows[2][1]).toBe("李 娜\r");
  });

  it("dates under custom and built-in formats, a time of day to the millisecond, and numbers under number formats", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("购买记录");
    ws.addRow(["客户编号", "日期", "金额", "回款状态", "时间"]);
    const formats = ["yyyy/mm/dd", 'yyyy"年"m"月"d"日"', "mm-dd-yy", "[$-804]d mmm yyyy", "#,##0.00", '0.00" days"', "[Red]0"];
    formats.forEach((numFmt, i) => {
      const row = ws.addRow([`C${i}`, 46000 + i, 100 + i, "正常", 0.5]);
      row.getCell(2).numFmt = numFmt;
      row.getCell(5).numFmt = "h:mm";
    });
    // A time of day whose milliseconds round differently unless the serial is multiplied out as exceljs does.
    ws.addRow(["C9", 46000.480282934026, 109, "正常", 0.5]).getCell(2).numFmt = "yyyy-mm-dd hh:mm:ss";
    wb.addWorksheet("客户").addRows(CUSTOMERS);
    await expectSameReading(new Uint8Array(await wb.xlsx.writeBuffer()));
  });

  it("parts with a namespace prefix, single quotes, CR LF line ends and indentation (OpenXML SDK, hand-rolled writers)", async () => {
    const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const bytes = await patchXlsx(await base(), async (zip) => {
      for (const path of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/sharedStrings.xml"])
        await editPart(zip, path, (x) =>
          x
            .replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`)
            .replace(/<(\/?)([A-Za-z]\w*)(?=[\s>/])/g, "<$1x:$2")
            .replace(/ r="([A-Z]+\d+)"/g, " r='$1'")
            .replace(/<x:row /g, "\r\n  <x:row ")
            .replace(/<x:c /g, "\r\n    <x:c "),
        );
    });
    expect(await zipText(bytes, "xl/worksheets/sheet1.xml")).toMatch(/\r\n {4}<x:c r='A1'/);
    const streamed = rawBookOf(await streamGrid(bytes));
    expect(streamed.tables.customers!.rows).toEqual([
      ["C1", "张伟"],
      ["C2", "李娜 & <Co>"],
    ]);
    expect(streamed.tables.purchases!.rows[1]).toEqual(["C2", date("2026-02-03"), 250.5, "逾期"]);
  });

  it("cells and rows without an r attribute, which exceljs cannot place, in order", async () => {
    const bytes = await editSheet(await base(), (x) => x.replace(/<row r="\d+"/g, "<row").replace(/<c r="[A-Z]+\d+"/g, "<c"));
    expect(await zipText(bytes, "xl/worksheets/sheet1.xml")).not.toMatch(/ r="/);
    expect(rawBookOf(await streamGrid(bytes)).tables.customers!.rows).toEqual([
      ["C1", "张伟"],
      ["C2", "李娜 & <Co>"],
    ]);
  });

  it("a hyperlinked cell, merged cells and a cell emptied by a merge", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("客户");
    ws.addRows([["客户编号", "客户名称", "备注", "电话"], ["C1", { text: "张伟", hyperlink: "https://example.com" }, "合并", "x"], ["C2", "李娜"]]);
    ws.mergeCells("C2:D3");
    wb.addWorksheet("购买记录").addRows(PURCHASES);
    await expectSameReading(new Uint8Array(await wb.xlsx.writeBuffer()));
  });

  it("reads a formula's saved empty text as empty and a date-formatted formula's text as text, where exceljs loses both", async () => {
    const bytes = await editSheet(await base(), (x) =>
      x
        .replace(/(<c r="C2")[^>]*>.*?<\/c>/, '$1 s="1" t="str"><f>IF(A2="","",A2)</f><v></v></c>')
        .replace(/(<c r="B3")[^>]*>.*?<\/c>/, '$1 s="1" t="str"><f>IFERROR(A3,"-")</f><v>none</v></c>'),
      "xl/worksheets/sheet2.xml",
    );
    const full = (await readGrid(bytes)).sheets[1].rows;
    expect(full[1][2]).toBeInstanceOf(UnsavedFormula);
    expect(Number.isNaN((full[2][1] as Date).getTime())).toBe(true);
    const streamed = (await streamGrid(bytes)).sheets[1].rows;
    expect([streamed[1][2], streamed[2][1]]).toEqual(["", "none"]);
  });

  it("a corrupt part is damaged, even one the reading does not need", async () => {
    const zip = await JSZip.loadAsync(await base());
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const damaged = bytes.slice();
    for (let i = 60; i < 90; i++) damaged[i] ^= 0xff;
    await expect(streamGrid(damaged)).rejects.toMatchObject({ code: "damaged" });
  });
});

async function zipText(bytes: Uint8Array, path: string): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(path)!.async("string");
}

/** A cell a user or a producer might leave in a sheet. */
const cellArb: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 8 }),
  fc.constantFrom("正常", "逾期", "A & B", "<tag>", " lead", "trail ", "line\nbreak", "_x000D_", "=1+1", "", "0012", "#N/A"),
  fc.integer({ min: -1e6, max: 1e7 }),
  fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.integer({ min: 1, max: 60_000 }).map((d) => new Date(Date.UTC(1900, 0, 1) + d * 86_400_000)),
  fc.constantFrom({ error: "#N/A" }, { error: "#DIV/0!" }) as fc.Arbitrary<ExcelJS.CellValue>,
  fc.record({ formula: fc.constantFrom("A1*2", "SUM(B:B)", "NOW()"), result: fc.oneof(fc.integer(), fc.string({ minLength: 1, maxLength: 4 }), fc.boolean()) }) as fc.Arbitrary<ExcelJS.CellValue>,
  fc.constant({ formula: "B2+1" }) as fc.Arbitrary<ExcelJS.CellValue>,
  fc.array(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }).map((parts) => ({ richText: parts.map((text, i) => ({ text, font: { bold: i % 2 === 0 } })) })),
);

const sheetArb = fc.record({
  name: fc.constantFrom("客户", "购买记录", "Customers", "Purchases", "Sheet1", "跟进记录"),
  top: fc.integer({ min: 1, max: 4 }),
  left: fc.integer({ min: 1, max: 3 }),
  header: fc.constantFrom(["客户编号", "客户名称"], ["客户编号", "日期", "金额", "回款状态"], ["ID", "Date", "Amount"]),
  rows: fc.array(fc.array(cellArb, { maxLength: 6 }), { maxLength: 12 }),
  numFmt: fc.constantFrom(undefined, "yyyy-mm-dd", "0.00", "m/d/yy h:mm", "@"),
  hidden: fc.boolean(),
});

describe("generated books", () => {
  it("read the same through both readers, written by exceljs and re-spelled with inline strings or the 1904 system", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(sheetArb, { minLength: 1, maxLength: 3, selector: (s) => s.name }), fc.constantFrom("plain", "inline", "1904"), async (sheets, variant) => {
        const wb = new ExcelJS.Workbook();
        if (variant === "1904") wb.properties.date1904 = true;
        for (const s of sheets) {
          const ws = wb.addWorksheet(s.name, s.hidden ? { state: "hidden" } : {});
          [s.header, ...s.rows].forEach((row, r) =>
            row.forEach((v, c) => {
              const cell = ws.getCell(s.top + r, s.left + c);
              cell.value = v;
              // (Not on formulas: exceljs turns a date-formatted formula's text result into an invalid date.)
              if (s.numFmt && r > 0 && c === 1 && !(v && typeof v === "object" && "formula" in v)) cell.numFmt = s.numFmt;
            }),
          );
        }
        let bytes: Uint8Array = new Uint8Array(await wb.xlsx.writeBuffer());
        if (variant === "inline") bytes = await inlineStrings(bytes);
        await expectSameReading(bytes);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});

describe("the sheet scanner", () => {
  const ctx = { date1904: false, strings: ["a", "b & c"], dates: [false, true] };
  const scan = (pieces: string[]) => {
    const s = new SheetScan(ctx);
    for (const p of pieces) s.push(p);
    return s.finish();
  };

  it("reads a sheet handed over in pieces cut anywhere exactly as it reads it whole", () => {
    const xml =
      '<?xml version="1.0"?><worksheet xmlns="m"><sheetData><row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" s="1"><v>46000.5</v></c></row>' +
      '<row r="3"><c r="C3" t="inlineStr"><is><t xml:space="preserve"> x &amp; y </t></is></c><c r="D3"><f>A1</f><v>-12.25</v></c><c r="E3" t="b"><v>1</v></c></row>' +
      '<!-- a comment <c r="Z9"><v>9</v></c> --><row r="4"><c r="A4" t="e"><v>#REF!</v></c><c r="B4" s="1"/></row></sheetData>' +
      '<mergeCells count="1"><mergeCell ref="C3:D3"/></mergeCells></worksheet>';
    const whole = scan([xml]);
    expect(whole[0]).toEqual(["b & c", new Date(Date.UTC(2025, 11, 9, 12))]);
    expect(whole[2]).toEqual([null, null, " x & y ", null, true]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: xml.length - 1 }), { maxLength: 12 }), (cuts) => {
        const at = [0, ...cuts.sort((a, b) => a - b), xml.length];
        expect(scan(at.slice(1).map((end, i) => xml.slice(at[i], end)))).toEqual(whole);
      }),
    );
  });

  it("reads every number as parseFloat reads it, whatever its digits, sign, decimals or exponent", () => {
    const numberText = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
      fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.nat({ max: 99999999 }), fc.nat({ max: 9 })).map(([i, f, z]) => `${i}.${"0".repeat(z)}${f}`),
      fc.constantFrom("0", "-0", "007", "1.", ".5", "1e3", "1E-7", "123456789012345678", "0.1000000000000000055511151231257827", " 4", "-", "abc"),
    );
    fc.assert(
      fc.property(numberText, (text) => {
        const [[cell]] = scan([`<sheetData><row r="1"><c r="A1"><v>${text}</v></c></row></sheetData>`]);
        expect(Object.is(cell, parseFloat(text)) || (Number.isNaN(cell) && Number.isNaN(parseFloat(text)))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe("the command line's codec (Node's zlib)", () => {
  it("reads every fixture as the portable codec does, and finds the same damage", async () => {
    for (const bytes of [await zhTableBook(), await demoXlsx({ lang: "zh-CN", asOf: AS_OF, seed: 3 })])
      expect(await streamGrid(bytes, { codec: nodeCodec })).toEqual(await streamGrid(bytes));
    const zip = await JSZip.loadAsync(await zhTableBook());
    const damaged = (await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" })).slice();
    for (let i = 60; i < 90; i++) damaged[i] ^= 0xff;
    await expect(streamGrid(damaged, { codec: nodeCodec })).rejects.toMatchObject({ code: "damaged" });
  });
});

describe("progress while reading", () => {
  it("tells the reading stage in bytes of sheet XML and rows, never going back, ending at the total", async () => {
    // Past the reader's 4 MB progress step: 40,000 rows, spelled as XML directly (writing them through
    // exceljs took most of this test's time, and past Jest's 5 s on a loaded machine).
    const rowXml = (i: number) =>
      `<row r="${i + 2}"><c r="A${i + 2}" t="inlineStr"><is><t>C${i}</t></is></c><c r="B${i + 2}"><v>46024</v></c>` +
      `<c r="C${i + 2}"><v>${i * 1.5}</v></c><c r="D${i + 2}" t="inlineStr"><is><t>正常</t></is></c></row>`;
    const rows = Array.from({ length: 40_000 }, (_, i) => rowXml(i)).join("");
    const small = await buildXlsx([
      { name: "客户", rows: CUSTOMERS },
      { name: "购买记录", rows: [PURCHASES[0]] },
    ]);
    const bytes = await editSheet(small, (xml) => xml.replace(/<\/row><\/sheetData>/, `</row>${rows}</sheetData>`), "xl/worksheets/sheet2.xml");
    const ticks: Tick[] = [];
    const grid = await streamGrid(bytes, { progress: (tick) => ticks.push(tick), codec: nodeCodec });
    expect(grid.sheets[1].rows.length).toBe(40_001);
    expect(grid.sheets[1].rows[40_000]).toEqual(["C39999", 46024, 59998.5, "正常"]);
    expect(ticks.every((t) => t.stage === "reading" && t.total === ticks[0].total)).toBe(true);
    expect(ticks.some((t) => t.done > 0 && t.done < t.total! && t.rows! > 0)).toBe(true);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i].done).toBeGreaterThanOrEqual(ticks[i - 1].done);
    expect(ticks[ticks.length - 1]).toEqual({ stage: "reading", done: ticks[0].total, total: ticks[0].total, rows: grid.sheets[0].rows.length + grid.sheets[1].rows.length });
  }, 60_000); // 40,000 rows built and read: generous on a shared machine
});
