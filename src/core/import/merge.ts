/**
 * Merging an imported list into one of the workbook's tables (SPEC 8 `import`): each list row is
 * read through the table's schema, then
 *   - customers: a new ID is appended; an existing customer only gets its empty cells filled, and
 *     a cell that differs is a conflict listed for the user (never overwritten silently);
 *   - records (follow-ups, purchases, assets, policies): appended when their customer exists and
 *     they are not already in the workbook (re-importing the same list adds nothing).
 * Every list row not imported is in `skipped`, with its row number in the list and why.
 * Pure: the hosts write the result (the pane through Excel, the CLI into an .xlsx copy).
 */
import type { LinkedBook } from "../book";
import type { Cell, TableKey } from "../table";
import { TABLES, type ColumnDef, caption, matchEnum } from "../schema";
import { parseId } from "../parse/id";
import { parseAmount } from "../parse/amount";
import { parseDate } from "../parse/date";
import { isBlank } from "../parse/result";
import { show } from "../rows";
import type { NewCell, NewRow } from "../customer/newRows";
import { type Lang, t } from "../i18n";
import { enumByMeaning } from "../columns";

function roundMoney(x: number): number {
  return Number(x.toFixed(6));
}

/** The list as read from the file: its header captions and rows, and where its header sits. */
export interface ImportedList {
  headers: string[];
  rows: Cell[][];
  /** 1-based row (line) number of the header in the file; data row i is on headerRow + 1 + i. */
  headerRow: number;
  /** Rows above the header that were skipped (a title), for the report. */
  titleRows?: number;
}

export type SkipReason =
  | { code: "missingId" }
  | { code: "duplicateInList"; firstRow: number }
  | { code: "missing"; field: string }
  | { code: "invalid"; field: string; value: string }
  | { code: "unknownCustomer"; id: string }
  | { code: "alreadyThere"; sheetRow: number };

export interface Skipped {
  row: number;
  reason: SkipReason;
}

/** An optional cell the list could not read: the row is imported with that cell left empty. */
export interface Blanked {
  /** Row in the list (as `Skipped.row`), the field and the value as written. */
  row: number;
  field: string;
  value: string;
}

export interface Fill {
  /** Worksheet row of the existing customer, its ID, the field and the value to put in the empty cell. */
  row: number;
  id: string;
  field: string;
  value: NewCell;
}

export interface Conflict extends Fill {
  /** The list row it came from and the value the workbook has now (as shown). */
  listRow: number;
  current: string;
  incoming: string;
}

export interface MergePlan {
  table: TableKey;
  append: NewRow[];
  /** List row of each appended row (same order). */
  appendFrom: number[];
  fill: Fill[];
  conflicts: Conflict[];
  skipped: Skipped[];
  /** Optional cells left empty because they could not be read (the rows are imported; SPEC: an unreadable optional cell is ignored with a warning). */
  blanked: Blanked[];
  /** List columns matched to a field the workbook's table has no column for: not imported (said, not dropped silently). */
  ignoredColumns: string[];
}

/** Reads one list cell as the field's value: a day, a number, an enum caption in the book's language, or text. */
function readValue(col: ColumnDef, cell: Cell, date1904: boolean, lang: Lang, multiplier = 1): { ok: true; value: NewCell } | { ok: false } {
  switch (col.kind) {
    case "date": {
      const p = parseDate(cell, date1904);
      return p.ok ? { ok: true, value: { day: p.value.day } } : { ok: false };
    }
    case "amount": {
      const p = parseAmount(cell);
      // A caption's unit (金额(万元)) scales the cells; the workbook gets the amount itself.
      return p.ok ? { ok: true, value: roundMoney(p.value.value * multiplier) } : { ok: false };
    }
    case "number": {
      const n = typeof cell === "number" ? cell : Number(show(cell).normalize("NFKC").trim());
      return Number.isFinite(n) ? { ok: true, value: n } : { ok: false };
    }
    case "enum": {
      const text = show(cell).trim();
      const v = matchEnum(col.values ?? [], text) ?? enumByMeaning(col.values ?? [], text);
      // A value not on the list is kept as typed: the workbook reports it at its cell, as it would a typed one.
      return { ok: true, value: v ? caption(v, lang) : text };
    }
    default:
      return { ok: true, value: show(cell).trim() };
  }
}

/** How a value compares with what a cell holds: numbers by value, days by day, text after trimming. */
function sameValue(col: ColumnDef, current: Cell, incoming: NewCell, date1904: boolean): boolean {
  if (typeof incoming === "object") {
    const p = parseDate(current, date1904);
    return p.ok && p.value.day === incoming.day;
  }
  if (typeof incoming === "number") {
    const p = parseAmount(current);
    return p.ok && p.value.value === incoming;
  }
  if (col.kind === "enum") {
    const a = matchEnum(col.values ?? [], show(current).trim());
    const b = matchEnum(col.values ?? [], incoming);
    if (a && b) return a.key === b.key;
  }
  return show(current).trim().normalize("NFKC") === incoming.trim().normalize("NFKC");
}

