/**
 * What a column map says aloud (SPEC 2a): two columns that could be the same field, a user's
 * choice naming a column the sheet lacks, and an absent field that changes the scoring — each at
 * the sheet's header row, as a warning naming its effect (a missing *required* field is the
 * reader's error, rows.ts).
 */
import type { RawTable } from "../table";
import type { Problem } from "../quality";
import { TABLES, caption } from "../schema";
import type { Lang } from "../i18n";
import type { ColumnMap } from "./match";

/** Optional fields whose absence changes scores: field → the problem code that names the effect. */
const EFFECTS: Partial<Record<string, Record<string, "column.noPaymentStatus">>> = {
  purchases: { paymentStatus: "column.noPaymentStatus" },
};

/** `usable`: false when the table is already refused for a missing required column (no effect to name then). */
export function columnProblems(map: ColumnMap, table: RawTable, lang: Lang, usable: boolean): Problem[] {
  const out: Problem[] = [];
  const at = (code: Problem["code"], severity: Problem["severity"], index: number | undefined, column: string, params: Problem["params"]) =>
    out.push({
      severity,
      code,
      table: map.table,
      sheet: table.sheet,
      row: table.headerRow,
      column,
      columnIndex: index === undefined ? undefined : table.firstColumn + index,
      params,
    });
  for (const col of TABLES[map.table].columns) {
    const f = map.fields[col.key];
    const name = caption(col, lang);
    if (f.chosenMissing !== undefined)
      at("column.choiceMissing", col.required ? "error" : "warning", undefined, f.chosenMissing, { field: name });
    if (f.index !== undefined && f.alternatives.length > 0)
      at("column.ambiguous", "warning", f.index, table.headers[f.index], {
        field: name,
        others: f.alternatives.map((i) => `“${table.headers[i]}”`).join(", "),
        table: map.table,
        key: col.key,
      });
    const effect = EFFECTS[map.table]?.[col.key];
    if (effect && usable && f.index === undefined && !(f.how === "user" && f.chosenMissing === undefined) && table.rows.length > 0)
      at(effect, "warning", undefined, name, {});
  }
  return out;
}
