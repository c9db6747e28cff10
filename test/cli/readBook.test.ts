import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readBook } from "../../src/xlsx/readBook";
import { BookError } from "../../src/xlsx/bookError";
import { parseDate } from "../../src/core/parse/date";
import { formatDay } from "../../src/core/dates";
import type { Cell, RawBook } from "../../src/core/table";
import { buildXlsx, date, editPart, enRangeBook, patchXlsx, zhTableBook } from "../fixtures/workbooks";

/** The calendar day the core reads from a date cell of the book. */
function dayText(book: RawBook, cell: Cell): string {
  const p = parseDate(cell, book.date1904);
  return p.ok ? formatDay(p.value.day) : "invalid";
}

describe("finding the CRM tables in a workbook", () => {
  it("reads Excel tables named crmCustomers … with their sheet, header row and first column", async () => {
    const book = await readBook(await zhTableBook());
    const c = book.tables.customers!;
    expect(c).toMatchObject({ sheet: "客户", headerRow: 1, firstColumn: 0, headers: ["客户编号", "客户名称", "生日"] });
    expect(c.rows.map((r) => r[0])).toEqual(["C001", "C002", "C003", "C004"]);
    expect(book.tables.purchases!.rows).toHaveLength(9);
    expect(book.tables.followUps!.sheet).toBe("跟进记录");
  });

  it("finds plain ranges by sheet name, with the header below a title row and data not starting in column A", async () => {
    const book = await readBook(await enRangeBook());
    expect(book.tables.customers).toMatchObject({ sheet: "Customers", headerRow: 3, firstColumn: 0 });
    expect(book.tables.customers!.rows).toHaveLength(4);
    expect(book.tables.purchases).toMatchObject({ sheet: "Purchases", headerRow: 1, firstColumn: 1 });
  });

  it("adopts a customers sheet called Sheet1 by its headers, and tells purchases from follow-ups by theirs", async () => {
    const bytes = await buildXlsx([
      {
        name: "Sheet1",
        rows: [
          ["编号", "姓名"],
          ["C1", "张伟"],
        ],
      },
      {
        name: "Sheet2",
        rows: [
          ["客户编号", "日期", "金额"],
          ["C1", date("2026-01-02"), 100],
        ],
      },
      {
        name: "Sheet3",
        rows: [
          ["客户编号", "日期", "内容"],
          ["C1", date("2026-01-03"), "电话回访"],
        ],
      },
    ]);
    const book = await readBook(bytes);
    expect(book.tables.customers!.sheet).toBe("Sheet1");
    expect(book.tables.purchases!.sheet).toBe("Sheet2");
    expect(book.tables.followUps!.sheet).toBe("Sheet3");
  });

  it("prefers a table by its name over a sheet named like another table", async () => {
    const bytes = await buildXlsx([
      { name: "客户", rows: [["说明"], ["这张表已停用"]] },
      {
        name: "Data",
        table: "crmCustomers",
        rows: [
          ["客户编号", "客户名称"],
          ["C1", "张伟"],
        ],
      },
    ]);
    expect((await readBook(bytes)).tables.customers!.sheet).toBe("Data");
  });

  it("leaves out a table's totals row and the empty rows after the data", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("客户");
    ws.addTable({
      name: "crmCustomers",
      ref: "A1",
      totalsRow: true,
      columns: [{ name: "客户编号", totalsRowLabel: "合计" }, { name: "客户名称" }],
      rows: [
        ["C1", "张伟"],
        ["C2", "李娜"],
        [null, null],
      ],
    });
    const book = await readBook(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(book.tables.customers!.rows).toEqual([
      ["C1", "张伟"],
      ["C2", "李娜"],
    ]);
  });

  it("reads what Excel shows: formula results, rich text, hyperlink text, error values, and merged cells once", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("客户");
    ws.addRow(["客户编号", "客户名称", "备注", "电话"]);
    ws.addRow([
      { formula: '"C"&"1"', result: "C1" },
      { richText: [{ text: "张" }, { text: "伟", font: { bold: true } }] },
      { text: "主页", hyperlink: "https://example.com" },
      { error: "#N/A" },
    ]);
    ws.addRow(["C2", "李娜", "合并备注", null]);
    ws.mergeCells("C3:D3");
    const book = await readBook(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(book.tables.customers!.rows).toEqual([
      ["C1", "张伟", "主页", "#N/A"],
      ["C2", "李娜", "合并备注", null],
    ]);
  });

  it("keeps formula-like text as text", async () => {
    const typed = ['=HYPERLINK("http://evil","点我")', "+cmd|' /C calc'!A0", "@SUM(A1:A9)", "-2+3"];
    const bytes = await buildXlsx([
      { name: "客户", rows: [["客户编号", "客户名称"], ...typed.map((v, i) => [`C${i}`, v])] },
    ]);
    const rows = (await readBook(bytes)).tables.customers!.rows;
    expect(rows.map((r) => r[1])).toEqual(typed);
  });
});

