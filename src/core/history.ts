/**
 * The migration history (SPEC section 5, `crmHistory`): who changed quadrant, and when. The
 * add-in owns the table; each refresh appends only the customers whose quadrant changed, so it
 * stays small. The first refresh records every customer's starting quadrant once (`from` blank).
 *
 * A row whose `to` is blank records a customer that left the customer table (so the counts replayed
 * from the history do not keep ghosts); a later row with `from` blank records one that (re)entered.
 * The current quadrant of a customer is therefore the `to` of its latest row.
 */
import type { Cell, RawTable } from "./table";
import { type Quadrant, QUADRANTS, isQuadrant } from "./strategy";
import { parseId } from "./parse/id";
import { isBlank } from "./parse/result";
import { matchKey } from "./schema";
import { type Lang, LANGS, t } from "./i18n";

/** The history table's name in the workbook (the add-in finds it by this name). */
export const HISTORY_TABLE = "crmHistory";

/** Column order of the table the add-in creates; captions via `history.column.<key>`. */
export const HISTORY_COLUMNS = ["refreshed", "id", "from", "to", "amount", "closeness", "cause"] as const;
export type HistoryColumn = (typeof HISTORY_COLUMNS)[number];

/**
 * Why a row was recorded, when it is not the customer's own doing (the `cause` column; blank = the
 * customer's own figures moved them): `threshold` — their figures would have kept them where they
 * were, a threshold moved (分界线移动); `reset` — the refresh's input changed shape, not a movement.
 */
export const MOVE_CAUSES = ["threshold", "reset"] as const;
export type MoveCause = (typeof MOVE_CAUSES)[number];

export interface HistoryRow {
  /** When the refresh ran, as an Excel date-time serial (equal for every row of one refresh). */
  stamp: number;
  /** Normalized ID (the comparison key of `parseId`). */
  key: string;
  /** The ID as written. */
  id: string;
  /** Blank: the customer's first record (first refresh, or new in the customer table). */
  from?: Quadrant;
  /** Blank: the customer left the customer table. */
  to?: Quadrant;
  amount?: number;
  closeness?: number;
  /** Blank: the customer's own figures (see `MoveCause`). */
  cause?: MoveCause;
}

export function historyHeaders(lang: Lang): string[] {
  return HISTORY_COLUMNS.map((c) => t(lang, `history.column.${c}`));
}

/**
 * Where each column is in a history table read back: by caption in either language, else by
 * position — except the cause, which a history written before it existed lacks (-1 then).
 */
export function historyColumns(headers: readonly string[]): Record<HistoryColumn, number> {
  const wanted = headers.map(matchKey);
  const out = {} as Record<HistoryColumn, number>;
  HISTORY_COLUMNS.forEach((c, i) => {
    const captions = LANGS.map((l) => matchKey(t(l, `history.column.${c}`)));
    const at = wanted.findIndex((h) => captions.includes(h));
    out[c] = at >= 0 || c === "cause" ? at : i;
  });
  return out;
}

/** A cause as written: its caption in either language, or its key. */
function causeOf(cell: Cell | undefined): MoveCause | undefined {
  if (typeof cell !== "string" || cell.trim() === "") return undefined;
  const k = matchKey(cell);
  return MOVE_CAUSES.find((c) => matchKey(c) === k || LANGS.some((l) => matchKey(t(l, `history.cause.${c}`)) === k));
}

/** The cause as the add-in writes it: its caption in the workbook's language ("" when blank). */
export function causeText(cause: MoveCause | undefined, lang: Lang): string {
  return cause ? t(lang, `history.cause.${cause}`) : "";
}

const quadrantOf = (cell: Cell): Quadrant | undefined => {
  const text = typeof cell === "string" ? cell.trim().toUpperCase() : "";
  return isQuadrant(text) ? text : undefined;
};
const numberOf = (cell: Cell): number | undefined => (typeof cell === "number" && Number.isFinite(cell) ? cell : undefined);

/**
 * The history as read back, in table order. A row without a refresh time or an ID (someone typed
 * in the add-in's table) cannot be placed and is skipped; the count is returned so it can be said.
 */
export function readHistory(table: RawTable | undefined): { rows: HistoryRow[]; skipped: number } {
  if (!table) return { rows: [], skipped: 0 };
  const col = historyColumns(table.headers);
  const rows: HistoryRow[] = [];
  let skipped = 0;
  for (const cells of table.rows) {
    if (cells.every(isBlank)) continue;
    const stamp = numberOf(cells[col.refreshed]);
    const id = parseId(cells[col.id] ?? null);
    if (stamp === undefined || !id.ok) {
      skipped++;
      continue;
    }
    rows.push({
      stamp,
      key: id.value.key,
      id: id.value.text,
      from: quadrantOf(cells[col.from] ?? null),
      to: quadrantOf(cells[col.to] ?? null),
      amount: numberOf(cells[col.amount] ?? null),
      closeness: numberOf(cells[col.closeness] ?? null),
      cause: col.cause >= 0 ? causeOf(cells[col.cause]) : undefined,
    });
  }
  return { rows, skipped };
}

