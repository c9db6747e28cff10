/**
 * The add-in's colours in the workbook, one hue per quadrant from the Okabe–Ito palette, which
 * stays distinguishable with the common colour-vision deficiencies (red–green above all, which the
 * earlier green/red pair failed): I blue (keep), II vermillion (attack), III grey (light touch),
 * IV orange (develop). The light `fill` and dark `font` of the quadrant column's conditional format
 * are tints and shades of the same hue as the chart's `strong` marker, so the column and the
 * chart read alike; the text keeps a contrast of at least 4.5:1 on its fill. Charts also give each
 * quadrant its own marker shape (`QUADRANT_MARKERS`), so colour is never the only cue.
 */
import type { Quadrant } from "../core/strategy";

export interface QuadrantColors {
  /** Cell fill of the quadrant column (conditional format). */
  fill: string;
  /** Font colour on that fill. */
  font: string;
  /** Saturated variant for chart markers. */
  strong: string;
}

export const QUADRANT_COLORS: Record<Quadrant, QuadrantColors> = {
  I: { fill: "#CCE3F2", font: "#00466E", strong: "#0072B2" },
  II: { fill: "#F7D5C2", font: "#8A3300", strong: "#D55E00" },
  III: { fill: "#E6E6E6", font: "#4D4D4D", strong: "#8C8C8C" },
  IV: { fill: "#FBE6B5", font: "#6E4A00", strong: "#E69F00" },
};

/** Marker shape per quadrant on the quadrant chart (a second cue besides colour). */
export const QUADRANT_MARKERS: Record<Quadrant, "Circle" | "Square" | "Triangle" | "Diamond"> = { I: "Circle", II: "Square", III: "Triangle", IV: "Diamond" };

/** Borderline points: their quadrant's marker, larger, with a black outline (the label layout keeps names off it too). */
export const BORDERLINE_MARKER = { size: 11, outline: "#000000" } as const;
/** Every other point: its quadrant's shape and colour, this size in points. */
export const POINT_MARKER = { size: 7 } as const;

/** Header fill of the add-in's computed columns, distinct from any built-in table style. */
export const COMPUTED_HEADER = { fill: "#5B3F8C", font: "#FFFFFF" };
