import { analyze } from "./analyze";
import { DEFAULT_SETTINGS, readSettings } from "./settings";
import { book, customers, day, serial, table } from "../../test/support/rawBook";
import type { Problem } from "./quality";

const settingsTable = (rows: unknown[][]) => table("设置", ["键", "值", "说明"], rows as never);

describe("the settings table", () => {
  it("uses the defaults of SPEC section 3 when there is no settings table", () => {
    expect(readSettings(undefined, false, [])).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toEqual(
      expect.objectContaining({ windowMonths: 12, badPaymentPenalty: 0.5, amountThreshold: "median", closenessThreshold: "median", borderlineMargin: 0.1 }),
    );
  });

  it("reads the user's values, typed as numbers or as text", () => {
    const problems: Problem[] = [];
    const s = readSettings(settingsTable([["windowMonths", "6"], ["cadenceII", 10], ["amountThreshold", "中位数"], ["borderlineMargin", 0.2]]), false, problems);
    expect(s).toEqual(expect.objectContaining({ windowMonths: 6, amountThreshold: "median", borderlineMargin: 0.2 }));
    expect(s.cadence.II).toBe(10);
    expect(problems).toEqual([]);
  });

  it("reads a gap rule by its name in either language, and by its old key", () => {
    const s = readSettings(
      settingsTable([
        ["缺口规则-配偶", "寿险、医疗"],
        ["Gap rule: child", "accident"],
        ["gapParent", "医疗"],
      ]),
      false,
      [],
    );
    expect(s.gapRules.gapSpouse).toEqual(["life", "medical"]);
    expect(s.gapRules.gapChild).toEqual(["accident"]);
    expect(s.gapRules.gapParent).toEqual(["medical"]);
  });

  it("keeps the default and names the cell when a value is unusable", () => {
    const problems: Problem[] = [];
    const s = readSettings(settingsTable([["windowMonths", "twelve"], ["badPaymentPenalty", 2]]), false, problems);
    expect(s.windowMonths).toBe(12);
    expect(s.badPaymentPenalty).toBe(0.5);
    expect(problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ["setting.invalid", 2, "值"],
      ["setting.invalid", 3, "值"],
    ]);
  });

  it("takes the as-of date from the settings when the caller gives none", () => {
    const a = analyze(book({ customers: customers(1), settings: settingsTable([["asOf", serial("2026-06-30")]]) }), { today: day("2026-11-23") });
    expect(a.asOf).toBe(day("2026-06-30"));
  });

  it("uses today when the as-of setting is blank", () => {
    const a = analyze(book({ customers: customers(1), settings: settingsTable([["asOf", ""]]) }), { today: day("2026-11-23") });
    expect(a.asOf).toBe(day("2026-11-23"));
  });
});
