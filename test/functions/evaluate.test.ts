import { evaluate, evaluateWith, parseFormula } from "../../src/functions/evaluate";
import { snapshotOf } from "../../src/functions/snapshot";
import { splitRef } from "../../src/functions/grid";
import { strategyText } from "../../src/core/strategy";
import { dayFromYmd, serialFromDay } from "../../src/core/dates";
import { StubHost, bind, quadrantBook } from "./support";
import { sharedEngine } from "../../src/functions/engine";

const snap = snapshotOf(quadrantBook(), { today: 0, lang: "en-US" });
const cells: Record<string, unknown> = { A2: "C3", B2: 7, C2: "", D2: true, "客户!A2": "C1", "'My sheet'!B3": " c5 " };
const resolve = (ref: string) => {
  const key = ref.replace(/\$/g, "");
  if (!(key in cells)) throw new Error(`no cell ${ref}`);
  return cells[key];
};
const ev = (formula: string) => evaluateWith(formula, snap, resolve);

describe("evaluating one CRM formula", () => {
  it("takes text, numbers and cell references, with or without the leading =", () => {
    expect(ev('=CRM.QUADRANT("C1")')).toBe("I");
    expect(ev("CRM.QUADRANT(A2)")).toBe("III");
    expect(ev("=crm.quadrant( $A$2 )")).toBe("III");
    expect(ev("=CRM.QUADRANT(B2)")).toBe("III");
    expect(ev("=CRM.AMOUNT(7)")).toBe(0);
    expect(ev("=CRM.QUADRANT(客户!A2)")).toBe("I");
    expect(ev("=CRM.QUADRANT('My sheet'!B3)")).toBe("IV");
    expect(ev('=CRM.QUADRANT("say ""hi""")')).toEqual({ error: "#N/A", message: 'No customer has the ID “say "hi"”.' });
  });

  it("accepts the localized function names", () => {
    expect(ev('=CRM.客户象限("C1")')).toBe("I");
    expect(ev('=CRM.交易额("C1")')).toBe(1000);
  });

  it("gives dates as serials and a card as the customer's name", () => {
    expect(ev('=CRM.LASTCONTACT("C1")')).toBe(serialFromDay(dayFromYmd(2026, 3, 10)!, false));
    expect(ev('=CRM.CUSTOMER("C1")')).toBe("客户1");
  });

  it("leaves out omitted arguments (the workbook's thresholds)", () => {
    expect(ev("=CRM.QUADRANTOF(600, 0.2)")).toBe("I");
    expect(ev("=CRM.QUADRANTOF(600, 0.05,, 0.01)")).toBe("I");
    expect(ev("=CRM.QUADRANTOF(600, 0.05, 700, )")).toBe("III");
    expect(ev("=CRM.QUADRANTOF(1e3, .2, 5E2, 0.1)")).toBe("I");
    expect(ev("=CRM.QUADRANTOF(-10, 0.2, 1, 0.1)")).toBe("IV");
  });

  it("gives the function's errors: an empty cell, a boolean, an unknown ID", () => {
    expect(ev("=CRM.QUADRANT(C2)")).toEqual({ error: "#VALUE!", message: "The customer ID is empty." });
    expect(ev("=CRM.QUADRANT()")).toEqual({ error: "#VALUE!", message: "The customer ID is empty." });
    expect(ev("=CRM.QUADRANT(D2)")).toMatchObject({ error: "#VALUE!" });
    expect(ev("=CRM.QUADRANT(TRUE)")).toMatchObject({ error: "#VALUE!" });
    expect(ev('=CRM.QUADRANT("C9")')).toEqual({ error: "#N/A", message: "No customer has the ID “C9”." });
    expect(ev('=CRM.QUADRANTOF("1", 2)')).toMatchObject({ error: "#VALUE!" });
    expect(ev("=CRM.QUADRANT(Z99)")).toEqual({ error: "#VALUE!", message: "Cannot read the cell reference Z99." });
  });

  it("spills PLAN() as rows", () => {
    expect(ev("=CRM.PLAN()")).toEqual([
      ["客户5", "5 days overdue", "Visit", expect.stringContaining(strategyText("IV", "en-US"))],
      ["客户7", "Never contacted", "Phone, SMS or email", expect.any(String)],
    ]);
  });

  it("gives #NAME? for what Excel would not accept as a CRM call", () => {
    for (const formula of [
      "=SUM(1,2)",
      "=CRM.NOPE(1)",
      "=CRM.QUADRANT(A2",
      "=CRM.QUADRANT(A2:)",
      "=CRM.QUADRANT(abc)",
      "=CRM.QUADRANT(1) + 1",
      "=CRM.PLAN(1)",
      '=CRM.QUADRANT("C1", 2)',
    ]) {
      expect([formula, ev(formula)]).toEqual([formula, { error: "#NAME?", message: expect.any(String) }]);
    }
    expect(parseFormula("=CRM.QUADRANTOF(1,2,3,4,5)", "en-US")).toEqual({
      ok: false,
      error: { error: "#NAME?", message: "CRM.QUADRANTOF takes 2 to 4 arguments; the formula gives 5." },
    });
  });

  it("shows an error argument as Excel does, without calling the function: the argument's own error, not ours", () => {
    const sheet: Record<string, unknown> = { E2: "#N/A", E3: "#DIV/0!", E4: "C1", E5: "#REF!" };
    const read = (ref: string) => sheet[ref.replace(/\$/g, "")];
    const show = (formula: string) => evaluateWith(formula, snap, read);
    expect(show("=CRM.QUADRANT(E2)")).toMatchObject({ error: "#N/A" });
    expect(show("=CRM.QUADRANT(E3)")).toMatchObject({ error: "#DIV/0!" });
    expect(show("=CRM.STRATEGY(E5)")).toMatchObject({ error: "#REF!" });
    // The first error among the arguments wins; a literal argument is no error.
    expect(show("=CRM.QUADRANTOF(E3, E2)")).toMatchObject({ error: "#DIV/0!" });
    expect(show("=CRM.QUADRANT(E4)")).toBe("I");
  });

  it("applies a multi-cell range given to a single-value parameter cell by cell and spills the results", () => {
    const sheet: Record<string, unknown> = {
      ...{ A2: "C1", A3: "C3", A4: "C9", A5: "#N/A", B2: 600, C2: 0.2, C3: 0.01, D2: 600, E2: 10 },
    };
    const read = (ref: string) => sheet[ref.replace(/\$/g, "")];
    const show = (formula: string) => evaluateWith(formula, snap, read);
    // Unknown ID → our #N/A; an error cell → Excel's #N/A without a call: both show #N/A in the spill.
    expect(show("=CRM.QUADRANT(A2:A5)")).toEqual([["I"], ["III"], ["#N/A"], ["#N/A"]]);
    expect(show("=CRM.QUADRANT(A2:A2)")).toBe("I");
    // A single value is repeated for every element; two ranges pair up element by element.
    const of = (amount: number, closeness: number) => show(`=CRM.QUADRANTOF(${amount}, ${closeness})`);
    expect(show("=CRM.QUADRANTOF(B2, C2:C3)")).toEqual([[of(600, 0.2)], [of(600, 0.01)]]);
    expect(show("=CRM.QUADRANTOF(B2:B3, C2:C3)")).toEqual([[of(600, 0.2)], ["#VALUE!"]]); // B3 is empty
    // A row against a column: Excel spreads both into a rectangle.
    expect(show("=CRM.QUADRANTOF(D2:E2, C2:C3)")).toEqual([
      [of(600, 0.2), of(10, 0.2)],
      [of(600, 0.01), of(10, 0.01)],
    ]);
    // Ranges of different lengths: where the shorter one has no cell, #N/A.
    expect(show("=CRM.QUADRANTOF(B2, A2:A4, C2:C3)")).toEqual([["#VALUE!"], ["#VALUE!"], ["#N/A"]]);
  });

  it("passes arguments the same way through the engine: a range spills, an error argument is Excel's", async () => {
    const host = new StubHost(quadrantBook());
    const engine = bind(host, { lang: () => "en-US" });
    const sheet: Record<string, unknown> = { A2: "C1", A3: "C3", A4: "#DIV/0!" };
    const read = (ref: string) => sheet[ref.replace(/\$/g, "")];
    expect(await evaluate("=CRM.QUADRANT(A2:A4)", engine, read)).toEqual([["I"], ["III"], ["#DIV/0!"]]);
    expect(await evaluate("=CRM.AMOUNT(A4)", engine, read)).toMatchObject({ error: "#DIV/0!" });
    expect(host.reads).toBe(1);
    await sharedEngine()?.dispose();
  });

  it("runs through the shared engine too, answering from its snapshot", async () => {
    const host = new StubHost(quadrantBook());
    const engine = bind(host, { lang: () => "en-US" });
    const [a, b] = await Promise.all([
      evaluate("=CRM.QUADRANT(A2)", engine, resolve),
      evaluate('=CRM.AMOUNT("C1")', engine, resolve),
    ]);
    expect([a, b]).toEqual(["III", 1000]);
    expect(host.reads).toBe(1);
    await sharedEngine()?.dispose();
  });
});

describe("cell references", () => {
  it("split into the sheet and a plain address", () => {
    expect(splitRef("$A$2", "Notes")).toEqual({ sheet: "Notes", address: "A2" });
    expect(splitRef("客户!b3", "Notes")).toEqual({ sheet: "客户", address: "B3" });
    expect(splitRef("'Bob''s list'!C4", "Notes")).toEqual({ sheet: "Bob's list", address: "C4" });
  });
});
