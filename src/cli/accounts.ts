/**
 * `accounts <book.xlsx> --as-of YYYY-MM-DD [--json]`: SPEC 5c — the attack/defend segments, the
 * funnel, the open opportunities with staleness and 1+2+1 gaps, and what bad debt costs in sales.
 */
import { type Lang, t } from "../core/i18n";
import { formatDay } from "../core/dates";
import { type KeyAccounts, accountsJson, gapsText, keyAccounts, segmentText, resourceText, stageText } from "../core/accounts";
import { type CliIo, EXIT, writeLines } from "./io";
import type { CommonOptions } from "./options";
import type { CliCommand } from "./command";
import { openBook } from "./load";
import { formatNumber, formatTable } from "./format";

export const accountsCommand: CliCommand = {
  name: "accounts",
  help: "cli.help.accounts",
  run: ([file], opts, { io, env }) => accounts(file, opts, io, env),
};

async function accounts(file: string, opts: CommonOptions, io: CliIo, env: NodeJS.ProcessEnv): Promise<number> {
  const { lang, analysis } = await openBook(file, opts, env);
  const k = keyAccounts(analysis);
  if (opts.json) io.stdout(JSON.stringify(accountsJson(k), null, 2) + "\n");
  else writeLines(io.stdout, accountLines(k, lang));
  return EXIT.ok;
}

const money = (n: number) => formatNumber(n, 2);
const percent = (x: number) => `${formatNumber(x * 100, 1)}%`;

function accountLines(k: KeyAccounts, lang: Lang): string[] {
  const th = k.thresholds;
  const lines = [t(lang, "accounts.thresholds", { potential: money(th.potential), shareLow: percent(th.shareLow), shareHigh: percent(th.shareHigh), staleDays: k.staleDays }), ""];
  lines.push(t(lang, "accounts.segments.title"), "");
  if (!k.hasPotentialColumn) lines.push(t(lang, "accounts.noPotentialColumn"));
  else if (k.segments.length === 0) lines.push(t(lang, "accounts.segments.none"));
  else
    lines.push(
      ...formatTable(
        ["ID", t(lang, "accounts.col.customer"), t(lang, "accounts.col.potential"), t(lang, "accounts.col.share"), t(lang, "accounts.col.segment"), t(lang, "accounts.col.resource")],
        k.segments.map((s) => [s.id, s.name, money(s.potential), percent(s.share), segmentText(s.segment, lang), resourceText(s.resource, lang)]),
        ["left", "left", "right", "right", "left", "left"],
      ),
    );
  if (k.hasPotentialColumn && k.withoutPotential > 0) lines.push("", t(lang, "accounts.withoutPotential", { count: k.withoutPotential }));
  lines.push("", t(lang, "accounts.funnel.title"), "");
  if (!k.hasOpportunityTable) lines.push(t(lang, "accounts.noOpportunities"));
  else {
    lines.push(
      ...formatTable(
        [t(lang, "accounts.funnel.stage"), t(lang, "accounts.funnel.count"), t(lang, "accounts.funnel.amount")],
        k.funnel.map((f) => [stageText(f.stage, lang), String(f.count), money(f.amount)]),
        ["left", "right", "right"],
      ),
      "",
      t(lang, "accounts.opportunities.open"),
      "",
    );
    lines.push(
      ...(k.opportunities.length
        ? formatTable(
            ["ID", t(lang, "accounts.col.project"), t(lang, "accounts.col.stage"), t(lang, "accounts.col.amount"), t(lang, "accounts.col.stageSince"), t(lang, "accounts.col.gaps")],
            k.opportunities.map((o) => [
              o.id,
              o.project,
              stageText(o.stage, lang),
              o.amount === undefined ? "" : money(o.amount),
              (o.stageDay === undefined ? "" : formatDay(o.stageDay)) + (o.stale ? ` ${t(lang, "accounts.stale", { days: k.asOf - o.stageDay! })}` : ""),
              gapsText(o.gaps, lang),
            ]),
            ["left", "left", "left", "right", "left", "left"],
          )
        : [t(lang, "accounts.opportunities.noneOpen")]),
    );
  }
  const d = k.badDebt;
  lines.push("", t(lang, "accounts.badDebt.title"), "");
  if (d.customers.length === 0) lines.push(t(lang, "accounts.badDebt.none"));
  else
    lines.push(
      ...formatTable(
        ["ID", t(lang, "accounts.col.customer"), t(lang, "accounts.badDebt.amount"), t(lang, "accounts.badDebt.extra")],
        d.customers.map((c) => [c.id, c.name, money(c.amount), money(c.extraSales)]),
        ["left", "left", "right", "right"],
      ),
      "",
      t(lang, "accounts.badDebt.summary", { amount: money(d.amount), margin: percent(d.margin), extra: money(d.extraSales) }),
    );
  return lines;
}
