/** The core's own answer for the workbench's demo workbook: what the pane and the grid must agree with. */
import { type Analysis, analyze } from "../../src/core/analyze";
import { parseIsoDay } from "../../src/core/dates";
import type { Lang } from "../../src/core/i18n";
import type { RawBook, RawTable, TableKey } from "../../src/core/table";
import { demoBook } from "../../src/demo/demoBook";
import { AS_OF } from "./workbenchPage";

export function demoAnalysis(lang: Lang): Analysis {
  const asOf = parseIsoDay(AS_OF)!;
  const book = demoBook({ lang, asOf });
  const tables: Partial<Record<TableKey, RawTable>> = {};
  for (const table of Object.values(book.tables)) {
    tables[table.key] = { sheet: table.sheet, headerRow: 1, firstColumn: 0, headers: table.headers, rows: table.rows };
  }
  const raw: RawBook = { tables, date1904: false };
  return analyze(raw, { today: asOf, lang });
}
