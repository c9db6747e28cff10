/**
 * Problems about where the data is (rather than what it says): a sheet named for a dataset that
 * lacks its ID column, or no customer sheet at all. The core reports everything inside a table.
 */
import type { Problem } from "../core/quality";
import type { Lang } from "../core/i18n";
import { TABLES, caption } from "../core/schema";
import { mapHeaders } from "../core/columns";
import type { Located } from "./locate";
import { sheetLang } from "./format";

export function locationProblems(located: Located, lang: Lang): Problem[] {
  const out: Problem[] = [];
  for (const u of located.unusable) {
    const def = TABLES[u.key];
    const cols = mapHeaders(def, u.headers);
    const inSheetLang = sheetLang(u.sheet, u.headers);
    for (const col of def.columns) {
      if (!col.required || cols.has(col.key)) continue;
      out.push({
        severity: "error",
        code: "column.missing",
        table: u.key,
        sheet: u.sheet,
        row: u.headerRow0 >= 0 ? u.headerRow0 + 1 : 1,
        column: caption(col, inSheetLang),
        params: {},
      });
    }
  }
  // No customer sheet is no problem where a purchases sheet is there: its customers are the book's (a ledger).
  if (!located.found.customers && !located.found.purchases && !located.unusable.some((u) => u.key === "customers")) {
    out.push({
      severity: "error",
      code: "table.missing",
      table: "customers",
      sheet: caption(TABLES.customers, lang),
      row: 1,
      column: "",
      params: {},
    });
  }
  return out;
}
