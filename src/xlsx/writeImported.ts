/**
 * `import --out`: a copy of the workbook with an import's rows appended under the target table
 * (the Excel table grows to hold them) and the empty cells of existing customers filled. Nothing
 * else is written; a cell is filled only if it is still empty. Text goes in as text (a formula-like
 * `=HYPERLINK(…)` stays a string), dates as dates. The input bytes are not modified.
 */
import ExcelJS from "exceljs";
import type { TableKey } from "../core/table";
import { TABLES } from "../core/schema";
import { mapHeaders } from "../core/columns";
import { isBlank } from "../core/parse/result";
import type { NewCell } from "../core/customer/newRows";
import type { MergePlan } from "../core/import/merge";
import { BookError } from "./bookError";
import { loadWorkbook } from "./loadWorkbook";
import { gridOf } from "./grid";
import { locateTables } from "./locate";
import { formatRange } from "./a1";
import { keepTablesAsWritten, tableModels } from "./exceljsTables";
import { matchKey } from "../core/schema";

const MS_PER_DAY = 86_400_000;

function cellValue(v: NewCell | undefined): ExcelJS.CellValue {
  if (v === undefined || v === "") return null;
  if (typeof v === "object") return new Date(v.day * MS_PER_DAY);
  return v;
}

export interface ImportWriteResult {
  bytes: Uint8Array;
  filled: number;
}

export async function writeImported(bytes: ArrayBuffer | Uint8Array, plan: MergePlan): Promise<ImportWriteResult> {
  const loaded = await loadWorkbook(bytes);
  const grid = gridOf(loaded);
  const target = locateTables(grid)[plan.table as TableKey];
  const ws = target && loaded.workbook.getWorksheet(target.raw.sheet);
  if (!target || !ws) throw new BookError("no-customer-sheet");
  keepTablesAsWritten(loaded);
  const { raw } = target;
  const cols = mapHeaders(TABLES[plan.table], raw.headers);
  const at = (field: string) => {
    const i = cols.get(field);
    return i === undefined ? undefined : raw.firstColumn + i + 1;
  };

  let filled = 0;
  for (const f of plan.fill) {
    const col = at(f.field);
    if (col === undefined) continue;
    const cell = ws.getCell(f.row, col);
    if (!isBlank(cell.value as never)) continue;
    cell.value = cellValue(f.value);
    if (typeof f.value === "object") cell.numFmt = "yyyy-mm-dd";
    filled++;
  }

  // Appended under the last data row; a totals row, if any, moves down with the table's end.
  const totals = target.table?.totalsRow ? 1 : 0;
  const lastData = target.table ? target.range.bottom + 1 - totals : raw.headerRow + raw.rows.length;
  if (totals && plan.append.length) ws.spliceRows(lastData + 1, 0, ...plan.append.map(() => []));
  plan.append.forEach((row, k) => {
    for (const [field, value] of Object.entries(row)) {
      const col = at(field);
      if (col === undefined || value === undefined || value === "") continue;
      const cell = ws.getCell(lastData + 1 + k, col);
      cell.value = cellValue(value);
      if (typeof value === "object") cell.numFmt = "yyyy-mm-dd";
    }
  });
  if (target.table && plan.append.length) {
    const model = tableModels(ws).find((m) => matchKey(m.displayName ?? m.name) === matchKey(target.table!.name));
    if (model) {
      const range = { ...target.range, bottom: target.range.bottom + plan.append.length };
      model.tableRef = formatRange(range);
      model.autoFilterRef = formatRange({ ...range, bottom: range.bottom - totals });
    }
  }
  return { bytes: new Uint8Array(await loaded.workbook.xlsx.writeBuffer()), filled };
}
