import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../src/core/analyze";
import type { Lang } from "../../src/core/i18n";
import type { RefreshResult } from "../../src/excel/host";
import { type CommandOutcome, onCommandOutcome } from "../../src/commands/outcomes";
import { type CommandUi, REFRESH_QUADRANTS, refreshQuadrants } from "../../src/commands/refreshQuadrants";
import { parseXml, type XmlElement } from "../../scripts/check-manifest";
import { book, customers, day } from "../support/rawBook";

const RESULT: RefreshResult = {
  analysis: analyze(book({ customers: customers(2) }), { asOf: day("2026-06-30"), lang: "en-US" }),
  written: 2,
  reread: false,
};

/** A host whose refresh resolves with RESULT, or rejects with `failure`. */
function stubHost(failure?: unknown) {
  return { refresh: jest.fn(async (_lang: Lang) => (failure === undefined ? RESULT : Promise.reject(failure))) };
}

function stubUi(displayLanguage = "en-US", showTaskpane = jest.fn((): Promise<void> => Promise.resolve())) {
  const ui: CommandUi = { displayLanguage: () => displayLanguage, showTaskpane };
  return { ui, showTaskpane };
}

const stubEvent = () => ({ completed: jest.fn() });

/** Collects what the task pane would hear during each test. */
function heard(): CommandOutcome[] {
  const outcomes: CommandOutcome[] = [];
  let stop: () => void = () => undefined;
  beforeEach(() => {
    stop = onCommandOutcome((o) => outcomes.push(o));
    outcomes.length = 0; // the replay of an earlier test's outcome
  });
  afterEach(() => stop());
  return outcomes;
}

