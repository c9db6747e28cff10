import { analyze } from "../analyze";
import { linkBook } from "../book";
import { book, customers, day, purchases, table } from "../../../test/support/rawBook";
import { suggestCustomerId, validateNewRow } from "./newRows";
import { defaultChannel, followUpDateIssues, followUpRow, purchaseRow, rescheduleRow } from "./logRows";

describe("rows written from the pane", () => {
  const raw = book({ customers: customers(3), purchases: purchases([["C1", "2026-01-10", 100]]) });
  const a = analyze(raw, { asOf: day("2026-03-05") });

  it("suggests the next ID in the book's own pattern, zero-padded as the others", () => {
    const padded = linkBook(book({ customers: table("客户", ["客户编号", "客户名称"], [["KH0009", "甲"], ["KH0041", "乙"], ["X1", "丙"]]) }));
    expect(suggestCustomerId(padded)).toBe("KH0042");
    expect(suggestCustomerId(a.book)).toBe("C4");
    expect(suggestCustomerId(linkBook(book({ customers: table("客户", ["客户编号", "客户名称"], []) })))).toBe("C0001");
  });

  it("refuses a new customer whose ID exists or whose name is missing, and a record for an unknown customer", () => {
    expect(validateNewRow(a.book, "customers", { id: " c2 ", name: "重名" })).toEqual([{ field: "id", code: "duplicateId" }]);
    expect(validateNewRow(a.book, "customers", { id: "C9", name: " " })).toEqual([{ field: "name", code: "missing" }]);
    expect(validateNewRow(a.book, "purchases", { id: "C9", date: { day: 1 }, amount: 5 })).toEqual([{ field: "id", code: "unknownCustomer" }]);
    expect(validateNewRow(a.book, "purchases", { id: "C1", date: { day: 1 }, amount: Number.NaN })).toEqual([{ field: "amount", code: "notANumber" }]);
  });

  it("prefills the channel from the quadrant (a call for III, a visit otherwise) in the book's language", () => {
    expect(defaultChannel("III")).toBe("phone");
    expect(defaultChannel("II")).toBe("visit");
    expect(followUpRow(a, 0, { day: a.asOf, channel: "phone", summary: "问候", outcome: "" })).toMatchObject({ id: "C1", channel: "电话", date: { day: a.asOf } });
  });

  it("records a rescheduling as today's follow-up with the channel 改约 and the new day as its next date", () => {
    expect(rescheduleRow(a, 1, day("2026-03-12"), "客户出差")).toEqual({
      id: "C2",
      date: { day: a.asOf },
      channel: "改约",
      summary: "客户出差",
      outcome: "",
      nextDate: { day: day("2026-03-12") },
      nextAction: undefined,
    });
    expect(purchaseRow(a, 2, { day: a.asOf, product: "基金", amount: 800, status: "overdue" })).toMatchObject({ paymentStatus: "逾期", amount: 800 });
  });

  it("refuses a contact dated after today, a next date before the contact, a new date before today — and accepts today", () => {
    const today = a.asOf;
    expect(followUpDateIssues("log", today + 1, undefined, today)).toEqual([{ field: "date", code: "afterToday" }]);
    expect(followUpDateIssues("log", today - 3, today - 4, today)).toEqual([{ field: "nextDate", code: "beforeVisit" }]);
    expect(followUpDateIssues("log", today, today, today)).toEqual([]);
    expect(followUpDateIssues("log", undefined, null, today)).toEqual([{ field: "date", code: "missing" }, { field: "nextDate", code: "invalid" }]);
    expect(followUpDateIssues("reschedule", today, today - 1, today)).toEqual([{ field: "nextDate", code: "beforeToday" }]);
    expect(followUpDateIssues("reschedule", today, undefined, today)).toEqual([{ field: "nextDate", code: "missing" }]);
    expect(followUpDateIssues("reschedule", today, today, today)).toEqual([]);
  });
});
