/**
 * Ties each record to its customer by normalized ID (SPEC 2): the customers' own rows first, then
 * every other table's ID cells, remembered per cell so that a customer's 20th purchase costs one
 * lookup; orphans, duplicates and look-alike IDs are reported where they are met.
 */
import type { Cell } from "../table";
import type { CustomerRef, LinkedBook } from "../book";
import type { Col, RowReader } from "../rows";
import { type ParsedId, lookalikeKey } from "../parse/id";
import { CellIndex } from "../cellIndex";

/** IDs seen so far, to spot `001` (text) beside `1` (number); each pair is reported once, where it is first met. */
class LookalikeWatch {
  private readonly seen = new Map<string, { key: string; text: string }>();
  private readonly reported = new Set<string>();

  /** Called for each ID cell not linked before (the linker remembers the cells it has linked). */
  check(r: RowReader, idCol: Col, id: ParsedId): void {
    const { key, text } = id;
    const group = lookalikeKey(key);
    if (group === undefined) return;
    const first = this.seen.get(group);
    if (!first) this.seen.set(group, { key, text });
    else if (first.key !== key && !this.reported.has(key)) {
      this.reported.add(key);
      r.report("warning", "id.lookalike", idCol, { value: text, other: first.text });
    }
  }
}

/**
 * Ties records to customers. ID cells already linked are remembered (`CellIndex`): the 20th
 * purchase of a customer costs one lookup. Seeded with the customers' own ID cells (a purchase
 * usually repeats them exactly), so the lookups stay among 10,000 compact keys rather than among
 * cells scattered over the purchase rows.
 */
export class Linker {
  private readonly linked = new CellIndex<CustomerRef>();
  private readonly watch = new LookalikeWatch();

  constructor(private readonly book: LinkedBook) {}

  /** A customer row: its parsed ID (its index is the customers' count), or undefined when the row is no customer (reported). */
  addCustomer(r: RowReader, idCol: Col): ParsedId | undefined {
    const id = r.id(idCol);
    if (!id) return undefined;
    const { book } = this;
    const first = book.byKey.get(id.key);
    if (first !== undefined) {
      r.report("error", "id.duplicate", idCol, { value: id.text, firstRow: book.customers[first].row });
      return undefined;
    }
    this.watch.check(r, idCol, id);
    const index = book.customers.length;
    book.byKey.set(id.key, index);
    this.linked.set(r.cell(idCol), index);
    return id;
  }

  /**
   * Ledger mode: the record's customer, made from the row the first time its ID (or name) is met —
   * a ledger has no customer sheet to be an orphan of. `name`: the ledger's name column, if any.
   */
  ledgerCustomer(r: RowReader, idCol: Col, name: Col | undefined): CustomerRef | undefined {
    const cell = r.cell(idCol);
    const known = this.linked.get(cell);
    if (known !== undefined) return known;
    const id = r.id(idCol);
    if (!id) return undefined;
    const { book } = this;
    let index = book.byKey.get(id.key);
    if (index === undefined) {
      this.watch.check(r, idCol, id);
      index = book.customers.length;
      book.byKey.set(id.key, index);
      book.customers.push({ index, key: id.key, id: id.text, name: name ? r.text(name) : "", row: r.row, cells: r.cells });
    }
    this.linked.set(cell, index);
    return index;
  }

  /** The record's customer, or -1 with an orphan error (the record is kept, never invented into a customer). */
  customerOf(r: RowReader, idCol: Col): CustomerRef | undefined {
    const cell = r.cell(idCol);
    const known = this.linked.get(cell);
    return known !== undefined ? known : this.firstLink(r, idCol, cell);
  }

  private firstLink(r: RowReader, idCol: Col, cell: Cell): CustomerRef | undefined {
    const id = r.id(idCol);
    if (!id) return undefined;
    this.watch.check(r, idCol, id);
    const index = this.book.byKey.get(id.key);
    if (index !== undefined) {
      this.linked.set(cell, index);
      return index;
    }
    r.report("error", "orphan", idCol, { value: id.text });
    return -1;
  }
}
