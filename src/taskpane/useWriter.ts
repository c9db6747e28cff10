/**
 * Writing rows from the pane: validate with the core, append through the host, then read the book
 * again so the plan and the 360 view show the new row. Errors become sentences; nothing throws.
 */
import { useCallback, useState } from "react";
import type { Analysis } from "../core/analyze";
import { type NewRow, type RowIssue, validateNewRow } from "../core/customer/newRows";
import { TABLES, caption } from "../core/schema";
import type { TableKey } from "../core/table";
import { type Lang, t } from "../core/i18n";
import type { WorkbookHost, WriteResult } from "../excel/host";
import { WriteRefused } from "../excel/append";
import { hostErrorText } from "./hostError";

export interface WriterState {
  busy: boolean;
  /** The last write's outcome: where the row went, or why nothing was written. */
  written?: WriteResult;
  error?: string;
}

export interface Writer {
  state: WriterState;
  /** Checks the rows; writes them only when every row is valid. Returns the issues found (empty = written) or the write's error. */
  append(table: TableKey, rows: NewRow[]): Promise<RowIssue[] | { error: string }>;
  clear(): void;
}

export function issueText(issue: RowIssue, table: TableKey, lang: Lang): string {
  const col = TABLES[table].columns.find((c) => c.key === issue.field);
  // "Not a number or a date" said of an amount reads as a riddle: say what the column takes.
  const code = issue.code === "notANumber" && col ? (col.kind === "date" ? "notADate" : col.kind === "amount" ? "notAnAmount" : issue.code) : issue.code;
  return t(lang, `log.issue.${code}`, { field: col ? caption(col, lang) : issue.field });
}

export function useWriter(host: WorkbookHost, analysis: Analysis | undefined, lang: Lang, afterWrite: () => Promise<void>): Writer {
  const [state, setState] = useState<WriterState>({ busy: false });

  const append = useCallback(
    async (table: TableKey, rows: NewRow[]): Promise<RowIssue[] | { error: string }> => {
      if (!analysis) return { error: t(lang, "c360.notYet") };
      const issues = rows.flatMap((r) => validateNewRow(analysis.book, table, r));
      if (issues.length) return issues;
      setState({ busy: true });
      try {
        const written = await host.writeRows({ table, append: rows });
        setState({ busy: false, written });
        await afterWrite();
        return [];
      } catch (error) {
        const tableName = caption(TABLES[table], lang);
        const text = hostErrorText(error, "write", lang);
        const message =
          error instanceof WriteRefused
            ? t(lang, `log.error.${error.reason}`, { table: tableName, field: fieldCaption(table, error.field, lang) })
            : [text.message, text.detail].filter(Boolean).join(" ");
        setState({ busy: false, error: message });
        return { error: message };
      }
    },
    [host, analysis, lang, afterWrite],
  );

  const clear = useCallback(() => setState({ busy: false }), []);
  return { state, append, clear };
}

function fieldCaption(table: TableKey, field: string | undefined, lang: Lang): string {
  const col = TABLES[table].columns.find((c) => c.key === field);
  return col ? caption(col, lang) : (field ?? "");
}
