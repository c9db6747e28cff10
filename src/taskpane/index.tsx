/**
 * The task pane's entry in Excel: once Office is ready, the pane speaks Office's display language
 * and works on the open workbook through the Office.js host.
 */
import { createRoot } from "react-dom/client";
import { langFromLocale } from "../core/i18n";
import { excelHost } from "../excel/excelHost";
import { App } from "./App";

void Office.onReady(() => {
  const lang = langFromLocale(Office.context.displayLanguage);
  document.documentElement.lang = lang;
  document.body.style.margin = "0";
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<App host={excelHost} lang={lang} />);
});
