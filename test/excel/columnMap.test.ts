/**
 * The column map kept in the workbook (crmColumnMap beside the settings) on the in-memory Excel:
 * setup writes it, a choice in it is what refresh and the custom functions read, reading it costs
 * no round trip, and two sheets that fit the customers alike are asked about, not guessed.
 */
import type { FakeExcel } from "../../src/fake-excel";
import { COLUMN_MAP_TABLE, mapKeys } from "../../src/core/columns/stored";
import { sharedEngine } from "../../src/functions/engine";
import { cellMap, open, serial } from "./support";
import { bind } from "../functions/support";

type Row = (string | number)[];

/** Customers C1…C4; purchases with two amount columns: 金额 (the proposal) and 开票金额 (invoiced). */
function twoAmountBook(fake: FakeExcel): void {
  const u = fake.workbook.user;
  u.renameSheet("Sheet1", "客户");
  u.setValues("客户", "A1", [["客户编号", "客户名称"], ...[1, 2, 3, 4].map((i) => [`C${i}`, `客户${i}`])]);
  u.addSheet("购买记录");
  const purchases: Row[] = [["客户编号", "日期", "产品", "金额", "开票金额", "回款状态"]];
  // Received amounts reverse the order of the invoiced ones: the choice changes who is large.
  [1, 2, 3, 4].forEach((i) => purchases.push([`C${i}`, serial("2026-03-01"), "基金", i * 1000, (5 - i) * 700, "正常"]));
  u.setValues("购买记录", "A1", purchases);
}

/** The worksheet row (1-based) of a dataset × field in the map on 设置. */
function mapRow(fake: FakeExcel, table: string, field: string): number {
  const values = fake.workbook.values("设置");
  const [t, f] = [values[0].indexOf("数据表"), values[0].indexOf("字段")];
  return values.findIndex((r) => r[t] === table && r[f] === field) + 1;
}

function choiceCell(fake: FakeExcel, table: string, field: string): string {
  const col = fake.workbook.values("设置")[0].indexOf("对应列");
  return `${String.fromCharCode(65 + col)}${mapRow(fake, table, field)}`;
}

afterEach(async () => {
  await sharedEngine()?.dispose();
});