/** A list cell as the import will write it (for the preview): a day as 2026-03-05, an amount converted by its unit; `ok: false` when unreadable. */
export function importedText(col: ColumnDef, cell: Cell, date1904: boolean, lang: Lang, multiplier = 1): { ok: boolean; text: string } {
  if (isBlank(cell)) return { ok: true, text: "" };
  const v = readValue(col, cell, date1904, lang, multiplier);
  if (!v.ok) return { ok: false, text: show(cell) };
  return { ok: true, text: typeof v.value === "number" ? new Intl.NumberFormat(lang, { maximumFractionDigits: 6 }).format(v.value) : showNew(v.value) };
}

export function showNew(v: NewCell): string {
  if (typeof v === "object") return formatIso(v.day);
  return String(v);
}

function formatIso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** `multipliers`: field → the unit its list caption names (`金额(万元)` → 10,000), from the column map. */
export function planImport(
  book: LinkedBook,
  table: TableKey,
  list: ImportedList,
  listColumns: Map<string, number>,
  lang: Lang,
  multipliers: Record<string, number> = {},
): MergePlan {
  let columns = listColumns;
  const def = TABLES[table];
  const plan: MergePlan = { table, append: [], appendFrom: [], fill: [], conflicts: [], skipped: [], blanked: [], ignoredColumns: [] };
  const seen = new Map<string, number>();
  const existing = book.tables[table];
  // Without the table at all the write itself refuses, naming it; with it, only its columns are written.
  const kept = new Map([...columns].filter(([field]) => !existing || existing.cols.has(field)));
  plan.ignoredColumns = [...columns].filter(([field]) => !kept.has(field)).map(([, i]) => list.headers[i] ?? "");
  columns = kept;
  // A record is "already there" when an existing one agrees on every field the list provides.
  const fields = [...columns.keys()].filter((k) => k !== "id").sort();
  const recordKeys = table === "customers" ? undefined : existingRecordKeys(book, table, fields, lang);

  list.rows.forEach((cells, i) => {
    const listRow = list.headerRow + 1 + i;
    const skip = (reason: SkipReason) => plan.skipped.push({ row: listRow, reason });
    if (cells.every(isBlank)) return; // an empty line is no record (CSV files often end with some)
    const idCol = columns.get("id");
    const id = idCol === undefined ? undefined : parseId(cells[idCol] ?? null);
    if (!id || !id.ok) return skip({ code: "missingId" });

    const row: NewRow = {};
    const rowBlanks: Blanked[] = [];
    for (const col of def.columns) {
      const at = columns.get(col.key);
      const cell = at === undefined ? null : (cells[at] ?? null);
      if (isBlank(cell)) {
        if (col.required) return skip({ code: "missing", field: col.key });
        continue;
      }
      if (col.key === "id") {
        row.id = id.value.text;
        continue;
      }
      const v = readValue(col, cell, book.date1904, lang, multipliers[col.key]);
      if (v.ok) row[col.key] = v.value;
      // A required field decides whether the row means anything; an optional one only costs its cell.
      else if (col.required) return skip({ code: "invalid", field: col.key, value: show(cell) });
      else rowBlanks.push({ row: listRow, field: col.key, value: show(cell) });
    }
    // Counted only for rows that are imported (a row skipped later has its own reason).
    const keep = () => plan.blanked.push(...rowBlanks);

    if (table === "customers") {
      const first = seen.get(id.value.key);
      if (first !== undefined) return skip({ code: "duplicateInList", firstRow: first });
      seen.set(id.value.key, listRow);
      const index = book.byKey.get(id.value.key);
      keep();
      if (index === undefined) {
        plan.append.push(row);
        plan.appendFrom.push(listRow);
        return;
      }
      const c = book.customers[index];
      for (const col of def.columns) {
        const incoming = row[col.key];
        const at = existing?.cols.get(col.key);
        if (col.key === "id" || incoming === undefined || at === undefined) continue;
        const current = c.cells[at] ?? null;
        if (isBlank(current)) plan.fill.push({ row: c.row, id: c.id, field: col.key, value: incoming });
        else if (!sameValue(col, current, incoming, book.date1904)) {
          plan.conflicts.push({ row: c.row, id: c.id, field: col.key, value: incoming, listRow, current: show(current), incoming: showNew(incoming) });
        }
      }
      return;
    }

    const index = book.byKey.get(id.value.key);
    if (index === undefined) return skip({ code: "unknownCustomer", id: id.value.text });
    row.id = book.customers[index].id;
    const key = recordKey(id.value.key, row, fields);
    const there = recordKeys!.get(key);
    if (there !== undefined) return skip({ code: "alreadyThere", sheetRow: there });
    const first = seen.get(key);
    if (first !== undefined) return skip({ code: "duplicateInList", firstRow: first });
    seen.set(key, listRow);
    keep();
    plan.append.push(row);
    plan.appendFrom.push(listRow);
  });
  return plan;
}

