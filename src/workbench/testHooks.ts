/**
 * `window.__workbench`: what browser tests (and a curious developer's console) may inspect — the
 * in-memory Excel, the add-in's host over it, the language, the pane width and a version that
 * moves on every change of the workbook.
 */
import type { FakeExcel } from "../fake-excel";
import type { ExcelHost } from "../excel/excelHost";
import type { FunctionEngine } from "../functions/engine";
import type { Lang } from "../core/i18n";
import type { Session } from "./session";

export interface WorkbenchGlobals {
  fake: FakeExcel;
  host: ExcelHost;
  engine: FunctionEngine;
  lang: Lang;
  width: number;
  version: number;
}

declare global {
  interface Window {
    __workbench?: WorkbenchGlobals;
  }
}

export function exposeForTests({ session, lang, version, width }: { session: Session; lang: Lang; version: number; width: number }): void {
  window.__workbench = { fake: session.fake, host: session.host, engine: session.engine, lang, width, version };
}
