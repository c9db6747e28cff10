/**
 * The team view as every output shows it (table, JSON, workbook): a row per book — its rep's
 * figures, or the error that made it unusable — the team's totals over the books read, and the
 * customers found in more than one book, already anonymized when asked.
 */
import type { Lang } from "../i18n";
import { normalizeIdText } from "../parse/id";
import { type RepFigures, teamTotals } from "./summary";
import { type CustomerKeys, type SharedCustomer, anonymousId, sharedCustomers } from "./shared";

/** What reading one book gave: its rep's figures and customers, or why it could not be used (in both languages). */
export type BookResult =
  | { file: string; rep: string; lang: Lang; figures: RepFigures; customers: CustomerKeys[]; error?: undefined }
  | { file: string; error: Record<Lang, string>; /** `--map` cannot hold its field in this book: the run stops (cli/team). */ mapRefused?: true };

export interface RepRow {
  rep: string;
  file: string;
  figures?: RepFigures;
  error?: Record<Lang, string>;
}

export interface TeamReport {
  asOf: number;
  reps: RepRow[];
  totals: ReturnType<typeof teamTotals>;
  shared: SharedCustomer[];
  /** Names and phones were left out (`--anonymize`). */
  anonymized: boolean;
}

/**
 * `pseudonym`: given for `--anonymize` — shared customers then lose their names and phones, and an
 * ID that could itself be personal (phone-like, or some customer's name or phone) is replaced by it.
 */
export function teamReport(results: readonly BookResult[], asOf: number, pseudonym?: (id: string) => string): TeamReport {
  const reps: RepRow[] = results.map((r) =>
    r.error ? { rep: fileStem(r.file), file: r.file, error: r.error } : { rep: r.rep, file: r.file, figures: r.figures },
  );
  const read = results.filter((r): r is Extract<BookResult, { error?: undefined }> => !r.error);
  let shared = sharedCustomers(read.map((r) => ({ rep: r.rep, customers: r.customers })));
  if (pseudonym) {
    const personal = new Set<string>();
    for (const r of read)
      for (const c of r.customers) {
        if (c.name) personal.add(normalizeIdText(c.name));
        if (c.phone) personal.add(c.phone);
      }
    shared = shared.map((s) => ({ ...s, id: anonymousId(s.id, personal, pseudonym), name: "", phone: "" }));
  }
  return { asOf, reps, totals: teamTotals(read.map((r) => r.figures)), shared, anonymized: pseudonym !== undefined };
}

/** A file's name without its folder and extension: the rep of a book that could not be read. */
export function fileStem(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(0, dot) : name;
}
