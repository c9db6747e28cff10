/**
 * One workbook open in the workbench: the in-memory Excel installed as the global `Excel`, the
 * add-in's real Office.js host over it, and the custom functions' engine answering the grid's
 * `=CRM.*` formulas with the same code Excel runs. Other formulas show the value the file had.
 */
import type { FakeExcel } from "../fake-excel";
import { type ExcelHost, createExcelHost } from "../excel/excelHost";
import { type FunctionEngine, bindSharedEngine } from "../functions/engine";
import { gridEvaluator } from "../functions/grid";
import type { Day } from "../core/dates";
import type { Lang } from "../core/i18n";
import { renderChartPng } from "./chartImage";
import { a1 } from "./sheetModel";

/** Cached results of the file's own (non-CRM) formulas, by "sheet!A1". */
export type FormulaResults = ReadonlyMap<string, string | number | boolean>;

export interface Session {
  /** Tells sessions apart (a new one gets a fresh task pane). */
  id: number;
  fake: FakeExcel;
  host: ExcelHost;
  engine: FunctionEngine;
  /** Name for the downloaded copy. */
  fileName: string;
  /** The file's date system (serials mean other days in the 1904 system). */
  date1904: boolean;
  /** Stops the engine's listeners (before the next session replaces this one). */
  dispose(): void;
}

export interface SessionOptions {
  lang: Lang;
  fileName: string;
  date1904?: boolean;
  /** Pins "today" (tests and screenshots); the real date otherwise. */
  today?: Day;
  formulaResults?: FormulaResults;
  /** Called whenever formulas were recalculated, so the grid redraws. */
  onRecalculated(): void;
}

let sessions = 0;

export function openSession(fake: FakeExcel, options: SessionOptions): Session {
  fake.install(globalThis);
  const today = options.today;
  const host = createExcelHost(today === undefined ? {} : { today: () => today });
  const engine = bindSharedEngine(host, { lang: () => options.lang, ...(today === undefined ? {} : { today: () => today }) });
  const readCell = (sheet: string, address: string) => fake.workbook.values(sheet, address)[0]?.[0];
  const grid = gridEvaluator(engine, readCell, {
    recalculate: () => {
      fake.workbook.recalculate();
      options.onRecalculated();
    },
  });
  fake.workbook.setChartRenderer(renderChartPng);
  const cached = options.formulaResults;
  fake.workbook.setFormulaEvaluator((formula, at) => {
    const crm = grid.evaluate(formula, at);
    if (crm !== undefined) return crm;
    return cached?.get(`${at.sheet}!${a1(at)}`);
  });
  return {
    id: ++sessions,
    fake,
    host,
    engine,
    fileName: options.fileName,
    date1904: options.date1904 ?? false,
    dispose() {
      grid.dispose();
      void engine.dispose();
    },
  };
}
