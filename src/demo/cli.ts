/**
 * Writes a demo workbook: `tsx src/demo/cli.ts out.xlsx [--lang zh-CN|en-US] [--as-of YYYY-MM-DD]
 * [--customers 40] [--seed 1]`.
 */
import { writeFile } from "node:fs/promises";
import { Command, CommanderError } from "commander";
import { type Lang, langFromLocale, t } from "../core/i18n";
import { parseIsoDay, todayDay } from "../core/dates";
import { demoXlsx } from "./writeDemo";

async function main(argv: string[]): Promise<number> {
  const envLang = langFromLocale(process.env.LC_ALL || process.env.LANG);
  let lang: Lang = envLang;
  try {
    const program = new Command("demo")
      .description(t(lang, "cli.demo.help"))
      .argument("<out>", t(lang, "cli.demo.out"))
      .option("--lang <lang>", t(lang, "cli.help.lang"))
      .option("--as-of <date>", t(lang, "cli.demo.asOf"))
      .option("--customers <n>", t(lang, "cli.demo.customers"), "40")
      .option("--seed <n>", t(lang, "cli.demo.seed"), "1")
      .exitOverride()
      .configureOutput({ outputError: () => undefined });
    await program.parseAsync(argv, { from: "user" });
    const [out] = program.args;
    const opts = program.opts<{ lang?: string; asOf?: string; customers: string; seed: string }>();
    lang = opts.lang ? langFromLocale(opts.lang) : envLang;
    const asOf = opts.asOf === undefined ? todayDay() : parseIsoDay(opts.asOf);
    if (asOf === undefined) return fail(t(lang, "cli.error.asOf", { value: opts.asOf ?? "" }));
    const customers = Number(opts.customers);
    const seed = Number(opts.seed);
    if (!Number.isInteger(customers) || customers < 1 || customers > 100_000 || !Number.isInteger(seed)) {
      return fail(t(lang, "cli.demo.badNumber"));
    }
    await writeFile(out, await demoXlsx({ lang, asOf, customers, seed }));
    process.stdout.write(t(lang, "cli.demo.written", { file: out, customers }) + "\n");
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.code === "commander.helpDisplayed" ? 0 : fail(t(lang, "cli.error.usage"));
    return fail(
      t(lang, "cli.error.unexpected", { detail: (e instanceof Error ? e.message : String(e)).split("\n")[0] }),
    );
  }
}

function fail(line: string): number {
  process.stderr.write(line + "\n");
  return 2;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
