import { linkBook } from "../book";
import { book, customers, purchases, table } from "../../../test/support/rawBook";
import { customerAtRow } from "./rowCustomer";
import { greetingText } from "./whyText";

describe("the customer of a selected row", () => {
  const linked = linkBook(
    book({
      customers: customers(3),
      purchases: purchases([
        ["C2", "2026-01-10", 100],
        [" c3 ", "2026-01-11", 100],
        ["C9", "2026-01-12", 100],
      ]),
      followUps: table("跟进记录", ["客户编号", "日期"], [["C1", 46000]], 3),
    }),
  );

  it("is the customer on their own row, or the one a record's ID names (trimmed, any case)", () => {
    expect(customerAtRow(linked, "客户", 3)).toBe(1);
    expect(customerAtRow(linked, "购买记录", 2)).toBe(1);
    expect(customerAtRow(linked, "购买记录", 3)).toBe(2);
    expect(customerAtRow(linked, "跟进记录", 4)).toBe(0);
  });

  it("is nobody on a header, an orphan record, an empty row or another sheet", () => {
    expect(customerAtRow(linked, "客户", 1)).toBeUndefined();
    expect(customerAtRow(linked, "购买记录", 4)).toBeUndefined();
    expect(customerAtRow(linked, "购买记录", 40)).toBeUndefined();
    expect(customerAtRow(linked, "设置", 2)).toBeUndefined();
  });
});

describe("the birthday greeting", () => {
  it("fills the name into the template from the settings, or the built-in text when it is blank", () => {
    expect(greetingText("{name},生日快乐!", "张伟", "zh-CN")).toBe("张伟,生日快乐!");
    expect(greetingText("  ", "Ann", "en-US")).toBe("Happy birthday, Ann! Wishing you good health and a wonderful year ahead.");
  });
});
