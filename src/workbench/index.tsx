/**
 * The workbench's entry: a plain page (no office.js). `?lang=en-US` starts in English (zh-CN by
 * default); `?asOf=2026-03-05` pins "today" so tests and screenshots see the same demo every day;
 * `?customers=2000` makes a bigger demo (to feel how a large book behaves).
 */
import { createRoot } from "react-dom/client";
import { langFromLocale } from "../core/i18n";
import { parseIsoDay, todayDay } from "../core/dates";
import { Workbench } from "./Workbench";

const params = new URLSearchParams(window.location.search);
const lang = langFromLocale(params.get("lang") ?? "zh-CN");
const today = parseIsoDay(params.get("asOf") ?? "") ?? todayDay();
const customers = Number(params.get("customers")) || undefined;

document.documentElement.lang = lang;
document.body.style.margin = "0";
const root = document.getElementById("root");
if (root) createRoot(root).render(<Workbench initialLang={lang} today={today} customers={customers} />);
