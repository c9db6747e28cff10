import ExcelJS from "exceljs";
import { detectEncoding, readListFile } from "./readList";
import { findListHeader } from "../core/import/header";

/** Encodes text as GB18030 by inverting the platform's decoder over the two-byte range (GBK). */
function gb18030(text: string): Uint8Array {
  const decoder = new TextDecoder("gb18030");
  const table = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [a, b]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else out.push(...table.get(ch)!);
  }
  return new Uint8Array(out);
}

const CSV = "客户编号,客户名称,备注\r\nC1,张伟,\"VIP, 老客户\"\r\nC2,王芳,=HYPERLINK(\"x\")\r\n";

describe("reading a list to import", () => {
  it("reads a GB18030 (GBK) CSV as Chinese text", async () => {
    const bytes = gb18030(CSV);
    expect(detectEncoding(bytes).encoding).toBe("gb18030");
    const list = await readListFile(bytes, "客户.csv");
    expect(list.rows).toEqual([
      ["客户编号", "客户名称", "备注"],
      ["C1", "张伟", "VIP, 老客户"],
      ["C2", "王芳", '=HYPERLINK("x")'],
    ]);
  });

  it("reads a UTF-8 CSV with a byte-order mark without the mark in the first header", async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(CSV)]);
    const list = await readListFile(bytes, "customers.csv");
    expect(list.encoding).toBe("utf-8-bom");
    expect(list.rows[0][0]).toBe("客户编号");
    expect(findListHeader(list.rows, "customers")?.headers).toEqual(["客户编号", "客户名称", "备注"]);
  });

  it("reads plain UTF-8 and keeps IDs with leading zeros as text", async () => {
    const list = await readListFile(new TextEncoder().encode("ID,Name\n007,Ann\n"), "a.csv");
    expect(list.encoding).toBe("utf-8");
    expect(list.rows).toEqual([["ID", "Name"], ["007", "Ann"]]);
  });

  it("reads an .xlsx whose header sits under a title row", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("名单");
    ws.addRow(["2026 年新客户名单"]);
    ws.addRow(["客户编号", "客户名称", "生日"]);
    ws.addRow(["C8", "李娜", new Date(Date.UTC(1990, 4, 6))]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const list = await readListFile(bytes, "名单.xlsx");
    const found = findListHeader(list.rows, "customers")!;
    expect(found.headerRow).toBe(2);
    expect(found.titleRows).toBe(1);
    expect(found.rows[0].slice(0, 2)).toEqual(["C8", "李娜"]);
  });
});