describe("the column map in the workbook", () => {
  test("setup writes it beside the settings: every dataset and field, automatic, no settings cell moved", async () => {
    const { fake, host } = open();
    twoAmountBook(fake);
    await host.setup("zh-CN");
    const map = fake.workbook.tablesInfo().find((t) => t.name === COLUMN_MAP_TABLE)!;
    expect(map.sheet).toBe("设置");
    const values = fake.workbook.values("设置");
    expect(values[0].slice(0, 3)).toEqual(["键", "值", "说明"]);
    expect(values[0].slice(3)).toEqual(["", "数据表", "字段", "对应列"]);
    const rows = values.slice(1).filter((r) => r[4] !== "");
    expect(rows).toHaveLength(mapKeys().length);
    expect(rows.every((r) => r[6] === "（自动）")).toBe(true);
    expect(rows.find((r) => r[4] === "购买记录" && r[5] === "回款状态")).toBeDefined();
    // Running setup again finds it and adds nothing.
    await host.setup("zh-CN");
    expect(fake.workbook.values("设置").slice(1).filter((r) => r[4] !== "")).toHaveLength(mapKeys().length);
  });

  test("a choice typed into the map changes the scores written at the next refresh", async () => {
    const { fake, host } = open();
    twoAmountBook(fake);
    await host.setup("zh-CN");
    const before = await host.refresh("zh-CN");
    expect(before.analysis.scores.map((s) => s.amount)).toEqual([1000, 2000, 3000, 4000]);
    fake.workbook.user.setValues("设置", choiceCell(fake, "购买记录", "金额"), "开票金额");
    const after = await host.refresh("zh-CN");
    expect(after.analysis.scores.map((s) => s.amount)).toEqual([2800, 2100, 1400, 700]);
    const amountColumn = fake.workbook.values("客户")[0].indexOf("交易额");
    expect(fake.workbook.values("客户").slice(1).map((r) => r[amountColumn])).toEqual([2800, 2100, 1400, 700]);
    expect(after.analysis.book.tables.purchases!.map!.fields.amount).toMatchObject({ how: "user", from: "workbook" });
  });

  test("reading the map costs no round trip: refresh and the functions' read keep their sync counts", async () => {
    const { fake, host } = open();
    twoAmountBook(fake);
    await host.setup("zh-CN");
    await host.refresh("zh-CN");
    fake.stats.resetCounts();
    await host.refresh("zh-CN");
    const plain = fake.stats.syncs;
    fake.workbook.user.setValues("设置", choiceCell(fake, "购买记录", "金额"), "开票金额");
    fake.stats.resetCounts();
    const chosen = await host.refresh("zh-CN");
    expect(chosen.analysis.scores[0].amount).toBe(2800);
    expect(fake.stats.syncs).toBe(plain);
    expect(plain).toBeLessThanOrEqual(4);
    fake.stats.resetCounts();
    const raw = await host.readBook();
    expect(raw.columnMap?.sheet).toBe("设置");
    expect(fake.stats.syncs).toBe(2);
  });

  test("the custom functions answer from the same choice, and a live cell follows an edit of the map", async () => {
    const { fake, host } = open();
    twoAmountBook(fake);
    await host.setup("zh-CN");
    const engine = bind(host);
    const results: unknown[] = [];
    engine.stream("AMOUNT", ["C1"], { setResult: (v) => results.push(v) });
    await engine.settled();
    expect(results[results.length - 1]).toBe(1000);
    fake.workbook.user.setValues("设置", choiceCell(fake, "购买记录", "金额"), "开票金额");
    await fake.workbook.whenIdle();
    await engine.settled();
    await fake.workbook.whenIdle();
    await engine.settled();
    expect(results[results.length - 1]).toBe(2800);
  });

  test("a map row that cannot be read is reported at its sheet, row and column, and the rest still applies", async () => {
    const { fake, host } = open();
    twoAmountBook(fake);
    await host.setup("zh-CN");
    const row = mapRow(fake, "购买记录", "产品");
    const fieldCol = fake.workbook.values("设置")[0].indexOf("字段");
    fake.workbook.user.setValues("设置", `${String.fromCharCode(65 + fieldCol)}${row}`, "货品名");
    fake.workbook.user.setValues("设置", choiceCell(fake, "购买记录", "金额"), "开票金额");
    const result = await host.refresh("zh-CN");
    expect(result.analysis.problems.find((p) => p.code === "columnMap.field")).toMatchObject({
      severity: "warning",
      sheet: "设置",
      row,
      column: "字段",
    });
    expect(result.analysis.scores[0].amount).toBe(2800);
  });

  test("saving from the set-up screen writes only the map, and the next refresh uses it", async () => {
    const { fake, host } = open();
    twoAmountBook(fake);
    await host.setup("zh-CN");
    await host.refresh("zh-CN");
    const before = new Map(fake.workbook.sheetNames().map((s) => [s, cellMap(fake, s)]));
    const cell = choiceCell(fake, "购买记录", "金额");
    const written = await host.saveColumnMap("zh-CN", [{ table: "purchases", field: "amount", choice: { kind: "caption", caption: "开票金额" } }]);
    expect(written).toBe(1);
    for (const [sheet, cells] of before) {
      const after = cellMap(fake, sheet);
      const changed = [...new Set([...cells.keys(), ...after.keys()])].filter((a) => cells.get(a) !== after.get(a));
      expect([sheet, changed]).toEqual([sheet, sheet === "设置" ? [cell] : []]);
    }
    const view = await host.columnMap("zh-CN");
    const amount = view.find((t) => t.table === "purchases")!.fields.find((f) => f.field === "amount")!;
    expect(amount).toMatchObject({ caption: "开票金额", how: "user", from: "workbook", samples: ["2800", "2100", "1400"] });
    expect((await host.refresh("zh-CN")).analysis.scores[0].amount).toBe(2800);
  });
});

