import { gaps } from "../../src/functions/functions";
import { sharedEngine } from "../../src/functions/engine";
import { evaluateWith } from "../../src/functions/evaluate";
import { snapshotOf } from "../../src/functions/snapshot";
import { book, serial, table } from "../support/rawBook";
import { Invocation, StubHost, bind, settingsTable, shown } from "./support";

const engine = () => sharedEngine()!;
const settle = () => engine().settled();

afterEach(async () => {
  await sharedEngine()?.dispose();
});

/** C1 insures himself and his child (accident only); C2 has no policy recorded. */
function family() {
  return book({
    customers: table("客户", ["客户编号", "客户名称", "家庭成员"], [["C1", "张伟", "配偶:王芳"], ["C2", "李娜", ""]]),
    policies: table(
      "保险保障",
      ["客户编号", "被保险人", "关系", "险种", "保额", "生效日"],
      [
        ["C1", "张伟", "本人", "重疾", 500000, serial("2020-01-01")],
        ["C1", "张伟", "本人", "医疗", 1000000, serial("2020-01-01")],
        ["C1", "张小明", "子女", "意外", 100000, serial("2020-01-01")],
      ],
    ),
    settings: settingsTable([["asOf", "2026-03-31"]]),
  });
}

describe("CRM.GAPS", () => {
  it("lists a household's gaps in one cell, member by member, in the workbook's language", () => {
    const ev = (f: string, lang: "zh-CN" | "en-US") => evaluateWith(f, snapshotOf(family(), { today: 0, lang }), () => null);
    expect(ev('=CRM.GAPS("C1")', "zh-CN")).toBe("张伟（本人）：寿险；王芳（配偶）：重疾、医疗；张小明（子女）：医疗");
    expect(ev('=CRM.GAPS("C1")', "en-US")).toBe("张伟 (Self): Life; 王芳 (Spouse): Critical illness, Medical; 张小明 (Child): Medical");
    expect(ev('=CRM.保障缺口("C2")', "zh-CN")).toBe("未录入保单");
    expect(ev('=CRM.GAPS("C9")', "en-US")).toEqual({ error: "#N/A", message: "No customer has the ID “C9”." });
  });

  it("updates the cell when a policy is added, after the policies table's change event", async () => {
    const host = new StubHost(family());
    bind(host, { lang: () => "zh-CN" });
    const cell = new Invocation<string>();
    gaps("C1", cell);
    await settle();
    host.book.tables.policies!.rows.push(["C1", "配偶 王芳", "", "重疾", 300000, serial("2026-03-01")]);
    host.emit(["policies"]);
    await settle();
    expect(cell.results.map((r) => shown(r))).toEqual([
      "张伟（本人）：寿险；王芳（配偶）：重疾、医疗；张小明（子女）：医疗",
      "张伟（本人）：寿险；王芳（配偶）：医疗；张小明（子女）：医疗",
    ]);
    expect(host.reads).toBe(2);
  });
});
