/** The workbench's own strings (keys `taskpane.workbench.*`), in the language the page is showing. */
import { createContext, useContext } from "react";
import { type Lang, type Params, t } from "../core/i18n";

export const LangContext = createContext<Lang>("zh-CN");

export function useWorkbenchText(): (key: string, params?: Params) => string {
  const lang = useContext(LangContext);
  return (key, params) => t(lang, `taskpane.workbench.${key}`, params);
}
