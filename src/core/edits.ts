/**
 * What a host says changed in a dataset, and what it reads back of the changed rows: the shapes
 * between the Excel host (src/excel/events.ts, readRows.ts) and the functions' engine, which
 * patches its snapshot with the rows instead of reading the whole book (src/functions/patch.ts).
 * Coordinates are 0-based worksheet rows and columns, as in a change event's address.
 */
import type { Cell, TableKey } from "./table";

/** A rectangle of one sheet, 0-based and inclusive. */
export interface CellArea {
  row0: number;
  col0: number;
  row1: number;
  col1: number;
}

export type TableEdit =
  /** Cells typed, pasted or cleared inside the table (`RangeEdited`). */
  | ({ table: TableKey; tableName: string; kind: "cells" } & CellArea)
  /** Rows added to the table (`RowInserted`): localizable only when they are at its end. */
  | ({ table: TableKey; tableName: string; kind: "rowsAdded" } & CellArea)
  /** Anything that cannot be localized (a sort, rows deleted, no address, a change no event told of). */
  | { table: TableKey; kind: "unknown" };

/** Rows of one table to read: whole rows of the table's columns. */
export interface RowsRequest {
  table: TableKey;
  tableName: string;
  sheet: string;
  col0: number;
  col1: number;
  /** Worksheet row ranges [row0, row1], 0-based, inclusive. */
  rows: [number, number][];
}

/** What was read for a request, in the same sync: where the table's body is now, and the rows. */
export interface RowsRead {
  table: TableKey;
  /** The data body as it is now (sheet name and 0-based area). */
  body: CellArea & { sheet: string };
  /** One block per requested row range. */
  values: Cell[][][];
}
