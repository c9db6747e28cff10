/**
 * `range.dataValidation`: rules kept on the sheet with their rectangles. Setting a rule on a range
 * replaces whatever rules covered those cells (the old rules keep the cells outside it).
 */
import { checkUnprotected } from "./protection";
import { formatAddress, intersect, parseAddress, subtract } from "./address";
import { invalidArgument } from "./errors";
import type { ValidationModel } from "./grid";
import { FakeClientObject } from "./proxy";
import { FakeRange } from "./range";
import type { RangeRef, WorkbookModel } from "./workbook-model";

const RULE_TYPES: Record<string, string> = {
  list: "List",
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

const defaultAlert = (): ValidationModel["errorAlert"] => ({ message: "", showAlert: true, style: "Stop", title: "" });
const defaultPrompt = (): ValidationModel["prompt"] => ({ message: "", showPrompt: true, title: "" });

const covering = (ref: RangeRef): ValidationModel[] => ref.sheet.validations.filter((v) => intersect(v.rect, ref.rect));

export function validationType(rule: Record<string, unknown>): string {
  const key = Object.keys(rule).find((k) => rule[k] !== undefined && RULE_TYPES[k]);
  return key ? RULE_TYPES[key] : "None";
}

export class FakeDataValidation extends FakeClientObject<RangeRef> {
  protected guardWrite(ref: RangeRef): void {
    checkUnprotected(ref.sheet, "data validation");
  }
  protected scalarNames(): readonly string[] {
    return ["rule", "type", "errorAlert", "prompt", "ignoreBlanks", "valid"];
  }
  protected isStale(ref: RangeRef): boolean {
    return ref.sheet.deleted;
  }
  protected readScalar(ref: RangeRef, name: string): unknown {
    const list = covering(ref);
    const first = list[0];
    switch (name) {
      case "rule":
        return first ? clone(first.rule) : {};
      case "type":
        if (list.length > 1 && new Set(list.map((v) => JSON.stringify(v.rule))).size > 1) return "MixedCriteria";
        return first ? validationType(first.rule) : "None";
      case "errorAlert":
        return { ...(first?.errorAlert ?? defaultAlert()) };
      case "prompt":
        return { ...(first?.prompt ?? defaultPrompt()) };
      case "ignoreBlanks":
        return first?.ignoreBlanks ?? true;
      case "valid":
        return this.isValid(ref, list);
    }
    return undefined;
  }

  get rule(): Record<string, unknown> {
    return this.prop("rule");
  }
  /** `{ list: { inCellDropDown, source } }` (source: "a,b,c", "=$A$1:$A$9" or a Range), `{ wholeNumber: … }`, `{ custom: { formula } }` … */
  set rule(rule: Record<string, unknown>) {
    this.setProp("rule", rule, (ref) => {
      const stored = this.storedRule(ref, rule);
      if (validationType(stored) === "None") throw invalidArgument("the data validation rule is empty");
      const kept = removeFrom(ref);
      ref.sheet.validations = [
        ...kept,
        { rect: ref.rect, rule: stored, errorAlert: defaultAlert(), prompt: defaultPrompt(), ignoreBlanks: true },
      ];
    });
  }
  get type(): string {
    return this.prop("type");
  }
  get errorAlert(): ValidationModel["errorAlert"] {
    return this.prop("errorAlert");
  }
  set errorAlert(v: Partial<ValidationModel["errorAlert"]>) {
    this.setProp("errorAlert", v, (ref) => {
      for (const e of this.entries(ref)) e.errorAlert = { ...e.errorAlert, ...v };
    });
  }
  get prompt(): ValidationModel["prompt"] {
    return this.prop("prompt");
  }
  set prompt(v: Partial<ValidationModel["prompt"]>) {
    this.setProp("prompt", v, (ref) => {
      for (const e of this.entries(ref)) e.prompt = { ...e.prompt, ...v };
    });
  }
  get ignoreBlanks(): boolean {
    return this.prop("ignoreBlanks");
  }
  set ignoreBlanks(v: boolean) {
    this.setProp("ignoreBlanks", v, (ref) => {
      for (const e of this.entries(ref)) e.ignoreBlanks = v;
    });
  }
  get valid(): boolean {
    return this.prop("valid");
  }

  clear(): void {
    this.call((ref) => {
      ref.sheet.validations = removeFrom(ref);
    });
  }

  /** The entries covering the range; a range without one gets an empty entry to hold alert/prompt settings. */
  private entries(ref: RangeRef): ValidationModel[] {
    const list = covering(ref);
    if (list.length) return list;
    const entry: ValidationModel = {
      rect: ref.rect,
      rule: {},
      errorAlert: defaultAlert(),
      prompt: defaultPrompt(),
      ignoreBlanks: true,
    };
    ref.sheet.validations.push(entry);
    return [entry];
  }

  /** A Range given as list source is stored as its absolute address, as Excel does. */
  private storedRule(ref: RangeRef, rule: Record<string, unknown>): Record<string, unknown> {
    const list = rule.list as { source?: unknown; inCellDropDown?: boolean } | undefined;
    if (list && list.source instanceof FakeRange) {
      const src = list.source._bind();
      if (!src) throw invalidArgument("the list source is a null object");
      const address = formatAddress(src.sheet.name, src.rect, true);
      const local = src.sheet === ref.sheet ? address.slice(address.indexOf("!") + 1) : address;
      return {
        ...clone({ ...rule, list: { ...list, source: "" } }),
        list: { inCellDropDown: list.inCellDropDown ?? true, source: `=${local}` },
      };
    }
    return clone(rule);
  }

  private isValid(ref: RangeRef, list: ValidationModel[]): boolean {
    const model = this.context.env.model;
    for (const v of list) {
      const rule = v.rule.list as { source?: string } | undefined;
      if (!rule || typeof rule.source !== "string") continue;
      const allowed = listItems(model, ref, rule.source);
      if (!allowed) continue;
      const area = intersect(v.rect, ref.rect);
      if (!area) continue;
      let ok = true;
      ref.sheet.forEachCell(area, (cell) => {
        if (cell.v !== "" && !allowed.has(String(cell.v).toLowerCase())) ok = false;
      });
      if (!ok) return false;
    }
    return true;
  }
}

function listItems(model: WorkbookModel, ref: RangeRef, source: string): Set<string> | null {
  if (!source.startsWith("=")) return new Set(source.split(",").map((s) => s.trim().toLowerCase()));
  try {
    const p = parseAddress(source);
    const sheet = p.sheet ? model.findSheet(p.sheet) : ref.sheet;
    if (!sheet) return null;
    const out = new Set<string>();
    sheet.forEachCell(p.rect, (cell) => {
      if (cell.v !== "") out.add(String(cell.v).toLowerCase());
    });
    return out;
  } catch {
    return null;
  }
}

function removeFrom(ref: RangeRef): ValidationModel[] {
  return ref.sheet.validations.flatMap((v) => subtract(v.rect, ref.rect).map((rect) => ({ ...v, rect })));
}

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}
