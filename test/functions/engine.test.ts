import { customer, quadrant, amount, closeness, lastContact, plan } from "../../src/functions/functions";
import { sharedEngine } from "../../src/functions/engine";
import { dayFromYmd, serialFromDay } from "../../src/core/dates";
import { book, table } from "../support/rawBook";
import {
  AS_OF,
  C3_PURCHASE,
  Invocation,
  StubHost,
  bind,
  manyCustomers,
  purchasesTable,
  quadrantBook,
  settingsTable,
  shown,
} from "./support";

const engine = () => sharedEngine()!;
const settle = () => engine().settled();

jest.setTimeout(120_000);

afterEach(async () => {
  await sharedEngine()?.dispose();
});

describe("one read per wave", () => {
  it("5,000 cells of CRM.QUADRANT resolved with exactly one table read", async () => {
    const n = 5000;
    const host = new StubHost(
      manyCustomers(n),
    );
    bind(host);
    const cells = Array.from({ length: n }, () => new Invocation<string>());
    cells.forEach((cell, i) => quadrant(`C${i + 1}`, cell));
    await settle();

    expect(host.reads).toBe(1);
    expect(cells.every((c) => c.results.length === 1)).toBe(true);
    const expected = engine()
      .peek()!
      .analysis.scores.map((s) => s.quadrant);
    expect(cells.map((c) => c.last)).toEqual(expected);
    expect(new Set(expected)).toEqual(new Set(["I", "II", "III", "IV"]));
  });

  it("calls arriving in several batches while the read is in flight share that read", async () => {
    const host = new StubHost(quadrantBook());
    bind(host);
    const a = new Invocation();
    quadrant("C1", a);
    await new Promise((r) => setTimeout(r, 0));
    const b = new Invocation();
    amount("C2", b);
    await settle();
    const c = new Invocation();
    closeness("C3", c);
    await settle();
    expect(host.reads).toBe(1);
    expect([a.last, b.last, c.last]).toEqual(["I", 900, 1 / 12]);
  });

  it("a recalculation after a row insert (calls canceled and made again) reads nothing", async () => {
    const host = new StubHost(quadrantBook());
    bind(host);
    const first = ["C1", "C2", "C3"].map((id) => {
      const inv = new Invocation();
      quadrant(id, inv);
      return inv;
    });
    await settle();
    first.forEach((inv) => inv.onCanceled!());
    expect(engine().liveCalls).toBe(0);
    const again = ["C1", "C2", "C3"].map((id) => {
      const inv = new Invocation();
      quadrant(id, inv);
      return inv;
    });
    await settle();
    expect(host.reads).toBe(1);
    expect(again.map((i) => i.last)).toEqual(["I", "II", "III"]);
  });

  it("arguments that need no workbook (a bad ID, a quadrant numeral) are answered without a read", async () => {
    const host = new StubHost(quadrantBook());
    bind(host);
    const empty = new Invocation();
    quadrant("", empty);
    await settle();
    expect(host.reads).toBe(0);
    expect(shown(empty.last)).toMatchObject({ error: "#VALUE!" });
    expect(engine().liveCalls).toBe(0);
  });
});

