/**
 * `range.conditionalFormats`: rules kept on the sheet with the range they apply to. Supported types:
 * CellValue ({formula1, formula2?, operator}), ContainsText (`textComparison`: {operator, text}) and Custom ({formula}),
 * each with a fill/font format. A new rule gets the top priority, as in Excel.
 */
import { checkUnprotected } from "./protection";
import { intersect } from "./address";
import { invalidArgument } from "./errors";
import type { ConditionalFormatModel, Sheet } from "./grid";
import { FakeClientObject, FakeCollection, FakeRequestContext } from "./proxy";
import { FakeRange } from "./range";
import { CellFormat, normalizeColor } from "./values";
import type { RangeRef } from "./workbook-model";

type CfType = ConditionalFormatModel["type"];
const TYPES: readonly CfType[] = ["CellValue", "ContainsText", "Custom"];

interface CfRef {
  sheet: Sheet;
  cf: ConditionalFormatModel;
}

const applying = (ref: RangeRef): ConditionalFormatModel[] =>
  ref.sheet.conditionalFormats.filter((cf) => intersect(cf.rect, ref.rect));

export class FakeConditionalFormatCollection extends FakeCollection<RangeRef, FakeConditionalFormat> {
  protected guardWrite(ref: { sheet: Sheet }): void {
    checkUnprotected(ref.sheet, "conditional formats");
  }
  protected members(ref: RangeRef): FakeConditionalFormat[] {
    return applying(ref).map((cf) => new FakeConditionalFormat(this.context, null, null, { sheet: ref.sheet, cf }));
  }
  protected isStale(ref: RangeRef): boolean {
    return ref.sheet.deleted;
  }

  add(type: CfType): FakeConditionalFormat {
    let created: CfRef | null = null;
    this.call(
      (ref) => {
        if (!TYPES.includes(type))
          throw invalidArgument(`the fake supports conditional formats of type ${TYPES.join(", ")}, not '${type}'`);
        const cf: ConditionalFormatModel = {
          id: this.context.env.model.nextId("cf"),
          rect: ref.rect,
          type,
          rule: {},
          format: {},
          stopIfTrue: false,
        };
        ref.sheet.conditionalFormats.unshift(cf);
        created = { sheet: ref.sheet, cf };
      },
      [type],
    );
    return new FakeConditionalFormat(this.context, null, () => created);
  }

  /** Removes the rules that apply to any cell of the range. */
  clearAll(): void {
    this.call((ref) => {
      ref.sheet.conditionalFormats = ref.sheet.conditionalFormats.filter((cf) => !intersect(cf.rect, ref.rect));
    });
  }

  getCount() {
    return this.callForResult((ref) => applying(ref).length);
  }
  getItem(id: string): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, this, (ref: RangeRef) => {
      const cf = applying(ref).find((c) => c.id === id);
      return cf ? { sheet: ref.sheet, cf } : null;
    });
  }
  getItemAt(index: number): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, this, (ref: RangeRef) => {
      const cf = applying(ref)[index];
      if (!cf) throw invalidArgument(`conditional format index ${index}`);
      return { sheet: ref.sheet, cf };
    });
  }
}

export class FakeConditionalFormat extends FakeClientObject<CfRef> {
  protected guardWrite(ref: { sheet: Sheet }): void {
    checkUnprotected(ref.sheet, "conditional formats");
  }
  private readonly parts = new Map<CfType, FakeConditionalTypeFormat>();

  constructor(
    ctx: FakeRequestContext,
    parent: FakeClientObject | null,
    resolve: ((parentEntity: never) => CfRef | null) | null,
    entity?: CfRef,
  ) {
    super(ctx, parent, resolve, { entity });
  }

  protected scalarNames(): readonly string[] {
    return ["id", "type", "priority", "stopIfTrue"];
  }
  protected isStale(ref: CfRef): boolean {
    return !ref.sheet.conditionalFormats.includes(ref.cf);
  }
  protected readScalar(ref: CfRef, name: string): unknown {
    if (name === "priority") return ref.sheet.conditionalFormats.indexOf(ref.cf);
    return ref.cf[name as "id" | "type" | "stopIfTrue"];
  }
  protected navigation(name: string): FakeClientObject | undefined {
    if (name === "cellValue") return this.cellValue;
    if (name === "textComparison") return this.textComparison;
    if (name === "custom") return this.custom;
    return undefined;
  }

