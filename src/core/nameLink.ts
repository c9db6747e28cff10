/**
 * Records whose customer column holds names, not IDs (issue 24): a customer sheet made from a
 * ledger keyed by name gets generated IDs, and the ledger's name column is bound to the purchases'
 * ID in the column map. Such a table links to the customers by their normalized name (the same
 * normalization as an ID: trim, width, case), so the scores are those of the ledger before.
 *
 * Only on the user's word: the ID must be bound by a choice (column map or `--map`) to a column
 * whose caption means a customer's name and not an ID. A proposal never links by name.
 */
import type { Col, RowReader } from "./rows";
import type { ColumnMap } from "./columns";
import { TABLES } from "./schema";
import { normalizeCaption } from "./columns/normalize";
import { MIN_CONFIDENCE, captionScore } from "./columns/match";
import { normalizeIdText } from "./parse/id";
import { CellIndex } from "./cellIndex";

/** What the readers need of a linker: the record's customer (-1 an orphan, undefined no ID). */
export interface CustomerLink {
  customerOf(r: RowReader, idCol: Col): number | undefined;
}

const [ID_COL, NAME_COL] = [TABLES.customers.columns[0], TABLES.customers.columns.find((c) => c.key === "name")!];

/** True when the user bound this table's ID to a column whose caption means a customer's name. */
export function keyedByName(map: ColumnMap): boolean {
  const id = map.fields.id;
  if (id?.how !== "user" || id.caption === undefined) return false;
  const caption = normalizeCaption(id.caption);
  const [name] = captionScore("customers", NAME_COL, caption);
  const [asId] = captionScore("customers", ID_COL, caption);
  return name >= MIN_CONFIDENCE && name > asId;
}

/** Normalized name → the customers bearing it, in sheet order (more than one: shared). */
export function customersByName(customers: readonly { name: string }[]): Map<string, number[]> {
  const names = new Map<string, number[]>();
  customers.forEach((c, i) => {
    const key = normalizeIdText(c.name);
    if (key === "") return;
    const same = names.get(key);
    if (same) same.push(i);
    else names.set(key, [i]);
  });
  return names;
}

export class NameLinker implements CustomerLink {
  private readonly linked = new CellIndex<number>();
  private readonly names: Map<string, number[]>;

  /**
   * `customers`: the book's, in sheet order. `byKey`: their IDs, for a customer whose ID is the
   * name itself (a sheet kept by name).
   */
  constructor(
    private readonly customers: readonly { name: string; row: number }[],
    private readonly byKey: ReadonlyMap<string, number>,
  ) {
    this.names = customersByName(customers);
  }

  customerOf(r: RowReader, idCol: Col): number | undefined {
    const cell = r.cell(idCol);
    const known = this.linked.get(cell);
    if (known !== undefined) return known;
    const id = r.id(idCol);
    if (!id) return undefined;
    const same = this.names.get(id.key);
    if (same && same.length > 1) {
      // Each row says it: a guess between two customers would score one of them wrongly in silence.
      r.report("error", "id.nameShared", idCol, { value: id.text, rows: same.map((i) => this.customers[i].row).join(", ") });
      return -1;
    }
    const index = same ? same[0] : this.byKey.get(id.key);
    if (index === undefined) {
      r.report("error", "orphan", idCol, { value: id.text });
      return -1;
    }
    this.linked.set(cell, index);
    return index;
  }
}