/** A record's identity for "already imported": its customer and the values of the given fields. */
function recordKey(customerKey: string, row: NewRow, fields: readonly string[]): string {
  return [customerKey, ...fields.map((k) => `${k}=${normalized(row[k])}`)].join("\u0001");
}

function normalized(v: NewCell | undefined): string {
  if (v === undefined) return "";
  if (typeof v === "object") return `d${v.day}`;
  if (typeof v === "number") return `n${v}`;
  return v.trim().normalize("NFKC");
}

/** The records already in the workbook, keyed as `recordKey` keys a list row, with their sheet row. */
function existingRecordKeys(book: LinkedBook, table: TableKey, fields: readonly string[], lang: Lang): Map<string, number> {
  const out = new Map<string, number>();
  const t = book.tables[table];
  if (!t) return out;
  const def = TABLES[table];
  t.table.rows.forEach((cells, i) => {
    const idCol = t.cols.get("id");
    const id = idCol === undefined ? undefined : parseId(cells[idCol] ?? null);
    if (!id || !id.ok) return;
    const row: NewRow = {};
    for (const col of def.columns) {
      const at = t.cols.get(col.key);
      if (col.key === "id" || at === undefined || isBlank(cells[at])) continue;
      const v = readValue(col, cells[at], book.date1904, lang);
      if (v.ok) row[col.key] = v.value;
    }
    const key = recordKey(id.value.key, row, fields);
    if (!out.has(key)) out.set(key, t.table.headerRow + 1 + i);
  });
  return out;
}

/** The report of SPEC 8: `{ added, filled, conflicts, skipped: [{ row, reason }] }`, reasons in the user's language. */
export interface ImportReport {
  added: number;
  filled: number;
  /** The empty cells the import fills: the customer, the workbook row, the column and the value. */
  fills: { id: string; row: number; column: string; value: string }[];
  conflicts: { id: string; row: number; listRow: number; column: string; current: string; incoming: string }[];
  skipped: { row: number; reason: string }[];
  /** Optional cells left empty (unreadable), each as a sentence naming the list row, column and value. */
  blanked: { row: number; column: string; value: string; warning: string }[];
  ignoredColumns: string[];
}

export function importReport(plan: MergePlan, lang: Lang, filled = plan.fill.length): ImportReport {
  const field = (key: string) => caption(TABLES[plan.table].columns.find((c) => c.key === key)!, lang);
  return {
    added: plan.append.length,
    filled,
    fills: plan.fill.map((f) => ({ id: f.id, row: f.row, column: field(f.field), value: showNew(f.value) })),
    conflicts: plan.conflicts.map((c) => ({ id: c.id, row: c.row, listRow: c.listRow, column: field(c.field), current: c.current, incoming: c.incoming })),
    skipped: plan.skipped.map((s) => ({ row: s.row, reason: skipText(s.reason, plan.table, lang) })),
    blanked: plan.blanked.map((b) => ({ row: b.row, column: field(b.field), value: b.value, warning: blankedText(b, plan.table, lang) })),
    ignoredColumns: plan.ignoredColumns,
  };
}

export function skipText(r: SkipReason, table: TableKey, lang: Lang): string {
  const field = (key: string) => caption(TABLES[table].columns.find((c) => c.key === key)!, lang);
  switch (r.code) {
    case "missingId":
      return t(lang, "import.skip.missingId");
    case "duplicateInList":
      return t(lang, "import.skip.duplicateInList", { row: r.firstRow });
    case "missing":
      return t(lang, "import.skip.missing", { field: field(r.field) });
    case "invalid":
      return t(lang, "import.skip.invalid", { field: field(r.field), value: r.value });
    case "unknownCustomer":
      return t(lang, "import.skip.unknownCustomer", { id: r.id });
    case "alreadyThere":
      return t(lang, "import.skip.alreadyThere", { row: r.sheetRow });
  }
}

/** "第 4 行“生日”的“1990/13/45”读不出日期，已留空导入" — the warning at an unreadable optional cell. */
export function blankedText(b: Blanked, table: TableKey, lang: Lang): string {
  const col = TABLES[table].columns.find((c) => c.key === b.field)!;
  const kind = col.kind === "date" ? "date" : col.kind === "amount" || col.kind === "number" ? "number" : "value";
  return t(lang, `import.blanked.${kind}`, { row: b.row, field: caption(col, lang), value: b.value });
}