  get id(): string {
    return this.prop("id");
  }
  get type(): CfType {
    return this.prop("type");
  }
  get priority(): number {
    return this.prop("priority");
  }
  set priority(p: number) {
    this.setProp("priority", p, (ref) => {
      const list = ref.sheet.conditionalFormats;
      list.splice(list.indexOf(ref.cf), 1);
      list.splice(Math.max(0, Math.min(p, list.length)), 0, ref.cf);
    });
  }
  get stopIfTrue(): boolean {
    return this.prop("stopIfTrue");
  }
  set stopIfTrue(v: boolean) {
    this.setProp("stopIfTrue", v, (ref) => {
      ref.cf.stopIfTrue = v;
    });
  }

  get cellValue(): FakeConditionalTypeFormat {
    return this.part("CellValue");
  }
  get textComparison(): FakeConditionalTypeFormat {
    return this.part("ContainsText");
  }
  get custom(): FakeConditionalTypeFormat {
    return this.part("Custom");
  }
  private part(type: CfType): FakeConditionalTypeFormat {
    let p = this.parts.get(type);
    if (!p) {
      p = new FakeConditionalTypeFormat(
        this.context,
        this,
        (ref: CfRef) => {
          if (ref.cf.type !== type)
            throw invalidArgument(`this conditional format is of type ${ref.cf.type}, not ${type}`);
          return ref;
        },
        type,
      );
      this.parts.set(type, p);
    }
    return p;
  }

  getRange(): FakeRange {
    return new FakeRange(this.context, this, (ref: CfRef) => ({ sheet: ref.sheet, rect: ref.cf.rect }));
  }
  delete(): void {
    this.call((ref) => {
      ref.sheet.conditionalFormats = ref.sheet.conditionalFormats.filter((c) => c !== ref.cf);
    });
  }
}

/** `cellValue`, `textComparison` or `custom`: a `format` and a `rule` (a plain object; for custom an object with `formula`). */
export class FakeConditionalTypeFormat extends FakeClientObject<CfRef> {
  protected guardWrite(ref: { sheet: Sheet }): void {
    checkUnprotected(ref.sheet, "conditional formats");
  }
  private _format?: FakeConditionalRangeFormat;
  private _rule?: FakeConditionalFormatRule;

  constructor(
    ctx: FakeRequestContext,
    parent: FakeClientObject,
    resolve: (parentEntity: never) => CfRef | null,
    private readonly kind: CfType,
  ) {
    super(ctx, parent, resolve);
  }

  protected scalarNames(): readonly string[] {
    return this.kind === "Custom" ? [] : ["rule"];
  }
  protected readScalar(ref: CfRef): unknown {
    return { ...ref.cf.rule };
  }
  protected navigation(name: string): FakeClientObject | undefined {
    if (name === "format") return this.format;
    if (name === "rule" && this.kind === "Custom") return this.customRule;
    return undefined;
  }
  get format(): FakeConditionalRangeFormat {
    return (this._format ??= new FakeConditionalRangeFormat(this.context, this, (ref: CfRef) => ref));
  }
  private get customRule(): FakeConditionalFormatRule {
    return (this._rule ??= new FakeConditionalFormatRule(this.context, this, (ref: CfRef) => ref));
  }
  get rule(): Record<string, string> | FakeConditionalFormatRule {
    return this.kind === "Custom" ? this.customRule : this.prop<Record<string, string>>("rule");
  }
  set rule(v: Record<string, string> | FakeConditionalFormatRule) {
    if (this.kind === "Custom") throw invalidArgument("set custom.rule.formula instead of custom.rule");
    const plain = { ...(v as Record<string, string>) };
    this.setProp("rule", plain, (ref) => {
      ref.cf.rule = checkedRule(ref.cf.type, plain);
    });
  }
}

