import { LANGS, catalogKeys, duplicateKeys, langFromLocale, t } from "./index";

describe("i18n", () => {
  it("has every key in both languages, none empty", () => {
    for (const key of catalogKeys()) for (const lang of LANGS) expect(t(lang, key).trim()).not.toBe("");
  });

  it("gives each key a single owning area", () => {
    expect(duplicateKeys()).toEqual([]);
  });

  it("uses the same placeholders in both languages", () => {
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();
    for (const key of catalogKeys()) expect([key, holes(t("zh-CN", key))]).toEqual([key, holes(t("en-US", key))]);
  });

  it("picks Chinese for any Chinese display language and English otherwise", () => {
    expect(langFromLocale("zh-CN")).toBe("zh-CN");
    expect(langFromLocale("zh_TW")).toBe("zh-CN");
    expect(langFromLocale("en-GB")).toBe("en-US");
    expect(langFromLocale(undefined)).toBe("en-US");
  });

  it("fills placeholders and refuses unknown keys", () => {
    expect(t("en-US", "plan.why.overdue", { days: 3 })).toBe("3 days overdue");
    expect(() => t("en-US", "no.such.key")).toThrow("missing i18n key");
  });
});
