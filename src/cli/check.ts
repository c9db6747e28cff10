/**
 * `check <book.xlsx>`: the data-quality report; exit 1 when any error. The readable report
 * groups problems by sheet × column × code (core/groups.ts); `--json` lists every cell (SPEC 8)
 * and `--json --group` the groups.
 */
import type { Lang } from "../core/i18n";
import { t } from "../core/i18n";
import { type Problem, problemDetail, problemMessage } from "../core/quality";
import { type ProblemGroup, groupFix, groupMessage, groupProblems, hasGroupWording, moreLikeIt } from "../core/groups";
import { type CliIo, EXIT, writeLines } from "./io";
import type { CommonOptions } from "./options";
import type { CliCommand } from "./command";
import { openBook } from "./load";
import { terminalText } from "./format";

export interface ProblemJson {
  severity: Problem["severity"];
  code: string;
  sheet: string;
  row: number;
  column: string;
  message: string;
}

export interface GroupJson {
  severity: Problem["severity"];
  code: string;
  sheet: string;
  column: string;
  count: number;
  /** Worksheet rows of the first problems (at most 20). */
  rows: number[];
  message: string;
  fix: string | null;
}

export interface CheckOptions extends CommonOptions {
  group?: boolean;
}

export const checkCommand: CliCommand<CheckOptions> = {
  name: "check",
  help: "cli.help.check",
  options: [["--group", "cli.help.group"]],
  run: ([file], opts, { io, env }) => check(file, opts, io, env),
};

async function check(file: string, opts: CheckOptions, io: CliIo, env: NodeJS.ProcessEnv): Promise<number> {
  const { lang, analysis } = await openBook(file, opts, env);
  const problems = analysis.problems;
  if (opts.json) {
    const json = opts.group ? groupsJson(groupProblems(problems), lang) : problemsJson(problems, lang);
    io.stdout(JSON.stringify(json, null, 2) + "\n");
  } else writeLines(io.stdout, problemLines(problems, lang));
  return problems.some((p) => p.severity === "error") ? EXIT.dataErrors : EXIT.ok;
}

export function problemsJson(problems: readonly Problem[], lang: Lang): ProblemJson[] {
  return problems.map((p) => ({
    severity: p.severity,
    code: p.code,
    sheet: p.sheet,
    row: p.row,
    column: p.column,
    message: problemMessage(p, lang),
  }));
}

export function groupsJson(groups: readonly ProblemGroup[], lang: Lang): GroupJson[] {
  return groups.map((g) => ({
    severity: g.severity,
    code: g.code,
    sheet: g.sheet,
    column: g.column,
    count: g.count,
    rows: g.rows,
    message: groupMessage(g, lang),
    fix: groupFix(g, lang) ?? null,
  }));
}

/**
 * By sheet (as first met), errors first: a problem alone in its group as `客户!7 客户编号：错误 …`,
 * a group of many as one line with its count and first rows, and the fix under it; a group whose
 * code has no group wording as its first problem's line with "(and n more like it)".
 */
function problemLines(problems: readonly Problem[], lang: Lang): string[] {
  if (problems.length === 0) return [t(lang, "cli.check.clean")];
  const groups = groupProblems(problems);
  const sheets = [...new Set(problems.map((p) => p.sheet))];
  const lines: string[] = [];
  for (const sheet of sheets) {
    if (lines.length > 0) lines.push("");
    lines.push(terminalText(sheet));
    for (const g of groups.filter((x) => x.sheet === sheet)) {
      const severity = t(lang, `cli.check.${g.severity}`);
      const p = g.first;
      if (g.count === 1 || !hasGroupWording(g)) {
        // Without a wording of its own, a group reads as its first problem, at its cell, with the count after it.
        const detail = g.count === 1 ? problemDetail(p, lang) : moreLikeIt(problemDetail(p, lang), g, lang);
        lines.push(`  ${terminalText(`${p.sheet}!${p.row} ${t(lang, "text.labelled", { label: p.column, value: `${severity} ${detail}` })}`)}`);
        continue;
      }
      lines.push(`  ${terminalText(`${severity} ${groupMessage(g, lang)}`)}`);
      const fix = groupFix(g, lang);
      if (fix) lines.push(`    → ${terminalText(fix)}`);
    }
  }
  const errors = problems.filter((p) => p.severity === "error").length;
  lines.push("", t(lang, "cli.check.summary", { errors, warnings: problems.length - errors }));
  return lines;
}
