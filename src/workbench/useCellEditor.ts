/**
 * Editing one cell in place, as in Excel: typing over the selected cell or F2 / a double-click
 * opens it; Enter, Tab or clicking elsewhere writes the draft (through `Excel.run`, so Excel's
 * parsing and change events apply); Escape ends it writing nothing. While it is open the
 * in-memory Excel is in cell-edit mode, so the add-in's batches wait (or are refused) as they
 * would in Excel. A draft equal to what the cell held writes nothing (F2 then Enter changes no cell).
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { FakeExcel } from "../fake-excel";
import { type CellAddress, a1 } from "./sheetModel";
import { typeIntoCell } from "./typeIntoCell";

export interface CellEdit {
  sheet: string;
  at: CellAddress;
  draft: string;
  /** What the cell held, as editing shows it (editText.ts). */
  original: string;
  /** Started by typing over the cell: the arrow keys write and move, as in Excel's Enter mode. */
  entering: boolean;
}

export interface CellEditor {
  edit?: CellEdit;
  start(edit: Omit<CellEdit, "draft"> & { draft?: string }): void;
  change(draft: string): void;
  /** Ends editing (returning what was edited); the write, if any, is handed to `onWrite` to await and report. */
  commit(): CellEdit | undefined;
  cancel(): void;
}

export function useCellEditor(fake: FakeExcel, onWrite: (sheet: string, write: Promise<void>) => void): CellEditor {
  const [edit, setEdit] = useState<CellEdit>();
  // The truth while keys arrive faster than renders: an edit ends once, by commit or by cancel.
  const live = useRef<CellEdit>();

  const end = useCallback((): CellEdit | undefined => {
    const was = live.current;
    live.current = undefined;
    setEdit(undefined);
    if (was) fake.workbook.endCellEdit();
    return was;
  }, [fake]);

  // A new workbook (or leaving the page) closes an open edit without writing.
  useEffect(() => () => void end(), [end]);

  const start = useCallback<CellEditor["start"]>(
    (next) => {
      const opened = { ...next, draft: next.draft ?? next.original };
      live.current = opened;
      setEdit(opened);
      fake.workbook.startCellEdit();
    },
    [fake],
  );

  const change = useCallback((draft: string) => {
    if (!live.current) return;
    live.current = { ...live.current, draft };
    setEdit(live.current);
  }, []);

  const commit = useCallback(() => {
    const done = end();
    if (done && done.draft !== done.original) onWrite(done.sheet, typeIntoCell(done.sheet, a1(done.at), done.draft));
    return done;
  }, [end, onWrite]);

  const cancel = useCallback(() => void end(), [end]);

  return { edit, start, change, commit, cancel };
}