function checkedRule(type: CfType, rule: Record<string, string>): Record<string, string> {
  const need =
    type === "CellValue" ? ["formula1", "operator"] : type === "ContainsText" ? ["operator", "text"] : ["formula"];
  for (const k of need) if (typeof rule[k] !== "string") throw invalidArgument(`a ${type} rule needs '${k}'`);
  return Object.fromEntries(
    Object.entries(rule)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );
}

export class FakeConditionalFormatRule extends FakeClientObject<CfRef> {
  protected guardWrite(ref: { sheet: Sheet }): void {
    checkUnprotected(ref.sheet, "conditional formats");
  }
  protected scalarNames(): readonly string[] {
    return ["formula"];
  }
  protected readScalar(ref: CfRef): unknown {
    return ref.cf.rule.formula ?? "";
  }
  get formula(): string {
    return this.prop("formula");
  }
  set formula(f: string) {
    this.setProp("formula", f, (ref) => {
      ref.cf.rule = { formula: f };
    });
  }
}

type CfFormatKey = "fill" | "fontColor" | "bold" | "italic" | "numberFormat";

export class FakeConditionalRangeFormat extends FakeClientObject<CfRef> {
  protected guardWrite(ref: { sheet: Sheet }): void {
    checkUnprotected(ref.sheet, "conditional formats");
  }
  private _fill?: FakeCfFormatProp;
  private _font?: FakeCfFormatProp;

  protected scalarNames(): readonly string[] {
    return ["numberFormat"];
  }
  protected readScalar(ref: CfRef): unknown {
    return ref.cf.format.numberFormat ?? null;
  }
  protected navigation(name: string): FakeClientObject | undefined {
    if (name === "fill") return this.fill;
    if (name === "font") return this.font;
    return undefined;
  }
  get numberFormat(): string {
    return this.prop("numberFormat");
  }
  set numberFormat(v: string) {
    this.setProp("numberFormat", v, (ref) => setCf(ref, "numberFormat", v));
  }
  get fill(): FakeCfFormatProp {
    return (this._fill ??= new FakeCfFormatProp(this.context, this, (ref: CfRef) => ref, { color: "fill" }));
  }
  get font(): FakeCfFormatProp {
    return (this._font ??= new FakeCfFormatProp(this.context, this, (ref: CfRef) => ref, {
      color: "fontColor",
      bold: "bold",
      italic: "italic",
    }));
  }
}

function setCf(ref: CfRef, key: CfFormatKey, value: string | boolean | undefined): void {
  const format: CellFormat = { ...ref.cf.format };
  if (value === undefined) delete format[key];
  else
    (format as Record<string, unknown>)[key] =
      key === "fill" || key === "fontColor" ? normalizeColor(String(value)) : value;
  ref.cf.format = format;
}

/** `format.fill` ({color, clear()}) or `format.font` ({color, bold, italic}) of a conditional format. */
export class FakeCfFormatProp extends FakeClientObject<CfRef> {
  protected guardWrite(ref: { sheet: Sheet }): void {
    checkUnprotected(ref.sheet, "conditional formats");
  }
  constructor(
    ctx: FakeRequestContext,
    parent: FakeClientObject,
    resolve: (parentEntity: never) => CfRef | null,
    private readonly keys: Record<string, CfFormatKey>,
  ) {
    super(ctx, parent, resolve);
  }
  protected scalarNames(): readonly string[] {
    return Object.keys(this.keys);
  }
  protected readScalar(ref: CfRef, name: string): unknown {
    return ref.cf.format[this.keys[name]] ?? null;
  }
  private write(name: string, v: string | boolean): void {
    if (!this.keys[name]) throw invalidArgument(`'${name}' is not settable here`);
    this.setProp(name, v, (ref) => setCf(ref, this.keys[name], v));
  }
  get color(): string {
    return this.prop("color");
  }
  set color(v: string) {
    this.write("color", v);
  }
  get bold(): boolean {
    return this.prop("bold");
  }
  set bold(v: boolean) {
    this.write("bold", v);
  }
  get italic(): boolean {
    return this.prop("italic");
  }
  set italic(v: boolean) {
    this.write("italic", v);
  }
  clear(): void {
    this.call((ref) => {
      for (const k of Object.values(this.keys)) setCf(ref, k, undefined);
    });
  }
}
