/**
 * The settings table (SPEC section 2, crmSettings): one row per key, visible and editable by the
 * user. A value that cannot be read falls back to its default and is reported.
 */
import type { RawTable } from "./table";
import type { Problem } from "./quality";
import type { Day } from "./dates";
import { parseDate } from "./parse/date";
import { isBlank } from "./parse/result";
import { ASSET_CLASSES, type EnumValue, TABLES, matchKey } from "./schema";
import { mapHeaders } from "./columns";
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
  /** Asset review (SPEC 5): AUM tier thresholds, ascending (tier n = at or above the n-th). */
  tierThresholds: number[];
  /** Watch a client within this fraction above their tier's threshold. */
  watchMargin: number;
  /** The target frame: percent per bucket (spending, protection, growth, preservation). */
  targetFrame: Record<FrameBucket, number>;
  /** Which bucket of the frame each asset class counts in (loans in none). */
  frameClasses: Record<string, FrameBucket>;
  /** Risk preference (as written, matched by meaning) → the highest risk level it allows. */
  riskLimits: { label: string; level: number }[];
  /** Holdings maturing within this many days go on today's plan. */
  maturityDays: number;
  // Today's plan (SPEC 4).
  /** Visits a day on today's plan; null = no limit (appointments are always kept). */
  dailyVisits: number | null;
  /** Calls (phone, SMS, WeChat, email) a day on today's plan; null = no limit. */
  dailyCalls: number | null;
  /** A borderline customer is due after floor(cadence × this): the edge is watched more closely. */
  borderlineCadence: number;
  /** Birthdays from today to this many days ahead go on today's plan. */
  birthdayDays: number;
  // crm team (issue 27):
  /** Whose book this is: the rep's name in a manager's team view (blank = the file's name). */
  owner: string;
  // Key accounts (SPEC 5c):
  /** T_P: a purchase potential at or above it is high (number, or the median of the positive potentials). */
  potentialThreshold: Threshold;
  /** Our share of a customer's potential below this is low (侵扰 / 放弃). */
  shareLow: number;
  /** At or above this share a high-potential customer is ours to defend (保留). */
  shareHigh: number;
  /** An open opportunity in its stage longer than this many days is stale. */
  staleDays: number;
}

