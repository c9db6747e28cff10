import * as fns from "../../src/functions/functions";
import { sharedEngine } from "../../src/functions/engine";
import { dayFromYmd, serialFromDay } from "../../src/core/dates";
import { strategyText } from "../../src/core/strategy";
import { FunctionError } from "../../src/functions/runtime";
import { Invocation, StubHost, bind, quadrantBook, shown } from "./support";

afterEach(async () => {
  await sharedEngine()?.dispose();
});

const serialOf = (y: number, m: number, d: number) => serialFromDay(dayFromYmd(y, m, d)!, false);

type IdFunction = (id: unknown, invocation: Invocation) => void;

/** Each function of an ID, with what it gives for C3 (III, one purchase on 2026-01-20) and for 7 (a number ID, no purchase). */
const BY_ID: [string, IdFunction, unknown, unknown][] = [
  ["QUADRANT", fns.quadrant as IdFunction, "III", "III"],
  ["AMOUNT", fns.amount as IdFunction, 100, 0],
  ["CLOSENESS", fns.closeness as IdFunction, 1 / 12, 0],
  ["STRATEGY", fns.strategy as IdFunction, strategyText("III", "zh-CN"), strategyText("III", "zh-CN")],
  ["BORDERLINE", fns.borderline as IdFunction, false, false],
  [
    "LASTCONTACT",
    fns.lastContact as IdFunction,
    serialOf(2026, 1, 20),
    { error: "#N/A", message: expect.stringContaining("7") },
  ],
  ["NEXTVISIT", fns.nextVisit as IdFunction, serialOf(2026, 4, 20), serialOf(2026, 3, 31)],
  ["CUSTOMER", fns.customer as IdFunction, "客户3", "客户7"],
];

async function call(fn: IdFunction, arg: unknown): Promise<unknown> {
  const inv = new Invocation();
  fn(arg, inv);
  await sharedEngine()!.settled();
  expect(inv.results).toHaveLength(1);
  return shown(inv.last);
}

describe.each(BY_ID)("CRM.%s", (_name, fn, forC3, for7) => {
  beforeEach(() => {
    bind(new StubHost(quadrantBook()));
  });

  it("answers for a valid ID", async () => {
    expect(await call(fn, "C3")).toEqual(forC3);
  });

  it("finds an ID typed with extra spaces, full-width characters or another case", async () => {
    expect(await call(fn, "　Ｃ３ ")).toEqual(forC3);
    expect(await call(fn, "  c3\t")).toEqual(forC3);
  });

  it("gives #N/A naming an unknown ID", async () => {
    expect(await call(fn, "C9")).toEqual({ error: "#N/A", message: expect.stringContaining("“C9”") });
    if (_name !== "STRATEGY") expect(await call(fn, "C9")).toEqual({ error: "#N/A", message: "找不到客户编号“C9”。" });
  });

  it("gives #VALUE! with a message for an empty argument", async () => {
    for (const empty of ["", "  ", "　", null, undefined]) {
      expect(await call(fn, empty)).toEqual({ error: "#VALUE!", message: "客户编号为空。" });
    }
  });

  it("takes a number as an ID (IDs may be numbers), and names an unknown one", async () => {
    expect(await call(fn, 7)).toEqual(for7);
    expect(await call(fn, 8)).toEqual({ error: "#N/A", message: expect.stringContaining("“8”") });
  });

  it("gives #VALUE! for a boolean, an error value or a range", async () => {
    expect(await call(fn, true)).toEqual({ error: "#VALUE!", message: expect.stringContaining("TRUE") });
    expect(await call(fn, new FunctionError("#N/A", "upstream"))).toEqual({
      error: "#VALUE!",
      message: expect.stringContaining("#N/A"),
    });
    expect(await call(fn, [["C1"], ["C2"]])).toMatchObject({ error: "#VALUE!" });
    expect(await call(fn, [["C3"]])).toEqual(forC3);
  });
});

describe("CRM.STRATEGY", () => {
  beforeEach(() => {
    bind(new StubHost(quadrantBook()));
  });

  it("takes a quadrant numeral, in any case or as the Roman-numeral character, without reading the workbook", async () => {
    const host = new StubHost(quadrantBook());
    bind(host);
    for (const q of ["II", "ii", " Ⅱ ", "Ⅱ"])
      expect(await call(fns.strategy as IdFunction, q)).toBe(strategyText("II", "zh-CN"));
    expect(host.reads).toBe(0);
  });

  it("says an unknown value is neither a quadrant nor an ID", async () => {
    expect(await call(fns.strategy as IdFunction, "V")).toEqual({
      error: "#N/A",
      message: "“V”既不是象限（I、II、III、IV），也不是客户编号。",
    });
  });
});

