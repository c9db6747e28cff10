/**
 * What one refresh leaves for the next, kept in a hidden workbook name (`crmRefreshMemo`) the
 * add-in owns: the thresholds it scored with, so the next refresh can tell a customer moved by a
 * threshold from one moved by their own figures (docs/DECISIONS.md, "Movements say why").
 *
 * The name holds a constant text formula, `="amountThreshold=1200.5;closenessThreshold=0.25"`:
 * Excel keeps it with the workbook, shows it only in the Name Manager (hidden), and every host
 * reads names in its first sync already. Excel caps a text constant at 255 characters: keep the
 * memo to a few numbers.
 */
import type { Thresholds } from "./quadrant";

export const REFRESH_MEMO_NAME = "crmRefreshMemo";

export interface RefreshMemo {
  /** The thresholds the previous refresh scored with. */
  thresholds?: Thresholds;
}

/** The memo as the name's formula. */
export function memoFormula(memo: RefreshMemo): string {
  const parts: string[] = [];
  if (memo.thresholds) parts.push(`amountThreshold=${memo.thresholds.amount}`, `closenessThreshold=${memo.thresholds.closeness}`);
  return `="${parts.join(";")}"`;
}

/** The memo from the name's formula; whatever cannot be read (a user edited it) is left out. */
export function readMemo(formula: string | undefined): RefreshMemo {
  const m = /^="(.*)"$/s.exec((formula ?? "").trim());
  if (!m) return {};
  const values = new Map<string, number>();
  for (const part of m[1].split(";")) {
    const [key, text] = part.split("=");
    const n = Number(text);
    if (key && text !== undefined && text.trim() !== "" && Number.isFinite(n)) values.set(key.trim(), n);
  }
  const amount = values.get("amountThreshold");
  const closeness = values.get("closenessThreshold");
  return amount !== undefined && closeness !== undefined ? { thresholds: { amount, closeness } } : {};
}
