import {
  columnFromLetters,
  columnLetters,
  formatAddress,
  parseAddress,
  quoteSheetName,
  rect,
  subtract,
} from "./address";
import { shiftRect } from "./shift";
import { compareForSort, dateToSerial, formatText, parseEntered } from "./values";

describe("A1 addresses", () => {
  it("column letters round-trip", () => {
    for (const [n, s] of [
      [0, "A"],
      [25, "Z"],
      [26, "AA"],
      [701, "ZZ"],
      [702, "AAA"],
      [16383, "XFD"],
    ] as const) {
      expect(columnLetters(n)).toBe(s);
      expect(columnFromLetters(s)).toBe(n);
    }
  });

  it("parses cells, areas, whole columns and rows, absolute and sheet-qualified forms", () => {
    expect(parseAddress("$B$2:c3")).toEqual({ sheet: undefined, rect: rect(1, 1, 2, 2) });
    expect(parseAddress("'It''s'!A1").sheet).toBe("It's");
    expect(parseAddress("=客户!A:A").rect).toEqual(rect(0, 0, 1_048_575, 0));
    expect(parseAddress("3:4").rect).toEqual(rect(2, 0, 3, 16_383));
  });

  it("rejects what is not an address with InvalidArgument", () => {
    for (const bad of ["", "A0", "A1:", "1A", "XFE1", "A1:B2:C3"])
      expect(() => parseAddress(bad)).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
  });

  it("quotes sheet names only when Excel would", () => {
    expect(["Sheet1", "客户", "My Sheet", "A1", "2024", "R1C1"].map(quoteSheetName)).toEqual([
      "Sheet1",
      "客户",
      "'My Sheet'",
      "'A1'",
      "'2024'",
      "'R1C1'",
    ]);
    expect(formatAddress("It's", rect(0, 0, 1, 1), true)).toBe("'It''s'!$A$1:$B$2");
  });

  it("subtracting a rectangle leaves the parts outside it", () => {
    expect(subtract(rect(0, 0, 9, 0), rect(3, 0, 4, 0))).toEqual([rect(0, 0, 2, 0), rect(5, 0, 9, 0)]);
    expect(subtract(rect(0, 0, 1, 1), rect(5, 5, 6, 6))).toEqual([rect(0, 0, 1, 1)]);
  });

  it("shifting: moved beyond, grown when straddling, shrunk or gone when deleted, partial across the band", () => {
    const ins = { kind: "insert", axis: "rows", at: 3, n: 2, span0: 0, span1: 16_383 } as const;
    expect(shiftRect(rect(5, 0, 6, 1), ins)).toEqual(rect(7, 0, 8, 1));
    expect(shiftRect(rect(1, 0, 4, 1), ins)).toEqual(rect(1, 0, 6, 1));
    expect(shiftRect(rect(0, 0, 2, 1), ins)).toEqual(rect(0, 0, 2, 1));
    const del = { kind: "delete", axis: "rows", at: 2, n: 2, span0: 0, span1: 16_383 } as const;
    expect(shiftRect(rect(1, 0, 5, 0), del)).toEqual(rect(1, 0, 3, 0));
    expect(shiftRect(rect(2, 0, 3, 0), del)).toBeNull();
    expect(shiftRect(rect(0, 0, 5, 5), { kind: "insert", axis: "rows", at: 2, n: 1, span0: 0, span1: 2 })).toBe(
      "partial",
    );
    expect(
      shiftRect(rect(0, 2, 0, 4), { kind: "insert", axis: "columns", at: 3, n: 1, span0: 0, span1: 1_048_575 }),
    ).toEqual(rect(0, 2, 0, 5));
  });
});

describe("cell values", () => {
  it("parses typed strings like Excel", () => {
    expect(parseEntered(" 12.5 ", "General", false)).toEqual({ kind: "constant", value: 12.5 });
    expect(parseEntered("1e3", "General", false)).toEqual({ kind: "constant", value: 1000 });
    expect(parseEntered("=SUM(A1:A2)", "General", false)).toEqual({ kind: "formula", formula: "=SUM(A1:A2)" });
    expect(parseEntered("12", "@", false)).toEqual({ kind: "constant", value: "12", text: true });
    expect(parseEntered("2024-02-30", "General", false)).toEqual({ kind: "constant", value: "2024-02-30" });
    expect(parseEntered(null, "General", false)).toEqual({ kind: "skip" });
    expect(() => parseEntered(Number.NaN, "General", false)).toThrow(
      expect.objectContaining({ code: "InvalidArgument" }),
    );
  });

  it("runs text starting with =, +, - or @ as a formula, as typing it would, unless an apostrophe leads", () => {
    expect(parseEntered("+cmd|' /C calc'!A0", "General", false)).toEqual({ kind: "formula", formula: "=+cmd|' /C calc'!A0" });
    expect(parseEntered("@SUM(1,2)", "General", false)).toEqual({ kind: "formula", formula: "=@SUM(1,2)" });
    expect(parseEntered("-x", "General", false)).toEqual({ kind: "formula", formula: "=-x" });
    expect(parseEntered("-12", "General", false)).toEqual({ kind: "constant", value: -12 });
    expect(parseEntered("'=HYPERLINK(1)", "General", false)).toEqual({ kind: "constant", value: "=HYPERLINK(1)", text: true });
    expect(parseEntered("-", "General", false)).toEqual({ kind: "constant", value: "-" });
  });

  it("converts dates to serial numbers in both date systems", () => {
    expect(dateToSerial(1900, 3, 1, false)).toBe(61);
    expect(dateToSerial(2026, 3, 1, false)).toBe(46082);
    expect(dateToSerial(1904, 1, 2, true)).toBe(1);
  });

  it("formats numbers, percentages and dates for text", () => {
    expect(formatText(-1234.567, "#,##0.00", false)).toBe("-1,234.57");
    expect(formatText(0.5, "0%", false)).toBe("50%");
    expect(formatText(46082, "m/d/yyyy", false)).toBe("3/1/2026");
    expect(formatText(46082, "yyyy年m月d日", false)).toBe("2026年3月1日");
    expect(formatText(1 / 3, "General", false)).toBe("0.3333333333");
  });

  it("sorts numbers before text before booleans, blanks last", () => {
    const values = ["b", "", 2, true, "A", 1];
    expect([...values].sort((a, b) => compareForSort(a, b, true))).toEqual([1, 2, "A", "b", true, ""]);
  });
});
