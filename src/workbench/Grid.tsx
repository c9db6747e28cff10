/**
 * The worksheet grid: row and column headers, cells with their formats, the selection, and a ▾ on
 * cells with a validation list. Only the rows in view (plus a margin) are in the DOM, so a sheet of
 * 10,000 customers scrolls as smoothly as one of ten. Keys and clicks edit as in Excel (gridKeys.ts,
 * CellInput.tsx); a right-click offers deleting the selected rows (CellMenu.tsx).
 */
import { type KeyboardEvent, type MouseEvent, type UIEvent, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { makeStyles, mergeClasses } from "@fluentui/react-components";
import { type CellAddress, type CellView, type Selection, type SheetModel } from "./sheetModel";
import { columnLetters } from "../core/a1";
import { ListPicker } from "./ListPicker";
import { CellInput } from "./CellInput";
import { CellMenu } from "./CellMenu";
import { gridKeyAction, keyOf } from "./gridKeys";
import { useWorkbenchText } from "./text";

export const ROW_HEIGHT = 22;
const ROW_HEADER_WIDTH = 48;
const OVERSCAN = 12;

const GRID_LINE = "#E1E1E1";
const HEADER_BG = "#F3F3F3";
const SELECTED_HEADER_BG = "#D2D2D2";
const SELECTION = "#107C41";

const useStyles = makeStyles({
  scroller: {
    position: "relative",
    overflow: "auto",
    flexGrow: 1,
    minHeight: 0,
    backgroundColor: "#FFFFFF",
    fontFamily: "Calibri, Carlito, 'Segoe UI', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
    fontSize: "13px",
    outlineStyle: "none",
    ":focus-visible": { boxShadow: `inset 0 0 0 2px ${SELECTION}` },
  },
  headerRow: { position: "sticky", top: 0, zIndex: 3, display: "flex", height: `${ROW_HEIGHT}px` },
  row: { position: "absolute", left: 0, display: "flex", height: `${ROW_HEIGHT}px` },
  corner: { position: "sticky", left: 0, zIndex: 4 },
  header: {
    boxSizing: "border-box",
    flexShrink: 0,
    height: `${ROW_HEIGHT}px`,
    lineHeight: `${ROW_HEIGHT - 1}px`,
    textAlign: "center",
    color: "#444444",
    backgroundColor: HEADER_BG,
    borderRight: `1px solid ${GRID_LINE}`,
    borderBottom: `1px solid #C8C8C8`,
    fontSize: "12px",
    userSelect: "none",
  },
  rowHeader: { position: "sticky", left: 0, zIndex: 2, borderRight: "1px solid #C8C8C8", borderBottom: `1px solid ${GRID_LINE}`, cursor: "e-resize" },
  selectedHeader: { backgroundColor: SELECTED_HEADER_BG, color: "#111111", fontWeight: 600 },
  cell: {
    boxSizing: "border-box",
    position: "relative",
    flexShrink: 0,
    height: `${ROW_HEIGHT}px`,
    lineHeight: `${ROW_HEIGHT - 1}px`,
    padding: "0 4px",
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    borderRight: `1px solid ${GRID_LINE}`,
    borderBottom: `1px solid ${GRID_LINE}`,
    cursor: "cell",
  },
  withList: { paddingRight: "14px" },
  selected: { boxShadow: `inset 0 0 0 2px ${SELECTION}`, zIndex: 1 },
  editing: { overflow: "visible", zIndex: 2 },
  inRange: { backgroundImage: "linear-gradient(rgba(16,124,65,0.12), rgba(16,124,65,0.12))" },
  marker: { position: "absolute", right: "2px", top: 0, color: "#8A8A8A", fontSize: "10px", pointerEvents: "none" },
});

/** Editing the sheet's cells and rows, done by the page through Excel.run. */
export interface GridEditing {
  /** The cell being edited on this sheet, if any. */
  edit?: { at: CellAddress; draft: string; entering: boolean };
  /** Opens a cell: with its content (F2, double-click), or with `draft` typed over it. */
  open(at: CellAddress, draft?: string): void;
  change(draft: string): void;
  /** Writes the draft, then moves the active cell by rows × columns. */
  commit(rows: number, columns: number): void;
  cancel(): void;
  /** Delete: the selection's contents. */
  clear(): void;
  deleteRows(first: number, last: number): void;
}

export interface GridProps {
  model: SheetModel;
  selection?: Selection;
  onSelect(address: CellAddress): void;
  /** A click on a row header: rows first…last, whole. */
  onSelectRows(first: number, last: number): void;
  /** A value picked from a validation list for the selected cell. */
  onPick(address: CellAddress, value: string): void;
  editing: GridEditing;
}

export function Grid({ model, selection, onSelect, onSelectRows, onPick, editing }: GridProps) {
  const styles = useStyles();
  const text = useWorkbenchText();
  const scroller = useRef<HTMLDivElement>(null);
  const [menuAt, setMenuAt] = useState<{ x: number; y: number }>();
  const [view, setView] = useState({ top: 0, height: 600 });
  const widths = Array.from({ length: model.columnCount }, (_, c) => model.columnWidth(c));
  const totalWidth = ROW_HEADER_WIDTH + widths.reduce((a, b) => a + b, 0);
  const active = selection && { row: selection.r0, column: selection.c0 };
  const rowSelected = (r: number) => selection !== undefined && r >= selection.r0 && r <= selection.r1;
  const columnSelected = (c: number) => selection !== undefined && c >= selection.c0 && c <= selection.c1;

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setView({ top: el.scrollTop, height: el.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Bring the selection into view when something else (the task pane) moved it.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || !active) return;
    const top = (active.row + 1) * ROW_HEIGHT;
    if (top < el.scrollTop + ROW_HEIGHT || top + ROW_HEIGHT > el.scrollTop + el.clientHeight) {
      el.scrollTop = Math.max(0, top - el.clientHeight / 2);
    }
    const left = widths.slice(0, active.column).reduce((a, b) => a + b, 0);
    const width = widths[active.column] ?? 0;
    if (left < el.scrollLeft || left + width > el.scrollLeft + el.clientWidth - ROW_HEADER_WIDTH) {
      // Start the view at a whole column, with the active one about a third of the way in.
      let first = active.column;
      let span = width;
      while (first > 0 && span + widths[first - 1] <= (el.clientWidth - ROW_HEADER_WIDTH) / 3) span += widths[--first];
      el.scrollLeft = widths.slice(0, first).reduce((a, b) => a + b, 0);
    }
  }, [active?.row, active?.column, model.name]);

  // Rows a filter hides are not drawn: display line i shows sheet row shown[i] (its own number).
  const shown = useMemo(() => {
    const hidden = model.hiddenRows;
    const out: number[] = [];
    for (let r = 0; r < model.rowCount; r++) if (!hidden?.has(r)) out.push(r);
    return out;
  }, [model]);
  const first = Math.max(0, Math.floor(view.top / ROW_HEIGHT) - 1 - OVERSCAN);
  const last = Math.min(shown.length - 1, Math.ceil((view.top + view.height) / ROW_HEIGHT) + OVERSCAN);
  const rows: { r: number; line: number }[] = [];
  for (let i = first; i <= last; i++) rows.push({ r: shown[i], line: i });

  const edit = editing.edit;
  // An edit that ended with a key leaves the focus nowhere: give it back to the grid, as Excel does.
  useEffect(() => {
    if (!edit && (document.activeElement === document.body || document.activeElement === null)) scroller.current?.focus({ preventScroll: true });
  }, [edit]);

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    // Keys of the list picker (and of the cell being edited, which stops its own) are theirs.
    if (e.target !== e.currentTarget) return;
    const action = gridKeyAction(keyOf(e));
    if (!action) return;
    e.preventDefault();
    const from = active ?? { row: 0, column: 0 };
    if (action.kind === "move") {
      onSelect({
        row: Math.min(model.rowCount - 1, Math.max(0, from.row + action.rows)),
        column: Math.min(model.columnCount - 1, Math.max(0, from.column + action.columns)),
      });
    } else if (action.kind === "edit") editing.open(from);
    else if (action.kind === "type") editing.open(from, action.text);
    else editing.clear();
  };

  const openMenu = (e: MouseEvent<HTMLDivElement>) => {
    e.preventDefault();
    if (edit) return;
    // Shift+F10 or the menu key: no pointer, so the menu opens at the active cell.
    const cell = e.clientX === 0 && e.clientY === 0 ? scroller.current?.querySelector('[role="gridcell"][aria-selected="true"]')?.getBoundingClientRect() : undefined;
    setMenuAt(cell ? { x: cell.left, y: cell.bottom } : { x: e.clientX, y: e.clientY });
  };
  const closeMenu = () => {
    setMenuAt(undefined);
    scroller.current?.focus({ preventScroll: true });
  };
  const menuRows = { first: selection?.r0 ?? active?.row ?? 0, last: selection?.r1 ?? active?.row ?? 0 };

  return (
    <div
      ref={scroller}
      className={styles.scroller}
      role="grid"
      aria-label={model.name}
      aria-rowcount={model.rowCount + 1}
      aria-colcount={model.columnCount + 1}
      tabIndex={0}
      onKeyDown={onKey}
      onContextMenu={openMenu}
      onScroll={(e: UIEvent<HTMLDivElement>) => setView({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}
    >
      <div className={styles.headerRow} role="row" aria-rowindex={1} style={{ width: totalWidth }}>
        <div className={mergeClasses(styles.header, styles.corner)} style={{ width: ROW_HEADER_WIDTH }} />
        {widths.map((w, c) => (
          <div
            key={c}
            role="columnheader"
            aria-colindex={c + 2}
            className={mergeClasses(styles.header, columnSelected(c) && styles.selectedHeader)}
            style={{ width: w }}
          >
            {columnLetters(c)}
          </div>
        ))}
      </div>
      <div style={{ position: "relative", height: shown.length * ROW_HEIGHT, width: totalWidth }}>
        {rows.map(({ r, line }) => (
          <div key={r} className={styles.row} role="row" aria-rowindex={r + 2} style={{ top: line * ROW_HEIGHT, width: totalWidth }}>
            <div
              role="rowheader"
              className={mergeClasses(styles.header, styles.rowHeader, rowSelected(r) && styles.selectedHeader)}
              style={{ width: ROW_HEADER_WIDTH }}
              onMouseDown={(e) => {
                // A right-click inside the selection keeps it (the menu acts on it), as in Excel.
                if (e.button === 2 && rowSelected(r)) return;
                if (e.shiftKey && selection) onSelectRows(Math.min(selection.r0, r), Math.max(selection.r1, r));
                else onSelectRows(r, r);
              }}
            >
              {r + 1}
            </div>
            {widths.map((w, c) => (
              <GridCell
                key={c}
                view={model.cell(r, c)}
                width={w}
                row={r}
                column={c}
                selected={active?.row === r && active?.column === c}
                inRange={rowSelected(r) && columnSelected(c)}
                onSelect={onSelect}
                onPick={onPick}
                onOpen={editing.open}
                editing={edit && edit.at.row === r && edit.at.column === c ? editing : undefined}
                editLabel={text("cellEditor", { address: `${columnLetters(c)}${r + 1}` })}
              />
            ))}
          </div>
        ))}
      </div>
      <CellMenu
        at={menuAt}
        rows={menuRows}
        onClose={closeMenu}
        onDeleteRows={() => editing.deleteRows(menuRows.first, menuRows.last)}
        onClear={editing.clear}
      />
    </div>
  );
}

interface GridCellProps {
  view: CellView | undefined;
  width: number;
  row: number;
  column: number;
  selected: boolean;
  inRange: boolean;
  onSelect(address: CellAddress): void;
  onPick(address: CellAddress, value: string): void;
  /** Double-click: edit the cell's content. */
  onOpen(at: CellAddress): void;
  /** Set on the cell being edited. */
  editing?: GridEditing;
  editLabel: string;
}

function GridCell({ view, width, row, column, selected, inRange, onSelect, onPick, onOpen, editing, editLabel }: GridCellProps) {
  const styles = useStyles();
  const list = view?.list;
  const edit = editing?.edit;
  return (
    <div
      role="gridcell"
      aria-colindex={column + 2}
      aria-selected={selected}
      className={mergeClasses(styles.cell, list && styles.withList, inRange && !selected && styles.inRange, selected && styles.selected, edit && styles.editing)}
      style={{
        width,
        backgroundColor: view?.fill,
        color: view?.fontColor,
        fontWeight: view?.bold ? 700 : undefined,
        fontStyle: view?.italic ? "italic" : undefined,
        textAlign: view?.align,
      }}
      title={view && view.text.length > 12 ? view.text : undefined}
      onMouseDown={(e) => {
        if (e.button === 2 && inRange) return;
        onSelect({ row, column });
      }}
      onDoubleClick={() => editing === undefined && onOpen({ row, column })}
    >
      {edit && editing ? (
        <CellInput
          draft={edit.draft}
          label={editLabel}
          entering={edit.entering}
          onChange={editing.change}
          onCommit={editing.commit}
          onCancel={editing.cancel}
        />
      ) : (
        view?.text
      )}
      {list && !selected && (
        <span className={styles.marker} aria-hidden>
          ▾
        </span>
      )}
      {list && selected && !edit && <ListPicker values={list} current={view?.text ?? ""} onPick={(value) => onPick({ row, column }, value)} />}
    </div>
  );
}
