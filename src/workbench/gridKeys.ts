/**
 * What a key pressed on the grid (not in a cell being edited) does, as in Excel: arrows and Enter
 * move the active cell (Shift+Enter: up); Tab leaves the grid (no keyboard trap), F2 opens the cell with its content; a character typed
 * opens it empty with that character (Excel's Enter mode); Backspace opens it empty; Delete clears
 * the selection's contents. Shortcuts with Ctrl, Alt or ⌘ are left to the browser.
 */
export type GridKeyAction =
  | { kind: "move"; rows: number; columns: number }
  | { kind: "edit" }
  | { kind: "type"; text: string }
  | { kind: "clear" };

export interface Key {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  /** Keys of an input method's composition (Chinese pinyin) arrive as "Process". */
  isComposing?: boolean;
}

/**
 * Fluent's focus manager (tabster) moves the focus on Tab before any handler of ours runs; in the
 * cell editor Tab writes and moves the active cell instead, as in Excel.
 */
export const TAB_IS_OURS = { "data-tabster": JSON.stringify({ focusable: { ignoreKeydown: { Tab: true } } }) };

/** The parts of a React keyboard event that decide. */
export function keyOf(e: Omit<Key, "isComposing"> & { nativeEvent: { isComposing: boolean } }): Key {
  return { key: e.key, shiftKey: e.shiftKey, ctrlKey: e.ctrlKey, altKey: e.altKey, metaKey: e.metaKey, isComposing: e.nativeEvent.isComposing };
}

const MOVES: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Enter: [1, 0], Tab: [0, 1] };

export function gridKeyAction(e: Key): GridKeyAction | undefined {
  if (e.ctrlKey || e.altKey || e.metaKey || e.isComposing) return undefined;
  const move = e.key === "Tab" ? undefined : MOVES[e.key];
  if (move) {
    // Shift+Enter goes back; Shift+arrow would extend the selection (not drawn here).
    const back = e.shiftKey && e.key === "Enter" ? -1 : 1;
    return { kind: "move", rows: move[0] * back, columns: move[1] * back };
  }
  if (e.key === "F2") return { kind: "edit" };
  if (e.key === "Delete") return { kind: "clear" };
  if (e.key === "Backspace") return { kind: "type", text: "" };
  // One printable character (a letter, digit, "=", a CJK character from a finished composition).
  if ([...e.key].length === 1) return { kind: "type", text: e.key };
  return undefined;
}

/** A key pressed in the cell being edited: write and move, drop the draft, or type on. */
export type EditorKeyAction = { kind: "commit"; rows: number; columns: number } | { kind: "cancel" } | undefined;

export function editorKeyAction(e: Key, entering: boolean): EditorKeyAction {
  if (e.isComposing) return undefined;
  if (e.key === "Escape") return { kind: "cancel" };
  if (e.key === "Enter" && !e.altKey) return { kind: "commit", rows: e.shiftKey ? -1 : 1, columns: 0 };
  if (e.key === "Tab") return { kind: "commit", rows: 0, columns: e.shiftKey ? -1 : 1 };
  // Typed over the cell: an arrow writes and moves; opened with F2 it moves the caret.
  const move = entering && !e.shiftKey ? MOVES[e.key] : undefined;
  if (move && e.key.startsWith("Arrow")) return { kind: "commit", rows: move[0], columns: move[1] };
  return undefined;
}
