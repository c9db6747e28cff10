import fc from "fast-check";
import { lookalikeKey, parseId } from "./id";

const key = (cell: Parameters<typeof parseId>[0]) => {
  const p = parseId(cell);
  return p.ok ? p.value.key : p.problem.kind;
};

describe("parseId", () => {
  it("ignores surrounding spaces (also full-width ones), width and case", () => {
    expect(key("  C001 ")).toBe("c001");
    expect(key("\u3000Ｃ００１\u3000")).toBe("c001");
    expect(key("c001")).toBe("c001");
  });

  it("keeps the ID as written (trimmed) for display", () => {
    const p = parseId("  Ｃ００１ ");
    expect(p.ok && p.value.text).toBe("Ｃ００１");
  });

  it("treats text 001 and number 1 as different IDs that look alike", () => {
    expect(key("001")).not.toBe(key(1));
    expect(lookalikeKey(key("001") as string)).toBe(lookalikeKey(key(1) as string));
  });

  it("treats the number 1 and the text 1 as the same ID", () => {
    expect(key(1)).toBe(key("1"));
  });

  it("reports a blank ID as missing and a non-ID value as invalid", () => {
    expect(key("")).toBe("missing");
    expect(key("  \u3000")).toBe("missing");
    expect(key(null)).toBe("missing");
    expect(key(true)).toBe("invalid");
    expect(key(new Date())).toBe("invalid");
  });

  it("refuses Excel error values (#N/A from a failed VLOOKUP, #REF!) as IDs", () => {
    for (const e of ["#N/A", "#REF!", "#VALUE!", "#NAME?", "#SPILL!"]) expect(key(e)).toBe("invalid");
    expect(key("#1001")).toBe("#1001");
  });

  describe("properties", () => {
    const id = fc.stringMatching(/^[A-Za-z0-9-]{1,12}$/);
    const toFullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

    it("normalizes whitespace, full-width and case variants to the same key", () => {
      fc.assert(
        fc.property(id, fc.constantFrom(" ", "\u3000", "\t", ""), (s, pad) => {
          const k = key(s);
          return key(pad + s + pad) === k && key(toFullWidth(s)) === k && key(s.toUpperCase()) === k && key(s.toLowerCase()) === k;
        }),
      );
    });

    it("never throws", () => {
      fc.assert(fc.property(fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null)), (cell) => (parseId(cell), true)));
    });
  });
});
