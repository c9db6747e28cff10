/**
 * Print scaling every Excel applies. Fit-to-pages (`pageLayout.zoom = { horizontalFitToPages }`)
 * is not applied on some Excel builds when it is set while the Page Layout tab is not showing
 * (OfficeDev/office-js#1860), while a `scale` always is. The add-in lays out its review and
 * coverage sheets itself, so it knows their size in points and sets the scale that fits — the
 * page a fit-to-pages would give, on every build.
 */

/** A4 in points, portrait. */
const A4 = { width: 595.28, height: 841.89 };
/** Excel's row height for its default font (Calibri 11; Excel on the web and desktop alike). */
export const DEFAULT_ROW_HEIGHT = 15;
/** Printers' own margins and rounding: a little room, so the last column never spills to a page of its own. */
const SAFETY = 0.97;

export interface PrintPage {
  orientation: "Portrait" | "Landscape";
  /** Margins in points (left, right, top, bottom). */
  margins: { left: number; right: number; top: number; bottom: number };
}

/** Excel's Normal margins: 0.7" at the sides, 0.75" at the top and bottom. */
export const NORMAL_MARGINS = { left: 50.4, right: 50.4, top: 54, bottom: 54 };

/**
 * The zoom scale (10–100 %) at which content `width` × `height` points fits one A4 page; without
 * a height, one page wide and as many tall as needed.
 */
export function fitScale(content: { width: number; height?: number }, page: PrintPage): number {
  const portrait = page.orientation === "Portrait";
  const pageWidth = (portrait ? A4.width : A4.height) - page.margins.left - page.margins.right;
  const pageHeight = (portrait ? A4.height : A4.width) - page.margins.top - page.margins.bottom;
  const ratio = Math.min(pageWidth / content.width, content.height ? pageHeight / content.height : Infinity);
  return Math.max(10, Math.min(100, Math.floor(ratio * SAFETY * 100)));
}
