/**
 * A function's plain result → what a host shows. Excel with data types (CustomFunctionsRuntime
 * 1.4) gets entity cards and dates formatted as dates; older Excel, the workbench grid and the
 * CLI get the name and plain serials. Errors become the runtime's error object for Excel and
 * stay `ErrorValue`s elsewhere.
 */
import { type Card, type CardCell, type CardTable, isCard, isCardTable, isDateCell } from "./card";
import type { Result, ResultKind } from "./catalog";
import { type ErrorValue, excelError, isErrorValue } from "./runtime";

/** A value as a plain cell shows it (no data types): what the evaluator and the CLI return. */
export type PlainValue = string | number | boolean | (string | number | boolean)[][];
export type PlainResult = PlainValue | ErrorValue;

export const DATE_FORMAT = "yyyy-mm-dd";

export function toPlain(result: Result): PlainResult {
  if (isErrorValue(result)) return result;
  if (isCard(result)) return result.text;
  if (isDateCell(result)) return result.serial;
  return result;
}

export interface PresentOptions {
  /** Excel takes data-type values (entities, formatted numbers). */
  dataTypes: boolean;
}

/**
 * The value to hand to `invocation.setResult` in Excel. Errors become `CustomFunctions.Error`
 * (or its stand-in outside Excel), so a streaming function reports them like a thrown one.
 */
export function toExcel(kind: ResultKind, result: Result, opts: PresentOptions): unknown {
  if (isErrorValue(result)) return excelError(result);
  if (!opts.dataTypes) return toPlain(result);
  if (isCard(result)) return entityOf(result);
  if (kind === "date" && isDateCell(result))
    return { type: "Double", basicValue: result.serial, numberFormat: DATE_FORMAT };
  return result;
}

function cellValue(v: CardCell): Excel.CellValue {
  if (isDateCell(v))
    return { type: "Double", basicValue: v.serial, numberFormat: DATE_FORMAT } as Excel.DoubleCellValue;
  if (typeof v === "number") return { type: "Double", basicValue: v } as Excel.DoubleCellValue;
  if (typeof v === "boolean") return { type: "Boolean", basicValue: v } as Excel.BooleanCellValue;
  return { type: "String", basicValue: v } as Excel.StringCellValue;
}

function arrayOf(table: CardTable): Excel.ArrayCellValue {
  return {
    type: "Array",
    elements: [table.header.map((h) => cellValue(h)), ...table.rows.map((row) => row.map(cellValue))],
  } as Excel.ArrayCellValue;
}

/** The card as an entity: one property per field, laid out in the card's sections. */
export function entityOf(card: Card): Excel.EntityCellValue {
  const properties: Record<string, Excel.CellValue> = {};
  const sections: Excel.CardLayoutSection[] = [];
  for (const section of card.sections) {
    const names: string[] = [];
    for (const field of section.fields) {
      if (field.label in properties) continue;
      properties[field.label] = isCardTable(field.value) ? arrayOf(field.value) : cellValue(field.value);
      names.push(field.label);
    }
    if (names.length > 0) sections.push({ layout: "List", title: section.title, properties: names });
  }
  return {
    type: "Entity",
    text: card.text,
    properties,
    layouts: { card: { title: card.text, sections } },
  } as Excel.EntityCellValue;
}
