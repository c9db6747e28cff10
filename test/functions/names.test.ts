/**
 * Function names as users meet them. Microsoft asks custom functions to avoid any id or name of a
 * built-in function in any language (a clash makes the built-in win, or the formula ambiguous), and
 * a Chinese Excel registers only the Chinese names of the zh-CN metadata: an example telling a
 * Chinese user to type =CRM.QUADRANT(…) would give #NAME?.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as languages from "hyperformula/commonjs/i18n/languages";
import { LANGS, type Lang, catalogKeys, t } from "../../src/core/i18n";
import { FUNCTION_IDS } from "../../src/functions/catalog";
import { parseXml, type XmlElement } from "../../scripts/check-manifest";

/** Excel's built-in function names in 17 languages (HyperFormula's translations of Excel's names). */
const BUILT_INS = new Set(
  Object.values(languages as unknown as Record<string, { functions?: Record<string, string> }>)
    .flatMap((pack) => (pack?.functions ? [...Object.keys(pack.functions), ...Object.values(pack.functions)] : []))
    .map((n) => n.toUpperCase()),
);

const namesIn = (lang: Lang) => new Set(FUNCTION_IDS.map((id) => t(lang, `functions.${id}.name`)));

/** The syntax message's generic `CRM.NAME(arguments, …)` is a pattern, not a function. */
const PLACEHOLDERS = new Set(["NAME", "函数名"]);

/** Every `CRM.<name>(` a text shows as an example. */
const examples = (text: string): string[] =>
  [...text.matchAll(/CRM\.([^\s(（{*]+)\s*\(/g)].map((m) => m[1]).filter((n) => !PLACEHOLDERS.has(n));

/** The manifest's user-facing strings: DefaultValue (en-US) and each zh-CN override. */
function manifestTexts(file: string): { lang: Lang; text: string }[] {
  const root = parseXml(readFileSync(join(__dirname, "../..", file), "utf8"));
  const all = (el: XmlElement): XmlElement[] => [el, ...el.children.flatMap(all)];
  return all(root).flatMap((el) => [
    ...(el.attrs.DefaultValue ? [{ lang: "en-US" as Lang, text: el.attrs.DefaultValue }] : []),
    ...(el.name.endsWith("Override") && /^zh/i.test(el.attrs.Locale ?? "") && el.attrs.Value
      ? [{ lang: "zh-CN" as Lang, text: el.attrs.Value }]
      : []),
  ]);
}

describe("function names", () => {
  it("no function id or name, in English or Chinese, is the name of an Excel built-in function in any language", () => {
    expect(BUILT_INS.has("TODAY")).toBe(true); // the list is Excel's
    const clashes = [...FUNCTION_IDS, ...LANGS.flatMap((l) => [...namesIn(l)])].filter((n) =>
      BUILT_INS.has(n.toUpperCase()),
    );
    expect(clashes).toEqual([]);
  });

  it("today's plan is CRM.PLAN, as SPEC section 6 names it", () => {
    expect(FUNCTION_IDS).toContain("PLAN");
    expect(t("en-US", "functions.PLAN.name")).toBe("PLAN");
  });

  it("every example formula in the add-in's strings uses the function names of its own language", () => {
    const wrong: string[] = [];
    for (const key of catalogKeys())
      for (const lang of LANGS)
        for (const name of examples(t(lang, key))) if (!namesIn(lang).has(name)) wrong.push(`${key} [${lang}]: CRM.${name}`);
    expect(wrong).toEqual([]);
  });

  it("every example formula in the manifest uses the function names of the string's language", () => {
    const texts = manifestTexts("manifest.xml");
    expect(texts.some((x) => x.lang === "zh-CN" && examples(x.text).length > 0)).toBe(true);
    const wrong = texts.flatMap(({ lang, text }) =>
      examples(text)
        .filter((name) => !namesIn(lang).has(name))
        .map((name) => `[${lang}] CRM.${name} in “${text}”`),
    );
    expect(wrong).toEqual([]);
  });
});
