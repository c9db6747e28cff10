/**
 * Which edits can be read back as rows, and what a read must show before its rows are trusted.
 */
import { applyRows, planPatch } from "../../src/functions/patch";
import type { TableEdit } from "../../src/core/edits";
import { book, purchases } from "../support/rawBook";

const raw = () => book({ purchases: purchases(Array.from({ length: 10 }, (_, i) => [`C${i}`, "2026-01-01", 100 + i] as [string, string, number])) });
const cells = (row0: number, row1 = row0, col0 = 3, col1 = col0): TableEdit => ({
  table: "purchases",
  tableName: "crmPurchases",
  kind: "cells",
  row0,
  col0,
  row1,
  col1,
});

describe("planPatch", () => {
  it("asks for whole rows of the table, touching ranges joined", () => {
    expect(planPatch(raw(), [cells(4), cells(3), cells(8, 9, 0, 1)])).toEqual([
      { table: "purchases", tableName: "crmPurchases", sheet: "购买记录", col0: 0, col1: 4, rows: [[3, 4], [8, 9]] },
    ]);
  });

  it("gives up on a header edit, an area outside the table's columns, an unknown change or no edit at all", () => {
    expect(planPatch(raw(), [cells(0)])).toBeUndefined();
    expect(planPatch(raw(), [cells(3, 3, 4, 5)])).toBeUndefined();
    expect(planPatch(raw(), [cells(3), { table: "purchases", kind: "unknown" }])).toBeUndefined();
    expect(planPatch(raw(), [])).toBeUndefined();
  });
});

describe("applyRows", () => {
  const body = { sheet: "购买记录", row0: 1, col0: 0, row1: 10, col1: 4 };
  const idColumn = () => 0;

  it("replaces the rows read and says which body rows changed", () => {
    const r = raw();
    const requests = planPatch(r, [cells(3)])!;
    const row = ["C2", 46000, "基金", 999, "正常"];
    const patch = applyRows(r, idColumn, [cells(3)], requests, [{ table: "purchases", body, values: [[row]] }])!;
    expect(patch.rows).toEqual({ purchases: [2] });
    expect(patch.raw.tables.purchases!.rows[2]).toEqual(row);
    expect(r.tables.purchases!.rows[2][3]).toBe(102); // the held book is not changed
  });

  it("refuses a body that moved or shrank, and a row whose unedited ID is another", () => {
    const r = raw();
    const requests = planPatch(r, [cells(3)])!;
    const row = ["C2", 46000, "基金", 999, "正常"];
    const read = (b: typeof body, values = [[row]]) => applyRows(r, idColumn, [cells(3)], requests, [{ table: "purchases", body: b, values }]);
    expect(read({ ...body, row0: 2, row1: 11 })).toBeUndefined();
    expect(read({ ...body, row1: 9 })).toBeUndefined();
    expect(read(body, [[["C7", ...row.slice(1)]]])).toBeUndefined();
    // Rows the body gained that no edit named: something was inserted that no event told of.
    expect(read({ ...body, row1: 11 })).toBeUndefined();
  });
});
