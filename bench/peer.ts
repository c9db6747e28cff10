/**
 * The alternative a rep or an analyst would build: the same quadrant table as plain formulas,
 * evaluated by HyperFormula (GPL, dev-only: a benchmark peer, never imported from src/).
 *
 * Sheets: Purchases (ID, date serial, amount, status — the same cells the core reads),
 * Customers (one row per customer: SUMIFS, COUNTIFS, a bad-payment COUNTIFS, closeness and the
 * quadrant IFs) and Params (as-of date, window start by EDATE, window, penalty, and the two
 * thresholds as ARRAYFORMULA(MEDIAN(IF(range>0, range))), 0 when no value is positive).
 */
import { HyperFormula } from "hyperformula";
import type { RawBook } from "../src/core/table";
import { type Day, serialFromDay } from "../src/core/dates";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { now } from "./timing";

export const PEER_ENGINE = `hyperformula ${HyperFormula.version}`;

export interface PeerSheets {
  sheets: Record<string, (string | number | null)[][]>;
  customers: number;
}

/** Turns a bench book into the three sheets: the data as cells, the rule as formulas. */
export function peerSheets(raw: RawBook, asOf: Day): PeerSheets {
  const customers = raw.tables.customers!.rows;
  const purchaseRows = raw.tables.purchases!.rows;
  // Purchases columns in the bench book: ID, date, product, amount, status.
  const purchases = purchaseRows.map((r) => [r[0], r[1], r[3], r[4]] as (string | number | null)[]);
  const m = Math.max(purchases.length, 1);
  const id = `Purchases!$A$1:$A$${m}`;
  const date = `Purchases!$B$1:$B$${m}`;
  const amount = `Purchases!$C$1:$C$${m}`;
  const status = `Purchases!$D$1:$D$${m}`;
  const inWindow = (r: number) => `${id},$A${r},${date},">"&Params!$A$2,${date},"<="&Params!$A$1`;
  const high = (col: string, r: number, t: string) => `AND(${col}${r}>=Params!${t},${col}${r}>0)`;
  const n = customers.length;
  const rows = customers.map((c, i) => {
    const r = i + 1;
    return [
      c[0] as string,
      `=ROUND(SUMIFS(${amount},${inWindow(r)}),6)`,
      `=COUNTIFS(${inWindow(r)})`,
      `=COUNTIFS(${inWindow(r)},${status},"逾期")+COUNTIFS(${inWindow(r)},${status},"坏账")`,
      `=C${r}/Params!$A$3*IF(D${r}>0,1-Params!$A$4,1)`,
      `=IF(${high("B", r, "$A$5")},IF(${high("E", r, "$A$6")},"I","II"),IF(${high("E", r, "$A$6")},"IV","III"))`,
    ];
  });
  const median = (col: string) =>
    `=IFERROR(ARRAYFORMULA(MEDIAN(IF(Customers!${col}1:${col}${Math.max(n, 1)}>0,Customers!${col}1:${col}${Math.max(n, 1)}))),0)`;
  const params = [
    [serialFromDay(asOf, false)],
    [`=EDATE(A1,-A3)`],
    [DEFAULT_SETTINGS.windowMonths],
    [DEFAULT_SETTINGS.badPaymentPenalty],
    [median("B")],
    [median("E")],
  ];
  return { sheets: { Purchases: purchases, Customers: rows, Params: params }, customers: n };
}

export interface PeerRun {
  quadrants: string[];
  /** Build (parse + first full evaluation) and read-back of the quadrant column. */
  ms: number;
}

/** One cold evaluation: what opening the workbook (or a full recalculation) costs the peer. */
export function runPeer(input: PeerSheets): PeerRun {
  const t = now();
  const hf = HyperFormula.buildFromSheets(input.sheets, {
    licenseKey: "gpl-v3",
    maxRows: 10_000_000,
  });
  const sheet = hf.getSheetId("Customers")!;
  const quadrants: string[] = [];
  for (let r = 0; r < input.customers; r++) quadrants.push(String(hf.getCellValue({ sheet, row: r, col: 5 })));
  const ms = now() - t;
  hf.destroy();
  return { quadrants, ms };
}
