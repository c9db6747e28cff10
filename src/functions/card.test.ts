import { customerCard } from "./card";
import { snapshotOf } from "./snapshot";
import { CUSTOMER_HEADERS, book, day, serial, table } from "../../test/support/rawBook";

describe("the customer card", () => {
  it("shows a birthday that is no plausible date (17 typed) as typed, never as 1900-01-17", () => {
    const raw = book({
      customers: table("客户", CUSTOMER_HEADERS, [
        ["C1", "甲", 17],
        ["C2", "乙", serial("1955-06-01")],
      ]),
    });
    const snap = snapshotOf(raw, { today: day("2026-11-23"), lang: "en-US" });
    const birthday = (i: number) =>
      customerCard(snap, snap.analysis.scores[i]).sections[0].fields.find((f) => f.label === "Birthday")?.value;
    expect(birthday(0)).toBe("17");
    expect(birthday(1)).toEqual({ serial: serial("1955-06-01") });
  });
});
