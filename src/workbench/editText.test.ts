import { editText } from "./editText";
import { parseEntered } from "../fake-excel/values";

describe("what a cell opens with for editing", () => {
  it("a number shows in full, not rounded by its format, so writing it back changes nothing", () => {
    expect(editText({ value: 1234.5678, numberFormat: "#,##0" }, false)).toBe("1234.5678");
  });

  it("a date shows as a date that typing reads back as the same day", () => {
    const serial = parseEntered("2026-03-05", undefined, false);
    expect(serial.kind === "constant" && editText({ value: serial.value, numberFormat: "yyyy-mm-dd" }, false)).toBe("2026-03-05");
  });

  it("text that would be read as a number, a boolean or a formula keeps its apostrophe; plain text does not", () => {
    expect(editText({ value: "007" }, false)).toBe("'007");
    expect(editText({ value: "TRUE" }, false)).toBe("'TRUE");
    expect(editText({ value: "-x" }, false)).toBe("'-x");
    expect(editText({ value: "马伟" }, false)).toBe("马伟");
    expect(editText({ value: "007", numberFormat: "@" }, false)).toBe("007");
  });

  it("a formula shows as typed", () => {
    expect(editText({ value: "II", formula: "=CRM.QUADRANT(A2)" }, false)).toBe("=CRM.QUADRANT(A2)");
  });
});
