/**
 * What a cell holds and how Excel turns what is written into it. Dates are serial numbers: the fake
 * never stores a JS Date, exactly like Excel.
 */
import { EXCEL_ERRORS } from "../core/parse/excelError";
import { invalidArgument } from "./errors";

export type CellValue = string | number | boolean;

/** Per-cell formatting. Absent keys mean "Excel's default". */
export interface CellFormat {
  numberFormat?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontName?: string;
  fontSize?: number;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
}

export type FormatKey = keyof CellFormat;

export const FORMAT_DEFAULTS: Required<CellFormat> = {
  numberFormat: "General",
  fill: "#FFFFFF",
  fontColor: "#000000",
  bold: false,
  italic: false,
  fontName: "Calibri",
  fontSize: 11,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  wrapText: false,
};

export interface Cell {
  /** The value (for a formula cell: its last computed value). "" = empty. */
  v: CellValue;
  /** Formula text including the leading "=". */
  f?: string;
  /** Entered as text (a leading apostrophe, or a Text-formatted cell): "#N/A" here is a string, not an error. */
  text?: true;
  fmt?: CellFormat;
  /**
   * The number format a formula's result carries (a custom function's formatted number,
   * CustomFunctionsRuntime 1.4: a date from CRM.NEXTVISIT). Excel shows the value in it while the
   * cell's own format is General; the cell's format is left as it was.
   */
  vf?: string;
}

/** A number with the format it is shown in (`{ type: "Double", basicValue, numberFormat }`). */
export interface FormattedNumber {
  basicValue: number;
  numberFormat: string;
}

/** The format a cell is shown in: its own, unless that is General and its value carries one. */
export function shownFormat(own: string, cell: Cell | undefined): string {
  // Only a formula's result carries one: a value typed over the formula drops it.
  return own === FORMAT_DEFAULTS.numberFormat && cell?.f !== undefined && cell.vf !== undefined ? cell.vf : own;
}

export const isError = (v: CellValue): boolean => typeof v === "string" && EXCEL_ERRORS.has(v);

export type ValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";

export function valueType(v: CellValue, enteredAsText = false): ValueType {
  if (v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return isError(v) && !enteredAsText ? "Error" : "String";
}

/** What typing (or writing through `values`/`formulas`) produces: a constant, a formula, or "leave the cell alone". */
export type Entered =
  | { kind: "skip" }
  | { kind: "constant"; value: CellValue; impliedFormat?: string; text?: true }
  | { kind: "formula"; formula: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

/**
 * Excel parses strings written through the API as if typed: "12" becomes the number 12, "TRUE" a
 * boolean, "2024-03-01" a date serial, "=…" a formula, a leading apostrophe forces text (and is not
 * part of the value: Excel keeps it as the cell's prefix), and a text-formatted ("@") cell keeps the
 * string ("=…" included). Text is text even when it reads like an error ("'#N/A"). `null` leaves the
 * cell unchanged (Office.js rule).
 */
export function parseEntered(input: unknown, cellNumberFormat: string | undefined, date1904: boolean): Entered {
  if (input === null || input === undefined) return { kind: "skip" };
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw invalidArgument("numbers must be finite");
    return { kind: "constant", value: input };
  }
  if (typeof input === "boolean") return { kind: "constant", value: input };
  // Office.js serialises other objects (Date included) as JSON before sending them.
  const text = typeof input === "string" ? input : String(JSON.parse(JSON.stringify(input)) ?? "");
  if (text.startsWith("'")) return { kind: "constant", value: text.slice(1), text: true };
  if (cellNumberFormat === "@") return { kind: "constant", value: text, text: true };
  if (text.length > 1 && text.startsWith("=")) return { kind: "formula", formula: text };
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return { kind: "constant", value: Number(trimmed) };
  // Excel takes "+x", "-x" and "@x" typed in a cell as a formula too (=+x, =-x, =@x): the CSV-injection path.
  if (/^[+\-@]./.test(text)) return { kind: "formula", formula: `=${text}` };
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "constant", value: upper === "TRUE" };
  const iso = ISO_DATE.exec(trimmed);
  if (iso) {
    const serial = dateToSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]), date1904);
    if (serial !== null) return { kind: "constant", value: serial, impliedFormat: "yyyy-mm-dd" };
  }
  return { kind: "constant", value: text };
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

export function dateToSerial(y: number, m: number, d: number, date1904: boolean): number | null {
  const t = Date.UTC(y, m - 1, d);
  const check = new Date(t);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return null;
  const serial = Math.round((t - (date1904 ? EPOCH_1904 : EPOCH_1900)) / DAY_MS);
  return serial >= 0 ? serial : null;
}

export function serialToParts(
  serial: number,
  date1904: boolean,
): { y: number; m: number; d: number; hh: number; mi: number; ss: number } {
  const whole = Math.floor(serial);
  const date = new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + whole * DAY_MS);
  let secs = Math.round((serial - whole) * 86_400);
  const hh = Math.floor(secs / 3600);
  secs -= hh * 3600;
  const mi = Math.floor(secs / 60);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate(), hh, mi, ss: secs - mi * 60 };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