describe("dates in both date systems", () => {
  it("reads a date in a 1904-system workbook as the calendar day Excel shows", async () => {
    const bytes = await buildXlsx(
      [
        {
          name: "客户",
          rows: [
            ["客户编号", "客户名称", "生日"],
            ["C1", "张伟", date("2026-03-05")],
          ],
        },
      ],
      { date1904: true },
    );
    // The file really holds the 1904 serial: 2026-03-05 is 44624 there (46086 in the 1900 system).
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).toMatch(/<c r="C2"[^>]*><v>44624<\/v>/);
    const book = await readBook(bytes);
    expect(book.date1904).toBe(true);
    expect(dayText(book, book.tables.customers!.rows[0][2])).toBe("2026-03-05");
  });

  it('reads date1904="true" (valid XML that exceljs ignores) without shifting dates by four years', async () => {
    const bytes = await patchXlsx(
      await buildXlsx([
        {
          name: "客户",
          rows: [
            ["客户编号", "客户名称", "生日", "建卡日期"],
            ["C1", "张伟", date("2026-03-05"), 1],
          ],
        },
      ]),
      async (zip) => {
        await editPart(zip, "xl/workbook.xml", (x) => x.replace(/<workbookPr\b/, '<workbookPr date1904="true"'));
        // Put the 1904 serial of 2026-03-05 in the date cell, and a bare number in another date column.
        await editPart(zip, "xl/worksheets/sheet1.xml", (x) =>
          x
            .replace(/(<c r="C2"[^>]*>)<v>[^<]*<\/v>/, "$1<v>44624</v>")
            .replace(/(<c r="D2"[^>]*>)<v>1<\/v>/, "$1<v>44624</v>"),
        );
      },
    );
    // exceljs on its own reads this cell as 2022-03-04.
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.load(bytes as never);
    expect((plain.worksheets[0].getCell("C2").value as Date).toISOString().slice(0, 10)).toBe("2022-03-04");

    const book = await readBook(bytes);
    const row = book.tables.customers!.rows[0];
    expect(book.date1904).toBe(true);
    expect(dayText(book, row[2])).toBe("2026-03-05");
    expect(dayText(book, row[3])).toBe("2026-03-05");
  });

  it("keeps Lotus's phantom 1900-02-29 out: early 1900-system serials read as Excel shows them", async () => {
    const bytes = await patchXlsx(
      await buildXlsx([
        {
          name: "客户",
          rows: [
            ["客户编号", "客户名称", "生日"],
            ["C1", "a", date("2026-01-01")],
            ["C2", "b", date("2026-01-01")],
            ["C3", "c", date("2026-01-01")],
          ],
        },
      ]),
      async (zip) =>
        editPart(zip, "xl/worksheets/sheet1.xml", (x) =>
          x
            .replace(/(<c r="C2"[^>]*>)<v>[^<]*<\/v>/, "$1<v>59</v>")
            .replace(/(<c r="C3"[^>]*>)<v>[^<]*<\/v>/, "$1<v>60</v>")
            .replace(/(<c r="C4"[^>]*>)<v>[^<]*<\/v>/, "$1<v>61</v>"),
        ),
    );
    const book = await readBook(bytes);
    expect(book.tables.customers!.rows.map((r) => dayText(book, r[2]))).toEqual([
      "1900-02-28",
      "invalid",
      "1900-03-01",
    ]);
  });
});

