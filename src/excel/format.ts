/**
 * How the add-in dresses its tables: the quadrant column's colours (conditional formats, so the
 * colour follows the value when the user sorts or edits), the computed columns' header style,
 * drop-down lists on the listed-value columns, and date/amount formats on the user's columns —
 * formats only, never values, and never over a format the user chose.
 */
import type { EnumValue } from "../core/schema";
import { type Lang, t } from "../core/i18n";
import { QUADRANTS } from "../core/strategy";
import { COMPUTED_HEADER, QUADRANT_COLORS } from "./palette";

/** Replaces the quadrant column's rules with one rule per quadrant (clearing first keeps reruns identical). */
export function queueQuadrantColors(range: Excel.Range): void {
  range.conditionalFormats.clearAll();
  for (const q of QUADRANTS) {
    const cf = range.conditionalFormats.add("CellValue");
    cf.cellValue.format.fill.color = QUADRANT_COLORS[q].fill;
    cf.cellValue.format.font.color = QUADRANT_COLORS[q].font;
    cf.cellValue.rule = { formula1: `="${q}"`, operator: "EqualTo" };
  }
}

/** The computed columns' headers stand out from the user's, so nobody types into them by mistake. */
export function queueComputedHeaderStyle(range: Excel.Range): void {
  range.format.fill.color = COMPUTED_HEADER.fill;
  range.format.font.color = COMPUTED_HEADER.font;
  range.format.font.bold = true;
}

/**
 * A drop-down of the listed values in the sheet's language. The alert is a warning, not a stop: a
 * value typed another way ("Visit" on a Chinese sheet) is still understood by the add-in, so it
 * must not be refused.
 */
export function queueListValidation(range: Excel.Range, values: readonly EnumValue[], lang: Lang): void {
  const source = values.map((v) => (lang === "zh-CN" ? v.zh : v.en)).join(",");
  range.dataValidation.rule = { list: { inCellDropDown: true, source } };
  range.dataValidation.errorAlert = {
    showAlert: true,
    style: "Warning",
    title: t(lang, "excel.validation.title"),
    message: t(lang, "excel.validation.message", { values: source }),
  };
}

/**
 * One number format for every cell of a range, sent as a single value: Office.js applies a single
 * value set on `numberFormat` (like `values` and `formulas`) to all cells of the range (ExcelApi
 * 1.1: "If the argument is a single value, it will be applied to all cells in the range"), so a
 * column of 200,000 rows costs one short command, not a 200,000-row matrix. The typings only
 * declare the 2-D form.
 */
export function setUniformNumberFormat(range: Excel.Range, format: string): void {
  (range as unknown as { numberFormat: string }).numberFormat = format;
}

/** Whether a cell's number format is Excel's default (the user has not chosen one). */
export function isGeneral(format: unknown): boolean {
  return format === null || format === undefined || format === "" || String(format).toLowerCase() === "general";
}

/**
 * `format` on the cells still General, the user's formats kept; null when nothing would change
 * (so a rerun sends nothing).
 */
export function formatsWhereGeneral(current: readonly (readonly unknown[])[], format: string): string[][] | null {
  let changed = false;
  const next = current.map((row) =>
    row.map((f) => {
      if (!isGeneral(f)) return String(f);
      changed = true;
      return format;
    }),
  );
  return changed ? next : null;
}

/** The language a sheet is written in: Chinese when its name or headers are. */
export function sheetLang(sheet: string, headers: readonly string[]): Lang {
  return /[\u3400-\u9fff]/.test(sheet + headers.join("")) ? "zh-CN" : "en-US";
}
