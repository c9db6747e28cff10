/**
 * The one engine of the add-in's runtime, shared by the CRM.* functions and the task pane: both
 * call `crmEngine()` and get the same snapshot, the same reads and the same change events. In
 * Excel it binds itself to the Office.js host on first use, in Office's display language; the
 * workbench and tests bind their own host first (`bindSharedEngine`) or name one here.
 *
 * The task pane's view of the index:
 *   const engine = crmEngine();
 *   const snap = await engine.snapshot();          // Analysis of the linked tables, read once
 *   const stop = engine.subscribe((snap) => …);     // every new snapshot after a table change
 */
import { excelHost } from "../excel/excelHost";
import { type BookSource, type FunctionEngine, bindSharedEngine, sharedEngine } from "./engine";
import { officeLang } from "./runtime";

let defaultSource: () => BookSource = () => excelHost;

/** Names the host `crmEngine()` binds to when nothing is bound yet (Excel: the Office.js host). */
export function setDefaultBookSource(factory: () => BookSource): void {
  defaultSource = factory;
}

export function crmEngine(): FunctionEngine {
  return sharedEngine() ?? bindSharedEngine(defaultSource(), { lang: officeLang });
}
