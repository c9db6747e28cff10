/**
 * One sheet of the in-memory workbook resolved for drawing: values through their number formats,
 * fills and fonts with the conditional formats the add-in wrote applied on top, and the allowed
 * values of validation lists. Built once per change of the workbook, read per visible cell.
 */
import type { CellSnapshot, ConditionalFormatInfo, FakeExcel, ValidationInfo } from "../fake-excel";
import { parseAddress } from "../fake-excel/address";
import { formatText, isError } from "../fake-excel/values";
import { type RuleShape, type Scalar, ruleMatches } from "./conditional";
import { type CellView, type SheetModel, a1 } from "./sheetModel";
import { editText } from "./editText";

/** Empty rows and columns drawn past the used range, so the sheet reads as a sheet. */
const MARGIN_ROWS = 30;
const MARGIN_COLUMNS = 4;
const MIN_ROWS = 60;
const MIN_COLUMNS = 12;
/** Column widths fit their content within these bounds (CSS px); longer text is cut with "…". */
const MIN_WIDTH = 64;
const MAX_WIDTH = 260;
/** Rows sampled to size a column: enough to see typical content, cheap on a 10,000-row sheet. */
const WIDTH_SAMPLE_ROWS = 400;
/**
 * Excel's default table style (TableStyleMedium2): a blue header row and banded rows. Every table
 * is drawn with it; a cell's own fill or font still wins, as in Excel.
 */
const TABLE_STYLE = { headerFill: "#4472C4", headerFont: "#FFFFFF", bandFill: "#D9E1F2" };

interface Area {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

interface Rule extends RuleShape {
  area: Area;
  format: ConditionalFormatInfo["format"];
  stopIfTrue: boolean;
}

interface ListArea {
  area: Area;
  values: string[];
}

export function fakeSheetModel(fake: FakeExcel, sheet: string, date1904 = false): SheetModel {
  const cells = fake.workbook.cells(sheet);
  const rules = fake.workbook.conditionalFormatsOf(sheet).flatMap(toRule);
  const lists = fake.workbook.validationsOf(sheet).flatMap((v) => toList(v, fake));
  const sheetTables = fake.workbook.tablesInfo().filter((t) => t.sheet === sheet);
  const tables = sheetTables.map((t) => parseAddress(t.address).rect);
  const hiddenRows = new Set(sheetTables.flatMap((t) => t.hiddenRows ?? []));
  const used = { rows: cells.length, columns: cells.reduce((n, row) => Math.max(n, row.length), 0) };
  const read = (r: number, c: number): Scalar => cells[r]?.[c]?.value ?? "";
  const texts = new Map<string, string>();
  const textOf = (r: number, c: number, snap: CellSnapshot): string => {
    const key = `${r}:${c}`;
    let text = texts.get(key);
    if (text === undefined) {
      text = formatText(snap.value, snap.shownFormat ?? snap.numberFormat, date1904);
      texts.set(key, text);
    }
    return text;
  };
  const widths = Array.from({ length: used.columns }, (_, c) => {
    let units = 0;
    for (let r = 0; r < Math.min(cells.length, WIDTH_SAMPLE_ROWS); r++) {
      const snap = cells[r]?.[c];
      if (snap) units = Math.max(units, displayUnits(textOf(r, c, snap)));
    }
    return Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, units * 7.5 + 16)));
  });

  return {
    name: sheet,
    rowCount: Math.max(MIN_ROWS, used.rows + MARGIN_ROWS),
    columnCount: Math.max(MIN_COLUMNS, used.columns + MARGIN_COLUMNS),
    columnWidth: (c) => widths[c] ?? MIN_WIDTH,
    hiddenRows,
    cell(r, c): CellView | undefined {
      const snap = cells[r]?.[c];
      const list = lists.find((l) => inside(l.area, r, c))?.values;
      const table = tables.find((t) => inside(t, r, c));
      if (!snap && !list && !table) return undefined;
      const value = snap?.value ?? "";
      const conditional = value === "" ? undefined : matchingFormat(rules, value, r, c, read);
      const style = table && tableLook(table, r);
      return {
        text: snap ? textOf(r, c, snap) : "",
        formula: snap?.formula,
        edit: editText(snap, date1904),
        fill: conditional?.fill ?? snap?.fill ?? style?.fill,
        fontColor: conditional?.fontColor ?? snap?.fontColor ?? style?.fontColor,
        bold: conditional?.bold ?? snap?.bold ?? style?.bold,
        italic: conditional?.italic ?? snap?.italic,
        align: alignOf(value),
        list,
      };
    },
  };
}

function tableLook(table: Area, r: number): { fill?: string; fontColor?: string; bold?: boolean } {
  if (r === table.r0) return { fill: TABLE_STYLE.headerFill, fontColor: TABLE_STYLE.headerFont, bold: true };
  return (r - table.r0) % 2 === 1 ? { fill: TABLE_STYLE.bandFill } : {};
}

function toRule(cf: ConditionalFormatInfo): Rule[] {
  if (cf.type !== "CellValue" && cf.type !== "ContainsText" && cf.type !== "Custom") return [];
  // A rule's address may list several areas ("A2:A9, C2:C9"); each is anchored at its own corner.
  return cf.address.split(/\s*,\s*/).map((address) => {
    const area = parseAddress(address).rect;
    return { type: cf.type as RuleShape["type"], rule: cf.rule, anchor: { row: area.r0, column: area.c0 }, area, format: cf.format, stopIfTrue: cf.stopIfTrue };
  });
}

/** Excel applies the first matching rule (in priority order) for each format property. */
function matchingFormat(rules: Rule[], value: Scalar, r: number, c: number, read: (r: number, c: number) => Scalar): Rule["format"] | undefined {
  let out: Rule["format"] | undefined;
  for (const rule of rules) {
    if (!inside(rule.area, r, c) || !ruleMatches(rule, value, r, c, read)) continue;
    out = { ...rule.format, ...out };
    if (rule.stopIfTrue) break;
  }
  return out;
}

function toList(v: ValidationInfo, fake: FakeExcel): ListArea[] {
  const list = v.rule.list as { source?: unknown } | undefined;
  if (!list || typeof list.source !== "string") return [];
  const values = listValues(list.source, fake);
  return v.address.split(/\s*,\s*/).map((address) => ({ area: parseAddress(address).rect, values }));
}

/** A list's source: "a,b,c" or a reference to cells ("=Lists!$A$1:$A$6"). */
function listValues(source: string, fake: FakeExcel): string[] {
  if (!source.startsWith("=")) return source.split(",").map((s) => s.trim()).filter(Boolean);
  try {
    const { sheet, rect } = parseAddress(source);
    if (!sheet) return [];
    return fake.workbook
      .values(sheet, `${a1({ row: rect.r0, column: rect.c0 })}:${a1({ row: rect.r1, column: rect.c1 })}`)
      .flat()
      .map(String)
      .filter(Boolean);
  } catch {
    return [];
  }
}

function inside(a: Area, r: number, c: number): boolean {
  return r >= a.r0 && r <= a.r1 && c >= a.c0 && c <= a.c1;
}

function alignOf(value: Scalar): CellView["align"] {
  if (typeof value === "number") return "right";
  if (typeof value === "boolean" || isError(value)) return "center";
  return "left";
}

/** Width in "Latin character" units: CJK and full-width characters count twice. */
function displayUnits(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return n;
}
