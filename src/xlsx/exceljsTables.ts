/**
 * Keeping Excel tables intact when a workbook is written back through exceljs (the import's
 * merged copy does; `score --out` no longer does, it edits the package itself).
 */
import type ExcelJS from "exceljs";
import { matchKey } from "../core/schema";
import type { LoadedWorkbook } from "./loadWorkbook";
import { formatRange } from "./a1";

/** The part of an exceljs table model read and written here. */
interface TableModel {
  name: string;
  displayName?: string;
  tableRef: string;
  autoFilterRef?: string;
  headerRow: boolean;
  totalsRow: boolean;
  columns: { name: string; filterButton?: boolean; totalsRowFunction?: string }[];
}

export function tableModels(ws: ExcelJS.Worksheet): TableModel[] {
  return ws.getTables().map((t) => (t as unknown as { table: TableModel }).table);
}

/**
 * exceljs reads a table without `headerRowCount` (Excel never writes it) as having no header
 * row, and filter buttons it was not told about as hidden; written back, every table would lose
 * its header and buttons. The package facts say what the file really holds.
 */
export function keepTablesAsWritten({ workbook, facts }: LoadedWorkbook): void {
  for (const ws of workbook.worksheets) {
    for (const model of tableModels(ws)) {
      const fact = facts.tables.find(
        (f) => f.sheet === ws.name && matchKey(f.name) === matchKey(model.displayName ?? model.name),
      );
      model.headerRow = fact?.headerRow ?? true;
      for (const c of model.columns) if (c.filterButton === undefined) c.filterButton = true;
      if (!model.autoFilterRef && fact) model.autoFilterRef = formatRange(filterRange(fact.range, fact.totalsRow));
    }
  }
}

function filterRange<R extends { bottom: number }>(range: R, totalsRow: boolean): R {
  return { ...range, bottom: range.bottom - (totalsRow ? 1 : 0) };
}