describe("the Refresh quadrants command", () => {
  const outcomes = heard();

  it("refreshes through the host and completes the event", async () => {
    const host = stubHost();
    const { ui, showTaskpane } = stubUi();
    const event = stubEvent();
    await refreshQuadrants(host, ui, event);
    expect(host.refresh).toHaveBeenCalledTimes(1);
    expect(host.refresh).toHaveBeenCalledWith("en-US");
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(showTaskpane).not.toHaveBeenCalled();
    expect(outcomes).toEqual([{ command: "refreshQuadrants", ok: true, result: RESULT }]);
  });

  it("completes the event only after the refresh has finished", async () => {
    let finish!: (r: RefreshResult) => void;
    const host = { refresh: jest.fn(() => new Promise<RefreshResult>((resolve) => (finish = resolve))) };
    const event = stubEvent();
    const done = refreshQuadrants(host, stubUi().ui, event);
    await Promise.resolve();
    expect(event.completed).not.toHaveBeenCalled();
    finish(RESULT);
    await done;
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("completes the event and shows the pane when the refresh throws", async () => {
    const failure = Object.assign(new Error("The cell is being edited"), { code: "InvalidOperationInCellEditMode" });
    const { ui, showTaskpane } = stubUi();
    const event = stubEvent();
    const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
    await expect(refreshQuadrants(stubHost(failure), ui, event)).resolves.toBeUndefined();
    quiet.mockRestore();
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(showTaskpane).toHaveBeenCalledTimes(1);
    expect(outcomes).toEqual([{ command: "refreshQuadrants", ok: false, error: failure }]);
  });

  it("completes the event even when the pane cannot be shown, or never finishes showing", async () => {
    const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
    for (const showTaskpane of [
      jest.fn(() => Promise.reject(new Error("not supported"))),
      jest.fn((): Promise<void> => {
        throw new TypeError("Office.addin is undefined");
      }),
      jest.fn(() => new Promise<void>(() => undefined)),
    ]) {
      const event = stubEvent();
      await refreshQuadrants(stubHost(new Error("boom")), stubUi("en-US", showTaskpane).ui, event);
      expect(event.completed).toHaveBeenCalledTimes(1);
    }
    await new Promise((resolve) => setImmediate(resolve)); // let the rejected show settle
    quiet.mockRestore();
  });

  it.each([
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["en-US", "en-US"],
    ["fr-FR", "en-US"],
  ])("refreshes a workbook shown in %s in %s", async (displayLanguage, lang) => {
    const host = stubHost();
    await refreshQuadrants(host, stubUi(displayLanguage).ui, stubEvent());
    expect(host.refresh).toHaveBeenCalledWith(lang);
  });
});

describe("command outcomes", () => {
  it("reach a pane that subscribes after the command finished", async () => {
    await refreshQuadrants(stubHost(), stubUi().ui, stubEvent());
    const late: CommandOutcome[] = [];
    const stop = onCommandOutcome((o) => late.push(o));
    stop();
    expect(late).toEqual([{ command: "refreshQuadrants", ok: true, result: RESULT }]);
  });

  it("reach every listener even when one of them throws", async () => {
    const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const stops = [
      onCommandOutcome(() => undefined),
      onCommandOutcome((o) => {
        if (o.ok) throw new Error("listener bug");
      }),
    ];
    const after = jest.fn();
    stops.push(onCommandOutcome(after));
    after.mockClear();
    const event = stubEvent();
    await refreshQuadrants(stubHost(), stubUi().ui, event);
    for (const stop of stops) stop();
    quiet.mockRestore();
    expect(after).toHaveBeenCalledWith(expect.objectContaining({ ok: true }));
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});

describe("in Office", () => {
  const g = globalThis as Record<string, unknown>;
  afterEach(() => {
    delete g.Office;
    jest.restoreAllMocks();
  });

  /** Loads commands.ts over a stub Office and returns the handler it associates. */
  async function loadCommands(displayLanguage: string, refresh: (lang: Lang) => Promise<RefreshResult>) {
    const associated = new Map<string, (event: unknown) => unknown>();
    const showAsTaskpane = jest.fn(async () => undefined);
    g.Office = {
      onReady: (ready: () => void) => Promise.resolve().then(ready),
      context: { displayLanguage },
      actions: { associate: (id: string, fn: (event: unknown) => unknown) => associated.set(id, fn) },
      addin: { showAsTaskpane },
    };
    jest.resetModules();
    const { excelHost } = await import("../../src/excel/excelHost");
    const hostRefresh = jest.spyOn(excelHost, "refresh").mockImplementation(refresh);
    await import("../../src/commands/commands");
    await Promise.resolve(); // Office is ready
    return { associated, hostRefresh, showAsTaskpane };
  }

  it("registers the function the ribbon button names, once Office is ready", async () => {
    const root = parseXml(readFileSync(join(__dirname, "../../manifest.xml"), "utf8"));
    const all = (el: XmlElement): XmlElement[] => [el, ...el.children.flatMap(all)];
    const names = all(root)
      .filter((el) => el.name === "Action" && el.attrs["xsi:type"] === "ExecuteFunction")
      .map((action) => action.children.find((c) => c.name === "FunctionName")?.text.trim());
    expect(names).toEqual([REFRESH_QUADRANTS]);

    const { associated } = await loadCommands("en-US", async () => RESULT);
    expect([...associated.keys()]).toEqual(names);
  });

  it("uses Office's display language and the shared Excel host", async () => {
    const { associated, hostRefresh } = await loadCommands("zh-CN", async () => RESULT);
    const event = stubEvent();
    await associated.get(REFRESH_QUADRANTS)!(event);
    expect(hostRefresh).toHaveBeenCalledWith("zh-CN");
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("opens the task pane through Office.addin when the refresh fails", async () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const { associated, showAsTaskpane } = await loadCommands("en-US", () => Promise.reject(new Error("offline")));
    const event = stubEvent();
    await associated.get(REFRESH_QUADRANTS)!(event);
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});

describe("the ribbon button", () => {
  const root = parseXml(readFileSync(join(__dirname, "../../manifest.xml"), "utf8"));
  const all = (el: XmlElement): XmlElement[] => [el, ...el.children.flatMap(all)];
  const strings = new Map(
    all(root)
      .filter((el) => el.name === "bt:String")
      .map((s) => [s.attrs.id, { en: s.attrs.DefaultValue, zh: s.children[0]?.attrs.Value }]),
  );

  it("sits in the add-in's Home tab group after the task pane button, labelled in English and Chinese", () => {
    const group = all(root).find((el) => el.name === "Group")!;
    const controls = group.children.filter((c) => c.name === "Control");
    expect(controls.map((c) => c.attrs.id)).toEqual(["QuadrantCrm.ShowTaskpane", "QuadrantCrm.RefreshQuadrants"]);
    const button = controls[1];
    expect(button.attrs["xsi:type"]).toBe("Button");
    const label = button.children.find((c) => c.name === "Label")!.attrs.resid;
    expect(strings.get(label)).toEqual({ en: "Refresh quadrants", zh: "刷新象限" });
    const tip = all(button).find((c) => c.name === "Description")!.attrs.resid;
    expect(strings.get(tip)?.zh).toBeTruthy();
    expect(all(button).filter((c) => c.name === "bt:Image").map((i) => i.attrs.size)).toEqual(["16", "32", "80"]);
  });
});
