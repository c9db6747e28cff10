/**
 * `review <book.xlsx> --customer ID [--date YYYY-MM-DD] [--json | --out review.html]`: the asset
 * review of SPEC 5 for one client and review date (default: the latest), computed by the same core
 * function as the review sheet. The input file is never modified.
 */
import { t } from "../core/i18n";
import { computeReview } from "../core/review";
import { reviewFailureText, reviewJson, tierLabel, watchText, riskText, classLabel } from "../core/reviewView";
import { formatDay, parseIsoDay } from "../core/dates";
import { type CliIo, CliError, EXIT, writeLines } from "./io";
import type { CommonOptions } from "./options";
import type { CliCommand } from "./command";
import { openBook } from "./load";
import { sameFile, writeOutput } from "./output";
import { formatTable } from "./format";
import { reviewReport } from "../core/reviewHtml";

interface ReviewOptions extends CommonOptions {
  customer?: string;
  date?: string;
  out?: string;
}

export const reviewCommand: CliCommand<ReviewOptions> = {
  name: "review",
  help: "cli.help.review",
  options: [
    ["--customer <id>", "cli.help.customer"],
    ["--date <date>", "cli.help.reviewDate"],
    ["--out <file>", "cli.help.reviewOut"],
  ],
  run: ([file], opts, { io, env }) => review(file, opts, io, env),
};

async function review(file: string, opts: ReviewOptions, io: CliIo, env: NodeJS.ProcessEnv): Promise<number> {
  if (opts.customer === undefined || opts.customer.trim() === "") throw new CliError("cli.error.reviewCustomer");
  const date = opts.date === undefined ? undefined : parseIsoDay(opts.date);
  if (opts.date !== undefined && date === undefined) throw new CliError("cli.error.reviewDate", { value: opts.date });
  if (opts.out !== undefined && (await sameFile(file, opts.out))) throw new CliError("cli.error.outIsInput", { file });
  const { lang, analysis } = await openBook(file, opts, env);
  const book = analysis.book;
  if (!book.tables.assets) {
    io.stderr(t(lang, "review.error.noAssetsTable") + "\n");
    return EXIT.unusable;
  }
  const result = computeReview(book, opts.customer.trim(), date);
  if (!result.ok) {
    io.stderr(reviewFailureText(result, lang) + "\n");
    return EXIT.unusable;
  }
  const r = result.review;
  if (opts.out !== undefined) await writeOutput(file, opts.out, new TextEncoder().encode(reviewReport(book, r, lang)));
  if (opts.json) {
    io.stdout(JSON.stringify(reviewJson(r), null, 2) + "\n");
    return EXIT.ok;
  }
  const money = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  writeLines(io.stdout, [
    t(lang, "cli.review.title", { name: r.name, id: r.id, date: formatDay(r.date) }),
    [tierLabel(r.tier, lang), watchText(r, lang), riskText(r, lang)].filter((s) => s !== "").join(" · "),
    "",
    ...formatTable(
      [t(lang, "review.col.class"), t(lang, "review.mix.value"), t(lang, "review.mix.share")],
      r.mix.map((m) => [classLabel(m.class, lang), money.format(m.value), `${(m.share * 100).toFixed(1)}%`]),
      ["left", "right", "right"],
    ),
    "",
    `${t(lang, "review.totals.assets")} ${money.format(r.totals.assets)} · ${t(lang, "review.totals.liabilities")} ${money.format(r.totals.liabilities)} · ${t(lang, "review.totals.netWorth")} ${money.format(r.totals.netWorth)}`,
    ...(opts.out ? [t(lang, "cli.review.written", { file: opts.out })] : []),
  ]);
  return EXIT.ok;
}
