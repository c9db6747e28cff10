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

describe("English counts", () => {
  it("say one row, not 1 rows, and keep the plural for any other count", () => {
    expect(t("en-US", "import.read", { file: "a.csv", rows: 1, format: "UTF-8" })).toBe("Read a.csv: 1 row, UTF-8");
    expect(t("en-US", "import.read", { file: "a.csv", rows: 2, format: "UTF-8" })).toBe("Read a.csv: 2 rows, UTF-8");
    expect(t("en-US", "c360.birthday.days", { date: "2026-03-06", days: 1 })).toBe("2026-03-06 (in 1 day)");
    expect(t("en-US", "import.done", { added: 1, sheet: "Customers", filled: 1 })).toBe("Appended 1 row to Customers and filled 1 cell.");
  });
});
