import { constantOf, ruleMatches, type RuleShape } from "./conditional";

const at = { row: 1, column: 3 };
const read = (cells: Record<string, string | number>) => (r: number, c: number) => cells[`${r}:${c}`] ?? "";

describe("conditional formats in the workbench grid", () => {
  it("a cell-value rule comparing to a quoted text matches that text, whatever its case", () => {
    const rule: RuleShape = { type: "CellValue", rule: { formula1: '="II"', operator: "EqualTo" }, anchor: at };
    expect(ruleMatches(rule, "II", 1, 3, read({}))).toBe(true);
    expect(ruleMatches(rule, "ii", 1, 3, read({}))).toBe(true);
    expect(ruleMatches(rule, "I", 1, 3, read({}))).toBe(false);
  });

  it("numeric comparisons and between read the operands as numbers", () => {
    const between: RuleShape = { type: "CellValue", rule: { formula1: "=10", formula2: "20", operator: "Between" }, anchor: at };
    expect(ruleMatches(between, 15, 1, 3, read({}))).toBe(true);
    expect(ruleMatches(between, 25, 1, 3, read({}))).toBe(false);
    const greater: RuleShape = { type: "CellValue", rule: { formula1: "100", operator: "GreaterThan" }, anchor: at };
    expect(ruleMatches(greater, 100.5, 1, 3, read({}))).toBe(true);
  });

  it("a custom formula reads its reference relative to the rule's top-left cell", () => {
    const rule: RuleShape = { type: "Custom", rule: { formula: '=$B2="IV"' }, anchor: at };
    // Rule anchored at D2 (row 1, column 3): for row 5 the reference $B2 means B6 (row 5, column 1).
    expect(ruleMatches(rule, "anything", 5, 3, read({ "5:1": "IV" }))).toBe(true);
    expect(ruleMatches(rule, "anything", 5, 3, read({ "5:1": "I" }))).toBe(false);
  });

  it("text comparisons follow their operator", () => {
    const rule: RuleShape = { type: "ContainsText", rule: { operator: "BeginsWith", text: "逾期" }, anchor: at };
    expect(ruleMatches(rule, "逾期 3 天", 1, 3, read({}))).toBe(true);
    expect(ruleMatches(rule, "正常", 1, 3, read({}))).toBe(false);
  });

  describe("edge cases", () => {
    it("a rule it cannot read colours nothing", () => {
      const rule: RuleShape = { type: "Custom", rule: { formula: "=AND($A2>1,$B2<3)" }, anchor: at };
      expect(ruleMatches(rule, 2, 1, 3, read({ "1:0": 2, "1:1": 2 }))).toBe(false);
    });

    it("an empty cell never matches a comparison", () => {
      const rule: RuleShape = { type: "CellValue", rule: { formula1: "=0", operator: "LessThanOrEqual" }, anchor: at };
      expect(ruleMatches(rule, "", 1, 3, read({}))).toBe(false);
    });

    it("operands are read as Excel writes them", () => {
      expect(constantOf('="a ""quoted"" word"')).toBe('a "quoted" word');
      expect(constantOf("=TRUE")).toBe(true);
      expect(constantOf("=A1")).toBeUndefined();
      expect(constantOf("plain")).toBe("plain");
    });
  });
});
