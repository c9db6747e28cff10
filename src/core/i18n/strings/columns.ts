/** Strings of the column map and the header search (SPEC 2a). */
import type { Catalog } from "../index";

export const columnStrings: Catalog = {
  "problem.column.ambiguous": {
    "zh-CN": "“{column}”和 {others} 都可能是“{field}”,暂用“{column}”;请在列对应中确认。",
    "en-US": "“{column}” and {others} could both be “{field}”; “{column}” is used — confirm it in the column map.",
  },
  "problem.column.choiceMissing": {
    "zh-CN": "列对应把“{field}”设为“{column}”,但表中没有这一列。",
    "en-US": "the column map sets “{field}” to “{column}”, but the sheet has no such column.",
  },
  "problem.column.noPaymentStatus": {
    "zh-CN": "找不到回款状态列:逾期和坏账无法识别,不良回款扣分已关闭。",
    "en-US": "no payment-status column was found: overdue and bad-debt purchases cannot be seen, so the bad-payment penalty is off.",
  },
};
