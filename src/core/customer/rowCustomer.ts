/**
 * Which customer a worksheet row belongs to, in any linked sheet: the customer's own row, or a
 * follow-up, purchase, asset or policy row through its ID cell. The 360 view follows the user's
 * selection with it.
 */
import type { LinkedBook } from "../book";
import type { TableKey } from "../table";
import { parseId } from "../parse/id";

const LINKED: readonly TableKey[] = ["customers", "followUps", "purchases", "assets", "policies"];

export function customerAtRow(book: LinkedBook, sheet: string, row: number): number | undefined {
  for (const key of LINKED) {
    const t = book.tables[key];
    if (!t || t.table.sheet !== sheet) continue;
    const cells = t.table.rows[row - t.table.headerRow - 1];
    const idCol = t.cols.get("id");
    if (!cells || idCol === undefined) continue;
    const id = parseId(cells[idCol]);
    if (!id.ok) continue;
    const index = book.byKey.get(id.value.key);
    if (index !== undefined) return index;
  }
  return undefined;
}
