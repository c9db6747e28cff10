import { formatText } from "./values";

describe("a number format's zero section", () => {
  it("prints zero as the section's quoted text, or as nothing, and other numbers by the first section", () => {
    expect(formatText(0, '#,##0;-#,##0;"缺口"', false)).toBe("缺口");
    expect(formatText(0, '#,##0;-#,##0;""', false)).toBe("");
    expect(formatText(1234, '#,##0;-#,##0;"缺口"', false)).toBe("1,234");
    expect(formatText(0, "#,##0;-#,##0;0", false)).toBe("0");
  });
});
