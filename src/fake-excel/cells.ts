/** Reading a rectangle of cells as the 2-D arrays Office.js returns (values, formulas, text, formats, types). */
import { Rect, columnCount, rowCount } from "./address";
import type { Sheet } from "./grid";
import { CellValue, FormatKey, formatText, shownFormat, valueType } from "./values";
import type { WorkbookModel } from "./workbook-model";

export type MatrixKind = "values" | "formulas" | "text" | "numberFormat" | "valueTypes";

export function readMatrix(model: WorkbookModel, sheet: Sheet, area: Rect, kind: MatrixKind): unknown[][] {
  model.calculateIfNeeded();
  const rows = rowCount(area);
  const cols = columnCount(area);
  const out: unknown[][] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const r = area.r0 + i;
    const row = sheet.rows[r];
    const line: unknown[] = new Array(cols);
    for (let j = 0; j < cols; j++) {
      const c = area.c0 + j;
      const cell = row?.[c];
      const v: CellValue = cell?.v ?? "";
      switch (kind) {
        case "values":
          line[j] = v;
          break;
        case "formulas":
          line[j] = cell?.f ?? v;
          break;
        case "text":
          line[j] = formatText(v, shownFormat(sheet.effectiveFormat(r, c, "numberFormat"), cell), model.date1904);
          break;
        case "numberFormat":
          line[j] = sheet.effectiveFormat(r, c, "numberFormat");
          break;
        case "valueTypes":
          line[j] = valueType(v, cell?.text === true);
          break;
      }
    }
    out[i] = line;
  }
  return out;
}

const EXHAUSTIVE_LIMIT = 100_000;

/**
 * A format property over a range: the common value, or null when cells differ (as Office.js does).
 * Large ranges are judged from stored cells plus row/column formats, which is what can differ there.
 */
export function commonFormat(sheet: Sheet, area: Rect, key: FormatKey): unknown {
  let first: unknown;
  let seen = false;
  let mixed = false;
  const note = (v: unknown): void => {
    if (!seen) {
      first = v;
      seen = true;
    } else if (v !== first) mixed = true;
  };
  if (rowCount(area) * columnCount(area) <= EXHAUSTIVE_LIMIT) {
    for (let r = area.r0; r <= area.r1 && !mixed; r++)
      for (let c = area.c0; c <= area.c1 && !mixed; c++) note(sheet.effectiveFormat(r, c, key));
  } else {
    note(sheet.effectiveFormat(area.r0, area.c0, key));
    sheet.forEachCell(area, (_cell, r, c) => note(sheet.effectiveFormat(r, c, key)));
    for (const [c, f] of sheet.columnFormats) if (c >= area.c0 && c <= area.c1 && f[key] !== undefined) note(f[key]);
    for (const [r, f] of sheet.rowFormats) if (r >= area.r0 && r <= area.r1 && f[key] !== undefined) note(f[key]);
  }
  return mixed ? null : first;
}
