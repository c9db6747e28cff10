/**
 * Opening the Today tab at 2,000 demo customers (issue 21): today's plan from the scored book
 * (`planForPane`) and React rendering the tab's content with its actions (react-dom/server in
 * this process: the component work, without the browser's layout and paint). The peer, measured
 * in the same run, is the tab as it was before capacity: every candidate listed with its actions.
 */
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { type Analysis, analyze } from "../src/core/analyze";
import type { RawBook, RawTable, TableKey } from "../src/core/table";
import { demoBook } from "../src/demo/demoBook";
import { parseIsoDay } from "../src/core/dates";
import { type PanePlan, type PlanItem, planAll, planForPane } from "../src/core/plan";
import { PlanList } from "../src/taskpane/plan/PlanList";
import { PlanActions } from "../src/taskpane/plan/PlanActions";
import type { Writer } from "../src/taskpane/useWriter";
import { measure, round } from "./timing";

export interface TodayTabResult {
  customers: number;
  /** Today's entries, and the appointments among them (kept past the limit). */
  entries: number;
  appointments: number;
  /** dailyVisits + dailyCalls. */
  capacity: number;
  /** entries ≤ capacity + appointments. */
  withinCapacity: boolean;
  /** Candidates still due, not today. */
  later: number;
  planMs: number;
  renderMs: number;
  /** planMs + renderMs: what opening the tab costs the pane. */
  openMs: number;
  /** The peer: every candidate rendered with its actions, as the tab did before. */
  peerMs: number;
  /** peerMs / openMs. */
  ratio: number;
}

const AS_OF = "2026-03-05";

function demoRaw(customers: number): { raw: RawBook; asOf: number } {
  const asOf = parseIsoDay(AS_OF)!;
  const book = demoBook({ lang: "zh-CN", asOf, customers });
  const tables: Partial<Record<TableKey, RawTable>> = {};
  for (const table of Object.values(book.tables))
    tables[table.key] = { sheet: table.sheet, headerRow: 1, firstColumn: 0, headers: table.headers, rows: table.rows };
  return { raw: { tables, date1904: false }, asOf };
}

const idleWriter: Writer = { state: { busy: false }, append: () => Promise.resolve([]), clear: () => undefined };

function renderTab(analysis: Analysis, plan: PanePlan): string {
  return renderToString(
    createElement(
      FluentProvider,
      { theme: webLightTheme },
      createElement(PlanList, {
        analysis,
        plan,
        lang: "zh-CN",
        onSelect: () => undefined,
        renderActions: (item: PlanItem) =>
          createElement(PlanActions, { analysis, item, lang: "zh-CN", writer: idleWriter, onOpenCustomer: () => undefined }),
      }),
    ),
  );
}

export function benchTodayTab(customers = 2_000): TodayTabResult {
  const { raw, asOf } = demoRaw(customers);
  const analysis = analyze(raw, { asOf, lang: "zh-CN" });
  const plan = measure(() => planForPane(analysis), { runs: 9 });
  const pane = plan.result;
  const render = measure(() => renderTab(analysis, pane), { runs: 9 });
  // The peer: the tab before capacity listed every candidate, each with its actions.
  const everyone: PanePlan = { today: planAll(analysis), later: [], contacted: pane.contacted };
  const peer = measure(() => renderTab(analysis, everyone), { runs: 3, warmup: 1 });
  const s = analysis.book.settings;
  const capacity = (s.dailyVisits ?? Infinity) + (s.dailyCalls ?? Infinity);
  const appointments = pane.today.filter((p) => p.reason === "appointment").length;
  const openMs = plan.median + render.median;
  return {
    customers,
    entries: pane.today.length,
    appointments,
    capacity,
    withinCapacity: pane.today.length <= capacity + appointments,
    later: pane.later.length,
    planMs: round(plan.median, 2),
    renderMs: round(render.median, 2),
    openMs: round(openMs, 2),
    peerMs: round(peer.median, 1),
    ratio: round(peer.median / openMs, 1),
  };
}