describe("always current", () => {
  it("adding a purchase that moves a customer from III to IV updates that customer's streamed result, and those whose quadrant moved with the median, after the change event", async () => {
    const host = new StubHost(quadrantBook());
    bind(host);
    const cells = new Map(["C1", "C2", "C3", "C5", 7].map((id) => [id, new Invocation<string>()]));
    for (const [id, inv] of cells) quadrant(id, inv);
    const c1Amount = new Invocation<number>();
    amount("C1", c1Amount);
    await settle();
    expect([...cells.values()].map((c) => c.last)).toEqual(["I", "II", "III", "IV", "III"]);

    host.addPurchase(C3_PURCHASE);
    await settle();

    expect(host.reads).toBe(2);
    expect(cells.get("C3")!.results).toEqual(["III", "IV"]);
    expect(cells.get("C5")!.results).toEqual(["IV", "III"]);
    // Unchanged results are not pushed again.
    expect(cells.get("C1")!.results).toEqual(["I"]);
    expect(cells.get("C2")!.results).toEqual(["II"]);
    expect(cells.get(7)!.results).toEqual(["III"]);
    expect(c1Amount.results).toEqual([1000]);
    expect(engine().stats.pushes).toBe(2);
  });

  it("a cell naming an ID not in the sheet yet shows #N/A, then the value once the customer is added", async () => {
    const host = new StubHost(quadrantBook());
    bind(host, { lang: () => "en-US" });
    const inv = new Invocation();
    quadrant("C9", inv);
    await settle();
    expect(shown(inv.last)).toEqual({ error: "#N/A", message: "No customer has the ID “C9”." });
    host.book.tables.customers!.rows.push(["C9", "客户9", "", null]);
    host.emit(["customers"]);
    await settle();
    expect(inv.last).toBe("III");
  });

  it("a change event naming no linked table triggers no table read", async () => {
    const host = new StubHost(quadrantBook());
    bind(host);
    const inv = new Invocation();
    quadrant("C3", inv);
    await settle();
    host.emit([]);
    await settle();
    expect(host.reads).toBe(1);
    expect(engine().stats.ignoredChanges).toBe(1);
    expect(inv.results).toEqual(["III"]);
  });

  it("a burst of change events (a paste into two tables) costs one read", async () => {
    const host = new StubHost(quadrantBook());
    bind(host, { settleMs: 20 });
    const inv = new Invocation();
    quadrant("C3", inv);
    await settle();
    host.emit(["purchases"]);
    host.emit(["followUps"]);
    host.addPurchase(C3_PURCHASE);
    await settle();
    expect(host.reads).toBe(2);
    expect(inv.results).toEqual(["III", "IV"]);
  });

  it("a change while the workbook is being read is read again", async () => {
    const host = new StubHost(quadrantBook());
    let release = () => {};
    host.gate = new Promise((r) => (release = r));
    bind(host);
    const inv = new Invocation();
    quadrant("C3", inv);
    await new Promise((r) => setTimeout(r, 5));
    expect(host.reads).toBe(1); // in flight, holding the book as it was
    host.addPurchase(C3_PURCHASE);
    host.gate = undefined;
    release();
    await settle();
    // The stale read is not served: the wave waits for the second read.
    expect(host.reads).toBe(2);
    expect(inv.results).toEqual(["IV"]);
  });

  it("with no live call a change only drops the snapshot; the next call reads once", async () => {
    const host = new StubHost(quadrantBook());
    bind(host);
    const inv = new Invocation();
    quadrant("C3", inv);
    await settle();
    inv.onCanceled!();
    host.addPurchase(C3_PURCHASE);
    await settle();
    expect(host.reads).toBe(1);
    const again = new Invocation();
    quadrant("C3", again);
    await settle();
    expect(host.reads).toBe(2);
    expect(again.last).toBe("IV");
  });

  it("a canceled call receives no further results", async () => {
    const host = new StubHost(quadrantBook());
    bind(host);
    const inv = new Invocation();
    quadrant("C3", inv);
    await settle();
    inv.onCanceled!();
    const other = new Invocation();
    quadrant("C5", other);
    await settle();
    host.addPurchase(C3_PURCHASE);
    await settle();
    expect(inv.results).toEqual(["III"]);
    expect(other.results).toEqual(["IV", "III"]);
  });

  it("the task pane's subscription sees each new snapshot once", async () => {
    const host = new StubHost(quadrantBook());
    const e = bind(host);
    const seen: number[] = [];
    e.subscribe((snap) => seen.push(snap.analysis.scores[2].closeness * 12));
    const snap = await e.snapshot();
    expect(snap?.analysis.scores[2].quadrant).toBe("III");
    host.addPurchase(C3_PURCHASE);
    await settle();
    expect(seen).toEqual([1, 2]);
    expect(host.reads).toBe(2);
  });
});

