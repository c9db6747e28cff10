import { hostErrorText } from "./hostError";

describe("what the pane says when the host fails", () => {
  it("Excel's cell-editing error gets advice the user can follow", () => {
    const error = Object.assign(new Error("The operation is not supported in cell edit mode"), { code: "InvalidOperationInCellEditMode" });
    expect(hostErrorText(error, "refresh", "en-US").message).toMatch(/press Enter or Esc/);
    expect(hostErrorText(error, "refresh", "zh-CN").message).toMatch(/Enter 或 Esc/);
  });

  it("an unknown failure names the action and keeps the detail", () => {
    const text = hostErrorText(new Error("boom"), "setup", "en-US");
    expect(text.message).toBe("Setting up the workbook failed.");
    expect(text.detail).toBe("Details: boom");
  });

  describe("edge cases", () => {
    it("something thrown that is not an Error still gives a message", () => {
      expect(hostErrorText(undefined, "select", "zh-CN")).toEqual({ message: "无法跳转到该单元格。", detail: undefined });
      expect(hostErrorText("no table", "refresh", "en-US").detail).toBe("Details: no table");
    });
  });
});
