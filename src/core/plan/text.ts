/** Today's plan in words (SPEC 4): why, with its number, and what to do, in the user's language. */
import { type Lang, t } from "../i18n";
import { formatDay } from "../dates";
import { strategyText } from "../strategy";
import type { PlanItem } from "./candidates";

/** "今天" / "明天" / "3 天后" (today, tomorrow, in 3 days). */
function whenText(days: number, lang: Lang): string {
  if (days === 0) return t(lang, "plan.when.today");
  if (days === 1) return t(lang, "plan.when.tomorrow");
  return t(lang, "plan.when.days", { days });
}

/** `base` (overdue, borderline, missed) with the number of days: 今天到期, 已逾期 1 天, 已逾期 12 天. */
function overdueKey(base: string, days: number): string {
  return days === 0 ? `${base}.today` : days === 1 ? `${base}.one` : base;
}

/** Why the customer is on the plan, with its number: 已逾期 12 天, 3 天后生日, 保单 2026-07-20 到期（12 天后）. */
export function planReasonText(item: PlanItem, lang: Lang): string {
  const days = item.days ?? 0;
  const date = item.date === undefined ? "" : formatDay(item.date);
  switch (item.reason) {
    case "appointment":
      return t(lang, "plan.why.appointment");
    case "overdue":
      if (item.neverContacted) return t(lang, "plan.why.neverContacted");
      if (item.missed !== undefined) return t(lang, overdueKey("plan.why.missed", days), { days, date: formatDay(item.missed) });
      return t(lang, overdueKey("plan.why.overdue", days), { days });
    case "borderline":
      return t(lang, overdueKey("plan.why.borderline", days), { days });
    case "birthday":
      return t(lang, "plan.why.birthday", { when: whenText(days, lang) });
    case "renewal":
      return t(lang, "plan.why.renewal", { date, when: whenText(days, lang) });
    case "maturity":
      return t(lang, "plan.why.maturity", { date, when: whenText(days, lang), holding: item.holding ?? "" });
  }
}

/** How to reach them: 拜访; 电话、短信或邮件 (III — never a visit); 电话; 微信或短信 (a greeting). */
export function planChannelText(item: Pick<PlanItem, "channel" | "reason">, lang: Lang): string {
  const person = item.reason === "appointment" || item.reason === "overdue" || item.reason === "borderline";
  if (item.channel === "phone" && person) return t(lang, "plan.channel.remote");
  return t(lang, `plan.channel.${item.channel}`);
}

/**
 * What to do, in one sentence: the channel and the quadrant's strategy for a contact; the
 * greeting, the renewal or the maturity for the others (`strategy: false` leaves the strategy out,
 * for the pane, which shows it once per quadrant).
 */
export function planAction(item: PlanItem, lang: Lang, { strategy = true } = {}): string {
  if (item.reason === "birthday" || item.reason === "renewal" || item.reason === "maturity") return t(lang, `plan.todo.${item.reason}`);
  const channel = planChannelText(item, lang);
  return strategy ? t(lang, "plan.todo.contact", { channel, strategy: strategyText(item.quadrant, lang) }) : channel;
}
