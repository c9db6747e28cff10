/**
 * The in-memory workbook → an .xlsx file to download: every sheet's values, formulas (with their
 * current results), number formats, fills and fonts, the Excel tables, the quadrant colours
 * (conditional formats), the drop-down lists and the charts (chartParts.ts) — so what the add-in
 * did survives in real Excel.
 */
import ExcelJS from "exceljs";
import type { CellSnapshot, ConditionalFormatInfo, FakeExcel, ValidationInfo } from "../fake-excel";
import { isError } from "../fake-excel/values";
import { a1 } from "./sheetModel";
import JSZip from "jszip";
import { type DefinedName, withDefinedNames } from "../xlsx/definedNames";
import { writeCharts } from "./chartParts";

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = 25_569;
const EPOCH_1904 = 24_107;
/** Date formats hold serials that exceljs must write as dates, or Excel would show bare numbers. */
const DATE_FORMAT = /[dy]/i;

const OPERATORS: Record<string, string> = {
  EqualTo: "equal",
  NotEqualTo: "notEqual",
  GreaterThan: "greaterThan",
  GreaterThanOrEqual: "greaterThanOrEqual",
  LessThan: "lessThan",
  LessThanOrEqual: "lessThanOrEqual",
  Between: "between",
  NotBetween: "notBetween",
};

const TEXT_OPERATORS: Record<string, string> = { Contains: "containsText", NotContains: "notContains", BeginsWith: "beginsWith", EndsWith: "endsWith" };

export async function fakeToXlsx(fake: FakeExcel, date1904 = false): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  const tables = fake.workbook.tablesInfo();
  for (const name of fake.workbook.sheetNames()) {
    const ws = wb.addWorksheet(name);
    const cells = fake.workbook.cells(name);
    const valueOf = (snap: CellSnapshot): ExcelJS.CellValue => cellValue(snap, date1904);
    cells.forEach((row, r) =>
      row.forEach((snap, c) => {
        if (snap.value === "" && snap.formula === undefined && !snap.fill && !snap.fontColor && !snap.numberFormat && !snap.bold && !snap.italic) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = valueOf(snap);
      }),
    );
    for (const t of tables.filter((x) => x.sheet === name)) addTable(ws, t.name, t.address, t.headers, t.rowCount, t.style, cells, valueOf);
    // Formats after the tables: exceljs rewrites the cells a table covers.
    cells.forEach((row, r) => row.forEach((snap, c) => applyLook(ws.getCell(r + 1, c + 1), snap)));
    for (const cf of fake.workbook.conditionalFormatsOf(name)) addConditionalFormat(ws, cf);
    for (const v of fake.workbook.validationsOf(name)) addValidation(ws, v);
  }
  return finishPackage(new Uint8Array(await wb.xlsx.writeBuffer()), fake);
}

/** What exceljs cannot write goes into its package afterwards: the charts and the hidden names. */
async function finishPackage(bytes: Uint8Array, fake: FakeExcel): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await writeCharts(zip, fake);
  await withNames(zip, fake);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/**
 * The workbook's names go into the file as they are (hidden ones hidden): the add-in's records of
 * its own columns and sheets (`crmColumn_*`, `crmSheet_*`) and of the last refresh survive the
 * download, so the file opened again is refreshed in place. exceljs cannot write a hidden name,
 * so `xl/workbook.xml` is edited after it. A name that lost its cells (#REF!) is left out.
 */
async function withNames(zip: JSZip, fake: FakeExcel): Promise<void> {
  const names: DefinedName[] = fake.workbook
    .namesInfo()
    .filter((n) => !n.formula.includes("#REF!"))
    .map((n) => ({ name: n.name, text: n.formula, hidden: !n.visible, comment: n.comment || undefined }));
  const part = zip.file("xl/workbook.xml");
  if (names.length === 0 || !part) return;
  zip.file("xl/workbook.xml", withDefinedNames(await part.async("string"), names));
}

function cellValue(snap: CellSnapshot, date1904: boolean): ExcelJS.CellValue {
  const result = typeof snap.value === "number" && snap.numberFormat && DATE_FORMAT.test(snap.numberFormat) ? dateOf(snap.value, date1904) : snap.value;
  if (snap.formula !== undefined) return { formula: snap.formula.replace(/^=/, ""), result } as ExcelJS.CellFormulaValue;
  if (typeof result === "string" && isError(result)) return { error: result } as ExcelJS.CellErrorValue;
  return result === "" ? null : result;
}

