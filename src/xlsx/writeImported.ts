/**
 * `import --out`: a copy of the workbook with an import's rows appended under the target table
 * (the Excel table grows over them) and the empty cells of existing customers filled — written
 * into the ORIGINAL package, as `score --out` is: only the target sheet's part, the styles part
 * (a date format for date cells) and the table's part change; every other part is copied byte for
 * byte. A cell is filled only if it is still empty. Text goes in as an inline string (a
 * formula-like `=HYPERLINK(…)` stays text), dates as serials under a date format. The input bytes
 * are not modified.
 */
import type { TableKey } from "../core/table";
import { TABLES } from "../core/schema";
import { mapHeaders } from "../core/columns";
import { isBlank } from "../core/parse/result";
import { serialFromDay } from "../core/dates";
import type { NewCell } from "../core/customer/newRows";
import type { MergePlan } from "../core/import/merge";
import { CannotKeep } from "./cannotKeep";
import type { CellRange } from "./a1";
import type { SheetChoices } from "../core/locate";
import { openSheetForEdit, rewriteTablePart, saveEdits } from "./packageEdit";
import type { CellContent, SheetEdits } from "./sheetXml";

const DATE_FORMAT = "yyyy-mm-dd";

export interface ImportWriteResult {
  bytes: Uint8Array;
  filled: number;
}

function contentOf(v: NewCell, date1904: boolean): CellContent {
  if (typeof v === "object") return { kind: "number", value: serialFromDay(v.day, date1904) };
  if (typeof v === "number") return { kind: "number", value: v };
  return v === "" ? { kind: "empty" } : { kind: "text", value: v };
}

export async function writeImported(bytes: ArrayBuffer | Uint8Array, plan: MergePlan, sheets: SheetChoices = {}): Promise<ImportWriteResult> {
  const input = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const opened = await openSheetForEdit(input, plan.table as TableKey, sheets);
  const { loaded, located: target, sheet, styles } = opened;
  const date1904 = loaded.facts.date1904;

  const { raw } = target;
  const cols = mapHeaders(TABLES[plan.table], raw.headers);
  const colOf = (field: string) => {
    const i = cols.get(field);
    return i === undefined ? undefined : raw.firstColumn + i;
  };
  const edits: SheetEdits = new Map();
  const put = (row: number, col: number, value: NewCell) => {
    const content = contentOf(value, date1904);
    if (content.kind === "empty") return;
    if (!edits.has(row)) edits.set(row, new Map());
    edits.get(row)!.set(col, { content, style: (s) => (typeof value === "object" ? styles.withFormat(s, DATE_FORMAT) : s) });
  };

  let filled = 0;
  for (const f of plan.fill) {
    const col = colOf(f.field);
    if (col === undefined || !isBlank(sheet.rows[f.row - 1]?.[col] ?? null)) continue;
    put(f.row, col, f.value);
    filled++;
  }

  // Appended under the last data row. A totals row would have to move: refused by name, not broken.
  if (target.table?.totalsRow && plan.append.length) throw new CannotKeep("customerPart");
  const lastData = target.table ? target.range.bottom + 1 : raw.headerRow + raw.rows.length;
  plan.append.forEach((row, k) => {
    for (const [field, value] of Object.entries(row)) {
      const col = colOf(field);
      if (col !== undefined && value !== undefined) put(lastData + 1 + k, col, value);
    }
  });

  saveEdits(opened, edits);
  if (target.table && plan.append.length) {
    // The table grown down over the appended rows: its ref and its filter.
    const range: CellRange = { ...target.range, bottom: target.range.bottom + plan.append.length };
    await rewriteTablePart(opened, range, range);
  }
  return { bytes: await opened.zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }), filled };
}