describe("the as-of date", () => {
  it("comes from the settings table, and a change to it rescores", async () => {
    const host = new StubHost(quadrantBook());
    bind(host, { today: () => dayFromYmd(2030, 1, 1)! });
    const inv = new Invocation();
    amount("C1", inv);
    await settle();
    expect(inv.last).toBe(1000);
    host.book.tables.settings!.rows[0][1] = "2026-02-28";
    host.emit(["settings"]);
    await settle();
    expect(inv.results).toEqual([1000, 600]);
  });

  it("is today when the settings table has none, resolved once per wave, and moves with the day without a read", async () => {
    const raw = quadrantBook();
    delete raw.tables.settings;
    const host = new StubHost(raw);
    let day = dayFromYmd(2026, 3, 31)!;
    const todays: number[] = [];
    bind(host, {
      today: () => {
        todays.push(day);
        return day;
      },
    });
    const cells = ["C1", "C2", "C3"].map((id) => {
      const inv = new Invocation();
      amount(id, inv);
      return inv;
    });
    await settle();
    expect(todays.length).toBeLessThanOrEqual(2); // the read, and the wave's check
    expect(cells.map((c) => c.last)).toEqual([1000, 900, 100]);

    day = dayFromYmd(2027, 2, 15)!; // the 12-month window now starts after 2026-02-15
    const c1 = new Invocation();
    amount("C1", c1);
    await settle();
    expect(host.reads).toBe(1);
    expect(engine().stats.rescores).toBe(1);
    expect(c1.last).toBe(400);
    expect(cells[0].results).toEqual([1000, 400]);
  });

  it("at midnight the live cells move to the new day without a read", async () => {
    const raw = quadrantBook();
    delete raw.tables.settings;
    const host = new StubHost(raw);
    // 50 ms before midnight on 2027-03-09: C1's purchase of 2026-03-10 is in the window until then.
    let clock = new Date(2027, 2, 9, 23, 59, 59, 950);
    bind(host, { followMidnight: true, now: () => clock, today: undefined });
    const inv = new Invocation();
    amount("C1", inv);
    await settle();
    expect(inv.results).toEqual([400]);
    clock = new Date(2027, 2, 10, 0, 0, 1);
    // The timer fires about a second later (it waits a second past midnight); allow for a busy machine.
    for (let waited = 0; inv.results.length < 2 && waited < 10_000; waited += 100)
      await new Promise((r) => setTimeout(r, 100));
    await settle();
    expect(inv.results).toEqual([400, 0]);
    expect(host.reads).toBe(1);
  });

  it("LASTCONTACT is a serial in the workbook's date system", async () => {
    bind(new StubHost(quadrantBook()));
    const inv = new Invocation();
    lastContact("C1", inv);
    await settle();
    expect(inv.last).toBe(serialFromDay(dayFromYmd(2026, 3, 10)!, false));

    const raw1904 = quadrantBook();
    raw1904.date1904 = true;
    // The same serials read in the 1904 system are four years and a day later: shift the as-of date too.
    raw1904.tables.settings!.rows[0][1] = "2030-04-01";
    bind(new StubHost(raw1904));
    const inv1904 = new Invocation();
    lastContact("C1", inv1904);
    await settle();
    expect(inv1904.last).toBe(serialFromDay(dayFromYmd(2026, 3, 10)!, false));
  });
});

