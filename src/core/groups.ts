/**
 * Problems grouped by sheet × column × code, so a book with 1,855 dates typed as text in one
 * column shows one line — with the count, the first rows and the fix — instead of 1,855. The one
 * grouping the task pane and `check` both use; `check --json` still lists every cell (SPEC 8).
 */
import type { TableKey } from "./table";
import { type Problem, type ProblemCode, type Severity, problemMessage } from "./quality";
import { type Lang, hasKey, t } from "./i18n";

/** How many of a group's rows are kept (and named in its message: the first five). */
const KEPT_ROWS = 20;
const NAMED_ROWS = 5;

export interface ProblemGroup {
  severity: Severity;
  code: ProblemCode;
  table: TableKey;
  sheet: string;
  column: string;
  count: number;
  /** Worksheet rows of the group's first problems, in reading order (at most 20). */
  rows: number[];
  /** The first problem: where a click goes, and the whole message when it is alone. */
  first: Problem;
}

/** Errors first, then warnings; within each, in the order the groups are first met (reading order). */
export function groupProblems(problems: readonly Problem[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const p of problems) {
    const key = `${p.severity}\u0000${p.code}\u0000${p.sheet}\u0000${p.column}`;
    const g = groups.get(key);
    if (g) {
      g.count++;
      if (g.rows.length < KEPT_ROWS) g.rows.push(p.row);
    } else {
      groups.set(key, {
        severity: p.severity,
        code: p.code,
        table: p.table,
        sheet: p.sheet,
        column: p.column,
        count: 1,
        rows: [p.row],
        first: p,
      });
    }
  }
  const all = [...groups.values()];
  return [...all.filter((g) => g.severity === "error"), ...all.filter((g) => g.severity === "warning")];
}

/**
 * "1,855 dates typed as text in 购买记录 “日期”, rows 3, 4, 5, 6, 7 …". A group of one is its
 * problem's own message, with every detail; a code without a group wording says the first
 * problem's message and how many more there are.
 */
export function groupMessage(g: ProblemGroup, lang: Lang): string {
  if (g.count === 1) return problemMessage(g.first, lang);
  const count = new Intl.NumberFormat("en-US").format(g.count);
  const rows = g.rows.slice(0, NAMED_ROWS).join(lang === "zh-CN" ? "、" : ", ") + (g.count > NAMED_ROWS ? " …" : "");
  if (!hasGroupWording(g)) return moreLikeIt(problemMessage(g.first, lang), g, lang);
  return t(lang, "group.headline", { count, what: t(lang, `group.what.${g.code}`), sheet: g.sheet, column: g.column, rows });
}

/** "<first problem> (and 2 more like it, at rows 7, 9)": the rows after the first, so each can be found. */
export function moreLikeIt(first: string, g: ProblemGroup, lang: Lang): string {
  const others = g.rows.slice(1, NAMED_ROWS + 1);
  const rows = others.join(lang === "zh-CN" ? "、" : ", ") + (g.count - 1 > others.length ? " …" : "");
  return t(lang, g.count === 2 ? "group.more.one" : "group.more", { first, more: g.count - 1, rows });
}

/** Whether the group's code has a wording of its own ("1,855 dates typed as text …"); else its first problem speaks for it. */
export function hasGroupWording(g: ProblemGroup): boolean {
  return hasKey(`group.what.${g.code}`);
}

/** What to do about the group, when there is a general answer. */
export function groupFix(g: ProblemGroup, lang: Lang): string | undefined {
  const key = `group.fix.${g.code}`;
  return hasKey(key) ? t(lang, key) : undefined;
}
