import { proposeColumnMap } from "./match";
import { enumByMeaning } from "./values";
import { PAYMENT_STATUSES } from "../schema";
import { analyze } from "../analyze";
import type { RawTable } from "../table";
import { parseIsoDay } from "../dates";

const table = (sheet: string, headers: string[], rows: (string | number | null)[][]): RawTable => ({
  sheet,
  headerRow: 1,
  firstColumn: 0,
  headers,
  rows,
});

describe("the column map proposed from captions and values", () => {
  it("reads abbreviated English captions by meaning and says how sure it is", () => {
    const map = proposeColumnMap("purchases", ["Cust ID", "Txn Date", "Amt", "Pmt Status"]);
    expect(Object.fromEntries(Object.values(map.fields).map((f) => [f.field, f.index]))).toEqual({
      id: 0,
      date: 1,
      product: undefined,
      amount: 2,
      paymentStatus: 3,
    });
    expect(map.fields.amount).toMatchObject({ how: "meaning", caption: "Amt" });
    expect(map.fields.amount.confidence).toBeGreaterThanOrEqual(0.5);
    expect(map.fields.amount.confidence).toBeLessThan(1);
  });

  it("takes the unit of 金额(万元) into the amount read, so 1.5 counts as 15,000", () => {
    const map = proposeColumnMap("purchases", ["客户编号", "日期", "金额(万元)"]);
    expect(map.fields.amount).toMatchObject({ index: 2, multiplier: 10_000, unit: "万元" });
    const a = analyze(
      {
        tables: {
          customers: table("客户", ["客户编号", "客户名称"], [["C1", "甲"]]),
          purchases: table("购买记录", ["客户编号", "日期", "金额(万元)", "回款状态"], [["C1", "2026-03-05", 1.5, "正常"]]),
        },
        date1904: false,
      },
      { asOf: parseIsoDay("2026-06-30")! },
    );
    expect(a.scores[0].amount).toBe(15_000);
  });

  it("finds the payment status by its values when the caption says nothing", () => {
    const map = proposeColumnMap(
      "purchases",
      ["客户编号", "日期", "金额", "备注二"],
      [
        ["C1", 46000, 5, "已逾期"],
        ["C2", 46001, 6, "正常"],
        ["C3", 46002, 7, "呆坏账"],
      ],
    );
    expect(map.fields.paymentStatus).toMatchObject({ index: 3, how: "values" });
  });

  it("does not take a 状态 column whose values are no payment statuses", () => {
    const map = proposeColumnMap("purchases", ["客户编号", "日期", "金额", "状态"], [
      ["C1", 46000, 5, "已签约"],
      ["C2", 46001, 6, "洽谈中"],
      ["C3", 46002, 7, "已签约"],
    ]);
    expect(map.fields.paymentStatus.index).toBeUndefined();
  });

  it("reports two columns that could both be the amount instead of choosing in silence", () => {
    const map = proposeColumnMap("purchases", ["客户编号", "日期", "金额", "交易金额"]);
    expect(map.fields.amount).toMatchObject({ index: 2, alternatives: [3] });
  });

  it("lets the user's choice win, and remembers a choice the sheet cannot satisfy", () => {
    const map = proposeColumnMap("purchases", ["客户编号", "日期", "金额", "交易金额"], [], { amount: "交易金额", paymentStatus: "回款" });
    expect(map.fields.amount).toMatchObject({ index: 3, how: "user", confidence: 1, alternatives: [] });
    expect(map.fields.paymentStatus.index).toBeUndefined();
    expect(map.fields.paymentStatus.chosenMissing).toBe("回款");
  });

  it("reads payment statuses by meaning and leaves a negated one unread", () => {
    const key = (s: string) => enumByMeaning(PAYMENT_STATUSES, s)?.key;
    expect(["已逾期", "逾期未付", "Past due", "呆账", "呆坏账", "坏帐", "Written off", "已回款", "待回款"].map(key)).toEqual([
      "overdue",
      "overdue",
      "overdue",
      "badDebt",
      "badDebt",
      "badDebt",
      "badDebt",
      "paid",
      "pending",
    ]);
    expect(key("未逾期")).toBeUndefined();
  });
});

describe("the birthday column", () => {
  it("is a caption ending as a birthday does, never one that merely contains 生日 (a gift, a reminder sent)", () => {
    const birthdayOf = (headers: string[]) => proposeColumnMap("customers", headers).fields.birthday.caption;
    expect(birthdayOf(["客户编号", "客户名称", "生日礼品", "生日提醒已发"])).toBeUndefined();
    expect(birthdayOf(["客户编号", "客户名称", "生日提醒已发", "客户生日", "生日礼品"])).toBe("客户生日");
    expect(birthdayOf(["ID", "Name", "Birthday gift", "Birthday reminder sent"])).toBeUndefined();
    expect(birthdayOf(["ID", "Name", "Birthday reminder sent", "Date of birth"])).toBe("Date of birth");
  });

  it("leaves a customer without a birthday when the only such column holds the dates reminders were sent", () => {
    const a = analyze(
      {
        tables: {
          customers: table("客户", ["客户编号", "客户名称", "生日提醒已发"], [["C1", "甲", "2026-03-06"]]),
          purchases: table("购买记录", ["客户编号", "日期", "金额", "回款状态"], [["C1", "2026-03-01", 100, "正常"]]),
        },
        date1904: false,
      },
      { asOf: parseIsoDay("2026-03-05")!, lang: "zh-CN" },
    );
    expect(a.book.customers[0].birthday).toBeUndefined();
    expect(a.problems.filter((p) => p.column === "生日提醒已发")).toEqual([]);
  });
});
