/**
 * `worksheet.pageLayout` (ExcelApi 1.9): how a sheet prints. Kept on the sheet as plain data; the
 * imitation checks what Excel checks — `zoom` is set as a whole object (a scale of 10–400 or
 * fit-to-pages, not both), margins are non-negative points, print title rows span entire rows,
 * the paper is one of Office.js's `PaperType`s, and the print area is one range or several
 * ("A1:G40, I1:Q30": each prints on pages of its own) of the same sheet.
 */
import { Rect, formatRect, isEntireRows } from "./address";
import { invalidArgument } from "./errors";
import type { Sheet } from "./grid";
import { FakeClientObject } from "./proxy";
import { RangeArg, rangeArgRef } from "./range";

export interface PageLayoutModel {
  orientation: "Portrait" | "Landscape";
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  centerHorizontally: boolean;
  centerVertically: boolean;
  printGridlines: boolean;
  printHeadings: boolean;
  blackAndWhite: boolean;
  printTitleRows: Rect | null;
  /** One rectangle per area of the print area. */
  printArea: Rect[] | null;
}

/** Excel's defaults for a new sheet (Normal margins: 0.7" sides, 0.75" top and bottom). */
export const defaultPageLayout = (): PageLayoutModel => ({
  orientation: "Portrait",
  paperSize: "Letter",
  zoom: { scale: 100 },
  leftMargin: 50.4,
  rightMargin: 50.4,
  topMargin: 54,
  bottomMargin: 54,
  headerMargin: 21.6,
  footerMargin: 21.6,
  centerHorizontally: false,
  centerVertically: false,
  printGridlines: false,
  printHeadings: false,
  blackAndWhite: false,
  printTitleRows: null,
  printArea: null,
});

/** Every `Excel.PaperType` (the type makes the list complete: a paper Office.js gains is a compile error here until added). */
const PAPER_TYPES: Record<`${Excel.PaperType}`, true> = {
  Letter: true, LetterSmall: true, Tabloid: true, Ledger: true, Legal: true, Statement: true, Executive: true,
  A3: true, A4: true, A4Small: true, A5: true, B4: true, B5: true, Folio: true, Quatro: true,
  Paper10x14: true, Paper11x17: true, Note: true,
  Envelope9: true, Envelope10: true, Envelope11: true, Envelope12: true, Envelope14: true,
  Csheet: true, Dsheet: true, Esheet: true,
  EnvelopeDL: true, EnvelopeC5: true, EnvelopeC3: true, EnvelopeC4: true, EnvelopeC6: true, EnvelopeC65: true,
  EnvelopeB4: true, EnvelopeB5: true, EnvelopeB6: true, EnvelopeItaly: true, EnvelopeMonarch: true, EnvelopePersonal: true,
  FanfoldUS: true, FanfoldStdGerman: true, FanfoldLegalGerman: true,
};
const PAPER = new Set(Object.keys(PAPER_TYPES));
const MARGINS = ["leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin"] as const;
const FLAGS = ["centerHorizontally", "centerVertically", "printGridlines", "printHeadings", "blackAndWhite"] as const;

function layout(sheet: Sheet): PageLayoutModel {
  return (sheet.pageLayout ??= defaultPageLayout());
}

function checkZoom(v: unknown): PageLayoutModel["zoom"] {
  if (typeof v !== "object" || v === null) throw invalidArgument("zoom must be set as an object");
  const z = v as PageLayoutModel["zoom"];
  const fit = z.horizontalFitToPages !== undefined || z.verticalFitToPages !== undefined;
  if (z.scale !== undefined && z.scale !== null && fit)
    throw invalidArgument("zoom: a scale or fit-to-pages, not both");
  if (z.scale !== undefined && z.scale !== null && !(typeof z.scale === "number" && z.scale >= 10 && z.scale <= 400))
    throw invalidArgument("zoom scale must be between 10 and 400");
  for (const n of [z.horizontalFitToPages, z.verticalFitToPages])
    if (n !== undefined && n !== null && !(Number.isInteger(n) && n >= 0))
      throw invalidArgument("fit-to-pages must be a whole number");
  return { ...z };
}

