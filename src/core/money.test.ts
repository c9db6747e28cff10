import { formatMoney, formatMoneyShort } from "./money";

describe("amounts in one style per language", () => {
  it("shows a Chinese amount from 1,000 up in 万, so a row never mixes 7370 with 1.9万", () => {
    expect([11_000, 7370, 19_000].map((v) => formatMoney(v, "zh-CN"))).toEqual(["1.1万", "0.74万", "1.9万"]);
    expect(formatMoney(205_250, "zh-CN")).toBe("20.53万");
    expect(formatMoney(830, "zh-CN")).toBe("830");
  });

  it("keeps the grouped figure in English, with no currency sign", () => {
    expect(formatMoney(1_221_050, "en-US")).toBe("1,221,050");
  });

  it("shortens the coverage matrix's figures in the same unit across a row", () => {
    expect([29_000, 30_000, 1830, 61_000].map((v) => formatMoneyShort(v, "zh-CN"))).toEqual(["2.9万", "3万", "0.18万", "6.1万"]);
    expect(formatMoneyShort(810_000, "en-US")).toBe("810K");
  });
});
