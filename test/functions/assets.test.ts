import { assets, tier } from "../../src/functions/functions";
import { sharedEngine } from "../../src/functions/engine";
import { evaluateWith } from "../../src/functions/evaluate";
import { snapshotOf } from "../../src/functions/snapshot";
import { book, serial, table } from "../support/rawBook";
import { Invocation, StubHost, bind, shown } from "./support";

const engine = () => sharedEngine()!;
const settle = () => engine().settled();

afterEach(async () => {
  await sharedEngine()?.dispose();
});

/** C1 reviewed twice (a loan both times); C2 never reviewed. */
function reviews() {
  return book({
    customers: table(
      "客户",
      ["客户编号", "客户名称"],
      [
        ["C1", "王芳"],
        ["C2", "李雷"],
      ],
    ),
    assets: table(
      "资产",
      ["客户编号", "回顾日期", "资产类别", "名称", "市值"],
      [
        ["C1", serial("2026-01-31"), "存款", "定期", 40_000],
        ["C1", serial("2026-01-31"), "贷款", "房贷", 100_000],
        ["C1", serial("2026-02-28"), "存款", "定期", 60_000],
        ["C1", serial("2026-02-28"), "基金", "混合", 500_000],
        ["C1", serial("2026-02-28"), "贷款", "房贷", 90_000],
      ],
    ),
  });
}

describe("CRM.ASSETS and CRM.TIER", () => {
  const ev = (f: string, lang: "zh-CN" | "en-US" = "zh-CN") =>
    evaluateWith(f, snapshotOf(reviews(), { today: 0, lang }), () => null);

  it("gives the total assets without loans at the latest review, or at the latest review on or before a date", () => {
    expect(ev('=CRM.ASSETS("C1")')).toBe(560_000);
    expect(ev(`=CRM.ASSETS("C1", ${serial("2026-02-27")})`)).toBe(40_000);
    expect(ev(`=CRM.客户总资产("C1", ${serial("2026-02-28")})`)).toBe(560_000);
  });

  it("says why there is no number: no review, none by that date, an unknown ID, a date that is not a number", () => {
    expect(ev('=CRM.ASSETS("C2")', "en-US")).toEqual({ error: "#N/A", message: "Client C2 has no asset review." });
    expect(ev(`=CRM.ASSETS("C1", ${serial("2026-01-01")})`, "en-US")).toEqual({
      error: "#N/A",
      message: "Client C1 has no asset review on or before 2026-01-01.",
    });
    expect(ev('=CRM.ASSETS("C9")', "en-US")).toMatchObject({ error: "#N/A" });
    expect(ev('=CRM.ASSETS("C1", "soon")', "en-US")).toMatchObject({ error: "#VALUE!" });
  });

  it("takes a formatted number as a date (a date another CRM function answers, CustomFunctionsRuntime 1.4)", async () => {
    const host = new StubHost(reviews());
    bind(host, { lang: () => "en-US" });
    const total = new Invocation<number>();
    assets("C1", { type: "Double", basicValue: serial("2026-02-27"), numberFormat: "yyyy-mm-dd" }, total);
    await settle();
    expect(total.results.map(shown)).toEqual([40_000]);
  });

  it("names the tier from the settings' thresholds", () => {
    expect(ev('=CRM.TIER("C1")')).toBe("财富客户");
    expect(ev('=CRM.TIER("C1")', "en-US")).toBe("Wealth");
  });

  it("follows the assets table: a new review updates the cells after its change event", async () => {
    const host = new StubHost(reviews());
    bind(host, { lang: () => "en-US" });
    const total = new Invocation<number>();
    const level = new Invocation<string>();
    assets("C1", null, total);
    tier("C1", level);
    await settle();
    host.book.tables.assets!.rows.push(["C1", serial("2026-03-31"), "存款", "定期", 45_000]);
    host.emit(["assets"]);
    await settle();
    expect(total.results.map((r) => shown(r))).toEqual([560_000, 45_000]);
    expect(level.results.map((r) => shown(r))).toEqual(["Wealth", "Mass"]);
  });
});
