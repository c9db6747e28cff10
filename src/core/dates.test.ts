import { dayFromYmd, formatDay, parseIsoDay, subtractMonths, todayDay } from "./dates";

describe("calendar days", () => {
  it("moves back whole months and clamps to the end of a shorter month", () => {
    const d = (s: string) => parseIsoDay(s)!;
    expect(formatDay(subtractMonths(d("2026-03-31"), 1))).toBe("2026-02-28");
    expect(formatDay(subtractMonths(d("2024-03-31"), 1))).toBe("2024-02-29");
    expect(formatDay(subtractMonths(d("2026-11-23"), 12))).toBe("2025-11-23");
    expect(formatDay(subtractMonths(d("2026-05-31"), 3))).toBe("2026-02-28");
  });

  it("refuses dates that are not on the calendar", () => {
    expect(dayFromYmd(2026, 2, 29)).toBeUndefined();
    expect(dayFromYmd(2024, 2, 29)).toBeDefined();
    expect(parseIsoDay("2026-1-5")).toBeUndefined();
  });

  it("takes today from the local calendar", () => {
    expect(formatDay(todayDay(new Date(2026, 10, 23, 23, 59)))).toBe("2026-11-23");
  });
});
