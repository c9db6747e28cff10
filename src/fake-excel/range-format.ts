/** `range.format` with its `fill` and `font`: per-cell formats, read back as a common value or null when mixed. */
import { columnCount, rowCount } from "./address";
import { commonFormat } from "./cells";
import { invalidArgument } from "./errors";
import { Sheet } from "./grid";
import { checkUnprotected } from "./protection";
import { FakeClientObject } from "./proxy";
import { CellFormat, FormatKey, formatText, normalizeColor } from "./values";
import type { RangeRef } from "./workbook-model";

type Resolve = (parentEntity: never) => RangeRef | null;

abstract class FormatPart extends FakeClientObject<RangeRef> {
  protected isStale(ref: RangeRef): boolean {
    return ref.sheet.deleted;
  }
  protected guardWrite(ref: RangeRef): void {
    checkUnprotected(ref.sheet, "formatting cells", "allowFormatCells");
  }

  protected setFormatProp<K extends FormatKey>(name: string, key: K, value: CellFormat[K]): void {
    this.setProp(name, value, (ref) => this.context.env.model.setFormat(ref.sheet, ref.rect, key, value));
  }
}

export class FakeRangeFormat extends FormatPart {
  private _fill?: FakeRangeFill;
  private _font?: FakeRangeFont;

  constructor(ctx: FakeClientObject["context"], parent: FakeClientObject, resolve: Resolve) {
    super(ctx, parent, resolve);
  }

  protected scalarNames(): readonly string[] {
    return ["columnWidth", "rowHeight", "horizontalAlignment", "verticalAlignment", "wrapText"];
  }

  protected readScalar(ref: RangeRef, name: string): unknown {
    const { sheet, rect: r } = ref;
    if (name === "columnWidth")
      return common(Array.from({ length: Math.min(columnCount(r), 16_384) }, (_, i) => sheet.columnWidth(r.c0 + i)));
    if (name === "rowHeight")
      return common(Array.from({ length: Math.min(rowCount(r), 10_000) }, (_, i) => sheet.rowHeight(r.r0 + i)));
    return commonFormat(sheet, r, name as FormatKey);
  }

  protected navigation(name: string): FakeClientObject | undefined {
    if (name === "fill") return this.fill;
    if (name === "font") return this.font;
    return undefined;
  }

  get fill(): FakeRangeFill {
    return (this._fill ??= new FakeRangeFill(this.context, this, (ref: RangeRef) => ref));
  }
  get font(): FakeRangeFont {
    return (this._font ??= new FakeRangeFont(this.context, this, (ref: RangeRef) => ref));
  }

  get columnWidth(): number {
    return this.prop("columnWidth");
  }
  set columnWidth(w: number) {
    this.setProp("columnWidth", w, (ref) => {
      if (!(w >= 0)) throw invalidArgument("columnWidth");
      for (let c = ref.rect.c0; c <= ref.rect.c1; c++) ref.sheet.columnWidths.set(c, w);
    });
  }
  get rowHeight(): number {
    return this.prop("rowHeight");
  }
  set rowHeight(h: number) {
    this.setProp("rowHeight", h, (ref) => {
      if (!(h >= 0)) throw invalidArgument("rowHeight");
      for (let r = ref.rect.r0; r <= ref.rect.r1; r++) ref.sheet.rowHeights.set(r, h);
    });
  }
  get horizontalAlignment(): string {
    return this.prop("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this.setFormatProp("horizontalAlignment", "horizontalAlignment", v);
  }
  get verticalAlignment(): string {
    return this.prop("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this.setFormatProp("verticalAlignment", "verticalAlignment", v);
  }
  get wrapText(): boolean {
    return this.prop("wrapText");
  }
  set wrapText(v: boolean) {
    this.setFormatProp("wrapText", "wrapText", v);
  }

  /** Widths from the longest displayed text, roughly as Excel measures Calibri 11. */
  autofitColumns(): void {
    this.call((ref) => {
      const model = this.context.env.model;
      const lengths = new Map<number, number>();
      ref.sheet.forEachCell(ref.rect, (cell, r, c) => {
        const text = formatText(cell.v, ref.sheet.effectiveFormat(r, c, "numberFormat"), model.date1904);
        lengths.set(c, Math.max(lengths.get(c) ?? 0, textWidth(text)));
      });
      for (let c = ref.rect.c0; c <= Math.min(ref.rect.c1, ref.rect.c0 + 16_383); c++) {
        const chars = lengths.get(c);
        if (chars !== undefined) ref.sheet.columnWidths.set(c, Math.max(12, Math.round(chars * 5.25 + 7.5)));
      }
    });
  }

  autofitRows(): void {
    this.call((ref: RangeRef) => autofitRows(ref.sheet, ref));
  }
}

function autofitRows(sheet: Sheet, ref: RangeRef): void {
  for (const r of [...sheet.rowHeights.keys()]) if (r >= ref.rect.r0 && r <= ref.rect.r1) sheet.rowHeights.delete(r);
}

/** Wide (CJK) characters take about twice the width of Latin ones. */
function textWidth(text: string): number {
  let n = 0;
  for (const ch of text)
    n += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch)
      ? 2
      : 1;
  return n;
}

function common(values: number[]): number | null {
  return values.every((v) => v === values[0]) ? values[0] : null;
}

export class FakeRangeFill extends FormatPart {
  protected scalarNames(): readonly string[] {
    return ["color"];
  }
  protected readScalar(ref: RangeRef): unknown {
    return commonFormat(ref.sheet, ref.rect, "fill");
  }
  get color(): string {
    return this.prop("color");
  }
  set color(c: string) {
    this.setProp("color", c, (ref) => this.context.env.model.setFormat(ref.sheet, ref.rect, "fill", normalizeColor(c)));
  }
  clear(): void {
    this.call((ref) => this.context.env.model.setFormat(ref.sheet, ref.rect, "fill", undefined));
  }
}

const FONT_KEYS: Record<string, FormatKey> = {
  color: "fontColor",
  bold: "bold",
  italic: "italic",
  name: "fontName",
  size: "fontSize",
};

export class FakeRangeFont extends FormatPart {
  protected scalarNames(): readonly string[] {
    return Object.keys(FONT_KEYS);
  }
  protected readScalar(ref: RangeRef, name: string): unknown {
    return commonFormat(ref.sheet, ref.rect, FONT_KEYS[name]);
  }
  get color(): string {
    return this.prop("color");
  }
  set color(c: string) {
    this.setProp("color", c, (ref) =>
      this.context.env.model.setFormat(ref.sheet, ref.rect, "fontColor", normalizeColor(c)),
    );
  }
  get bold(): boolean {
    return this.prop("bold");
  }
  set bold(v: boolean) {
    this.setFormatProp("bold", "bold", v);
  }
  get italic(): boolean {
    return this.prop("italic");
  }
  set italic(v: boolean) {
    this.setFormatProp("italic", "italic", v);
  }
  get name(): string {
    return this.prop("name");
  }
  set name(v: string) {
    this.setFormatProp("name", "fontName", v);
  }
  get size(): number {
    return this.prop("size");
  }
  set size(v: number) {
    this.setFormatProp("size", "fontSize", v);
  }
}
