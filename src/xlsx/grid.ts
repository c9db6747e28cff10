/**
 * A workbook as plain data: every sheet's values as a grid, and the Excel tables' places.
 * This is what an in-memory workbook (the workbench) loads, and what readBook searches for
 * the CRM tables.
 */
import ExcelJS from "exceljs";
import type { Cell } from "../core/table";
import type { PackageTable } from "./package";
import { type LoadedWorkbook, loadWorkbook } from "./loadWorkbook";
import { toCell } from "./cellValue";

export interface GridSheet {
  name: string;
  /** `rows[r][c]`: worksheet row r + 1, column c (A = 0). Rows are as long as their last value. */
  rows: Cell[][];
  /** False on a hidden sheet; undefined = visible. */
  visible?: boolean;
}

export type GridTable = PackageTable;

export interface GridBook {
  date1904: boolean;
  /** In workbook order. */
  sheets: GridSheet[];
  tables: GridTable[];
}

/** Reads an .xlsx file's bytes into a grid (works in Node and in the browser). */
export async function readGrid(bytes: ArrayBuffer | Uint8Array): Promise<GridBook> {
  return gridOf(await loadWorkbook(bytes));
}

export function gridOf({ workbook, facts }: LoadedWorkbook): GridBook {
  const sheets = facts.sheets.map(({ name, visible }) => {
    const ws = workbook.getWorksheet(name);
    const rows: Cell[][] = [];
    ws?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        // A merged area's other cells echo its first cell in exceljs; in Excel they are empty.
        if (cell.type === ExcelJS.ValueType.Merge) return;
        // A formula's value drops a falsy result (0, FALSE); the cell's own result keeps it.
        const value = toCell(cell.type === ExcelJS.ValueType.Formula ? { ...(cell.value as ExcelJS.CellFormulaValue), result: cell.result } : cell.value, facts.date1904, cell.formula);
        if (value === null) return;
        while (cells.length < col - 1) cells.push(null);
        cells[col - 1] = value;
      });
      if (cells.length > 0) {
        while (rows.length < rowNumber - 1) rows.push([]);
        rows[rowNumber - 1] = cells;
      }
    });
    return { name, rows, visible };
  });
  return { date1904: facts.date1904, sheets, tables: facts.tables };
}
