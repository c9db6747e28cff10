/**
 * Whether the workbook changed since it was opened — by the user's edits or by the add-in (set-up,
 * refresh) — so switching the language asks before it discards it. What moves by itself is left
 * out: formula results (the custom functions answer after loading), the charts' values that follow
 * them, and where the selection is.
 */
import type { CellSnapshot, ChartInfo, FakeExcel } from "../fake-excel";

interface Dump {
  sheets: { cells: Record<string, CellSnapshot>; charts: ChartInfo[] }[];
}

export function bookFingerprint(fake: FakeExcel): string {
  const dump = fake.workbook.dump() as Dump;
  const sheets = dump.sheets.map((s) => ({
    ...s,
    cells: Object.fromEntries(Object.entries(s.cells).map(([address, cell]) => [address, cell.formula === undefined ? cell : { ...cell, value: null, shownFormat: null }])),
    charts: s.charts.map((c) => ({ ...c, series: c.series.map((x) => ({ ...x, values: null, xValues: null, points: null })) })),
  }));
  return JSON.stringify({ ...dump, sheets, activeSheet: null, selection: null });
}
