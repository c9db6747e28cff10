import type { Catalog } from "../index";

/** Strings of the migration history, the dashboard and the revenue mix. Keys "history.", "dashboard.", "mix.". */
export const dashboardStrings: Catalog = {
  "history.sheet": { "zh-CN": "迁移记录", "en-US": "Migration history" },
  "history.column.refreshed": { "zh-CN": "刷新时间", "en-US": "Refreshed" },
  "history.column.id": { "zh-CN": "客户编号", "en-US": "Customer ID" },
  "history.column.from": { "zh-CN": "原象限", "en-US": "From" },
  "history.column.to": { "zh-CN": "新象限", "en-US": "To" },
  "history.column.amount": { "zh-CN": "交易额", "en-US": "Amount" },
  "history.column.closeness": { "zh-CN": "紧密度", "en-US": "Closeness" },
  "history.nameComment": {
    "zh-CN": "四象限客户管理加载项的迁移记录表;每次刷新只追加象限变化的客户,请勿修改。",
    "en-US": "The four-quadrant CRM add-in's migration history; each refresh appends the customers whose quadrant changed. Do not edit.",
  },

  "move.kind.warning": { "zh-CN": "预警", "en-US": "Warning" },
  "move.kind.sideways": { "zh-CN": "换象限", "en-US": "Sideways" },
  "move.kind.good": { "zh-CN": "好消息", "en-US": "Good news" },
  "move.kind.left": { "zh-CN": "已移出客户表", "en-US": "Left the customer table" },
  "move.kind.entered": { "zh-CN": "新客户", "en-US": "New in the table" },
  "move.arrow": { "zh-CN": "{from} → {to}", "en-US": "{from} → {to}" },
  "move.none": { "zh-CN": "无", "en-US": "—" },

  "mix.part.existing": { "zh-CN": "老客户·原有产品", "en-US": "Existing customers, existing products" },
  "mix.part.crossSell": { "zh-CN": "老客户·交叉销售", "en-US": "Existing customers, cross-selling" },
  "mix.part.newCustomers": { "zh-CN": "新客户", "en-US": "New customers" },
};
