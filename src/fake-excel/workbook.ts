/** `Excel.Workbook` and what hangs off it: names, settings, application. */
import { formatAddress, parseAddress } from "./address";
import { alreadyExists, invalidArgument, itemNotFound } from "./errors";
import { FakeClientObject, FakeCollection, FakeRequestContext } from "./proxy";
import { FakeFunctions } from "./functions";
import { FakeWorkbookProtection } from "./protection";
import { FakeRange, RangeArg, rangeArgRef } from "./range";
import { FakeTableCollection } from "./table";
import { FakeWorksheetCollection } from "./worksheet";
import type { NameModel, WorkbookModel } from "./workbook-model";

export class FakeWorkbook extends FakeClientObject<WorkbookModel> {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly settings: FakeSettingCollection;
  readonly application: FakeApplication;
  readonly functions: FakeFunctions;
  private _protection?: FakeWorkbookProtection;

  constructor(ctx: FakeRequestContext) {
    super(ctx, null, null, { entity: ctx.env.model });
    const self = (m: WorkbookModel): WorkbookModel => m;
    this.worksheets = new FakeWorksheetCollection(ctx, this, self);
    this.tables = new FakeTableCollection(ctx, this, (m: WorkbookModel) => ({ model: m }));
    this.names = new FakeNamedItemCollection(ctx, this, self);
    this.settings = new FakeSettingCollection(ctx, this, self);
    this.application = new FakeApplication(ctx, this, self);
    this.functions = new FakeFunctions(ctx, this, self);
  }

  protected scalarNames(): readonly string[] {
    return ["name", "readOnly"];
  }
  protected readScalar(_m: WorkbookModel, name: string): unknown {
    return name === "name" ? "Book1.xlsx" : false;
  }
  protected navigation(name: string): FakeClientObject | undefined {
    const nav: Record<string, FakeClientObject> = {
      worksheets: this.worksheets,
      tables: this.tables,
      names: this.names,
      settings: this.settings,
      application: this.application,
      protection: this.protection,
    };
    return nav[name];
  }
  /** Structure protection (ExcelApi 1.7; created when first used, as its set is checked then): protection.ts. */
  get protection(): FakeWorkbookProtection {
    return (this._protection ??= new FakeWorkbookProtection(this.context, this, (m: WorkbookModel) => m));
  }
  get name(): string {
    return this.prop("name");
  }
  get readOnly(): boolean {
    return this.prop("readOnly");
  }

  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, this, (m: WorkbookModel) => m.selection);
  }
  getActiveCell(): FakeRange {
    return new FakeRange(this.context, this, (m: WorkbookModel) => {
      const s = m.selection;
      return s && { sheet: s.sheet, rect: { r0: s.rect.r0, c0: s.rect.c0, r1: s.rect.r0, c1: s.rect.c0 } };
    });
  }
}

export class FakeApplication extends FakeClientObject<WorkbookModel> {
  protected scalarNames(): readonly string[] {
    return ["calculationMode"];
  }
  protected readScalar(): unknown {
    return "Automatic";
  }
  get calculationMode(): string {
    return this.prop("calculationMode");
  }
  calculate(calculationType: "Recalculate" | "Full" | "FullRebuild"): void {
    this.call((m) => m.calculate(), [calculationType]);
  }
  /** Accepted and ignored: the fake calculates lazily, when values are read. */
  suspendApiCalculationUntilNextSync(): void {
    this.call(() => undefined);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.call(() => undefined);
  }
}

const NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;

export class FakeNamedItemCollection extends FakeCollection<WorkbookModel, FakeNamedItem> {
  protected members(m: WorkbookModel): FakeNamedItem[] {
    return m.names.map((n) => new FakeNamedItem(this.context, null, null, n));
  }

  /** `reference` is a Range or a formula string ("=Sheet1!$A$1", "=0.5"). */
  add(name: string, reference: RangeArg, comment?: string): FakeNamedItem {
    let created: NameModel | null = null;
    this.call(
      (m) => {
        if (!NAME.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw invalidArgument(`invalid name '${name}'`);
        if (m.findName(name) || m.findTable(name)) throw alreadyExists(`name '${name}'`);
        const item: NameModel = { name, ref: null, formula: null, comment: comment ?? "", visible: true };
        if (typeof reference !== "string") item.ref = rangeArgRef(reference, null, (n) => m.findSheet(n));
        else {
          const text = reference.startsWith("=") ? reference : `=${reference}`;
          const ref = tryRef(m, text);
          if (ref) item.ref = ref;
          else item.formula = text;
        }
        m.names.push(item);
        created = item;
      },
      [name, typeof reference === "string" ? reference : "range", comment],
    );
    return new FakeNamedItem(this.context, null, () => created);
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, this, (m: WorkbookModel) => m.findName(name) ?? null);
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, this, (m: WorkbookModel) => m.findName(name) ?? null, undefined, true);
  }
  getCount() {
    return this.callForResult((m) => m.names.length);
  }
}

function tryRef(m: WorkbookModel, formula: string): NameModel["ref"] {
  try {
    const p = parseAddress(formula);
    const sheet = p.sheet ? m.findSheet(p.sheet) : undefined;
    return sheet ? { sheet, rect: p.rect } : null;
  } catch {
    return null;
  }
}