describe("failures", () => {
  it("a failed read answers #N/A with the reason, and the next wave reads again", async () => {
    const host = new StubHost(quadrantBook());
    host.failNext = new Error("Excel is busy");
    bind(host);
    const inv = new Invocation();
    quadrant("C1", inv);
    await settle();
    expect(shown(inv.last)).toEqual({ error: "#N/A", message: expect.stringContaining("Excel is busy") });
    const again = new Invocation();
    quadrant("C1", again);
    await settle();
    expect(again.last).toBe("I");
    // The live call that failed gets the value once the workbook could be read.
    expect(inv.last).toBe("I");
  });

  it("a workbook without a customer table answers #N/A naming the ID", async () => {
    bind(new StubHost(book({ purchases: purchasesTable([["C1", "2026-03-01", 5]]) })));
    const inv = new Invocation();
    quadrant("C1", inv);
    await settle();
    expect(shown(inv.last)).toEqual({ error: "#N/A", message: expect.stringContaining("C1") });
  });

  it("PLAN() with nobody to contact is #N/A with a message, not an empty array", async () => {
    bind(
      new StubHost(
        book({ customers: table("客户", ["客户编号", "客户名称"], []), settings: settingsTable([["asOf", AS_OF]]) }),
      ),
    );
    const inv = new Invocation();
    plan(inv);
    await settle();
    expect(shown(inv.last)).toMatchObject({ error: "#N/A" });
  });
});

describe("in Excel", () => {
  const g = globalThis as Record<string, unknown>;
  afterEach(() => {
    delete g.CustomFunctions;
    delete g.Office;
  });

  it("errors are CustomFunctions.Error with the code and message", async () => {
    class CfError extends Error {
      constructor(
        readonly code: string,
        message?: string,
      ) {
        super(message);
      }
    }
    g.CustomFunctions = { Error: CfError, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" } };
    bind(new StubHost(quadrantBook()));
    const unknown = new Invocation();
    quadrant("C9", unknown);
    await settle();
    expect(unknown.last).toBeInstanceOf(CfError);
    expect((unknown.last as CfError).code).toBe("#N/A");
    expect((unknown.last as CfError).message).toContain("C9");
  });

  it("with CustomFunctionsRuntime 1.4 CUSTOMER is an entity card and dates are formatted", async () => {
    g.Office = {
      context: {
        displayLanguage: "en-US",
        requirements: { isSetSupported: (name: string, v: string) => name === "CustomFunctionsRuntime" && v === "1.4" },
      },
    };
    jest.resetModules();
    // A fresh module registry: the functions module caches the data-type check on first use.
    const fns = await import("../../src/functions/functions");
    const eng = await import("../../src/functions/engine");
    const shared = await import("../../src/functions/shared");
    // Nothing bound: the functions bind the shared engine themselves, in Office's language.
    await eng.sharedEngine()?.dispose();
    delete (globalThis as Record<symbol, unknown>)[Symbol.for("quadrant-crm.functions.engine")];
    shared.setDefaultBookSource(() => new StubHost(quadrantBook()));
    const card = new Invocation<Excel.EntityCellValue>();
    fns.customer("C1", card);
    const date = new Invocation<Excel.DoubleCellValue>();
    fns.lastContact("C1", date);
    await eng.sharedEngine()!.settled();
    const entity = card.last!;
    expect(entity.type).toBe("Entity");
    expect(entity.text).toBe("客户1");
    expect(entity.properties!["Customer ID"]).toEqual({ type: "String", basicValue: "C1" });
    expect(entity.properties!["Quadrant"]).toEqual({ type: "String", basicValue: "I" });
    expect(entity.properties!["Amount"]).toEqual({ type: "Double", basicValue: 1000 });
    expect(entity.properties!["Birthday"]).toMatchObject({ type: "Double", numberFormat: "yyyy-mm-dd" });
    expect((entity.properties!["Purchases in the window"] as Excel.ArrayCellValue).elements).toHaveLength(4);
    expect(entity.layouts!.card!.sections!.map((s) => s.title)).toEqual(["Profile", "Four quadrants", "History"]);
    expect(date.last).toEqual({
      type: "Double",
      basicValue: serialFromDay(dayFromYmd(2026, 3, 10)!, false),
      numberFormat: "yyyy-mm-dd",
    });
    await eng.sharedEngine()!.dispose();
  });

  it("without data types CUSTOMER is the customer's name", async () => {
    bind(new StubHost(quadrantBook()));
    const inv = new Invocation();
    customer("　Ｃ１ ", inv);
    await settle();
    expect(inv.last).toBe("客户1");
  });
});
