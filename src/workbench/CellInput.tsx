/**
 * The text box over a cell being edited. Its keys are its own (the grid's do not see them): Enter,
 * Tab and, when typing over the cell, the arrows write and move; Escape drops the draft. Leaving it
 * (a click on another cell) writes, as in Excel; an input method's composition is left alone.
 */
import { useLayoutEffect, useRef } from "react";
import { makeStyles } from "@fluentui/react-components";
import { TAB_IS_OURS, editorKeyAction, keyOf } from "./gridKeys";

const useStyles = makeStyles({
  input: {
    position: "absolute",
    top: 0,
    left: 0,
    zIndex: 2,
    boxSizing: "border-box",
    // At least the cell, wider as the text grows over the cells to its right, as in Excel.
    minWidth: "100%",
    fieldSizing: "content",
    height: "100%",
    margin: 0,
    padding: "0 3px",
    border: "2px solid #107C41",
    outlineStyle: "none",
    backgroundColor: "#FFFFFF",
    color: "#000000",
    font: "inherit",
  },
});

export interface CellInputProps {
  draft: string;
  label: string;
  entering: boolean;
  onChange(draft: string): void;
  /** Write the draft, then move the active cell by this much (0, 0 after a click elsewhere). */
  onCommit(rows: number, columns: number): void;
  onCancel(): void;
}

export function CellInput({ draft, label, entering, onChange, onCommit, onCancel }: CellInputProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    const el = input.current;
    if (!el) return;
    el.focus({ preventScroll: true });
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);
  return (
    <input
      ref={input}
      {...TAB_IS_OURS}
      className={styles.input}
      aria-label={label}
      value={draft}
      onChange={(e) => onChange(e.target.value)}
      onMouseDown={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        e.stopPropagation();
        const action = editorKeyAction(keyOf(e), entering);
        if (!action) return;
        e.preventDefault();
        if (action.kind === "cancel") onCancel();
        else onCommit(action.rows, action.columns);
      }}
      onBlur={() => onCommit(0, 0)}
    />
  );
}
