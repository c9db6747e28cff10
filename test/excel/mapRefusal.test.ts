/**
 * The set-up screen judges a choice before Save (issue 22), from the view the host reads: a column
 * that cannot hold the field is refused with the reason, in the pane's language; a required field
 * bound to a mostly empty column is asked about; a good choice passes.
 */
import { checkChoice } from "../../src/taskpane/setup/columnMapChecks";
import { chinesePlainBook, open } from "./support";

async function purchasesView(lang: "zh-CN" | "en-US") {
  const { fake, host } = open();
  chinesePlainBook(fake, 12);
  fake.workbook.user.setValues("购买记录", "F1", [["备注金额"], [5]]);
  await host.setup("zh-CN");
  return { view: (await host.columnMap(lang)).find((v) => v.table === "purchases")!, fake, host };
}

describe("the set-up screen's column choices", () => {
  test("金额 pointed at 产品 is refused, naming the column, its sheet and what it holds, in Chinese", async () => {
    const { view } = await purchasesView("zh-CN");
    const c = checkChoice(view, "amount", { kind: "caption", caption: "产品" }, "zh-CN");
    expect(c.verdict.kind).toBe("refuse");
    expect(c.reason).toBe("“购买记录”表的“产品”列存的是文字（如“基金”），不是数字，不能作为“金额”。");
  });

  test("and in English", async () => {
    const { view } = await purchasesView("en-US");
    const c = checkChoice(view, "date", { kind: "caption", caption: "产品" }, "en-US");
    expect(c.verdict.kind).toBe("refuse");
    expect(c.reason).toBe("Column “产品” on sheet “购买记录” holds text (e.g. “基金”), not dates: it cannot be “Date”.");
  });

  test("a required field bound to a mostly empty column is asked about, a good choice passes", async () => {
    const { view } = await purchasesView("zh-CN");
    const asked = checkChoice(view, "amount", { kind: "caption", caption: "备注金额" }, "zh-CN");
    expect(asked.verdict.kind).toBe("ask");
    expect(asked.reason).toContain("无法读取");
    expect(checkChoice(view, "amount", { kind: "caption", caption: "金额" }, "zh-CN").verdict.kind).toBe("ok");
    expect(checkChoice(view, "amount", { kind: "none" }, "zh-CN").verdict.kind).toBe("ok");
  });
});
