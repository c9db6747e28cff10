/** `check <book.xlsx>`: the data-quality report; exit 1 when any error. */
import type { Lang } from "../core/i18n";
import { t } from "../core/i18n";
import { type Problem, problemDetail, problemMessage } from "../core/quality";
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

export const checkCommand: CliCommand = {
  name: "check",
  help: "cli.help.check",
  run: ([file], opts, { io, env }) => check(file, opts, io, env),
};

async function check(file: string, opts: CommonOptions, io: CliIo, env: NodeJS.ProcessEnv): Promise<number> {
  const { lang, analysis } = await openBook(file, opts, env);
  const problems = analysis.problems;
  if (opts.json) io.stdout(JSON.stringify(problemsJson(problems, lang), null, 2) + "\n");
  else writeLines(io.stdout, problemLines(problems, lang));
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

/** Grouped by sheet, in reading order: `客户!7 客户编号: 错误 …`. */
function problemLines(problems: readonly Problem[], lang: Lang): string[] {
  if (problems.length === 0) return [t(lang, "cli.check.clean")];
  const lines: string[] = [];
  let sheet: string | undefined;
  for (const p of problems) {
    if (p.sheet !== sheet) {
      if (sheet !== undefined) lines.push("");
      sheet = p.sheet;
      lines.push(terminalText(p.sheet));
    }
    const detail = problemDetail(p, lang);
    lines.push(`  ${terminalText(`${p.sheet}!${p.row} ${p.column}: ${t(lang, `cli.check.${p.severity}`)} ${detail}`)}`);
  }
  const errors = problems.filter((p) => p.severity === "error").length;
  lines.push("", t(lang, "cli.check.summary", { errors, warnings: problems.length - errors }));
  return lines;
}