export class FakeNamedItem extends FakeClientObject<NameModel> {
  constructor(
    ctx: FakeRequestContext,
    parent: FakeClientObject | null,
    resolve: ((parentEntity: never) => NameModel | null) | null,
    entity?: NameModel,
    nullable = false,
  ) {
    super(ctx, parent, resolve, { entity, nullable });
  }
  protected scalarNames(): readonly string[] {
    return ["name", "type", "value", "formula", "visible", "comment"];
  }
  protected isStale(n: NameModel): boolean {
    return !this.context.env.model.names.includes(n);
  }
  protected readScalar(n: NameModel, prop: string): unknown {
    const m = this.context.env.model;
    switch (prop) {
      case "name":
        return n.name;
      case "formula":
        return m.nameFormula(n);
      case "value":
        return n.formula ?? (n.ref ? formatAddress(n.ref.sheet.name, n.ref.rect, true) : "#REF!");
      case "type":
        if (n.formula === null) return n.ref ? "Range" : "Error";
        return /^="/.test(n.formula)
          ? "String"
          : /^=[-+]?[\d.]+$/.test(n.formula)
            ? "Double"
            : /^=(TRUE|FALSE)$/i.test(n.formula)
              ? "Boolean"
              : "Formula";
      case "visible":
        return n.visible;
      case "comment":
        return n.comment;
    }
    return undefined;
  }
  get name(): string {
    return this.prop("name");
  }
  get type(): string {
    return this.prop("type");
  }
  get value(): unknown {
    return this.prop("value");
  }
  get formula(): string {
    return this.prop("formula");
  }
  set formula(f: string) {
    this.setProp("formula", f, (n) => {
      const text = f.startsWith("=") ? f : `=${f}`;
      const ref = tryRef(this.context.env.model, text);
      n.ref = ref;
      n.formula = ref ? null : text;
    });
  }
  get visible(): boolean {
    return this.prop("visible");
  }
  set visible(v: boolean) {
    this.setProp("visible", v, (n) => {
      n.visible = v;
    });
  }
  get comment(): string {
    return this.prop("comment");
  }
  set comment(v: string) {
    this.setProp("comment", v, (n) => {
      n.comment = v;
    });
  }
  getRange(): FakeRange {
    return new FakeRange(this.context, this, (n: NameModel) => {
      if (!n.ref) throw invalidArgument(`name '${n.name}' does not refer to a range`);
      return n.ref;
    });
  }
  getRangeOrNullObject(): FakeRange {
    return new FakeRange(this.context, this, (n: NameModel) => n.ref, true);
  }
  delete(): void {
    this.call((n) => {
      const list = this.context.env.model.names;
      list.splice(list.indexOf(n), 1);
    });
  }
}

interface SettingRef {
  model: WorkbookModel;
  key: string;
}

export class FakeSettingCollection extends FakeCollection<WorkbookModel, FakeSetting> {
  protected members(m: WorkbookModel): FakeSetting[] {
    return [...m.settings.keys()].map((key) => new FakeSetting(this.context, null, null, { model: m, key }));
  }
  /** Values must be JSON-serialisable; they are stored as JSON, like the document's settings part. */
  add(key: string, value: unknown): FakeSetting {
    this.call(
      (m) => {
        if (typeof key !== "string" || key === "") throw invalidArgument("setting key");
        m.settings.set(key, JSON.stringify(value ?? null));
      },
      [key, value],
    );
    return new FakeSetting(this.context, null, () => ({ model: this.context.env.model, key }));
  }
  getItem(key: string): FakeSetting {
    return new FakeSetting(this.context, this, (m: WorkbookModel) => (m.settings.has(key) ? { model: m, key } : null));
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(
      this.context,
      this,
      (m: WorkbookModel) => (m.settings.has(key) ? { model: m, key } : null),
      undefined,
      true,
    );
  }
  getCount() {
    return this.callForResult((m) => m.settings.size);
  }
}

export class FakeSetting extends FakeClientObject<SettingRef> {
  constructor(
    ctx: FakeRequestContext,
    parent: FakeClientObject | null,
    resolve: ((parentEntity: never) => SettingRef | null) | null,
    entity?: SettingRef,
    nullable = false,
  ) {
    super(ctx, parent, resolve, { entity, nullable });
  }
  protected scalarNames(): readonly string[] {
    return ["key", "value"];
  }
  protected isStale(s: SettingRef): boolean {
    return !s.model.settings.has(s.key);
  }
  protected readScalar(s: SettingRef, name: string): unknown {
    if (name === "key") return s.key;
    return JSON.parse(s.model.settings.get(s.key) ?? "null") as unknown;
  }
  get key(): string {
    return this.prop("key");
  }
  get value(): unknown {
    return this.prop("value");
  }
  set value(v: unknown) {
    this.setProp("value", v, (s) => {
      s.model.settings.set(s.key, JSON.stringify(v ?? null));
    });
  }
  delete(): void {
    this.call((s) => {
      if (!s.model.settings.delete(s.key)) throw itemNotFound(`setting '${s.key}'`);
    });
  }
}
