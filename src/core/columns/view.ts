/**
 * The column map as the set-up screen shows it (pure): per dataset, the sheet used (and the
 * sheets to choose from when two fit), and per field the column used, a few of its values, how
 * sure the match is, where a choice came from, what the workbook's map says, and a warning
 * where the user should look (a required field without a column, two columns that fit alike, a
 * chosen caption the sheet lacks).
 */
import type { Cell, RawBook, TableKey } from "../table";
import type { LinkedBook } from "../book";
import { TABLES, caption } from "../schema";
import { show } from "../rows";
import { dayFromSerial, formatDay } from "../dates";
import { isBlank } from "../parse/result";
import type { Lang } from "../i18n";
import type { MatchHow } from "./match";
import { MAPPED_TABLES, type StoredChoice, parseColumnMap } from "./stored";
import { type ColumnProfile, profileColumn } from "./binding";

/** Distinct values shown under a field (the first met). */
export const SAMPLE_VALUES = 3;

export type FieldWarning = "missing" | "ambiguous" | "choiceMissing";

export interface FieldView {
  field: string;
  label: string;
  required: boolean;
  /** The column used (index among the headers and its caption), if any. */
  index?: number;
  caption?: string;
  confidence: number;
  how?: MatchHow;
  from?: "option" | "workbook";
  /** Captions of other columns that fit as well. */
  alternatives: string[];
  /** The first distinct non-blank values of the column used. */
  samples: string[];
  /** What the workbook's column map says for this field. */
  stored: StoredChoice;
  warning?: FieldWarning;
}

export interface TableView {
  table: TableKey;
  label: string;
  sheet: string;
  headerRow: number;
  /** Captions of the table's columns (the choices of a field's drop-down). */
  headers: string[];
  /** Sheets to choose between (the one used first) when two fit or the user chose; else undefined. */
  sheetOptions?: string[];
  /** Two sheets fit and nobody chose: the screen asks. */
  sheetQuestion: boolean;
  sheetFrom?: "option" | "workbook";
  fields: FieldView[];
  /** What each column holds (by header position): the set-up screen refuses a column that cannot hold a field. */
  profiles: ColumnProfile[];
}

function samplesOf(rows: readonly Cell[][], index: number, date1904: boolean, isDate: boolean): string[] {
  const out: string[] = [];
  for (const row of rows) {
    const cell = row[index];
    if (isBlank(cell)) continue;
    // A date cell is a serial in Excel: shown as the date the user sees.
    const day = isDate && typeof cell === "number" ? dayFromSerial(cell, date1904) : undefined;
    const text = day !== undefined ? formatDay(day) : show(cell);
    // Distinct values say more about a column than the same one three times.
    if (!out.includes(text)) out.push(text);
    if (out.length >= SAMPLE_VALUES) break;
  }
  return out;
}

export function columnMapView(raw: RawBook, book: LinkedBook, lang: Lang): TableView[] {
  const stored = parseColumnMap(raw.columnMap);
  const storedChoice = (table: TableKey, field: string): StoredChoice =>
    stored.entries.find((e) => e.table === table && e.field === field)?.choice ?? { kind: "auto" };
  return MAPPED_TABLES.flatMap((key) => {
    const found = book.tables[key];
    if (!found?.map) return [];
    const { table, map } = found;
    const fields = TABLES[key].columns.map((col): FieldView => {
      const f = map.fields[col.key];
      const warning: FieldWarning | undefined =
        f.chosenMissing !== undefined
          ? "choiceMissing"
          : col.required && f.index === undefined
            ? "missing"
            : f.alternatives.length > 0
              ? "ambiguous"
              : undefined;
      return {
        field: col.key,
        label: caption(col, lang),
        required: col.required === true,
        index: f.index,
        caption: f.index === undefined ? undefined : table.headers[f.index],
        confidence: f.index === undefined ? 0 : f.confidence,
        how: f.how,
        from: f.from,
        alternatives: f.alternatives.map((i) => table.headers[i]),
        samples: f.index === undefined ? [] : samplesOf(table.rows, f.index, raw.date1904, col.kind === "date"),
        stored: storedChoice(key, col.key),
        ...(warning ? { warning } : {}),
      };
    });
    const options = table.sheetOptions && table.sheetOptions.length > 1 ? table.sheetOptions : undefined;
    return [
      {
        table: key,
        label: caption(TABLES[key], lang),
        sheet: table.sheet,
        headerRow: table.headerRow,
        headers: table.headers,
        profiles: table.headers.map((_, i) => profileColumn(table.rows, i, raw.date1904)),
        ...(options ? { sheetOptions: options } : {}),
        sheetQuestion: (table.alsoFits?.length ?? 0) > 0 && !table.sheetFrom,
        ...(table.sheetFrom ? { sheetFrom: table.sheetFrom } : {}),
        fields,
      },
    ];
  });
}

