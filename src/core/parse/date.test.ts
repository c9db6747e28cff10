import fc from "fast-check";
import { parseDate } from "./date";
import { dayFromYmd, formatDay, serialFromDay } from "../dates";

const iso = (cell: Parameters<typeof parseDate>[0], date1904 = false) => {
  const p = parseDate(cell, date1904);
  return p.ok ? formatDay(p.value.day) : p.problem.kind;
};

describe("parseDate", () => {
  it("reads the text forms of SPEC section 7", () => {
    for (const text of ["2026-03-05", "2026/3/5", "2026.3.5", "2026年3月5日", " 2026-3-5 ", "２０２６－０３－０５", "2026-03-05 14:30"]) {
      expect(iso(text)).toBe("2026-03-05");
    }
  });

  it("refuses the ambiguous 3/5/2026 and other text instead of guessing", () => {
    for (const text of ["3/5/2026", "05.03.2026", "March 5", "2026-13-01", "2026-02-30", "2026-03/05", "明天"]) {
      expect(iso(text)).toBe("invalid");
    }
  });

  it("reads Excel serials in the 1900 date system", () => {
    expect(iso(46086)).toBe("2026-03-05");
    expect(iso(1)).toBe("1900-01-01");
    expect(iso(59)).toBe("1900-02-28");
    expect(iso(61)).toBe("1900-03-01");
    expect(iso(46086.75)).toBe("2026-03-05");
  });

  it("refuses the fictitious 1900-02-29 (serial 60) and serials out of Excel's range", () => {
    expect(iso(60)).toBe("invalid");
    expect(iso(0)).toBe("invalid");
    expect(iso(-5)).toBe("invalid");
    expect(iso(20260305)).toBe("invalid");
  });

  it("reads Excel serials in the 1904 date system", () => {
    expect(iso(44624, true)).toBe("2026-03-05");
    expect(iso(0, true)).toBe("1904-01-01");
  });

  it("reads a Date from a file library as its UTC calendar day", () => {
    expect(iso(new Date(Date.UTC(2026, 2, 5)))).toBe("2026-03-05");
  });

  it("marks text dates as typed as text", () => {
    const p = parseDate("2026/3/5", false);
    expect(p.ok && p.value.fromText).toBe(true);
  });

  describe("properties", () => {
    const days = fc.integer({ min: dayFromYmd(1900, 3, 1)!, max: dayFromYmd(9999, 12, 31)! });

    it("reads back every day from its serial, in both date systems", () => {
      fc.assert(
        fc.property(days, fc.boolean(), (d, d1904) => {
          if (d1904 && d < dayFromYmd(1904, 1, 1)!) return true;
          const p = parseDate(serialFromDay(d, d1904), d1904);
          return p.ok && p.value.day === d;
        }),
      );
    });

    it("reads back every day from its ISO text", () => {
      fc.assert(fc.property(days, (d) => iso(formatDay(d)) === formatDay(d)));
    });

    it("never throws", () => {
      fc.assert(fc.property(fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.date()), fc.boolean(), (c, s) => (parseDate(c, s), true)));
    });
  });
});
