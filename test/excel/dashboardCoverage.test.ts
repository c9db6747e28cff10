/**
 * The dashboard's household-protection sections (SPEC 5b), written by refresh: the book's gap list
 * in its order and the policies ending within the renewal horizon.
 */
import { open, serial } from "./support";
import { t } from "../../src/core/i18n";

test("the dashboard lists the households' gaps, quadrant II first, and the policy ending within 60 days", async () => {
  const { fake, host } = open({}, { now: () => Date.UTC(2026, 2, 31, 9, 0) });
  const u = fake.workbook.user;
  u.renameSheet("Sheet1", "客户");
  u.setValues("客户", "A1", [
    ["客户编号", "客户名称", "家庭成员"],
    ["C1", "张伟", "配偶:王芳"],
    ["C2", "李娜", ""],
  ]);
  u.addSheet("购买记录");
  // C2 buys big once (II), C1 small twice (IV once the thresholds are fixed below).
  u.setValues("购买记录", "A1", [
    ["客户编号", "日期", "产品", "金额"],
    ["C1", serial("2026-01-05"), "基金", 100],
    ["C1", serial("2026-02-05"), "基金", 100],
    ["C2", serial("2026-02-01"), "基金", 5000],
  ]);
  u.addSheet("保险保障");
  u.setValues("保险保障", "A1", [
    ["客户编号", "被保险人", "关系", "险种", "保额", "保费", "缴费方式", "生效日", "到期日"],
    ["C1", "张伟", "本人", "重疾", 500000, 8000, "期缴", serial("2020-01-01"), ""],
    ["C1", "张伟", "本人", "医疗", 1000000, 600, "期缴", serial("2025-05-01"), serial("2026-04-30")],
    ["C2", "李娜", "本人", "寿险", 300000, 3000, "期缴", serial("2021-01-01"), ""],
  ]);
  await host.setup("zh-CN");
  const settings = fake.workbook.tablesInfo().find((x) => x.name === "crmSettings")!;
  const grid = fake.workbook.values(settings.sheet);
  u.setValues(settings.sheet, `B${grid.findIndex((r) => r[0] === "amountThreshold") + 1}`, [[1000]]);
  u.setValues(settings.sheet, `B${grid.findIndex((r) => r[0] === "closenessThreshold") + 1}`, [[1.5 / 12]]);
  await host.refresh("zh-CN");

  const sheet = t("zh-CN", "dashboard.sheet");
  const rows = fake.workbook.values(sheet).map((r) => r.slice(0, 7));
  const at = rows.findIndex((r) => r[0] === t("zh-CN", "coverage.gaps.title", { count: 4 }));
  expect(at).toBeGreaterThan(0);
  expect(rows.slice(at + 2, at + 6).map((r) => r.slice(0, 5))).toEqual([
    ["C2", "李娜", "II", "李娜（本人）", "重疾"],
    ["C2", "李娜", "II", "李娜（本人）", "医疗"],
    ["C1", "张伟", "IV", "王芳（配偶）", "重疾"],
    ["C1", "张伟", "IV", "王芳（配偶）", "医疗"],
  ]);
  const renewals = rows.findIndex((r) => r[0] === t("zh-CN", "coverage.renewals.title", { days: 60, count: 1 }));
  expect(rows[renewals + 2]).toEqual(["C1", "张伟", "张伟", "医疗", "2026-04-30", 30, ""]);
});
