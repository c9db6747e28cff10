/**
 * The set-up screen's judgement of a choice before it is saved (issue 22): a column whose values
 * cannot be the field's (金额 pointed at 产品) is refused with the reason; one that would leave
 * most rows unreadable is asked about. The same rule as `--map` on the command line
 * (src/core/columns/binding.ts), over the columns' profiles the view carries.
 */
import type { TableView } from "../../excel/host";
import type { StoredChoice } from "../../core/columns/stored";
import { TABLES, caption } from "../../core/schema";
import { findCaption } from "../../core/columns/match";
import { type BindingVerdict, bindingReason, judgeBinding } from "../../core/columns/binding";
import type { Lang } from "../../core/i18n";

export interface ChoiceCheck {
  verdict: BindingVerdict;
  /** The reason in the pane's language (empty when the choice is fine). */
  reason: string;
}

export function checkChoice(table: TableView, field: string, choice: StoredChoice | undefined, lang: Lang): ChoiceCheck {
  const ok: ChoiceCheck = { verdict: { kind: "ok" }, reason: "" };
  if (choice?.kind !== "caption") return ok;
  const col = TABLES[table.table].columns.find((c) => c.key === field);
  const index = findCaption(table.headers, choice.caption);
  const profile = index >= 0 ? table.profiles[index] : undefined;
  if (!col || !profile) return ok;
  const verdict = judgeBinding(col, profile);
  if (verdict.kind === "ok") return ok;
  const where = { field: caption(col, lang), column: table.headers[index], sheet: table.sheet, kind: col.kind };
  return { verdict, reason: bindingReason(verdict, where, lang) };
}
