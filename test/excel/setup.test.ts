import { SETTING_KEYS, defaultSettingValue } from "../../src/core/settings";
import { TABLES, TABLE_ORDER, matchComputed } from "../../src/core/schema";
import { COLUMN_MAP_TABLE } from "../../src/core/columns/stored";
import { t } from "../../src/core/i18n";
import { COMPUTED_HEADER } from "../../src/excel/palette";
import type { FakeExcel } from "../../src/fake-excel";
import { cellMap, chinesePlainBook, englishTableBook, open, serial } from "./support";

const ALL_TABLES = [...TABLE_ORDER.map((k) => TABLES[k].tableName), COLUMN_MAP_TABLE].sort();
const ZH_COMPUTED = ["象限", "交易额", "紧密度", "临界", "策略", "最近联系", "下次拜访"];
const EN_COMPUTED = ["Quadrant", "Amount", "Closeness", "Borderline", "Strategy", "Last contact", "Next visit"];

function table(fake: FakeExcel, name: string) {
  return fake.workbook.tablesInfo().find((x) => x.name === name)!;
}

/** Every cell the user had is still there with the same value. */
function expectUserCellsKept(before: Map<string, unknown>, after: Map<string, unknown>): void {
  for (const [address, value] of before) expect([address, after.get(address)]).toEqual([address, value]);
}