test("setup puts the drop-down list on the payment-status column the user chose, not on the proposal's", async () => {
  const { fake, host } = open();
  twoAmountBook(fake);
  // A second status column (F is 回款状态, the proposal); the user says payments are in G.
  fake.workbook.user.setValues("购买记录", "G1:G5", [["付款情况"], ["正常"], ["逾期"], ["正常"], ["正常"]]);
  await host.setup("zh-CN");
  const listsOn = () => fake.workbook.validationsOf("购买记录").map((v) => v.address.replace(/^.*!/, "").replace(/\d+/g, ""));
  expect(listsOn()).toEqual(["F:F"]);
  fake.workbook.user.setValues("设置", choiceCell(fake, "购买记录", "回款状态"), "付款情况");
  await host.setup("zh-CN");
  expect(listsOn()).toContain("G:G");
});

describe("two sheets that fit the customers alike", () => {
  /** Two visible customer lists recognised by their columns only, and the purchases. */
  function twoLists(fake: FakeExcel): void {
    const u = fake.workbook.user;
    u.renameSheet("Sheet1", "名单甲");
    u.setValues("名单甲", "A1", [["客户编号", "客户名称"], ["C1", "甲一"], ["C2", "甲二"]]);
    u.addSheet("名单乙");
    u.setValues("名单乙", "A1", [["客户编号", "客户名称"], ["C1", "乙一"], ["C3", "乙三"]]);
    u.addSheet("购买记录");
    u.setValues("购买记录", "A1", [["客户编号", "日期", "金额"], ["C3", serial("2026-03-01"), 500]]);
  }

  test("setup asks which sheet instead of adopting one, refresh says so and writes nothing", async () => {
    const { fake, host } = open();
    twoLists(fake);
    const lists = ["名单甲", "名单乙"].map((s) => cellMap(fake, s));
    const setup = await host.setup("zh-CN");
    expect(setup.ask).toEqual([{ table: "customers", sheets: ["名单甲", "名单乙"] }]);
    expect(fake.workbook.tablesInfo().some((t) => t.name === "crmCustomers")).toBe(false);
    const result = await host.refresh("zh-CN");
    expect(result.written).toBe(0);
    expect(result.analysis.problems.find((p) => p.code === "table.ambiguous")).toMatchObject({ sheet: "名单甲", params: expect.objectContaining({ others: "“名单乙”" }) });
    expect(["名单甲", "名单乙"].map((s) => cellMap(fake, s))).toEqual(lists);
    const view = await host.columnMap("zh-CN");
    expect(view.find((t) => t.table === "customers")).toMatchObject({ sheetQuestion: true, sheetOptions: ["名单甲", "名单乙"] });
  });

  test("the sheet chosen is stored in the map; setup then adopts it and refresh scores it", async () => {
    const { fake, host } = open();
    twoLists(fake);
    await host.setup("zh-CN");
    await host.saveColumnMap("zh-CN", [{ table: "customers", field: "sheet", choice: { kind: "caption", caption: "名单乙" } }]);
    expect(fake.workbook.values("设置").some((r) => r.includes("客户") && r.includes("工作表") && r.includes("名单乙"))).toBe(true);
    await host.setup("zh-CN");
    expect(fake.workbook.tablesInfo().find((t) => t.name === "crmCustomers")!.sheet).toBe("名单乙");
    const result = await host.refresh("zh-CN");
    expect(result.analysis.scores.map((s) => [s.id, s.amount])).toEqual([["C1", 0], ["C3", 500]]);
    expect(result.analysis.problems.some((p) => p.code === "table.ambiguous")).toBe(false);
    expect(result.written).toBe(2);
  });
});
