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
  "problem.rows.title": {
    "zh-CN": "第 {from}–{to} 行是标题或说明,不是数据;表头在第 {header} 行。",
    "en-US": "rows {from}–{to} are a title or notes, not data; the header is on row {header}.",
  },
  "problem.row.total": {
    "zh-CN": "“{value}”是合计行,已跳过,未当作记录。",
    "en-US": "“{value}” is a totals row; it was skipped, not read as a record.",
  },
  "problem.row.note": {
    "zh-CN": "“{value}”是表下的备注,已跳过,未当作记录。",
    "en-US": "“{value}” is a note under the table; it was skipped, not read as a record.",
  },
  "problem.row.header": {
    "zh-CN": "这一行重复了表头,已跳过。",
    "en-US": "this row repeats the header; it was skipped.",
  },
  "problem.table.hidden": {
    "zh-CN": "这张表在隐藏的工作表上(没有可见的工作表包含这些数据),请确认它不是旧数据。",
    "en-US": "this data is on a hidden sheet (no visible sheet holds it); make sure it is not outdated.",
  },
  "problem.table.ambiguous": {
    "zh-CN": "{others} 也像这张表,暂用本表;如不对,请改工作表名称。",
    "en-US": "{others} would fit as well; this sheet is used — rename the sheets if it is the wrong one.",
  },
};
