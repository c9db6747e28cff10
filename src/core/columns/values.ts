/**
 * Listed values read by meaning (SPEC 2a): `已逾期`, `逾期未付`, `Past due` are overdue; `呆账`,
 * `坏帐`, `Written off` are bad debt. The exact captions and keys of schema.ts come first; these
 * rules catch the rest. A negated value (`未逾期`) is left unread — reported, not guessed.
 */
import { CHANNELS, type EnumValue, PAYMENT_STATUSES, matchEnum } from "../schema";

type Rules = readonly (readonly [RegExp, string])[];

const NEGATED = /(?:未|没有|无|不|non[- ]?|not |no )(?:逾期|坏|呆|overdue|bad|past due)/i;

/** First match wins: bad debt before overdue (`逾期坏账`), overdue before pending (`逾期未付`). */
const RULES = new Map<readonly EnumValue[], Rules>([
  [
    PAYMENT_STATUSES,
    [
      [/坏|呆|核销|死账|无法收回|written ?off|write ?off|bad|default|uncollect/i, "badDebt"],
      [/逾期|超期|过期|拖欠|延期|催收|欠款|overdue|past ?due|late|delinquent|arrear/i, "overdue"],
      [/待|未回|未付|未收|未结|未到账|部分|在途|应收|pending|unpaid|outstanding|open|partial|awaiting|not paid|due/i, "pending"],
      [/正常|已回|已付|已收|已结|结清|已到账|完成|按时|全额|paid|settled|complete|received|closed|on ?time|normal|^ok$/i, "paid"],
    ],
  ],
  [
    CHANNELS,
    [
      // First: "改约拜访" is a rescheduling, not a visit.
      [/改约|改期|另约|推迟|延期|resched|postpon/i, "rescheduled"],
      [/微信|企微|wechat|weixin/i, "wechat"],
      [/短信|sms|text/i, "sms"],
      [/邮件|邮箱|e-?mail|mail/i, "email"],
      [/电话|电访|致电|来电|phone|call/i, "phone"],
      [/拜访|面谈|上门|见面|当面|面访|来访|visit|meeting|in person|face/i, "visit"],
    ],
  ],
]);

/** The listed value a cell stands for, by caption or by meaning; undefined when not understood. */
export function enumByMeaning(values: readonly EnumValue[], text: string): EnumValue | undefined {
  // Apart, so that the common exact match allocates nothing (the rules' closures would).
  return matchEnum(values, text) ?? byRules(values, text);
}

function byRules(values: readonly EnumValue[], text: string): EnumValue | undefined {
  const rules = RULES.get(values);
  if (!rules) return undefined;
  const t = text.normalize("NFKC").trim();
  if (NEGATED.test(t)) return undefined;
  const hit = rules.find(([re]) => re.test(t));
  return hit && values.find((v) => v.key === hit[1]);
}
