/**
 * The worksheet grid: row and column headers, cells with their formats, the selection, and a ▾ on
 * cells with a validation list. Only the rows in view (plus a margin) are in the DOM, so a sheet of
 * 10,000 customers scrolls as smoothly as one of ten.
 */
import { type KeyboardEvent, type UIEvent, useLayoutEffect, useMemo, useRef, useState } from "react";
import { makeStyles, mergeClasses } from "@fluentui/react-components";
import { type CellAddress, type CellView, type Selection, type SheetModel } from "./sheetModel";
import { columnLetters } from "../core/a1";
import { ListPicker } from "./ListPicker";

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
  rowHeader: { position: "sticky", left: 0, zIndex: 2, borderRight: "1px solid #C8C8C8", borderBottom: `1px solid ${GRID_LINE}` },
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
  inRange: { backgroundImage: "linear-gradient(rgba(16,124,65,0.12), rgba(16,124,65,0.12))" },
  marker: { position: "absolute", right: "2px", top: 0, color: "#8A8A8A", fontSize: "10px", pointerEvents: "none" },
});

export interface GridProps {
  model: SheetModel;
  selection?: Selection;
  onSelect(address: CellAddress): void;
  /** A value picked from a validation list for the selected cell. */
  onPick(address: CellAddress, value: string): void;
}

export function Grid({ model, selection, onSelect, onPick }: GridProps) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
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

  const move = (e: KeyboardEvent<HTMLDivElement>) => {
    const step: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Enter: [1, 0], Tab: [0, 1] };
    const d = step[e.key];
    if (!d) return;
    e.preventDefault();
    const from = active ?? { row: 0, column: 0 };
    onSelect({
      row: Math.min(model.rowCount - 1, Math.max(0, from.row + d[0])),
      column: Math.min(model.columnCount - 1, Math.max(0, from.column + d[1])),
    });
  };

  return (
    <div
      ref={scroller}
      className={styles.scroller}
      role="grid"
      aria-label={model.name}
      aria-rowcount={model.rowCount + 1}
      aria-colcount={model.columnCount + 1}
      tabIndex={0}
      onKeyDown={move}
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
            <div role="rowheader" className={mergeClasses(styles.header, styles.rowHeader, rowSelected(r) && styles.selectedHeader)} style={{ width: ROW_HEADER_WIDTH }}>
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
              />
            ))}
          </div>
        ))}
      </div>
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
}

function GridCell({ view, width, row, column, selected, inRange, onSelect, onPick }: GridCellProps) {
  const styles = useStyles();
  const list = view?.list;
  return (
    <div
      role="gridcell"
      aria-colindex={column + 2}
      aria-selected={selected}
      className={mergeClasses(styles.cell, list && styles.withList, inRange && !selected && styles.inRange, selected && styles.selected)}
      style={{
        width,
        backgroundColor: view?.fill,
        color: view?.fontColor,
        fontWeight: view?.bold ? 700 : undefined,
        fontStyle: view?.italic ? "italic" : undefined,
        textAlign: view?.align,
      }}
      title={view && view.text.length > 12 ? view.text : undefined}
      onMouseDown={() => onSelect({ row, column })}
    >
      {view?.text}
      {list && !selected && (
        <span className={styles.marker} aria-hidden>
          ▾
        </span>
      )}
      {list && selected && <ListPicker values={list} current={view?.text ?? ""} onPick={(value) => onPick({ row, column }, value)} />}
    </div>
  );
}
