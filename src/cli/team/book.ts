/**
 * One book of `crm team`, on whichever thread reads it: read, analysed by its own rules, and
 * summed up (core/team). What comes back is plain data — the rep's figures, the keys that find
 * customers shared with other books, the book's language — or the one error that makes the book
 * unusable, already worded in both languages (the run's language is decided once every book is in).
 */
import type { Lang } from "../../core/i18n";
import { LANGS, t } from "../../core/i18n";
import { analyze } from "../../core/analyze";
import { bookLang, customerField } from "../../core/book";
import { repFigures } from "../../core/team/summary";
import { phoneKey } from "../../core/team/shared";
import { type BookResult, fileStem } from "../../core/team/report";
import type { Day } from "../../core/dates";
import { readBook } from "../../xlsx/readBook";
import { BookError } from "../../xlsx/bookError";
import { nodeCodec } from "../nodeCodec";
import { CliError, readInput } from "../io";
import { requireScorable } from "../scorable";
import { mapOption } from "../options";
import { RefusedMap, refuseBadMap } from "../mapCheck";

export interface BookTask {
  file: string;
  asOf?: Day;
  today: Day;
  /** `--map` as given: the same column choices for every book. */
  map?: string[];
}

export type Worded = Record<Lang, string>;

export async function teamBook(task: BookTask): Promise<BookResult> {
  try {
    const bytes = await readInput(task.file);
    const { choices, sheets } = mapOption(task.map);
    const raw = await readBook(bytes, sheets, { codec: nodeCodec });
    raw.choices = choices;
    const lang = bookLang(raw);
    refuseBadMap(raw, choices, lang);
    const a = analyze(raw, { asOf: task.asOf, today: task.today, lang });
    requireScorable(raw, a);
    const customers = a.book.customers.map((c) => ({
      key: c.key,
      id: c.id,
      phone: phoneKey(customerField(a.book, c, "phone")) ?? "",
      name: c.name,
    }));
    const rep = a.book.settings.owner || fileStem(task.file);
    return { file: task.file, rep, lang, figures: repFigures(a, raw.history), customers };
  } catch (e) {
    if (e instanceof RefusedMap)
      return { file: task.file, error: worded((lang) => t(lang, "cli.team.mapRefused", { file: task.file, reason: e.said(lang) })), mapRefused: true };
    return { file: task.file, error: failure(e, task.file) };
  }
}

/** Why a book could not be used, in both languages (the same words `score` would print). */
export function failure(e: unknown, file = ""): Worded {
  const word = (lang: Lang): string => {
    if (e instanceof CliError) return e.messageIn(lang);
    if (e instanceof BookError) return t(lang, "cli.error.book", { file, detail: e.messageIn(lang) });
    return t(lang, "cli.error.unexpected", { detail: (e instanceof Error ? e.message : String(e)).split("\n")[0] });
  };
  return worded(word);
}

const worded = (word: (lang: Lang) => string): Worded => Object.fromEntries(LANGS.map((l) => [l, word(l)])) as Worded;