export const FRAME_BUCKETS = ["spending", "protection", "growth", "preservation"] as const;
export type FrameBucket = (typeof FRAME_BUCKETS)[number];

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
  tierThresholds: [50_000, 500_000, 6_000_000],
  watchMargin: 0.1,
  targetFrame: { spending: 10, protection: 20, growth: 30, preservation: 40 },
  frameClasses: {
    deposits: "spending",
    insurance: "protection",
    stocks: "growth",
    funds: "growth",
    property: "growth",
    bonds: "preservation",
    wealth: "preservation",
    other: "preservation",
  },
  riskLimits: [
    ["保守", 1], ["谨慎", 2], ["稳健", 3], ["平衡", 3], ["积极", 4], ["进取", 4], ["成长", 4], ["激进", 5],
    ["conservative", 1], ["cautious", 2], ["balanced", 3], ["moderate", 3], ["growth", 4], ["aggressive", 5],
  ].map(([label, level]) => ({ label: label as string, level: level as number })),
  maturityDays: 30,
  dailyVisits: 6,
  dailyCalls: 15,
  borderlineCadence: 0.5,
  birthdayDays: 3,
  owner: "",
  potentialThreshold: "median",
  shareLow: 0.2,
  shareHigh: 0.5,
  staleDays: 30,
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
const count: Reader = (v) => {
  const n = toNumber(v);
  return n !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined;
};
/** A daily limit: a whole number, 0 included (a day off: appointments only); blank = no limit. */
const limit: Reader = (v, date1904) => (isBlank(v) ? null : count(v, date1904));
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
  "tierThresholds",
  "watchMargin",
  "targetFrame",
  "frameClasses",
  "riskLimits",
  "maturityDays",
  // Today's plan (SPEC 4)
  "dailyVisits",
  "dailyCalls",
  "borderlineCadence",
  "birthdayDays",
  // crm team (issue 27)
  "owner",
  // Key accounts (SPEC 5c)
  "potentialThreshold",
  "shareLow",
  "shareHigh",
  "staleDays",
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
  tierThresholds: (v) => {
    const list = numberList(v);
    return list && list.length > 0 && list.every((n, i) => n > 0 && (i === 0 || n > list[i - 1])) ? list : undefined;
  },
  watchMargin: fraction,
  targetFrame: (v) => {
    const list = numberList(v);
    if (!list || list.length !== FRAME_BUCKETS.length || list.some((n) => n < 0)) return undefined;
    if (Math.abs(list.reduce((a, b) => a + b, 0) - 100) > 1e-9) return undefined;
    return Object.fromEntries(FRAME_BUCKETS.map((b, i) => [b, list[i]]));
  },
  frameClasses: (v) => {
    const pairs = pairList(v);
    if (!pairs) return undefined;
    const out: Record<string, FrameBucket> = {};
    for (const [cls, bucket] of pairs) {
      const c = enumKeyOf(ASSET_CLASSES, cls);
      const b = FRAME_BUCKETS.find((x) => x === bucket.toLowerCase());
      if (!c || !b || c === "loans") return undefined;
      out[c] = b;
    }
    return out;
  },
  riskLimits: (v) => {
    const pairs = pairList(v);
    if (!pairs) return undefined;
    const out: { label: string; level: number }[] = [];
    for (const [label, level] of pairs) {
      const m = /^R?([1-5])$/i.exec(level.normalize("NFKC").trim());
      if (!m || label === "") return undefined;
      out.push({ label, level: Number(m[1]) });
    }
    return out;
  },
  maturityDays: positiveInt,
  dailyVisits: limit,
  dailyCalls: limit,
  borderlineCadence: margin,
  birthdayDays: count,
  owner: text,
  potentialThreshold: threshold,
  shareLow: fraction,
  shareHigh: fraction,
  staleDays: positiveInt,
};

/** "50000, 500000；6000000" → numbers (commas, semicolons, Chinese punctuation or spaces between). */
function numberList(v: unknown): number[] | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? [v] : undefined;
  if (typeof v !== "string") return undefined;
  const parts = v.normalize("NFKC").split(/[,;、\s]+/).filter((p) => p !== "");
  const list = parts.map((p) => Number(p));
  return list.length > 0 && list.every(Number.isFinite) ? list : undefined;
}

/** "保守=R1; 稳健=R3" or "deposits:spending" → [left, right] pairs. */
function pairList(v: unknown): [string, string][] | undefined {
  if (typeof v !== "string") return undefined;
  const items = v.normalize("NFKC").split(/[;,、\n]+/).map((p) => p.trim()).filter((p) => p !== "");
  const pairs = items.map((p) => p.split(/\s*[=:]\s*/));
  return pairs.length > 0 && pairs.every((p) => p.length === 2 && p[0] !== "" && p[1] !== "") ? (pairs as [string, string][]) : undefined;
}

function enumKeyOf(values: readonly EnumValue[], text: string): string | undefined {
  const k = matchKey(text);
  return values.find((v) => [v.key, v.zh, v.en].some((x) => matchKey(x) === k))?.key;
}


/** Keys whose blank value means something (today; no gap rule) rather than "use the default". */
const BLANK_IS_A_VALUE = new Set<SettingKey>(["asOf", ...GAP_RULE_KEYS, "dailyVisits", "dailyCalls", "owner"]);
const isGapRuleKey = (key: SettingKey): key is GapRuleKey => (GAP_RULE_KEYS as readonly string[]).includes(key);

