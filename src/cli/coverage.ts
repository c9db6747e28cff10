/**
 * `coverage <book.xlsx> [--customer ID]`: SPEC 5b — one household's coverage matrix, or the
 * book's customers with no policy recorded (the best leads, as the pane's Protection tab lists
 * them), its gap list and the policies ending within the renewal horizon.
 */
import type { Lang } from "../core/i18n";
import { t } from "../core/i18n";
import type { Analysis } from "../core/analyze";
import { parseId } from "../core/parse/id";
import { formatDay } from "../core/dates";
import { relationshipName } from "../core/strategy";
import {
  type BookCoverage,
  type HouseholdCoverage,
  bookCoverage,
  bookCoverageJson,
  coverText,
  householdJson,
  memberLabel,
} from "../core/coverage";
import { type CliIo, CliError, EXIT, writeLines } from "./io";
import type { CommonOptions } from "./options";
import type { CliCommand } from "./command";
import { openBook } from "./load";
import { formatNumber, formatTable } from "./format";

export interface CoverageOptions extends CommonOptions {
  customer?: string;
}

export const coverageCommand: CliCommand<CoverageOptions> = {
  name: "coverage",
  help: "cli.help.coverage",
  options: [["--customer <id>", "cli.help.customer"]],
  run: ([file], opts, { io, env }) => coverage(file, opts, io, env),
};

async function coverage(file: string, opts: CoverageOptions, io: CliIo, env: NodeJS.ProcessEnv): Promise<number> {
  const { lang, analysis } = await openBook(file, opts, env);
  const lists = bookCoverage(analysis);
  if (opts.customer !== undefined) {
    const h = lists.households[customerIndex(analysis, opts.customer)];
    if (opts.json) io.stdout(JSON.stringify(householdJson(h, lists.renewals), null, 2) + "\n");
    else writeLines(io.stdout, householdLines(h, lists, lang));
    return EXIT.ok;
  }
  const s = analysis.book.settings;
  const hasPolicyTable = analysis.book.tables.policies !== undefined;
  if (opts.json) io.stdout(JSON.stringify(bookCoverageJson(lists, analysis.asOf, s.renewalDays, hasPolicyTable), null, 2) + "\n");
  else writeLines(io.stdout, bookLines(lists, analysis, lang));
  return EXIT.ok;
}

/** The customer an ID names, compared as the sheets are linked (trimmed, width- and case-folded). */
function customerIndex(a: Analysis, text: string): number {
  const id = parseId(text);
  const index = id.ok ? a.book.byKey.get(id.value.key) : undefined;
  if (index === undefined) throw new CliError("cli.error.unknownCustomer", { value: text });
  return index;
}

const money = (n: number) => formatNumber(n, 2);
const quadrantText = (q: HouseholdCoverage["quadrant"], lang: Lang) => `${q} ${relationshipName(q, lang)}`;

function householdLines(h: HouseholdCoverage, lists: BookCoverage, lang: Lang): string[] {
  const title = `${t(lang, "text.nameWithId", { name: h.name, id: h.id })} · ${quadrantText(h.quadrant, lang)}`;
  if (h.policies.length === 0 && h.members.every((m) => m.gaps.length === 0)) return [title, t(lang, "coverage.noPolicies")];
  const cell = (m: HouseholdCoverage["members"][number], k: (typeof h.coverTypes)[number]) => {
    const c = m.cells[k];
    if (c.error) return t(lang, "coverage.cellError");
    if (c.gap) return t(lang, "coverage.gap");
    return c.sumInsured ? money(c.sumInsured) : "";
  };
  const headers = [t(lang, "coverage.member"), ...h.coverTypes.map((k) => coverText(k, lang)), t(lang, "coverage.annualPremium"), t(lang, "coverage.singlePremium")];
  const rows = h.members.map((m) => [memberLabel(m, lang), ...h.coverTypes.map((k) => cell(m, k)), money(m.annualPremium), money(m.singlePremium)]);
  rows.push([t(lang, "coverage.total"), ...h.coverTypes.map((k) => money(h.totals.sumInsured[k])), money(h.totals.annualPremium), money(h.totals.singlePremium)]);
  const align = headers.map((_, i) => (i === 0 ? "left" : "right") as "left" | "right");
  const gaps = h.members.flatMap((m) => m.gaps.map((k) => `${memberLabel(m, lang)} ${coverText(k, lang)}`));
  const renewals = lists.renewals.filter((r) => r.index === h.index);
  return [
    title,
    "",
    ...formatTable(headers, rows, align),
    "",
    gaps.length ? t(lang, "coverage.gapsOf", { list: gaps.join(lang === "zh-CN" ? "、" : ", ") }) : t(lang, "coverage.noGaps"),
    ...renewals.map((r) => `${formatDay(r.endDay)}  ${r.member} ${coverText(r.cover, lang)} ${r.insurer} ${r.policyNo}`.trim()),
  ];
}

function bookLines(lists: BookCoverage, a: Analysis, lang: Lang): string[] {
  const days = a.book.settings.renewalDays;
  const customer = t(lang, "coverage.customer");
  // The best leads first, as the pane's Protection tab lists them — only when there is a policy
  // table to have no policy in.
  const leads =
    a.book.tables.policies && lists.noPolicy.length > 0
      ? [
          t(lang, "coverage.noPolicy.title", { count: lists.noPolicy.length }),
          t(lang, "coverage.noPolicy.cliHint"),
          "",
          ...formatTable(
            ["ID", customer, t(lang, "coverage.quadrant"), t(lang, "coverage.amount")],
            lists.noPolicy.map((n) => [n.id, n.name, quadrantText(n.quadrant, lang), money(n.amount)]),
            ["left", "left", "left", "right"],
          ),
          "",
        ]
      : [];
  const gapRows = lists.gaps.map((g) => [g.id, g.name, quadrantText(g.quadrant, lang), memberLabel({ name: g.member, relationship: g.relationship }, lang), coverText(g.cover, lang), money(g.annualPremium)]);
  const renewalRows = lists.renewals.map((r) => [r.id, r.name, r.member, coverText(r.cover, lang), formatDay(r.endDay), String(r.days), r.insurer]);
  return [
    ...leads,
    t(lang, "coverage.gaps.title", { count: lists.gaps.length }),
    "",
    ...(gapRows.length
      ? formatTable(
          ["ID", customer, t(lang, "coverage.quadrant"), t(lang, "coverage.member"), t(lang, "coverage.missingCover"), t(lang, "coverage.annualPremium")],
          gapRows,
          ["left", "left", "left", "left", "left", "right"],
        )
      : [t(lang, "coverage.noGaps")]),
    "",
    t(lang, "coverage.renewals.title", { days, count: lists.renewals.length }),
    "",
    ...(renewalRows.length
      ? formatTable(
          ["ID", customer, t(lang, "coverage.member"), t(lang, "coverage.cover"), t(lang, "coverage.endDate"), t(lang, "coverage.days"), t(lang, "coverage.insurer")],
          renewalRows,
          ["left", "left", "left", "left", "left", "right", "left"],
        )
      : [t(lang, "coverage.noRenewals", { days })]),
  ];
}
