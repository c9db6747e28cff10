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
import { analyze } from "../src/core/analyze";
import { makeBook } from "./data";
import { fullGc, measure, median, now, round } from "./timing";

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
  /** Recalculation after one purchase amount is edited (every SUMIFS depends on the whole range). */
  editMs?: number;
}

/** One cold evaluation: what opening the workbook (or a full recalculation) costs the peer. */
export function runPeer(input: PeerSheets, edit = false): PeerRun {
  const t = now();
  const hf = HyperFormula.buildFromSheets(input.sheets, {
    licenseKey: "gpl-v3",
    maxRows: 10_000_000,
  });
  const sheet = hf.getSheetId("Customers")!;
  const quadrants: string[] = [];
  for (let r = 0; r < input.customers; r++) quadrants.push(String(hf.getCellValue({ sheet, row: r, col: 5 })));
  const ms = now() - t;
  let editMs: number | undefined;
  if (edit && input.sheets.Purchases.length > 0) {
    const purchases = hf.getSheetId("Purchases")!;
    const e = now();
    hf.setCellContents({ sheet: purchases, row: 0, col: 2 }, [[123_456]]);
    hf.getCellValue({ sheet, row: 0, col: 5 });
    editMs = now() - e;
  }
  hf.destroy();
  return { quadrants, ms, editMs };
}

export interface PeerSize {
  customers: number;
  purchases: number;
  peerMs: number;
  coreMs: number;
  ratio: number;
  sameQuadrants: boolean;
  /** Timed runs behind the peer's median (1 at the sizes where one run takes most of a minute). */
  peerRuns: number;
  /** One purchase amount edited: the peer's recalculation (null where a run is too long to repeat). */
  peerEditMs: number | null;
}

export interface PeerResult {
  engine: string;
  /** The largest size both ran: the headline figures. */
  customers: number;
  purchases: number;
  peerMs: number;
  coreMs: number;
  ratio: number;
  /** Every size agreed on every customer's quadrant. */
  sameQuadrants: boolean;
  sizes: PeerSize[];
  /** Why the ladder stopped. */
  stoppedBecause: string;
}

export interface PeerOptions {
  ladder: [number, number][];
  /** Stop once the peer took longer than this (ms), or before a size predicted at 1.5× it. */
  limitMs: number;
  /** Timed peer runs are repeated while their total stays under this (ms). */
  repeatBudgetMs: number;
  log?: (line: string) => void;
}

/**
 * Grows the book along the ladder until the peer takes about a minute: each next size's time is
 * predicted from the last one (linear in customers × purchases, which is what SUMIFS over the
 * whole purchase range per customer costs — the measured growth is slightly worse) and skipped
 * when the prediction passes the limit.
 */
export function benchPeer(o: PeerOptions): PeerResult {
  const sizes: PeerSize[] = [];
  let stoppedBecause = "ladder exhausted";
  // The core is timed at every size before the peer runs at all: minutes of HyperFormula leave a
  // large heap behind, and a major GC landing in a 10 ms measurement would be billed to the core.
  const coreAt = o.ladder.map(([n, m]) => {
    const bench = makeBook(n, m);
    return measure(() => analyze(bench.raw, { asOf: bench.asOf }), { warmup: 3, warmupMs: 500, runs: 11 });
  });
  for (const [step, [n, m]] of o.ladder.entries()) {
    const prev = sizes[sizes.length - 1];
    if (prev) {
      const predicted = prev.peerMs * ((n * m) / (prev.customers * prev.purchases));
      if (predicted > 1.5 * o.limitMs) {
        stoppedBecause = `the next size, ${n}×${m}, would take about ${Math.round(predicted / 1000)} s`;
        break;
      }
    }
    const bench = makeBook(n, m);
    const core = coreAt[step];
    const input = peerSheets(bench.raw, bench.asOf);
    const times: number[] = [];
    let run = runPeer(input);
    // A warm-up run when runs are cheap; otherwise the first run is the measurement.
    if (run.ms < o.repeatBudgetMs) run = runPeer(input);
    times.push(run.ms);
    while (times.reduce((a, b) => a + b, 0) + run.ms < o.repeatBudgetMs && times.length < 5) {
      fullGc();
      run = runPeer(input);
      times.push(run.ms);
    }
    const edited = run.ms < o.repeatBudgetMs / 2 ? runPeer(input, true).editMs : undefined;
    const scores = core.result.scores;
    const sameQuadrants =
      scores.length === run.quadrants.length && scores.every((s, i) => s.quadrant === run.quadrants[i]);
    const peerMs = median(times);
    sizes.push({
      customers: n,
      purchases: m,
      peerMs: round(peerMs),
      coreMs: round(core.median, 2),
      ratio: round(peerMs / core.median),
      sameQuadrants,
      peerRuns: times.length,
      peerEditMs: edited === undefined ? null : round(edited),
    });
    o.log?.(
      `  peer ${n}×${m}: ${round(peerMs / 1000, 2)} s (${times.length} run${times.length > 1 ? "s" : ""}), core ${round(core.median, 2)} ms, same quadrants: ${sameQuadrants}`,
    );
    if (peerMs > o.limitMs) {
      stoppedBecause = `${n}×${m} took ${Math.round(peerMs / 1000)} s, past the ${o.limitMs / 1000} s limit`;
      break;
    }
  }
  const top = sizes[sizes.length - 1];
  return {
    engine: PEER_ENGINE,
    customers: top.customers,
    purchases: top.purchases,
    peerMs: top.peerMs,
    coreMs: top.coreMs,
    ratio: top.ratio,
    sameQuadrants: sizes.every((s) => s.sameQuadrants),
    sizes,
    stoppedBecause,
  };
}
