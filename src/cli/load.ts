/** What every command starts with: the file read, its CRM tables found, and the book analysed. */
import type { RawBook } from "../core/table";
import type { Lang } from "../core/i18n";
import { type Analysis, analyze } from "../core/analyze";
import { bookLang } from "../core/book";
import { todayDay } from "../core/dates";
import { readBook } from "../xlsx/readBook";
import { nodeCodec } from "./nodeCodec";
import { asOfOption, type CommonOptions, envLang, langOption, mapOption } from "./options";
import { readInput } from "./io";
import { noProgress } from "../core/progress";
import { refuseBadMap } from "./mapCheck";

export interface Opened {
  file: string;
  bytes: Uint8Array;
  raw: RawBook;
  lang: Lang;
  analysis: Analysis;
}

/** The language for messages before (or without) a workbook: the flag, else the locale, else English. */
export function earlyLang(opts: CommonOptions, env: NodeJS.ProcessEnv): Lang {
  try {
    return langOption(opts.lang) ?? envLang(env) ?? "en-US";
  } catch {
    return envLang(env) ?? "en-US";
  }
}

export async function openBook(file: string, opts: CommonOptions, env: NodeJS.ProcessEnv): Promise<Opened> {
  const flagLang = langOption(opts.lang);
  const asOf = asOfOption(opts.asOf);
  const bytes = await readInput(file);
  const { choices, sheets } = mapOption(opts.map);
  const progress = opts.onProgress ?? noProgress;
  // The streaming reader reports the reading stage (bytes of sheet XML, rows so far).
  progress({ stage: "reading", done: 0 });
  const raw = await readBook(bytes, sheets, { codec: nodeCodec, progress });
  raw.choices = choices;
  const customers = raw.tables.customers?.rows.length ?? 0;
  const lang = flagLang ?? envLang(env) ?? bookLang(raw);
  refuseBadMap(raw, choices, lang);
  progress({ stage: "scoring", done: 0, total: customers });
  // Without --as-of the workbook's own asOf setting applies, then today (core's rule).
  const analysis = analyze(raw, { asOf, today: todayDay(), lang });
  progress({ stage: "scoring", done: customers, total: customers });
  return { file, bytes, raw, lang, analysis };
}