/**
 * `Range.text`: the value as Excel would display it. Supports the formats the add-in uses — General,
 * "@", fixed decimals ("0", "0.00", "#,##0.00"), percentages, a text-only zero section and y/m/d/h/m/s date formats.
 */
export function formatText(v: CellValue, numberFormat: string | undefined, date1904: boolean): string {
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v;
  const fmt = numberFormat ?? "General";
  if (fmt === "General" || fmt === "@") return generalNumber(v);
  if (/[ydh]/i.test(fmt.replace(/"[^"]*"/g, ""))) return formatDate(v, fmt, date1904);
  const sections = fmt.split(";");
  // A third section is how zero prints; one holding only quoted text (or nothing) prints that
  // text, as Excel does: `#,##0;-#,##0;"缺口"` shows 0 as 缺口, `#,##0;-#,##0;""` as an empty cell.
  if (v === 0 && sections.length >= 3 && !/[0#?]/.test(sections[2].replace(/"[^"]*"/g, "")))
    return sections[2].replace(/"([^"]*)"/g, "$1");
  const section = sections[0];
  const percent = section.includes("%");
  const decimals = /\.([0#]+)/.exec(section)?.[1].length ?? 0;
  const grouped = section.includes(",");
  const n = percent ? v * 100 : v;
  let s = Math.abs(n).toFixed(decimals);
  if (grouped) {
    const [i, f] = s.split(".");
    s = i.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (f !== undefined ? `.${f}` : "");
  }
  return (n < 0 && Number(s.replace(/,/g, "")) !== 0 ? "-" : "") + s + (percent ? "%" : "");
}

function generalNumber(v: number): string {
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(10)));
}

function formatDate(serial: number, fmt: string, date1904: boolean): string {
  const p = serialToParts(serial, date1904);
  const tokens = /yyyy|yy|mmmm|mmm|mm|m|dd|d|hh|h|ss|s|"[^"]*"|./gi;
  let out = "";
  let lastWasHour = false;
  for (const tok of fmt.match(tokens) ?? []) {
    const t = tok.toLowerCase();
    if (t === "yyyy") out += pad(p.y, 4);
    else if (t === "yy") out += pad(p.y % 100);
    else if (t === "mm" || t === "m") {
      // "m" right after an hour token means minutes, as in Excel.
      const n = lastWasHour ? p.mi : p.m;
      out += t === "mm" ? pad(n) : String(n);
    } else if (t === "mmm" || t === "mmmm") out += MONTHS[p.m - 1].slice(0, t === "mmm" ? 3 : undefined);
    else if (t === "dd") out += pad(p.d);
    else if (t === "d") out += String(p.d);
    else if (t === "hh") out += pad(p.hh);
    else if (t === "h") out += String(p.hh);
    else if (t === "ss") out += pad(p.ss);
    else if (t === "s") out += String(p.ss);
    else if (tok.startsWith('"')) out += tok.slice(1, -1);
    else if (tok !== "\\") out += tok;
    if (t === "hh" || t === "h") lastWasHour = true;
    else if (/[a-z]/.test(t)) lastWasHour = false;
  }
  return out;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * Excel's sort order: numbers < text (case-insensitive) < booleans < errors, blanks always last
 * whatever the direction.
 */
export function compareForSort(a: CellValue, b: CellValue, ascending: boolean): number {
  const ea = a === "";
  const eb = b === "";
  if (ea || eb) return ea === eb ? 0 : ea ? 1 : -1;
  const ra = rank(a);
  const rb = rank(b);
  let c: number;
  if (ra !== rb) c = ra - rb;
  else if (typeof a === "number" && typeof b === "number") c = a - b;
  else if (typeof a === "boolean" && typeof b === "boolean") c = Number(a) - Number(b);
  else {
    const sa = String(a).toLowerCase();
    const sb = String(b).toLowerCase();
    c = sa < sb ? -1 : sa > sb ? 1 : 0;
  }
  return ascending ? c : -c;
}

function rank(v: CellValue): number {
  if (typeof v === "number") return 0;
  if (typeof v === "boolean") return 2;
  return isError(v) ? 3 : 1;
}

/** Office.js returns colours as upper-case "#RRGGBB"; named colours are accepted on input. */
export function normalizeColor(color: string): string {
  const named = NAMED_COLORS[color.toLowerCase()];
  if (named) return named;
  const hex = /^#?([0-9a-f]{6})$/i.exec(color);
  if (hex) return `#${hex[1].toUpperCase()}`;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toUpperCase();
  throw invalidArgument(`unknown colour '${color}'`);
}

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  lime: "#00FF00",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  purple: "#800080",
  gray: "#808080",
  grey: "#808080",
  lightgray: "#D3D3D3",
  lightgreen: "#90EE90",
  lightblue: "#ADD8E6",
  pink: "#FFC0CB",
  brown: "#A52A2A",
  cyan: "#00FFFF",
  magenta: "#FF00FF",
  navy: "#000080",
  teal: "#008080",
};
