/**
 * The add-in's colours in the workbook. One colour per quadrant, chosen so each reads as what the
 * quadrant asks of the rep (green: keep, red: attack, amber: develop, grey: light touch) and so the
 * text stays readable on the light fill. Charts should use `strong` for the same quadrant.
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
  I: { fill: "#C6EFCE", font: "#006100", strong: "#2E7D32" },
  II: { fill: "#FFC7CE", font: "#9C0006", strong: "#C62828" },
  III: { fill: "#EDEDED", font: "#595959", strong: "#757575" },
  IV: { fill: "#FFEB9C", font: "#9C5700", strong: "#EF8F00" },
};

/** Header fill of the add-in's computed columns, distinct from any built-in table style. */
export const COMPUTED_HEADER = { fill: "#5B3F8C", font: "#FFFFFF" };
