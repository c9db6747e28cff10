import { catalogKeys, t } from "./index";
import { halfWidthNextToChinese } from "../../../test/support/punctuation";

describe("Chinese punctuation in the string tables", () => {
  it("writes every zh-CN string with full-width marks next to Chinese (numbers, codes and Latin keep theirs)", () => {
    const offending = catalogKeys()
      // Between Chinese on both sides, as each string stands in a sentence (a lone separator too).
      .map((key) => ({ key, marks: halfWidthNextToChinese(`中${t("zh-CN", key)}中`) }))
      .filter((o) => o.marks.length > 0);
    expect(offending).toEqual([]);
  });

  it("catches a half-width comma, colon, semicolon, bracket or exclamation mark beside Chinese", () => {
    expect(halfWidthNextToChinese("杨洋,生日快乐!")).toHaveLength(2);
    expect(halfWidthNextToChinese("跟进:刘敏")).toHaveLength(1);
    expect(halfWidthNextToChinese("张杰(本人)")).toHaveLength(2);
    expect(halfWidthNextToChinese("象限图(CRM)")).toHaveLength(2);
    expect(halfWidthNextToChinese("客户 {name}:{detail}")).toHaveLength(1);
    expect(halfWidthNextToChinese("中;中")).toHaveLength(1);
    expect(halfWidthNextToChinese("交易额 ; 紧密度")).toHaveLength(1);
    expect(halfWidthNextToChinese("Happy birthday, {name}!")).toEqual([]);
  });

  it("leaves numbers, times, Latin text and formulas as they are written", () => {
    expect(halfWidthNextToChinese("交易额 1,221,050 元，10:30 拜访")).toEqual([]);
    expect(halfWidthNextToChinese("Phone, SMS (email)")).toEqual([]);
    expect(halfWidthNextToChinese("例如 '=CRM.交易额(A2)'（引用指客户表）")).toEqual([]);
    expect(halfWidthNextToChinese("紧密度 × (1 − 0.5)")).toEqual([]);
  });
});
