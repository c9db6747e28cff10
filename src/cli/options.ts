/**
 * The options every command shares: the as-of date and the language.
 *
 * Language: `--lang` wins; otherwise a Chinese locale in LC_ALL / LC_MESSAGES / LANG means
 * zh-CN; otherwise the workbook decides — Chinese customer-sheet headers mean zh-CN, anything
 * else en-US. An English locale does not override a Chinese workbook, because many terminals
 * and servers run with LANG=C or en_US whatever their user reads, while a workbook whose headers
 * are 客户编号 and 客户名称 says plainly who will read the output.
 */
import { type Lang, langFromLocale } from "../core/i18n";
import { type Day, parseIsoDay } from "../core/dates";
import { CliError } from "./io";
import type { Progress } from "../core/progress";
import type { TableKey } from "../core/table";
import { TABLES } from "../core/schema";
import type { SheetChoices } from "../core/locate";
import { SHEET_FIELD } from "../core/columns/stored";

export interface CommonOptions {
  asOf?: string;
  lang?: string;
  json?: boolean;
  /** `--map table.field=Caption`, repeatable: the user's column choices. */
  map?: string[];
  /** Not a flag: where long work reports, set by run.ts when a person watches a terminal. */
  onProgress?: Progress;
}

/** What `--map` says: field choices per dataset, and the sheet chosen for a dataset. */
export interface MapOption {
  choices: Partial<Record<TableKey, Record<string, string | null>>>;
  sheets: SheetChoices;
}

/**
 * `--map purchases.amount="交易金额(元)"` (an empty caption or `none`: the table has no such
 * column); `--map customers.sheet="客户名单"` chooses the sheet when two fit.
 */
export function mapOption(specs: readonly string[] | undefined): MapOption {
  const out: MapOption = { choices: {}, sheets: {} };
  for (const spec of specs ?? []) {
    const m = /^\s*([A-Za-z]+)\.([A-Za-z]+)\s*=(.*)$/.exec(spec);
    const table = m && (Object.keys(TABLES) as TableKey[]).find((k) => k.toLowerCase() === m[1].toLowerCase());
    const caption = m ? m[3].trim().replace(/^"(.*)"$/, "$1") : "";
    if (m && table && m[2].toLowerCase() === SHEET_FIELD && caption !== "") {
      out.sheets[table] = caption;
      continue;
    }
    const field = table && TABLES[table].columns.find((c) => c.key.toLowerCase() === m![2].toLowerCase());
    if (!m || !table || !field) throw new CliError("cli.error.map", { value: spec });
    (out.choices[table] ??= {})[field.key] = caption === "" || caption.toLowerCase() === "none" ? null : caption;
  }
  return out;
}

/** The `--as-of` day, or undefined for the default (the settings table's asOf, else today). */
export function asOfOption(text: string | undefined): Day | undefined {
  if (text === undefined) return undefined;
  const day = parseIsoDay(text);
  if (day === undefined) throw new CliError("cli.error.asOf", { value: text });
  return day;
}

/** `--lang zh-CN|en-US` (also `zh`, `zh_CN`, `en` …), else undefined. */
export function langOption(text: string | undefined): Lang | undefined {
  if (text === undefined) return undefined;
  if (/^zh([-_]|$)/i.test(text)) return "zh-CN";
  if (/^en([-_]|$)/i.test(text)) return "en-US";
  throw new CliError("cli.error.lang", { value: text });
}

/** Chinese when the environment's locale says so; undefined lets the workbook decide. */
export function envLang(env: NodeJS.ProcessEnv): Lang | undefined {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return langFromLocale(locale) === "zh-CN" ? "zh-CN" : undefined;
}
