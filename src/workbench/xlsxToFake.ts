/**
 * A user's .xlsx file → the in-memory Excel: sheets in order, every cell's value (dates as serial
 * numbers, as Excel holds them), number formats, plain fills and font colours, formulas with the
 * result the file cached, the Excel tables, the names and the charts (chartPartsRead.ts). Read through the same robust loader as the CLI,
 * so any file the CLI reads opens here too.
 */
import ExcelJS from "exceljs";
import type JSZip from "jszip";
import { type FakeExcel, createFakeExcel } from "../fake-excel";
import type { CellFormat } from "../fake-excel";
import { loadWorkbook } from "../xlsx/loadWorkbook";
import { openPackage, partText, workbookPart } from "../xlsx/package";
import { readDefinedNames } from "../xlsx/definedNames";
import { formatRange } from "../xlsx/a1";
import { a1 } from "./sheetModel";
import type { FormulaResults } from "./session";
import { addCharts, readCharts } from "./chartPartsRead";

type Scalar = string | number | boolean;

const MS_PER_DAY = 86_400_000;
/** exceljs turns serials into Dates with these epochs; the inverse gives back the serial stored. */
const EPOCH_1900 = 25_569;
const EPOCH_1904 = 24_107;
const DEFAULT_DATE_FORMAT = "yyyy-mm-dd";

export interface LoadedFake {
  fake: FakeExcel;
  formulaResults: FormulaResults;
  date1904: boolean;
}

export async function xlsxToFake(bytes: ArrayBuffer | Uint8Array): Promise<LoadedFake> {
  const { workbook, facts } = await loadWorkbook(bytes);
  const fake = createFakeExcel({ sheets: [], date1904: facts.date1904 });
  const results = new Map<string, Scalar>();
  const textFormulas: Array<{ sheet: string; address: string; text: string }> = [];
  const user = fake.workbook.user;

  for (const { name } of facts.sheets) {
    user.addSheet(name);
    const ws = workbook.getWorksheet(name);
    if (!ws) continue;
    const values: (Scalar | null)[][] = [];
    const formats: (string | null)[][] = [];
    const looks: Array<{ address: string; format: CellFormat }> = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        // A merged area's other cells echo its first cell in exceljs; in Excel they are empty.
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const r = rowNumber - 1;
        const c = col - 1;
        const address = a1({ row: r, column: c });
        const { value, formula, numberFormat } = readCell(cell, facts.date1904);
        if (formula !== undefined) {
          put(values, r, c, formula);
          if (value !== null) results.set(`${name}!${address}`, value);
        } else if (typeof value === "string" && value.length > 1 && value.startsWith("=")) {
          // Text that looks like a formula (an import of "=HYPERLINK(…)") must stay text.
          textFormulas.push({ sheet: name, address, text: value });
        } else if (value !== null) {
          put(values, r, c, value);
        }
        if (numberFormat) put(formats, r, c, numberFormat);
        const look = lookOf(cell);
        if (look) looks.push({ address, format: look });
      });
    });
    if (values.length > 0) user.setValues(name, "A1", rectangular(values));
    if (formats.length > 0) user.setNumberFormat(name, "A1", rectangular(formats));
    for (const { address, format } of looks) user.setFormat(name, address, format);
  }

  await writeTextFormulas(fake, textFormulas);
  for (const table of facts.tables) {
    user.addTable(table.sheet, formatRange(table.range), table.name, table.headerRow);
  }
  const zip = await openPackage(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  await addNames(fake, zip);
  await addCharts(fake, await readCharts(zip));
  if (facts.sheets.length === 0) user.addSheet("Sheet1");
  user.select(facts.sheets[0]?.name ?? "Sheet1", "A1");
  return { fake, formulaResults: results, date1904: facts.date1904 };
}

interface ReadCell {
  value: Scalar | null;
  formula?: string;
  numberFormat?: string;
}

function readCell(cell: ExcelJS.Cell, date1904: boolean): ReadCell {
  const numFmt = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined;
  const v = cell.value;
  if (v instanceof Date) return { value: serialOf(v, date1904), numberFormat: numFmt ?? DEFAULT_DATE_FORMAT };
  if (v !== null && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
    const text = "formula" in v && v.formula ? v.formula : cell.formula;
    const result = v.result instanceof Date ? serialOf(v.result, date1904) : scalarOf(v.result as ExcelJS.CellValue);
    return { value: result, formula: `=${text}`, numberFormat: numFmt };
  }
  return { value: scalarOf(v), numberFormat: numFmt };
}

function scalarOf(v: ExcelJS.CellValue | undefined): Scalar | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return null;
  if ("richText" in v) return v.richText.map((r) => r.text).join("");
  if ("error" in v) return v.error;
  if ("hyperlink" in v) return scalarOf(v.text as ExcelJS.CellValue);
  return null;
}

function serialOf(d: Date, date1904: boolean): number {
  return d.getTime() / MS_PER_DAY + (date1904 ? EPOCH_1904 : EPOCH_1900);
}

/** Solid fills and explicit font colours as "#RRGGBB"; theme colours are left to the default. */
function lookOf(cell: ExcelJS.Cell): CellFormat | undefined {
  const out: CellFormat = {};
  const fill = cell.fill;
  if (fill?.type === "pattern" && fill.pattern === "solid" && fill.fgColor?.argb) out.fill = `#${fill.fgColor.argb.slice(-6)}`;
  const font = cell.font;
  if (font?.color?.argb) out.fontColor = `#${font.color.argb.slice(-6)}`;
  if (font?.bold) out.bold = true;
  if (font?.italic) out.italic = true;
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * The user API stores a string starting with "=" as a formula; Excel keeps such text as text when
 * the cell is text-formatted, so these few cells go in through Office.js with the "@" format.
 */
async function writeTextFormulas(fake: FakeExcel, cells: Array<{ sheet: string; address: string; text: string }>): Promise<void> {
  if (cells.length === 0) return;
  fake.install(globalThis);
  await Excel.run(async (ctx) => {
    for (const { sheet, address, text } of cells) {
      const range = ctx.workbook.worksheets.getItem(sheet).getRange(address);
      range.numberFormat = [["@"]];
      range.values = [[text]];
    }
    await ctx.sync();
  });
}

/**
 * The file's workbook-level names, hidden ones hidden: the add-in's records of its own columns and
 * sheets come back with the book. A name Excel would refuse (or one of its own `_xlnm.*`) is left
 * out rather than failing the open.
 */
async function addNames(fake: FakeExcel, zip: JSZip): Promise<void> {
  const xml = await partText(zip, await workbookPart(zip));
  const names = xml ? readDefinedNames(xml) : [];
  if (names.length === 0) return;
  fake.install(globalThis);
  for (const n of names) {
    await Excel.run(async (ctx) => {
      const item = ctx.workbook.names.add(n.name, `=${n.text}`, n.comment);
      if (n.hidden) item.visible = false;
      await ctx.sync();
    }).catch(() => undefined);
  }
}

function put<T>(grid: (T | null)[][], r: number, c: number, value: T): void {
  const row = (grid[r] ??= []);
  row[c] = value;
}

/** A dense rectangle (nulls where nothing is written) from the sparse rows. */
function rectangular<T>(grid: (T | null)[][]): (T | null)[][] {
  const width = grid.reduce((n, row) => Math.max(n, row?.length ?? 0), 0);
  return Array.from({ length: grid.length }, (_, r) => Array.from({ length: width }, (_, c) => grid[r]?.[c] ?? null));
}
