/**
 * `columns <book.xlsx>`: the column map (SPEC 2a, 8) — for each table, the sheet and header row
 * found, and for each field the caption matched (or none), how it was matched and how sure.
 */
import type { Lang } from "../core/i18n";
import { t } from "../core/i18n";
import type { Analysis } from "../core/analyze";
import type { TableKey } from "../core/table";
import { TABLES, TABLE_ORDER, caption } from "../core/schema";
import { type CliIo, EXIT, writeLines } from "./io";
import type { CommonOptions } from "./options";
import type { CliCommand } from "./command";
import { openBook } from "./load";
import { formatTable } from "./format";

/** Where a choice came from: `--map`, the workbook's column map, or the automatic proposal. */
export type ChoiceSource = "option" | "workbook" | "proposal";

export interface ColumnsJson {
  table: TableKey;
  sheet: string;
  /** Who chose the sheet: the user (`--map …sheet=`, the column map) or the locator. */
  sheetFrom: ChoiceSource;
  headerRow: number;
  fields: { field: string; column: string | null; how: string | null; from: ChoiceSource; confidence: number; alternatives: string[] }[];
}

export const columnsCommand: CliCommand = {
  name: "columns",
  help: "cli.help.columns",
  run: ([file], opts, { io, env }) => columns(file, opts, io, env),
};

async function columns(file: string, opts: CommonOptions, io: CliIo, env: NodeJS.ProcessEnv): Promise<number> {
  const { lang, analysis } = await openBook(file, opts, env);
  const json = columnsJson(analysis);
  if (opts.json) io.stdout(JSON.stringify(json, null, 2) + "\n");
  else writeLines(io.stdout, columnLines(json, lang));
  return EXIT.ok;
}

export function columnsJson(a: Analysis): ColumnsJson[] {
  return TABLE_ORDER.flatMap((key) => {
    const found = a.book.tables[key];
    if (!found?.map) return [];
    const { table, map } = found;
    return [
      {
        table: key,
        sheet: table.sheet,
        sheetFrom: table.sheetFrom ?? "proposal",
        headerRow: table.headerRow,
        fields: TABLES[key].columns.map((c) => {
          const f = map.fields[c.key];
          return {
            field: c.key,
            column: f.index === undefined ? null : table.headers[f.index],
            how: f.index === undefined ? null : (f.how ?? null),
            from: f.from ?? "proposal",
            confidence: f.index === undefined ? 0 : f.confidence,
            alternatives: f.alternatives.map((i) => table.headers[i]),
          };
        }),
      },
    ];
  });
}

function columnLines(json: ColumnsJson[], lang: Lang): string[] {
  const lines: string[] = [];
  for (const tbl of json) {
    if (lines.length) lines.push("");
    const params = { table: caption(TABLES[tbl.table], lang), sheet: tbl.sheet, row: tbl.headerRow };
    lines.push(
      tbl.sheetFrom === "proposal"
        ? t(lang, "cli.columns.table", params)
        : t(lang, "cli.columns.sheetChosen", { ...params, from: t(lang, `cli.columns.from.${tbl.sheetFrom}`) }),
    );
    const rows = tbl.fields.map((f) => {
      const def = TABLES[tbl.table].columns.find((c) => c.key === f.field)!;
      return [
        caption(def, lang) + (def.required ? " *" : ""),
        f.column ?? t(lang, "cli.columns.none"),
        f.from !== "proposal" ? t(lang, "cli.columns.how.user") + " " + t(lang, `cli.columns.from.${f.from}`) : f.how ? t(lang, `cli.columns.how.${f.how}`) : "",
        f.column ? `${Math.round(f.confidence * 100)}%` : "",
        f.alternatives.length ? t(lang, "cli.columns.alsoFits", { others: f.alternatives.join(", ") }) : "",
      ];
    });
    lines.push(
      ...formatTable(
        [t(lang, "cli.columns.field"), t(lang, "cli.columns.column"), t(lang, "cli.columns.how"), t(lang, "cli.columns.confidence"), ""],
        rows,
        ["left", "left", "left", "right", "left"],
      ).map((l) => "  " + l),
    );
  }
  return lines;
}