describe("valid files that exceljs cannot read on its own", () => {
  /** A customers table filtered by "Top 10" on the amount column, as Excel saves it. */
  async function filteredTableBook(): Promise<Uint8Array> {
    const base = await buildXlsx([
      {
        name: "客户",
        table: "crmCustomers",
        rows: [
          ["客户编号", "客户名称", "等级"],
          ["C1", "张伟", 3],
          ["C2", "李娜", 5],
        ],
      },
    ]);
    return patchXlsx(base, (zip) =>
      editPart(zip, "xl/tables/table1.xml", (x) =>
        x.replace(
          /<autoFilter ref="([^"]+)">[\s\S]*?<\/autoFilter>/,
          '<autoFilter ref="$1"><filterColumn colId="2"><top10 val="10" filterVal="3"/></filterColumn></autoFilter>',
        ),
      ),
    );
  }

  it("reads a table filtered by Top 10, which makes exceljs throw (exceljs#2972)", async () => {
    const bytes = await filteredTableBook();
    await expect(new ExcelJS.Workbook().xlsx.load(bytes as never)).rejects.toThrow(/Unexpected xml node/);
    const book = await readBook(bytes);
    expect(book.tables.customers).toMatchObject({ sheet: "客户", headers: ["客户编号", "客户名称", "等级"] });
    expect(book.tables.customers!.rows).toEqual([
      ["C1", "张伟", 3],
      ["C2", "李娜", 5],
    ]);
  });

  it("reads a sheet with a drawing whose namespace prefix is not xdr, which crashes exceljs (reading 'anchors', exceljs#2591)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("客户");
    ws.addRows([
      ["客户编号", "客户名称"],
      ["C1", "张伟"],
    ]);
    const png = Buffer.from(
      "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5e6c1e10000000049454e44ae426082",
      "hex",
    );
    ws.addImage(wb.addImage({ buffer: png as never, extension: "png" }), "D2:E4");
    const bytes = await patchXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), (zip) =>
      editPart(zip, "xl/drawings/drawing1.xml", (x) => x.replace(/xdr:/g, "ns0:").replace("xmlns:xdr=", "xmlns:ns0=")),
    );
    await expect(new ExcelJS.Workbook().xlsx.load(bytes as never)).rejects.toThrow(/anchors/);
    expect((await readBook(bytes)).tables.customers!.rows).toEqual([["C1", "张伟"]]);
  });

  it("reads parts written with a namespace prefix (<x:worksheet>, as the OpenXML SDK writes them)", async () => {
    const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const bytes = await patchXlsx(
      await buildXlsx([
        {
          name: "客户",
          rows: [
            ["客户编号", "客户名称"],
            ["C1", "张伟"],
          ],
        },
      ]),
      async (zip) => {
        for (const path of ["xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml"]) {
          await editPart(zip, path, (x) =>
            x.replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`).replace(/<(\/?)([A-Za-z]\w*)(?=[\s>/])/g, "<$1x:$2"),
          );
        }
      },
    );
    await expect(new ExcelJS.Workbook().xlsx.load(bytes as never)).rejects.toThrow();
    expect((await readBook(bytes)).tables.customers!.rows).toEqual([["C1", "张伟"]]);
  });

  it('reads ISO date cells (t="d") as dates, where exceljs gives the year as a number', async () => {
    const bytes = await patchXlsx(
      await buildXlsx([
        {
          name: "客户",
          rows: [
            ["客户编号", "客户名称", "生日"],
            ["C1", "张伟", 0],
          ],
        },
      ]),
      (zip) =>
        editPart(zip, "xl/worksheets/sheet1.xml", (x) =>
          x.replace(/<c r="C2"([^>]*)><v>0<\/v>/, '<c r="C2"$1 t="d"><v>1980-03-05T00:00:00</v>'),
        ),
    );
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.load(bytes as never);
    expect(plain.worksheets[0].getCell("C2").value).toBe(1980);
    const book = await readBook(bytes);
    expect(dayText(book, book.tables.customers!.rows[0][2])).toBe("1980-03-05");
  });

  // exceljs expands such a validation into a million cells (minutes and gigabytes); a hang fails on the timeout.
  it("reads a sheet with data validation over whole columns without expanding it cell by cell", async () => {
    const bytes = await patchXlsx(
      await buildXlsx([
        {
          name: "购买记录",
          rows: [
            ["客户编号", "日期", "金额", "回款状态"],
            ["C1", date("2026-01-02"), 5, "正常"],
          ],
        },
        {
          name: "客户",
          rows: [
            ["客户编号", "客户名称"],
            ["C1", "张伟"],
          ],
        },
      ]),
      (zip) =>
        editPart(zip, "xl/worksheets/sheet1.xml", (x) =>
          x.replace(
            "</sheetData>",
            '</sheetData><dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="D2:XFD1048576"><formula1>"正常,逾期"</formula1></dataValidation></dataValidations>',
          ),
        ),
    );
    const book = await readBook(bytes);
    expect(book.tables.purchases!.rows).toHaveLength(1);
  }, 120_000);
});

describe("files that are not usable workbooks", () => {
  it.each([
    ["a text file", new TextEncoder().encode("客户编号,客户名称\nC1,张伟\n"), "not-a-workbook"],
    [
      "an old .xls (OLE) file",
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      "legacy-or-encrypted",
    ],
    ["an empty file", new Uint8Array(), "not-a-workbook"],
  ])("rejects %s with a BookError", async (_label, bytes, code) => {
    await expect(readBook(bytes)).rejects.toMatchObject({ name: "BookError", code });
  });

  it("rejects a zip that is not a workbook", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    await expect(readBook(await zip.generateAsync({ type: "uint8array" }))).rejects.toMatchObject({
      code: "not-a-workbook",
    });
  });

  it("rejects a workbook without a customer sheet, with a message in each language", async () => {
    const bytes = await buildXlsx([
      {
        name: "Budget",
        rows: [
          ["Month", "Total"],
          ["Jan", 5],
        ],
      },
    ]);
    const error = await readBook(bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BookError);
    expect((error as BookError).code).toBe("no-customer-sheet");
    expect((error as BookError).messageIn("zh-CN")).toMatch(/客户/);
    expect((error as BookError).messageIn("en-US")).toMatch(/customer sheet/);
  });
});
