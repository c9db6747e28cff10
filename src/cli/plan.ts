/** `plan <book.xlsx>`: today's contact list (SPEC section 4), in order. */
import type { Lang } from "../core/i18n";
import { t } from "../core/i18n";
import type { Analysis } from "../core/analyze";
import { type PlanItem, planAction, planReasonText, todayPlan } from "../core/plan";
import { channelText, relationshipName } from "../core/strategy";
import { TABLES, caption } from "../core/schema";
import { formatDay } from "../core/dates";
import { type CliIo, EXIT, writeLines } from "./io";
import type { CommonOptions } from "./options";
import type { CliCommand } from "./command";
import { openBook } from "./load";
import { readingNotes, requireScorable } from "./scorable";
import { formatTable } from "./format";

export interface PlanJson {
  id: string;
  name: string;
  reason: PlanItem["reason"];
  quadrant: PlanItem["quadrant"];
  channel: PlanItem["channel"];
  action: string;
}

export const planCommand: CliCommand = {
  name: "plan",
  help: "cli.help.plan",
  run: ([file], opts, { io, env }) => plan(file, opts, io, env),
};

async function plan(file: string, opts: CommonOptions, io: CliIo, env: NodeJS.ProcessEnv): Promise<number> {
  const { lang, analysis, raw } = await openBook(file, opts, env);
  requireScorable(raw, analysis);
  writeLines(io.stderr, readingNotes(raw, analysis, lang));
  const items = todayPlan(analysis);
  if (opts.json) io.stdout(JSON.stringify(planJson(items, lang), null, 2) + "\n");
  else writeLines(io.stdout, planLines(items, analysis, lang));
  return EXIT.ok;
}

export function planJson(plan: readonly PlanItem[], lang: Lang): PlanJson[] {
  return plan.map((p) => ({
    id: p.id,
    name: p.name,
    reason: p.reason,
    quadrant: p.quadrant,
    channel: p.channel,
    action: planAction(p, lang),
  }));
}

function planLines(plan: readonly PlanItem[], a: Analysis, lang: Lang): string[] {
  const title = t(lang, "cli.plan.title", { date: formatDay(a.asOf), count: plan.length });
  if (plan.length === 0) return [title, t(lang, "cli.plan.empty")];
  const rows = plan.map((p, i) => [
    String(i + 1),
    p.id,
    p.name,
    planReasonText(p, lang),
    `${p.quadrant} ${relationshipName(p.quadrant, lang)}`,
    channelText(p.channel, lang),
    planAction(p, lang),
  ]);
  const headers = [
    "#",
    caption(TABLES.customers.columns[0], lang),
    caption(TABLES.customers.columns[1], lang),
    t(lang, "cli.plan.reason"),
    t(lang, "cli.plan.quadrant"),
    t(lang, "cli.plan.channel"),
    t(lang, "cli.plan.action"),
  ];
  return [title, "", ...formatTable(headers, rows, ["right", "left", "left", "left", "left", "left", "left"])];
}