/** Each customer's latest row, when it has them in a quadrant (customers that left are absent). */
export function lastRows(rows: readonly HistoryRow[]): Map<string, HistoryRow & { to: Quadrant }> {
  const out = new Map<string, HistoryRow & { to: Quadrant }>();
  for (const r of [...rows].sort((a, b) => a.stamp - b.stamp)) {
    if (r.to) out.set(r.key, r as HistoryRow & { to: Quadrant });
    else out.delete(r.key);
  }
  return out;
}

/** Each customer's quadrant as the history last recorded it (customers that left are absent). */
export function lastQuadrants(rows: readonly HistoryRow[]): Map<string, Quadrant> {
  return new Map([...lastRows(rows)].map(([key, r]) => [key, r.to]));
}

/** What a refresh knows of a customer now. */
export interface CurrentCustomer {
  key: string;
  id: string;
  quadrant: Quadrant;
  amount: number;
  closeness: number;
}

/**
 * The rows one refresh appends: every customer when the history is empty (the starting quadrants),
 * else only those whose quadrant differs from the last recorded one — including customers new to
 * the table (`from` blank) and customers no longer in it (`to` blank, figures blank). `causeOf`
 * says why a customer moved, given the row that recorded them last, when it was not their own figures.
 */
export function historyDiff(
  previous: readonly HistoryRow[],
  current: readonly CurrentCustomer[],
  stamp: number,
  causeOf: (c: CurrentCustomer, last: HistoryRow & { to: Quadrant }) => MoveCause | undefined = () => undefined,
): HistoryRow[] {
  const rows = lastRows(previous);
  const last = new Map([...rows].map(([key, r]) => [key, r.to]));
  const out: HistoryRow[] = [];
  const present = new Set<string>();
  for (const c of current) {
    if (present.has(c.key)) continue; // a duplicate ID: the first row wins, as in scoring
    present.add(c.key);
    const from = last.get(c.key);
    if (from === c.quadrant) continue;
    const cause = from ? causeOf(c, rows.get(c.key)!) : undefined;
    out.push({ stamp, key: c.key, id: c.id, from, to: c.quadrant, amount: c.amount, closeness: c.closeness, ...(cause ? { cause } : {}) });
  }
  const ids = new Map(previous.map((r) => [r.key, r.id]));
  for (const [key, from] of last)
    if (!present.has(key)) out.push({ stamp, key, id: ids.get(key) ?? key, from, to: undefined });
  return out;
}

/** A history row as the cells the add-in writes, in `HISTORY_COLUMNS` order (quadrants as their numerals; blanks as ""). */
export function historyCells(r: HistoryRow, lang: Lang): (string | number)[] {
  return [r.stamp, r.id, r.from ?? "", r.to ?? "", r.amount ?? "", r.closeness ?? "", causeText(r.cause, lang)];
}

/** Quadrant counts after each refresh that changed something, oldest first (at most `last`). */
export function countsOverRefreshes(
  rows: readonly HistoryRow[],
  last: number,
): { stamp: number; counts: Record<Quadrant, number> }[] {
  const sorted = [...rows].sort((a, b) => a.stamp - b.stamp);
  const state = new Map<string, Quadrant>();
  const out: { stamp: number; counts: Record<Quadrant, number> }[] = [];
  for (let i = 0; i < sorted.length; ) {
    const stamp = sorted[i].stamp;
    let reset = true;
    for (; i < sorted.length && sorted[i].stamp === stamp; i++) {
      reset &&= sorted[i].cause === "reset";
      const r = sorted[i];
      if (r.to) state.set(r.key, r.to);
      else state.delete(r.key);
    }
    // A refresh that only recorded a reset (the input changed shape) is no point of the trend:
    // its counts show in the next refresh's, not as a spike of their own.
    if (reset) continue;
    const counts = Object.fromEntries(QUADRANTS.map((q) => [q, 0])) as Record<Quadrant, number>;
    for (const q of state.values()) counts[q]++;
    out.push({ stamp, counts });
  }
  return out.slice(Math.max(0, out.length - last));
}

/** The latest move recorded for a customer (`CRM.MOVED`), or undefined when it never moved. */
export function lastMove(rows: readonly HistoryRow[], key: string): HistoryRow | undefined {
  let best: HistoryRow | undefined;
  for (const r of rows) if (r.key === key && r.from && r.to && (!best || r.stamp >= best.stamp)) best = r;
  return best;
}

/** A refresh time (Excel date-time serial) as "yyyy-mm-dd hh:mm" text, for chart categories and CRM.MOVED. */
export function stampText(serial: number, date1904: boolean): string {
  const base = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const ms = Math.round((serial + (!date1904 && serial < 61 ? 1 : 0)) * 86_400_000);
  const d = new Date(base + ms);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}
