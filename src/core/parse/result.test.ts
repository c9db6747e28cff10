import fc from "fast-check";
import { trimmed } from "./result";

/** Every character `String.prototype.trim` removes (ECMAScript WhiteSpace and LineTerminator). */
const SPACES = "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";

describe("trimmed", () => {
  it("reads a cell's text exactly as trim() does, whatever spaces surround it", () => {
    const space = fc.constantFrom(...SPACES);
    const char = fc.oneof(fc.string({ unit: "grapheme", maxLength: 1 }), space, fc.constantFrom("基", "金", "C", "0", "\u3001", "\ufefe"));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 8 }), (chars) => {
        const text = chars.join("");
        expect(trimmed(text)).toBe(text.trim());
      }),
      { numRuns: 2000 },
    );
  });

  it("removes an ideographic space around a Chinese product name", () => {
    expect(trimmed("\u3000基金\u3000")).toBe("基金");
    expect(trimmed("理财产品")).toBe("理财产品");
  });
});
