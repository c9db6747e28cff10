/**
 * The grid's edits for the sheet on show: the cell editor (useCellEditor.ts), Delete, and deleting
 * rows, each written through Excel.run; a refusal (a protected sheet) becomes the page's notice in
 * the user's language, and the cell keeps what it had.
 */
import { useCallback, useState } from "react";
import type { FakeExcel } from "../fake-excel";
import type { Lang } from "../core/i18n";
import type { GridEditing } from "./Grid";
import type { CellAddress, SheetModel } from "./sheetModel";
import { type CellEdit, useCellEditor } from "./useCellEditor";
import { clearContents, deleteRows, refusalMessage } from "./sheetEdits";

export interface GridEditingSettings {
  fake: FakeExcel;
  lang: Lang;
  /** The sheet on show, drawn from `model`. */
  sheet: string;
  model: SheetModel;
  /** The selected range's address on that sheet, if any. */
  selection?: string;
  select(at: CellAddress): void;
  /** The workbook changed: redraw. */
  touched(): void;
}

export interface GridEditingState {
  editing: GridEditing;
  /** The cell being edited, on whichever sheet (the formula bar shows its draft). */
  cellEdit?: CellEdit;
  /** Why Excel refused the last edit. */
  notice?: string;
  /** Awaits an edit of `sheet` made elsewhere (the formula bar, a list pick) and reports it alike. */
  report(sheet: string, write: Promise<void>): void;
  dismiss(): void;
}

export function useGridEditing({ fake, lang, sheet, model, selection, select, touched }: GridEditingSettings): GridEditingState {
  const [notice, setNotice] = useState<string>();
  const report = useCallback(
    (where: string, write: Promise<void>) =>
      void write.then(
        () => {
          setNotice(undefined);
          touched();
        },
        (e: unknown) => setNotice(refusalMessage(e, where, lang)),
      ),
    [lang, touched],
  );
  const editor = useCellEditor(fake, report);
  const editing: GridEditing = {
    edit: editor.edit?.sheet === sheet ? editor.edit : undefined,
    open(at, draft) {
      if (editor.edit) return;
      editor.start({ sheet, at, original: model.cell(at.row, at.column)?.edit ?? "", draft, entering: draft !== undefined });
    },
    change: editor.change,
    commit(rows, columns) {
      const done = editor.commit();
      if (done && (rows !== 0 || columns !== 0) && done.sheet === sheet) {
        select({
          row: Math.min(model.rowCount - 1, Math.max(0, done.at.row + rows)),
          column: Math.min(model.columnCount - 1, Math.max(0, done.at.column + columns)),
        });
      }
    },
    cancel: editor.cancel,
    clear() {
      if (selection) report(sheet, clearContents(sheet, selection));
    },
    deleteRows(first, last) {
      report(sheet, deleteRows(sheet, first, last));
    },
  };
  return { editing, cellEdit: editor.edit, notice, report, dismiss: () => setNotice(undefined) };
}