/**
 * A setting's name as the settings sheet shows it: a gap rule in the user's language (缺口规则-配偶),
 * since a rep edits those by hand; every other setting by its key.
 */
export function settingLabel(key: SettingKey, lang: Lang): string {
  return isGapRuleKey(key) ? t(lang, `setting.name.${key}`) : key;
}

/** Every name a row may give a setting, matched loosely (`matchKey`): its key and its names in both languages — old books keep reading. */
const SETTING_NAMES: ReadonlyMap<string, SettingKey> = new Map(
  SETTING_KEYS.flatMap((k) => [k, settingLabel(k, "zh-CN"), settingLabel(k, "en-US")].map((name) => [matchKey(name), k] as const)),
);

/** The setting a settings row names (by key or by a gap rule's name), if any. */
export function settingKeyOf(text: string): SettingKey | undefined {
  return SETTING_NAMES.get(matchKey(text));
}

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
    case "owner":
      return "";
    case "greetingZh":
      return t("zh-CN", "greeting.default");
    case "greetingEn":
      return t("en-US", "greeting.default");
    case "tierThresholds":
      return DEFAULT_SETTINGS.tierThresholds.join(", ");
    case "targetFrame":
      return FRAME_BUCKETS.map((b) => DEFAULT_SETTINGS.targetFrame[b]).join(", ");
    case "frameClasses":
      return Object.entries(DEFAULT_SETTINGS.frameClasses).map(([c, b]) => `${c}=${b}`).join(t(lang, "text.listSeparator"));
    case "riskLimits":
      return DEFAULT_SETTINGS.riskLimits.map((r) => `${r.label}=R${r.level}`).join(t(lang, "text.listSeparator"));
    case "dailyVisits":
    case "dailyCalls":
      return DEFAULT_SETTINGS[key] ?? "";
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
  // The list-valued settings are replaced whole by a reader, never mutated, so sharing the defaults is safe.
  if (!table) return settings;
  const cols = mapHeaders(TABLES.settings, table.headers);
  const keyCol = cols.get("key");
  const valueCol = cols.get("value");
  if (keyCol === undefined || valueCol === undefined) return settings;
  const rowOf = new Map<SettingKey, number>();
  /** A setting's value that cannot be used, at its row: the default applies instead. */
  const reportInvalid = (i: number, key: SettingKey, raw: unknown) =>
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
  table.rows.forEach((row, i) => {
    const key = settingKeyOf(String(row[keyCol] ?? ""));
    if (!key) return;
    const raw = row[valueCol];
    if (isBlank(raw) && !BLANK_IS_A_VALUE.has(key)) return;
    const value = READERS[key](raw, date1904);
    rowOf.set(key, i);
    if (value === undefined) {
      reportInvalid(i, key, raw);
      return;
    }
    apply(settings, key, value);
  });
  if (settings.shareLow >= settings.shareHigh) {
    // The two shares bound 获取 from both sides: out of order, neither can be trusted.
    const key = rowOf.has("shareHigh") ? "shareHigh" : "shareLow";
    const i = rowOf.get(key) ?? 0;
    reportInvalid(i, key, table.rows[i]?.[valueCol] ?? "");
    settings.shareLow = DEFAULT_SETTINGS.shareLow;
    settings.shareHigh = DEFAULT_SETTINGS.shareHigh;
  }
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
    case "potentialThreshold":
      s[key] = value as Threshold;
      return;
    case "greetingZh":
    case "greetingEn":
      s.greeting = { ...s.greeting, [key === "greetingZh" ? "zh-CN" : "en-US"]: value as string };
      return;
    case "owner":
      s.owner = value as string;
      return;
    case "tierThresholds":
    case "targetFrame":
    case "frameClasses":
    case "riskLimits":
      (s as unknown as Record<string, unknown>)[key] = value;
      return;
    case "dailyVisits":
    case "dailyCalls":
      s[key] = value as number | null;
      return;
    default:
      s[key] = value as number;
  }
}
