/**
 * A rep's own workbook as they would have typed it before the add-in: plain ranges (no Excel
 * tables) under Chinese headers, a column of their own with a formula, a name with markup, an
 * amount typed as text, and a sheet the add-in has no business with. Plus a cell-by-cell reading
 * of any .xlsx, to compare a file before and after the add-in worked on it.
 */
import ExcelJS from "exceljs";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function userBookXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const customers = wb.addWorksheet("客户资料");
  customers.addRows([
    ["客户编号", "姓名", "电话", "我的备注", "名字长度"],
    ["K01", "张伟", "13800000001", "老客户", null],
    ["K02", "<b>李雷</b>", "13800000002", null, null],
    ["K03", "韩梅梅", "13800000003", "转介绍", null],
    ["K04", "王芳", "13800000004", null, null],
  ]);
  for (let r = 2; r <= 5; r++) customers.getCell(r, 5).value = { formula: `LEN(B${r})`, result: String(customers.getCell(r, 2).value).length };
  customers.getCell("A1").font = { bold: true };

  const purchases = wb.addWorksheet("购买记录");
  purchases.addRows([
    ["客户编号", "日期", "产品", "金额"],
    ["K01", day("2026-02-10"), "基金", 500000],
    ["K01", day("2026-01-15"), "理财", 300000],
    ["K02", day("2025-12-01"), "基金", 20000],
    ["K03", day("2026-02-20"), "保险", "¥1,200.50"],
    ["K03", day("2026-01-20"), "基金", 80000],
    ["K03", day("2025-11-20"), "基金", 90000],
    ["K99", day("2026-02-01"), "基金", 1000],
  ]);
  purchases.getColumn(2).numFmt = "yyyy-mm-dd";

  const followUps = wb.addWorksheet("跟进记录");
  followUps.addRows([
    ["客户编号", "日期", "方式", "内容"],
    ["K01", day("2026-03-01"), "拜访", "季度回顾"],
    ["K04", day("2026-02-11"), "电话", "问候"],
  ]);
  followUps.getColumn(2).numFmt = "yyyy-mm-dd";

  const notes = wb.addWorksheet("我的笔记");
  notes.addRows([
    ["本月目标", 2000000],
    ["备注", "=这不是公式"],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Every non-empty cell of every sheet as comparable text: "value" or "=formula → result". */
export async function cellsOf(bytes: Buffer | Uint8Array): Promise<Map<string, Map<string, string>>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const out = new Map<string, Map<string, string>>();
  wb.eachSheet((ws) => {
    const cells = new Map<string, string>();
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const text = show(cell.value);
        if (text !== "") cells.set(cell.address, text);
      }),
    );
    out.set(ws.name, cells);
  });
  return out;
}

function show(v: ExcelJS.CellValue): string {
  // An empty string shows as an empty cell; Excel and the in-memory workbook keep none.
  if (v === null || v === undefined || v === "") return "";
  if (v instanceof Date) return `date:${v.toISOString().slice(0, 10)}`;
  if (typeof v !== "object") return `${typeof v}:${String(v)}`;
  if ("formula" in v || "sharedFormula" in v) return `=${(v as ExcelJS.CellFormulaValue).formula} → ${show((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue)}`;
  if ("richText" in v) return `string:${v.richText.map((r) => r.text).join("")}`;
  if ("text" in v) return `string:${String(v.text)}`;
  if ("error" in v) return `error:${v.error}`;
  return JSON.stringify(v);
}