describe("setup", () => {
  test("on an empty workbook creates the six tables, the computed columns and the settings, in Chinese", async () => {
    const { fake, host } = open();
    const result = await host.setup("zh-CN");
    expect(result.created).toEqual(TABLE_ORDER);
    expect(
      fake.workbook
        .tablesInfo()
        .map((x) => x.name)
        .sort(),
    ).toEqual(ALL_TABLES);
    expect(fake.workbook.sheetNames()).toEqual(
      expect.arrayContaining(["客户", "跟进记录", "购买记录", "资产", "保险保障", "设置"]),
    );
    const customers = table(fake, "crmCustomers");
    expect(customers.sheet).toBe("客户");
    expect(customers.headers.slice(0, 2)).toEqual(["客户编号", "客户名称"]);
    expect(customers.headers.slice(-7)).toEqual(ZH_COMPUTED);

    // The settings' own three columns (the column map sits to their right, after a blank column).
    const settings = fake.workbook.values("设置").map((r) => r.slice(0, 3)).filter((r) => r[0] !== "");
    expect(settings[0]).toEqual(["键", "值", "说明"]);
    expect(settings.slice(1).map((r) => r[0])).toEqual([...SETTING_KEYS]);
    for (const row of settings.slice(1)) {
      const key = row[0] as (typeof SETTING_KEYS)[number];
      expect(row[1]).toBe(defaultSettingValue(key, "zh-CN"));
      expect(row[2]).toBe(t("zh-CN", `setting.${key}`));
    }
  });

  test("on an empty workbook in English names sheets and headers in English", async () => {
    const { fake, host } = open();
    await host.setup("en-US");
    const customers = table(fake, "crmCustomers");
    expect(customers.sheet).toBe("Customers");
    expect(customers.headers.slice(-7)).toEqual(EN_COMPUTED);
    expect(fake.workbook.values("Settings")[0].slice(0, 3)).toEqual(["Key", "Value", "Description"]);
  });

  test("marks the computed columns as the add-in's: a distinct header fill and a hidden name on each", async () => {
    const { fake, host } = open();
    await host.setup("zh-CN");
    const header = fake.workbook.cells("客户")[0];
    const quadrant = header.find((c) => c.value === "象限")!;
    expect(quadrant.fill).toBe(COMPUTED_HEADER.fill);
    expect(header.find((c) => c.value === "客户编号")!.fill).toBeUndefined();
    const names = (fake.workbook.dump() as { names: { name: string; formula: string; visible: boolean }[] }).names;
    // The name refers to the header cell; Excel (and the in-memory one by default) shows it as a structured reference.
    expect(names).toContainEqual(
      expect.objectContaining({ name: "crmColumn_quadrant", formula: "=crmCustomers[[#Headers],[象限]]", visible: false }),
    );
    expect(names.filter((n) => n.name.startsWith("crmColumn_"))).toHaveLength(7);
  });

  test("adopts a Chinese workbook of plain ranges without moving any value, keeping the user's own column", async () => {
    const { fake, host } = open();
    chinesePlainBook(fake, 12);
    const before = ["客户", "购买记录", "跟进记录"].map((s) => cellMap(fake, s));
    const result = await host.setup("zh-CN");
    expect(result.adopted).toEqual(["customers", "followUps", "purchases"]);
    expect(result.created).toEqual(["assets", "policies", "settings"]);
    expect(result.problems).toEqual([]);
    const after = ["客户", "购买记录", "跟进记录"].map((s) => cellMap(fake, s));
    before.forEach((b, i) => expectUserCellsKept(b, after[i]));
    // The only new cells on the customer sheet are the computed columns' headers.
    const added = [...after[0].keys()].filter((a) => !before[0].has(a));
    expect(added.map((a) => after[0].get(a))).toEqual(ZH_COMPUTED);
    expect(added.every((a) => a.endsWith("1") && a.length === 2)).toBe(true);
    expect(table(fake, "crmCustomers")).toMatchObject({
      address: "客户!A1:K13",
      headers: ["客户编号", "客户名称", "电话", "微信号", ...ZH_COMPUTED],
    });
    expect(table(fake, "crmPurchases").sheet).toBe("购买记录");
  });

  test("adopts English tables by renaming them, keeping their cells and extra columns", async () => {
    const { fake, host } = open();
    englishTableBook(fake, 9);
    const before = ["Customers", "Purchases"].map((s) => cellMap(fake, s));
    const result = await host.setup("en-US");
    expect(result.adopted).toEqual(["customers", "purchases"]);
    expect(
      fake.workbook
        .tablesInfo()
        .map((x) => x.name)
        .sort(),
    ).toEqual(ALL_TABLES);
    const after = ["Customers", "Purchases"].map((s) => cellMap(fake, s));
    before.forEach((b, i) => expectUserCellsKept(b, after[i]));
    expect(table(fake, "crmCustomers").headers).toEqual(["Customer ID", "Name", "Phone", "Email", ...EN_COMPUTED]);
    expect(table(fake, "crmFollowUps").sheet).toBe("Follow-ups");
  });

  test("gives the empty, Chinese and English workbooks the same structure", async () => {
    const shapes: unknown[] = [];
    for (const build of [() => undefined, chinesePlainBook, englishTableBook]) {
      const { fake, host } = open();
      build(fake);
      await host.setup("zh-CN");
      const info = fake.workbook.tablesInfo();
      shapes.push({
        tables: info.map((x) => x.name).sort(),
        // Named in each book's language (an English book's columns are English), the same columns.
        computed: table(fake, "crmCustomers").headers.slice(-7).map((h) => matchComputed(h)?.key),
        settingsRows: table(fake, "crmSettings").rowCount,
      });
    }
    expect(shapes[1]).toEqual(shapes[0]);
    expect(shapes[2]).toEqual(shapes[0]);
  });

  test.each([
    ["an empty workbook", (_: FakeExcel) => undefined],
    ["a Chinese plain-range workbook", (f: FakeExcel) => chinesePlainBook(f, 8)],
    ["an English table workbook", (f: FakeExcel) => englishTableBook(f, 8)],
  ])("run three times on %s gives the same workbook as once", async (_label, build) => {
    const { fake, host } = open();
    build(fake);
    await host.setup("zh-CN");
    const once = JSON.stringify(fake.workbook.dump());
    await host.setup("zh-CN");
    await host.setup("zh-CN");
    expect(JSON.stringify(fake.workbook.dump())).toBe(once);
  });

  test("keeps a setting the user changed and adds back only the keys that are missing", async () => {
    const { fake, host } = open();
    await host.setup("zh-CN");
    fake.workbook.user.setValues("设置", "B2", [[6]]);
    const asOfRow = SETTING_KEYS.indexOf("asOf") + 1;
    fake.workbook.user.deleteRows("设置", asOfRow);
    await host.setup("zh-CN");
    const rows = fake.workbook.values("设置").slice(1).filter((r) => r[0] !== "");
    expect(rows.find((r) => r[0] === "windowMonths")![1]).toBe(6);
    expect(rows.map((r) => r[0]).sort()).toEqual([...SETTING_KEYS].sort());
  });

  test("adds drop-down lists in the sheet's language, on sheets it adds in the book's language", async () => {
    const { fake, host } = open();
    englishTableBook(fake, 5);
    await host.setup("zh-CN");
    const purchases = fake.workbook.validationsOf("Purchases");
    expect(purchases).toEqual([
      expect.objectContaining({
        type: "List",
        rule: expect.objectContaining({ list: expect.objectContaining({ source: "Paid,Pending,Overdue,Bad debt" }) }),
      }),
    ]);
    const followUps = fake.workbook.validationsOf("Follow-ups");
    expect(followUps.map((v) => (v.rule.list as { source: string }).source)).toContain("Visit,Phone,SMS,Email,WeChat,Other,Rescheduled");
    const assetLists = fake.workbook.validationsOf("Assets").map((v) => (v.rule.list as { source: string }).source);
    expect(assetLists).toEqual(
      expect.arrayContaining(["Stocks,Bonds,Funds,Deposits,Wealth products,Insurance,Property,Loans,Other", "Our bank,Other bank", "R1,R2,R3,R4,R5"]),
    );
  });

  test("formats date and amount cells that are still General, and leaves the user's own formats", async () => {
    const { fake, host } = open();
    chinesePlainBook(fake, 4);
    fake.workbook.user.setNumberFormat("购买记录", "B3", "yyyy/m/d");
    const values = fake.workbook.values("购买记录");
    await host.setup("zh-CN");
    const cells = fake.workbook.cells("购买记录");
    expect(cells[1][1].numberFormat).toBe("yyyy-mm-dd");
    expect(cells[2][1].numberFormat).toBe("yyyy/m/d");
    expect(cells[1][3].numberFormat).toBe("#,##0.00");
    expect(fake.workbook.values("购买记录")).toEqual(values);
    expect(cells[1][1].value).toBe(serial("2026-01-10"));
  });

  test("reports a sheet named 客户 that has no customer ID column instead of taking it over", async () => {
    const { fake, host } = open();
    fake.workbook.user.renameSheet("Sheet1", "客户");
    fake.workbook.user.setValues("客户", "A1", [
      ["姓名", "电话"],
      ["张三", "138"],
    ]);
    const before = cellMap(fake, "客户");
    const result = await host.setup("zh-CN");
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        code: "column.missing",
        sheet: "客户",
        row: 1,
        column: "客户编号",
        table: "customers",
      }),
    );
    expect(fake.workbook.tablesInfo().map((x) => x.name)).not.toContain("crmCustomers");
    expect(cellMap(fake, "客户")).toEqual(before);
  });

  test("finds a customer table on an unrelated sheet by its headers", async () => {
    const { fake, host } = open();
    fake.workbook.user.setValues("Sheet1", "B3", [
      ["Client ID", "Customer Name", "Tel"],
      ["A1", "Ann", "1"],
      ["A2", "Bob", "2"],
    ]);
    fake.workbook.user.addTable("Sheet1", "B3:D5", "Table7");
    const result = await host.setup("en-US");
    expect(result.adopted).toContain("customers");
    expect(table(fake, "crmCustomers")).toMatchObject({ sheet: "Sheet1", address: "Sheet1!B3:K5" });
    expect(fake.workbook.sheetNames()).not.toContain("Customers");
  });

  test("finds the header row of a plain range below a title row", async () => {
    const { fake, host } = open();
    fake.workbook.user.renameSheet("Sheet1", "客户");
    fake.workbook.user.setValues("客户", "A1", [
      ["2026 年客户名单", ""],
      ["客户编号", "客户名称"],
      ["C1", "甲"],
    ]);
    await host.setup("zh-CN");
    expect(table(fake, "crmCustomers").address).toBe("客户!A2:I3");
    expect(fake.workbook.values("客户")[0][0]).toBe("2026 年客户名单");
  });

  test("needs the same number of syncs for 10 customers and for 10,000", async () => {
    const counts: number[] = [];
    for (const n of [10, 10_000]) {
      const { fake, host } = open();
      chinesePlainBook(fake, n);
      fake.stats.resetCounts();
      await host.setup("zh-CN");
      counts.push(fake.stats.syncs);
    }
    expect(counts[1]).toBe(counts[0]);
    console.info(`setup: ${counts[0]} syncs at 10 and at 10,000 customers`);
  });
});
