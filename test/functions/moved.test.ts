import { evaluateWith } from "../../src/functions/evaluate";
import { snapshotOf } from "../../src/functions/snapshot";
import { historyHeaders } from "../../src/core/history";
import { book, serial, table } from "../support/rawBook";
import { settingsTable } from "./support";
import { open } from "../excel/support";

const customers = table("客户", ["客户编号", "客户名称"], [["C1", "甲"], ["C2", "乙"], ["C3", "丙"]]);
/** 2026-03-01 09:30 and 2026-03-31 17:00 as Excel serials. */
const FIRST = serial("2026-03-01") + 9.5 / 24;
const LATER = serial("2026-03-31") + 17 / 24;

function withHistory(rows: (string | number)[][] | undefined, lang: "zh-CN" | "en-US" = "en-US") {
  const raw = book({ customers, settings: settingsTable([["asOf", "2026-03-31"]]) });
  if (rows) raw.history = table("Migration history", historyHeaders(lang), rows);
  return (f: string) => evaluateWith(f, snapshotOf(raw, { today: 0, lang }), () => null);
}

describe("CRM.MOVED", () => {
  it("names the customer's last change of quadrant and when the refresh recorded it", () => {
    const ev = withHistory([
      [FIRST, "C1", "", "I", 100, 1],
      [FIRST, "C2", "", "III", 0, 0],
      [LATER, "C1", "I", "II", 100, 0.1],
    ]);
    expect(ev('=CRM.MOVED("C1")')).toBe("2026-03-31 17:00: I → II");
    expect(ev('=CRM.MOVED("C2")')).toEqual({
      error: "#N/A",
      message: "Customer C2 has not changed quadrant since the migration history began.",
    });
    expect(ev('=CRM.MOVED("C9")')).toEqual({ error: "#N/A", message: "No customer has the ID “C9”." });
  });

  it("says to refresh first when the workbook has no migration history yet, in Chinese names too", () => {
    expect(withHistory(undefined, "zh-CN")('=CRM.象限变动("C1")')).toEqual({ error: "#N/A", message: "还没有迁移记录：请先刷新一次。" });
  });

  it("reads the history the refresh wrote into the workbook", async () => {
    let clock = Date.UTC(2026, 2, 31, 9, 0);
    const s = open({}, { now: () => (clock += 3_600_000) });
    const u = s.fake.workbook.user;
    u.renameSheet("Sheet1", "客户");
    u.setValues("客户", "A1", [["客户编号", "客户名称"], ["C1", "甲"], ["C2", "乙"]]);
    u.addSheet("购买记录");
    u.setValues("购买记录", "A1", [
      ["客户编号", "日期", "产品", "金额"],
      ["C1", serial("2026-03-01"), "基金", 1000],
      ["C1", serial("2026-03-02"), "基金", 1000],
      ["C2", serial("2026-03-02"), "基金", 10],
    ]);
    await s.host.setup("zh-CN");
    await s.host.refresh("zh-CN");
    const raw = await s.host.readBook();
    const ev = (f: string) => evaluateWith(f, snapshotOf(raw, { today: 0, lang: "zh-CN" }), () => null);
    expect(raw.history?.rows).toHaveLength(2);
    expect(ev('=CRM.MOVED("C1")')).toEqual({ error: "#N/A", message: "客户 C1 自有迁移记录以来没有变换过象限。" });
  });
});
