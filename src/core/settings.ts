/**
 * The settings table (SPEC section 2, crmSettings): one row per key, visible and editable by the
 * user. A value that cannot be read falls back to its default and is reported.
 */
import type { RawTable } from "./table";
import type { Problem } from "./quality";
import type { Day } from "./dates";
import { parseDate } from "./parse/date";
import { isBlank } from "./parse/result";
import { TABLES, mapHeaders, matchKey } from "./schema";
import { DEFAULT_CADENCE, type Quadrant } from "./strategy";
import { type Lang, t } from "./i18n";
import { DEFAULT_GAP_RULES, GAP_RULE_KEYS, type GapRuleKey, type GapRules, formatCoverList, parseCoverList } from "./coverage/rules";

export type Threshold = number | "median";

export interface Settings {
  windowMonths: number;
  badPaymentPenalty: number;
  amountThreshold: Threshold;
  closenessThreshold: Threshold;
  borderlineMargin: number;
  cadence: Record<Quadrant, number>;
  renewalDays: number;
  /** Net profit margin on sales: a bad debt of L takes L ÷ margin of extra sales to make up (seeds/002). */
  profitMargin: number;
  /** Birthday greeting templates (`{name}` is replaced); blank = the built-in text. */
  greeting: { "zh-CN"?: string; "en-US"?: string };
  /** Household protection (SPEC 5b): the covers each relationship should have. */
  gapRules: GapRules;
  /** The as-of date for custom functions and the pane; undefined = today. */
  asOf?: Day;
}

export const DEFAULT_SETTINGS: Settings = {
  windowMonths: 12,
  badPaymentPenalty: 0.5,
  amountThreshold: "median",
  closenessThreshold: "median",
  borderlineMargin: 0.1,
  cadence: { ...DEFAULT_CADENCE },
  renewalDays: 60,
  // The middle of the deck's 2 %–6 % margin table (seeds/002); the rep types their own.
  profitMargin: 0.05,
  greeting: {},
  gapRules: DEFAULT_GAP_RULES,
};

type Reader = (value: unknown, date1904: boolean) => unknown;

const positiveInt: Reader = (v) => {
  const n = toNumber(v);
  return n !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
};
const fraction: Reader = (v) => {
  const n = toNumber(v);
  return n !== undefined && n >= 0 && n <= 1 ? n : undefined;
};
const threshold: Reader = (v) => {
  if (typeof v === "string" && ["median", "中位数"].includes(matchKey(v))) return "median";
  const n = toNumber(v);
  return n !== undefined && n >= 0 ? n : undefined;
};
const margin: Reader = (v) => {
  const n = toNumber(v);
  return n !== undefined && n > 0 && n <= 1 ? n : undefined;
};
const text: Reader = (v) => (typeof v === "string" || typeof v === "number" ? String(v).trim() : undefined);
const optionalDate: Reader = (v, date1904) => {
  if (isBlank(v)) return null;
  const p = parseDate(v as never, date1904);
  return p.ok ? p.value.day : undefined;
};

/** Setting keys in the order setup writes them, with how each is read. */
export const SETTING_KEYS = [
  "windowMonths",
  "badPaymentPenalty",
  "amountThreshold",
  "closenessThreshold",
  "borderlineMargin",
  "cadenceI",
  "cadenceII",
  "cadenceIII",
  "cadenceIV",
  "renewalDays",
  "asOf",
  "profitMargin",
  "greetingZh",
  "greetingEn",
  ...GAP_RULE_KEYS,
] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

const READERS: Record<SettingKey, Reader> = {
  windowMonths: positiveInt,
  badPaymentPenalty: fraction,
  amountThreshold: threshold,
  closenessThreshold: threshold,
  borderlineMargin: fraction,
  cadenceI: positiveInt,
  cadenceII: positiveInt,
  cadenceIII: positiveInt,
  cadenceIV: positiveInt,
  renewalDays: positiveInt,
  asOf: optionalDate,
  profitMargin: margin,
  greetingZh: text,
  greetingEn: text,
  gapSelf: parseCoverList,
  gapSpouse: parseCoverList,
  gapChild: parseCoverList,
  gapParent: parseCoverList,
  gapSelfWithChild: parseCoverList,
};

/** Keys whose blank value means something (today; no gap rule) rather than "use the default". */
const BLANK_IS_A_VALUE = new Set<SettingKey>(["asOf", ...GAP_RULE_KEYS]);
const isGapRuleKey = (key: SettingKey): key is GapRuleKey => (GAP_RULE_KEYS as readonly string[]).includes(key);

/** The value setup writes for each key (a date setting starts empty: today; a gap rule in words of `lang`). */
export function defaultSettingValue(key: SettingKey, lang: Lang = "en-US"): string | number {
  if (isGapRuleKey(key)) return formatCoverList(DEFAULT_GAP_RULES[key], lang);
  switch (key) {
    case "cadenceI":
    case "cadenceII":
    case "cadenceIII":
    case "cadenceIV":
      return DEFAULT_SETTINGS.cadence[key.slice(7) as Quadrant];
    case "asOf":
      return "";
    case "greetingZh":
      return t("zh-CN", "greeting.default");
    case "greetingEn":
      return t("en-US", "greeting.default");
    default:
      return DEFAULT_SETTINGS[key];
  }
}

function toNumber(v: unknown): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v === "string" && v.trim() !== "") {
    const n = Number(v.normalize("NFKC").trim());
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

export function readSettings(table: RawTable | undefined, date1904: boolean, problems: Problem[], lang: Lang = "en-US"): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS, cadence: { ...DEFAULT_SETTINGS.cadence }, greeting: {}, gapRules: { ...DEFAULT_SETTINGS.gapRules } };
  if (!table) return settings;
  const cols = mapHeaders(TABLES.settings, table.headers);
  const keyCol = cols.get("key");
  const valueCol = cols.get("value");
  if (keyCol === undefined || valueCol === undefined) return settings;
  const known = new Map(SETTING_KEYS.map((k) => [matchKey(k), k]));
  table.rows.forEach((row, i) => {
    const key = known.get(matchKey(String(row[keyCol] ?? "")));
    if (!key) return;
    const raw = row[valueCol];
    if (isBlank(raw) && !BLANK_IS_A_VALUE.has(key)) return;
    const value = READERS[key](raw, date1904);
    if (value === undefined) {
      problems.push({
        severity: "warning",
        code: "setting.invalid",
        table: "settings",
        sheet: table.sheet,
        row: table.headerRow + 1 + i,
        column: table.headers[valueCol],
        columnIndex: table.firstColumn + valueCol,
        params: { key, value: String(raw), default: String(defaultSettingValue(key, lang)) },
      });
      return;
    }
    apply(settings, key, value);
  });
  return settings;
}

function apply(s: Settings, key: SettingKey, value: unknown): void {
  if (isGapRuleKey(key)) {
    s.gapRules[key] = value as GapRules[GapRuleKey];
    return;
  }
  switch (key) {
    case "cadenceI":
    case "cadenceII":
    case "cadenceIII":
    case "cadenceIV":
      s.cadence[key.slice(7) as Quadrant] = value as number;
      return;
    case "asOf":
      s.asOf = value === null ? undefined : (value as Day);
      return;
    case "amountThreshold":
    case "closenessThreshold":
      s[key] = value as Threshold;
      return;
    case "greetingZh":
    case "greetingEn":
      s.greeting = { ...s.greeting, [key === "greetingZh" ? "zh-CN" : "en-US"]: value as string };
      return;
    default:
      s[key] = value as number;
  }
}