function dateOf(serial: number, date1904: boolean): Date {
  return new Date((serial - (date1904 ? EPOCH_1904 : EPOCH_1900)) * MS_PER_DAY);
}

function applyLook(cell: ExcelJS.Cell, snap: CellSnapshot): void {
  if (snap.numberFormat) cell.numFmt = snap.numberFormat;
  if (snap.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(snap.fill) } };
  if (snap.fontColor || snap.bold || snap.italic) {
    cell.font = { ...(snap.fontColor ? { color: { argb: argb(snap.fontColor) } } : {}), bold: snap.bold, italic: snap.italic };
  }
}

function addTable(
  ws: ExcelJS.Worksheet,
  name: string,
  address: string,
  headers: string[],
  rowCount: number,
  style: string,
  cells: CellSnapshot[][],
  valueOf: (snap: CellSnapshot) => ExcelJS.CellValue,
): void {
  const topLeft = address.split("!").pop()!.split(":")[0].replace(/\$/g, "");
  const m = /^([A-Z]+)(\d+)$/.exec(topLeft);
  if (!m) return;
  const r0 = Number(m[2]) - 1;
  const c0 = letterIndex(m[1]);
  const rows = Array.from({ length: Math.max(1, rowCount) }, (_, i) =>
    headers.map((_h, j) => {
      const snap = cells[r0 + 1 + i]?.[c0 + j];
      return snap ? valueOf(snap) : null;
    }),
  );
  ws.addTable({
    name,
    ref: a1({ row: r0, column: c0 }),
    headerRow: true,
    style: { theme: (style || "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: headers.map((h) => ({ name: h, filterButton: true })),
    rows,
  });
}

function addConditionalFormat(ws: ExcelJS.Worksheet, cf: ConditionalFormatInfo): void {
  const style: Partial<ExcelJS.Style> = {};
  if (cf.format.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.format.fill) } };
  if (cf.format.fontColor || cf.format.bold || cf.format.italic) {
    style.font = { ...(cf.format.fontColor ? { color: { argb: argb(cf.format.fontColor) } } : {}), bold: cf.format.bold, italic: cf.format.italic };
  }
  const strip = (f: string | undefined) => (f ?? "").replace(/^=/, "");
  let rule: ExcelJS.ConditionalFormattingRule | undefined;
  if (cf.type === "CellValue" && OPERATORS[cf.rule.operator]) {
    const formulae = [strip(cf.rule.formula1), ...(cf.rule.formula2 ? [strip(cf.rule.formula2)] : [])];
    rule = { type: "cellIs", operator: OPERATORS[cf.rule.operator], formulae, style, priority: cf.priority + 1 } as ExcelJS.CellIsRuleType;
  } else if (cf.type === "Custom") {
    rule = { type: "expression", formulae: [strip(cf.rule.formula)], style, priority: cf.priority + 1 } as ExcelJS.ExpressionRuleType;
  } else if (cf.type === "ContainsText" && TEXT_OPERATORS[cf.rule.operator]) {
    rule = { type: "containsText", operator: TEXT_OPERATORS[cf.rule.operator], text: cf.rule.text, style, priority: cf.priority + 1 } as ExcelJS.ContainsTextRuleType;
  }
  if (rule) ws.addConditionalFormatting({ ref: cf.address.replace(/\s*,\s*/g, " "), rules: [rule] });
}

function addValidation(ws: ExcelJS.Worksheet, v: ValidationInfo): void {
  const list = v.rule.list as { source?: unknown } | undefined;
  if (!list || typeof list.source !== "string") return;
  const source = list.source.startsWith("=") ? list.source.slice(1) : `"${list.source}"`;
  const validations = (ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const ref of v.address.split(/\s*,\s*/)) {
    validations.add(ref, {
      type: "list",
      allowBlank: v.ignoreBlanks,
      formulae: [source],
      showErrorMessage: v.errorAlert.showAlert,
      errorStyle: v.errorAlert.style.toLowerCase(),
      errorTitle: v.errorAlert.title,
      error: v.errorAlert.message,
    });
  }
}

function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

function letterIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
