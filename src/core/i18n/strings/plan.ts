import type { Catalog } from "../index";

/**
 * Strings of today's plan (SPEC 4: reasons, capacity, the Today tab, logging from it) and of why a
 * customer moved (the migration history's cause). Keys "plan.", "history.cause", "move.cause".
 */
export const planStrings: Catalog = {
  "history.column.cause": { "zh-CN": "原因", "en-US": "Cause" },
  "history.cause.threshold": { "zh-CN": "分界线移动", "en-US": "Threshold moved" },
  "history.cause.reset": { "zh-CN": "重置", "en-US": "Reset" },
  "history.memoComment": {
    "zh-CN": "四象限客户管理加载项记下的上次刷新所用分界线，用来区分“分界线移动”与客户自身的变动。请勿修改。",
    "en-US": "The thresholds the four-quadrant CRM add-in's last refresh used, to tell a threshold move from the customer's own. Do not edit.",
  },
  "move.threshold.heading": {
    "zh-CN": "分界线移动（客户自身数据未导致变动，{count} 位）",
    "en-US": "Threshold moved — not the customers' own doing ({count})",
  },
  "move.threshold.amount": { "zh-CN": "交易额分界线 {before} → {now}", "en-US": "amount threshold {before} → {now}" },
  "move.threshold.closeness": { "zh-CN": "紧密度分界线 {before} → {now}", "en-US": "closeness threshold {before} → {now}" },
  "move.threshold.join": { "zh-CN": "；", "en-US": "; " },
  "move.threshold.note": {
    "zh-CN": "这些客户自身的交易额和紧密度按上次的分界线仍在原象限：是分界线移动（{change}），不是客户本身的变化。",
    "en-US": "By the previous thresholds these customers' own figures would have kept them where they were: a threshold moved ({change}), not the customer.",
  },
};
