import fc from "fast-check";
import { formatAmount, parseAmount } from "./amount";

const value = (cell: Parameters<typeof parseAmount>[0]) => {
  const p = parseAmount(cell);
  return p.ok ? p.value.value : p.problem.kind;
};

describe("parseAmount", () => {
  it("reads amounts typed as text the way reps type them", () => {
    expect(value("¥1,200.50")).toBe(1200.5);
    expect(value("￥1,200.50")).toBe(1200.5);
    expect(value("1.2万")).toBe(12000);
    expect(value("1,200元")).toBe(1200);
    expect(value(" 3 000 ")).toBe(3000);
    expect(value("-300")).toBe(-300);
    expect(value("(300)")).toBe(-300);
    expect(value("¥-300")).toBe(-300);
    expect(value("１２３４")).toBe(1234);
    expect(value("RMB 88")).toBe(88);
    expect(value("2亿")).toBe(200000000);
  });

  it("marks text amounts as typed as text, and numbers as not", () => {
    const text = parseAmount("1,200元");
    const num = parseAmount(1200);
    expect(text.ok && text.value.fromText).toBe(true);
    expect(num.ok && num.value.fromText).toBe(false);
  });

  it("refuses what is not an amount instead of reading it as 0", () => {
    for (const bad of ["abc", "1,2", "12,34,567", "1.2.3", "¥", "万", "--", "1 200 300元x", true, new Date(0)]) {
      expect(value(bad as never)).toBe("invalid");
    }
    expect(value("")).toBe("missing");
    expect(value(null)).toBe("missing");
    expect(value("   ")).toBe("missing");
  });

  it("keeps zero a valid amount when it is typed", () => {
    expect(value(0)).toBe(0);
    expect(value("0")).toBe(0);
  });

  describe("properties", () => {
    it("reads back every formatted amount exactly", () => {
      fc.assert(
        fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
          const p = parseAmount(formatAmount(x));
          return p.ok && p.value.value === (x === 0 ? 0 : x);
        }),
      );
    });

    it("round-trips every amount it accepts through formatting", () => {
      const amountLike = fc.stringMatching(/^[¥(-]?\d{1,9}(,\d{3})?(\.\d{1,4})?[万元)]?$/);
      fc.assert(
        fc.property(fc.oneof(amountLike, fc.string()), (s) => {
          const p = parseAmount(s);
          if (!p.ok) return true;
          const again = parseAmount(formatAmount(p.value.value));
          return again.ok && again.value.value === p.value.value;
        }),
      );
    });

    it("never throws, whatever the cell holds", () => {
      fc.assert(
        fc.property(fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.date()), (cell) => {
          parseAmount(cell);
          return true;
        }),
      );
    });
  });
});
