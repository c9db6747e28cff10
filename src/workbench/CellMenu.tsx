/**
 * The grid's right-click (or Shift+F10) menu: delete the selected rows — the way to take a row out
 * of the workbench's book — or clear the selection's contents. Both go through Excel.run, so a
 * protected sheet refuses them as Excel does.
 */
import { useMemo } from "react";
import { Menu, MenuItem, MenuList, MenuPopover, type PositioningVirtualElement } from "@fluentui/react-components";
import { Eraser20Regular, TableDeleteRow20Regular } from "@fluentui/react-icons";
import { useWorkbenchText } from "./text";

export interface CellMenuProps {
  /** Where the menu opens (page pixels); closed when undefined. */
  at?: { x: number; y: number };
  /** The selected rows, 0-based, inclusive. */
  rows: { first: number; last: number };
  onClose(): void;
  onDeleteRows(): void;
  onClear(): void;
}

export function CellMenu({ at, rows, onClose, onDeleteRows, onClear }: CellMenuProps) {
  const text = useWorkbenchText();
  const target = useMemo<PositioningVirtualElement | undefined>(
    () => at && { getBoundingClientRect: () => ({ x: at.x, y: at.y, left: at.x, top: at.y, right: at.x, bottom: at.y, width: 0, height: 0 }) },
    [at],
  );
  const span = rows.first === rows.last ? `${rows.first + 1}` : `${rows.first + 1}–${rows.last + 1}`;
  return (
    <Menu open={at !== undefined} onOpenChange={(_, d) => !d.open && onClose()} positioning={{ target, position: "below", align: "start" }}>
      <MenuPopover>
        <MenuList aria-label={text("cellMenu")}>
          <MenuItem icon={<TableDeleteRow20Regular />} onClick={onDeleteRows}>
            {text(rows.first === rows.last ? "deleteRow" : "deleteRows", { rows: span })}
          </MenuItem>
          <MenuItem icon={<Eraser20Regular />} onClick={onClear}>
            {text("clearContents")}
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
