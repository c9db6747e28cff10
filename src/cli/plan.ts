/** `plan <book.xlsx> [--all]`: today's plan (SPEC section 4, capacity applied), in order; `--all` every candidate. */
import type { Lang } from "../core/i18n";
import { t } from "../core/i18n";
import type { Analysis } from "../core/analyze";
import { type PlanItem, planAction, planAll, planChannelText, planReasonText } from "../core/plan";
import { relationshipName } from "../core/strategy";
import { TABLES, caption } from "../core/schema";
import { formatDay } from "../core/dates";
import { type CliIo, EXIT, writeLines } from "./io";
import type { CommonOptions } from "./options";
import type { CliCommand } from "./command";
import { openBook } from "./load";
import { readingNotes, requireScorable } from "./scorable";
import { formatTable } from "./format";

interface PlanOptions extends CommonOptions {
  all?: boolean;
}

/** One entry of `crm plan --json` (SPEC 8); `today` only with `--all`. */
export interface PlanJson {
  id: string;
  name: string;
  reason: PlanItem["reason"];
  quadrant: PlanItem["quadrant"];
  channel: PlanItem["channel"];
  slot: PlanItem["slot"];
  action: string;
  today?: boolean;
}

export const planCommand: CliCommand<PlanOptions> = {
  name: "plan",
  help: "cli.help.plan",
  options: [["--all", "cli.help.planAll"]],
  run: ([file], opts, { io, env }) => plan(file, opts, io, env),
};

async function plan(file: string, opts: PlanOptions, io: CliIo, env: NodeJS.ProcessEnv): Promise<number> {
  const { lang, analysis, raw } = await openBook(file, opts, env);
  requireScorable(raw, analysis);
  writeLines(io.stderr, readingNotes(raw, analysis, lang));
  const all = planAll(analysis);
  const items = opts.all ? all : all.filter((p) => p.today);
  if (opts.json) io.stdout(JSON.stringify(planJson(items, lang, opts.all === true), null, 2) + "\n");
  else writeLines(io.stdout, planLines(items, all, analysis, lang, opts.all === true));
  return EXIT.ok;
}

export function planJson(plan: readonly PlanItem[], lang: Lang, withToday = false): PlanJson[] {
  return plan.map((p) => ({
    id: p.id,
    name: p.name,
    reason: p.reason,
    quadrant: p.quadrant,
    channel: p.channel,
    slot: p.slot,
    action: planAction(p, lang),
    ...(withToday ? { today: p.today } : {}),
  }));
}

function planLines(plan: readonly PlanItem[], all: readonly PlanItem[], a: Analysis, lang: Lang, listAll: boolean): string[] {
  const today = all.filter((p) => p.today).length;
  const title = t(lang, "cli.plan.title", { date: formatDay(a.asOf), count: today });
  const later = all.length - today;
  const lines = [title];
  if (later > 0) lines.push(t(lang, listAll ? "plan.cli.laterListed" : "plan.cli.later", { count: later }));
  if (plan.length === 0) return [...lines, t(lang, "cli.plan.empty")];
  // Today's entries are numbered 1…n (the order to work in); a later one has no number, so the
  // numbers still count today's work when --all interleaves the two.
  let n = 0;
  const rows = plan.map((p) => [
    p.today ? String(++n) : "–",
    p.id,
    p.name,
    planReasonText(p, lang),
    `${p.quadrant} ${relationshipName(p.quadrant, lang)}`,
    planChannelText(p, lang),
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
  return [...lines, "", ...formatTable(headers, rows, ["right", "left", "left", "left", "left", "left", "left"])];
}
