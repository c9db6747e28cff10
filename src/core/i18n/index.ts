/**
 * The one way user-visible text is produced: `t(lang, key, params)`. Strings live in
 * `strings/*.ts`, one file per area, each with every key in both languages (a test checks).
 */
import { coreStrings } from "./strings/core";
import { excelStrings } from "./strings/excel";
import { taskpaneStrings } from "./strings/taskpane";
import { functionStrings } from "./strings/functions";
import { cliStrings } from "./strings/cli";
import { columnStrings } from "./strings/columns";
import { cellStrings } from "./strings/cells";
import { groupStrings } from "./strings/groups";
import { customer360Strings } from "./strings/customer360";
import { coverageStrings } from "./strings/coverage";
import { realExcelStrings } from "./strings/realExcel";
import { dashboardStrings } from "./strings/dashboard";
import { reviewStrings } from "./strings/review";
import { columnMapStrings } from "./strings/columnMap";
import { progressStrings } from "./strings/progress";
import { excelLimitStrings } from "./strings/excelLimits";
import { planStrings } from "./strings/plan";
import { teamStrings } from "./strings/team";
import { warehouseStrings } from "./strings/warehouse";
import { bindingStrings } from "./strings/binding";
import { inputShapeStrings } from "./strings/inputShape";
import { accountsStrings } from "./strings/accounts";
import { workbenchStrings } from "./strings/workbench";
import { ledgerStrings } from "./strings/ledger";
import { besideUserStrings } from "./strings/besideUser";

export type Lang = "zh-CN" | "en-US";
export const LANGS: readonly Lang[] = ["zh-CN", "en-US"];

export type Params = Record<string, string | number>;
export type Catalog = Record<string, { "zh-CN": string; "en-US": string }>;

const AREAS: readonly Catalog[] = [
  coreStrings,
  excelStrings,
  taskpaneStrings,
  functionStrings,
  cliStrings,
  columnStrings,
  cellStrings,
  groupStrings,
  customer360Strings,
  coverageStrings,
  realExcelStrings,
  dashboardStrings,
  reviewStrings,
  columnMapStrings,
  progressStrings,
  excelLimitStrings,
  planStrings,
  teamStrings,
  warehouseStrings,
  bindingStrings,
  inputShapeStrings,
  accountsStrings,
  workbenchStrings,
  ledgerStrings,
  besideUserStrings,
];
const catalog: Catalog = Object.assign({}, ...AREAS);

/** For tests: keys defined by more than one area (each key must have one owner). */
export function duplicateKeys(): string[] {
  const seen = new Set<string>();
  return AREAS.flatMap((a) => Object.keys(a)).filter((k) => (seen.has(k) ? true : (seen.add(k), false)));
}

/** Translates `key`, filling `{name}` placeholders from `params`. Unknown keys are a programmer error. */
export function t(lang: Lang, key: string, params?: Params): string {
  const entry = catalog[key];
  if (!entry) throw new Error(`missing i18n key: ${key}`);
  let text = entry[lang];
  if (!params) return text;
  // English counts agree with their noun: "1 row", not "1 rows" (Chinese has no plural).
  if (lang === "en-US") text = text.replace(PLURAL_AFTER_COUNT, (m, p: string, adj: string, noun: string) => (String(params[p]) === "1" ? `{${p}} ${adj}${SINGULAR[noun]}` : m));
  return text.replace(/\{(\w+)\}/g, (m, p: string) => (p in params ? String(params[p]) : m));
}

/** The nouns the strings count, plural → singular. */
const SINGULAR: Record<string, string> = {
  rows: "row",
  days: "day",
  customers: "customer",
  cells: "cell",
  purchases: "purchase",
  months: "month",
  conflicts: "conflict",
  images: "image",
  policies: "policy",
  households: "household",
  visits: "visit",
  calls: "call",
  problems: "problem",
  reviews: "review",
  books: "book",
  members: "member",
  holdings: "holding",
  years: "year",
  errors: "error",
};
/** A count placeholder, an optional adjective ("1 empty cell"), a counted noun. */
const PLURAL_AFTER_COUNT = new RegExp(`\\{(\\w+)\\} ((?:empty |new |more |other )?)(${Object.keys(SINGULAR).join("|")})\\b`, "g");

/** zh-CN for any Chinese display language (zh, zh-CN, zh-TW, zh-Hans…), en-US otherwise. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^zh\b/i.test(locale.replace("_", "-")) ? "zh-CN" : "en-US";
}

/** Whether a key exists (for wordings that only some codes have). */
export function hasKey(key: string): boolean {
  return key in catalog;
}

/** For tests: every registered key. */
export function catalogKeys(): string[] {
  return Object.keys(catalog);
}
