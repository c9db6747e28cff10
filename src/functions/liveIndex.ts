/**
 * The scores of the functions' snapshot kept current through edits to purchase rows: a
 * `ScoreIndex` (core/incremental.ts) over the linked book of the last full read, and which index
 * handle each body row of the purchase table holds. A changed row becomes an update, a removal
 * (the row is no purchase any more) or an addition (a new purchase, accepted only where no later
 * row holds one, so the index's order stays the table's order and sums come out bit-identical).
 *
 * The index moves forward with the edits: a snapshot hands it to the next one and must not use it
 * again.
 */
import type { LinkedBook } from "../core/book";
import type { Day } from "../core/dates";
import { ScoreIndex } from "../core/incremental";
import { canMoveColumnMap, purchaseRecords } from "../core/rowRecords";
import type { Cell } from "../core/table";

export class LiveIndex {
  private constructor(
    readonly index: ScoreIndex,
    /** The book of the last full read: customers, settings, follow-ups and column maps still hold. */
    readonly book: LinkedBook,
    /** Per body row of the purchase table, its handle in the index (-1: no purchase). */
    private readonly handles: number[],
  ) {}

  /** Indexes a linked book scored at `asOf`; undefined without a purchase table. */
  static of(book: LinkedBook, asOf: Day): LiveIndex | undefined {
    const t = book.tables.purchases?.table;
    if (!t) return undefined;
    const handles: number[] = new Array(t.rows.length).fill(-1);
    let h = 0;
    for (const p of book.purchases) handles[p.row - t.headerRow - 1] = h++;
    return new LiveIndex(new ScoreIndex(book, asOf), book, handles);
  }

  get asOf(): Day {
    return this.index.asOf;
  }

  /**
   * Applies the purchase rows `rows` (body indexes, ascending) now holding `cellsOf(i)`; returns
   * the customers whose score may have changed, or undefined when these rows cannot go through
   * the index (the column map may move, or a purchase appears above a later one) — the index may
   * then be half-updated and must be dropped.
   */
  apply(rows: readonly number[], cellsOf: (i: number) => Cell[]): number[] | undefined {
    if (rows.some(canMoveColumnMap)) return undefined;
    const recs = purchaseRecords(this.book, rows.map((index) => ({ index, cells: cellsOf(index) })));
    if (!recs) return undefined;
    const changed = new Set<number>();
    const { index, handles } = this;
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k];
      const rec = recs[k];
      const h = i < handles.length ? handles[i] : -1;
      while (handles.length <= i) handles.push(-1);
      let update;
      if (h >= 0 && rec) update = index.updatePurchase(h, rec);
      else if (h >= 0) {
        update = index.removePurchase(h);
        handles[i] = -1;
      } else if (rec) {
        if (this.heldAfter(i)) return undefined;
        update = index.addPurchase(rec);
        handles[i] = update.handle;
      } else continue;
      for (const c of update.changed) changed.add(c);
    }
    return [...changed];
  }

  /** Whether a row below `i` holds a purchase (an addition at `i` would then be out of order). */
  private heldAfter(i: number): boolean {
    for (let j = i + 1; j < this.handles.length; j++) if (this.handles[j] >= 0) return true;
    return false;
  }
}