describe("CRM.QUADRANTOF", () => {
  const quadrantOf = async (...args: unknown[]) => {
    const inv = new Invocation();
    fns.quadrantOf(args[0], args[1], args[2], args[3], inv);
    await sharedEngine()!.settled();
    return shown(inv.last);
  };

  it("places values against given thresholds without reading the workbook", async () => {
    const host = new StubHost(quadrantBook());
    bind(host);
    expect(await quadrantOf(1000, 0.25, 500, 0.1)).toBe("I");
    expect(await quadrantOf(1000, 0.05, 500, 0.1)).toBe("II");
    expect(await quadrantOf(100, 0.05, 500, 0.1)).toBe("III");
    expect(await quadrantOf(100, 0.25, 500, 0.1)).toBe("IV");
    expect(await quadrantOf(0, 0, 0, 0)).toBe("III"); // high needs a value above zero
    expect(await quadrantOf(-50, 0.25, 500, 0.1)).toBe("IV"); // a refund is a negative amount
    expect(host.reads).toBe(0);
  });

  it("uses the workbook's thresholds for the ones left out", async () => {
    bind(new StubHost(quadrantBook())); // thresholds 550 and 1.25/12
    expect(await quadrantOf(600, 0.2)).toBe("I");
    expect(await quadrantOf(600, 0.1)).toBe("II");
    expect(await quadrantOf(600, 0.1, undefined, 0.05)).toBe("I");
    expect(await quadrantOf(500, 0.2, 400)).toBe("I");
  });

  it("gives #VALUE! for text, an empty argument, a boolean or a negative closeness", async () => {
    bind(new StubHost(quadrantBook()));
    expect(await quadrantOf("1000", 0.2, 1, 1)).toEqual({
      error: "#VALUE!",
      message: "交易额需要数字，而不是 “1000”。",
    });
    expect(await quadrantOf("１０００", 0.2, 1, 1)).toMatchObject({ error: "#VALUE!" });
    expect(await quadrantOf(null, 0.2, 1, 1)).toEqual({ error: "#VALUE!", message: "交易额为空，需要一个数字。" });
    expect(await quadrantOf(100, true, 1, 1)).toEqual({ error: "#VALUE!", message: "紧密度需要数字，而不是 TRUE。" });
    expect(await quadrantOf(100, -1, 1, 1)).toMatchObject({ error: "#VALUE!" });
    expect(await quadrantOf(100, 1, -5, 1)).toMatchObject({ error: "#VALUE!" });
  });
});

describe("CRM.PLAN", () => {
  it("spills today's plan as rows of name, reason, channel and action", async () => {
    bind(new StubHost(quadrantBook()));
    const inv = new Invocation<string[][]>();
    fns.plan(inv);
    await sharedEngine()!.settled();
    const rows = inv.last!;
    // 客户2 was visited on 03-20 and booked for 04-02: the booking is the next visit, not 03-27.
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ["客户5", "已逾期 5 天", "拜访"],
      ["客户7", "从未联系", "电话、短信或邮件"],
    ]);
    expect(rows.every((r) => r.length === 4 && r[3].length > 0)).toBe(true);
  });
});

describe("messages", () => {
  it("are in Office's language when the engine is told it", async () => {
    bind(new StubHost(quadrantBook()), { lang: () => "en-US" });
    expect(await call(fns.quadrant as IdFunction, "C9")).toEqual({
      error: "#N/A",
      message: "No customer has the ID “C9”.",
    });
    expect(await call(fns.quadrant as IdFunction, "")).toEqual({
      error: "#VALUE!",
      message: "The customer ID is empty.",
    });
  });

  it("point out a look-alike ID (text 007 beside the number 7)", async () => {
    bind(new StubHost(quadrantBook()), { lang: () => "en-US" });
    expect(await call(fns.quadrant as IdFunction, "007")).toEqual({
      error: "#N/A",
      message: "No customer has the ID “007” (there is one with “7”: text and numbers are different IDs).",
    });
  });
});
