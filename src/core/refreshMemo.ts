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
import type { ShapeMemo } from "./inputShape";

export const REFRESH_MEMO_NAME = "crmRefreshMemo";

export interface RefreshMemo extends ShapeMemo {
  /** The thresholds the previous refresh scored with. */
  thresholds?: Thresholds;
}

/** The memo as the name's formula. */
export function memoFormula(memo: RefreshMemo): string {
  const parts: string[] = [];
  if (memo.thresholds) parts.push(`amountThreshold=${memo.thresholds.amount}`, `closenessThreshold=${memo.thresholds.closeness}`);
  // The input's shape (inputShape.ts): hex digits and a count, a few dozen characters.
  if (memo.shape !== undefined) parts.push(`shape=${memo.shape}`);
  if (memo.invalid !== undefined) parts.push(`invalid=${memo.invalid}`);
  if (memo.pending !== undefined) parts.push(`pending=${memo.pending}`);
  return `="${parts.join(";")}"`;
}

/** The memo from the name's formula; whatever cannot be read (a user edited it) is left out. */
export function readMemo(formula: string | undefined): RefreshMemo {
  const m = /^="(.*)"$/s.exec((formula ?? "").trim());
  if (!m) return {};
  const values = new Map<string, number>();
  const texts = new Map<string, string>();
  for (const part of m[1].split(";")) {
    const [key, text] = part.split("=");
    if (!key || text === undefined || text.trim() === "") continue;
    texts.set(key.trim(), text.trim());
    const n = Number(text);
    if (Number.isFinite(n)) values.set(key.trim(), n);
  }
  const amount = values.get("amountThreshold");
  const closeness = values.get("closenessThreshold");
  const shape = /^[0-9a-f]{8}$/.test(texts.get("shape") ?? "") ? texts.get("shape") : undefined;
  const pending = /^[0-9a-f]{8}!?$/.test(texts.get("pending") ?? "") ? texts.get("pending") : undefined;
  const invalid = values.get("invalid");
  return {
    ...(amount !== undefined && closeness !== undefined ? { thresholds: { amount, closeness } } : {}),
    ...(shape !== undefined ? { shape } : {}),
    ...(invalid !== undefined && invalid >= 0 ? { invalid } : {}),
    ...(pending !== undefined ? { pending } : {}),
  };
}