export class FakePageLayout extends FakeClientObject<Sheet> {
  declare leftMargin: number;
  declare rightMargin: number;
  declare topMargin: number;
  declare bottomMargin: number;
  declare headerMargin: number;
  declare footerMargin: number;
  declare centerHorizontally: boolean;
  declare centerVertically: boolean;
  declare printGridlines: boolean;
  declare printHeadings: boolean;
  declare blackAndWhite: boolean;

  protected scalarNames(): readonly string[] {
    return ["orientation", "paperSize", "zoom", ...MARGINS, ...FLAGS];
  }
  protected readScalar(sheet: Sheet, name: string): unknown {
    const v = layout(sheet)[name as keyof PageLayoutModel];
    return name === "zoom" ? { ...(v as object) } : v;
  }
  _get(name: string): unknown {
    return this.prop(name);
  }
  _put(name: string, value: unknown, check: (v: unknown) => unknown): void {
    this.setProp(name, value, (s) => {
      (layout(s) as unknown as Record<string, unknown>)[name] = check(value);
    });
  }

  get orientation(): string {
    return this.prop("orientation");
  }
  set orientation(v: string) {
    this._put("orientation", v, (x) => {
      if (x !== "Portrait" && x !== "Landscape") throw invalidArgument(`orientation '${String(x)}'`);
      return x;
    });
  }
  get paperSize(): string {
    return this.prop("paperSize");
  }
  set paperSize(v: string) {
    this._put("paperSize", v, (x) => {
      if (typeof x !== "string" || !PAPER.has(x)) throw invalidArgument(`paper size '${String(x)}'`);
      return x;
    });
  }
  get zoom(): PageLayoutModel["zoom"] {
    return this.prop("zoom");
  }
  set zoom(v: PageLayoutModel["zoom"]) {
    this._put("zoom", v, checkZoom);
  }

  /** The rows repeated at the top of each printed page: entire rows of this sheet ("$1:$3"). */
  setPrintTitleRows(rows: RangeArg): void {
    this.call((s) => {
      const ref = rangeArgRef(rows, s, (n) => this.context.env.model.findSheet(n));
      if (ref.sheet !== s || !isEntireRows(ref.rect))
        throw invalidArgument("print title rows must be entire rows of this sheet");
      layout(s).printTitleRows = ref.rect;
    });
  }
  /** One range, or several as an address list ("A1:G40, I1:Q30"), as Office.js takes a `RangeAreas` address. */
  setPrintArea(area: RangeArg): void {
    this.call((s) => {
      const parts = typeof area === "string" ? area.split(",").map((a) => a.trim()) : [area];
      layout(s).printArea = parts.map((part) => {
        if (part === "") throw invalidArgument("an empty area in the print area");
        const ref = rangeArgRef(part, s, (n) => this.context.env.model.findSheet(n));
        if (ref.sheet !== s) throw invalidArgument("the print area must be on this sheet");
        return ref.rect;
      });
    });
  }
}

for (const name of [...MARGINS, ...FLAGS]) {
  const margin = (MARGINS as readonly string[]).includes(name);
  Object.defineProperty(FakePageLayout.prototype, name, {
    get(this: FakePageLayout) {
      return this._get(name);
    },
    set(this: FakePageLayout, v: unknown) {
      this._put(name, v, (x) => {
        if (margin ? !(typeof x === "number" && Number.isFinite(x) && x >= 0) : typeof x !== "boolean")
          throw invalidArgument(`${name}: ${String(x)}`);
        return x;
      });
    },
    configurable: true,
  });
}

/** The page set-up as tests see it (addresses instead of rectangles). */
export interface PageLayoutInfo extends Omit<PageLayoutModel, "printTitleRows" | "printArea"> {
  printTitleRows: string | null;
  printArea: string | null;
}

export function pageLayoutInfo(sheet: Sheet): PageLayoutInfo {
  const p = layout(sheet);
  const rows = p.printTitleRows;
  return {
    ...p,
    zoom: { ...p.zoom },
    printTitleRows: rows ? `$${rows.r0 + 1}:$${rows.r1 + 1}` : null,
    printArea: p.printArea ? p.printArea.map((r) => formatRect(r)).join(",") : null,
  };
}
