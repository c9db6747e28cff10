import { segment } from "../../src/functions/functions";
import { sharedEngine } from "../../src/functions/engine";
import { evaluateWith } from "../../src/functions/evaluate";
import { snapshotOf } from "../../src/functions/snapshot";
import { book, table } from "../support/rawBook";
import { Invocation, StubHost, bind, purchasesTable, settingsTable, shown } from "./support";

const engine = () => sharedEngine()!;
const settle = () => engine().settled();

afterEach(async () => {
  await sharedEngine()?.dispose();
});

/** Potential threshold 1,000: A holds 60 % of a high potential, B 30 %, C has no potential; a bad debt of 500 at a 2 % margin. */
function keyBook() {
  return book({
    customers: table("客户", ["客户编号", "客户名称", "采购潜力"], [["A", "甲", 2000], ["B", "乙", 2000], ["C", "丙", null]]),
    purchases: purchasesTable([
      ["A", "2026-01-10", 1200],
      ["B", "2026-01-10", 600],
      ["C", "2026-02-01", 500, "坏账"],
    ]),
    settings: settingsTable([["asOf", "2026-03-31"], ["potentialThreshold", 1000], ["profitMargin", 0.02]]),
  });
}

const ev = (f: string, lang: "zh-CN" | "en-US" = "en-US") => evaluateWith(f, snapshotOf(keyBook(), { today: 0, lang }), () => null);

describe("CRM.SEGMENT", () => {
  it("gives the attack/defend segment in the workbook's language, #N/A without a potential or for an unknown ID", () => {
    expect(ev('=CRM.SEGMENT("A")')).toBe("Retain");
    expect(ev('=CRM.SEGMENT("B")')).toBe("Acquire");
    expect(ev('=CRM.攻守细分("B")', "zh-CN")).toBe("获取");
    expect(ev('=CRM.SEGMENT("C")')).toEqual({ error: "#N/A", message: "Customer C has no purchase potential, so no attack/defend segment." });
    expect(ev('=CRM.SEGMENT("Z")')).toEqual({ error: "#N/A", message: "No customer has the ID “Z”." });
  });

  it("updates the cell when the customer's potential is edited", async () => {
    const host = new StubHost(keyBook());
    bind(host, { lang: () => "en-US" });
    const cell = new Invocation<string>();
    segment("B", cell);
    await settle();
    host.book.tables.customers!.rows[1][2] = 1100; // 600 of 1,100 is above half: ours to defend
    host.emit(["customers"]);
    await settle();
    expect(cell.results.map((r) => shown(r))).toEqual(["Acquire", "Retain"]);
  });
});

describe("CRM.EXTRASALES", () => {
  it("pins the deck's table: 500 at 2% → 25,000; 600 at 3% → 20,000; 1,000 at 6% → 16,667", () => {
    expect([ev("=CRM.EXTRASALES(500, 0.02)"), ev("=CRM.EXTRASALES(600, 0.03)"), ev("=CRM.弥补额外销售额(1000, 0.06)", "zh-CN")]).toEqual([25000, 20000, 16667]);
  });

  it("uses the workbook's profitMargin when the margin is omitted", () => {
    expect(ev("=CRM.EXTRASALES(500)")).toBe(25000);
  });

  it("refuses a margin typed as a percentage number or zero, and a negative loss, with #VALUE! saying why", () => {
    expect(ev("=CRM.EXTRASALES(500, 2)")).toEqual({ error: "#VALUE!", message: "The margin must be above 0 and at most 1 (2% is 0.02); got 2." });
    expect(ev("=CRM.EXTRASALES(500, 0)")).toMatchObject({ error: "#VALUE!" });
    expect(ev("=CRM.EXTRASALES(-5, 0.02)")).toMatchObject({ error: "#VALUE!" });
  });
});
