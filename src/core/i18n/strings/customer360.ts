import type { Catalog } from "../index";

/** Strings of the customer 360 view, logging from the pane and import. Keys "c360.", "log.", "import.", "greeting.". */
export const customer360Strings: Catalog = {
  "setting.profitMargin": {
    "zh-CN": "销售净利润率:弥补坏账所需额外销售额 = 坏账 ÷ 该值",
    "en-US": "Net profit margin on sales: extra sales to make up a bad debt = loss ÷ this",
  },
  "setting.greetingZh": { "zh-CN": "生日祝福模板(中文,{name} 为客户名称)", "en-US": "Birthday greeting template in Chinese ({name} = the customer's name)" },
  "setting.greetingEn": { "zh-CN": "生日祝福模板(英文,{name} 为客户名称)", "en-US": "Birthday greeting template in English ({name} = the customer's name)" },
  "greeting.default": {
    "zh-CN": "{name},生日快乐!祝您身体健康、万事如意,新的一岁一切顺利!",
    "en-US": "Happy birthday, {name}! Wishing you good health and a wonderful year ahead.",
  },

  "c360.why.amountHigh": {
    "zh-CN": "交易额高于分界线 {room};低于分界线就会落入 {to} 象限。",
    "en-US": "Amount is {room} above the threshold; below it they would be {to}.",
  },
  "c360.why.amountLow": {
    "zh-CN": "统计窗口({months} 个月)内再购买 {need},即升入 {to} 象限(按当前分界线)。",
    "en-US": "{need} more in purchases within the {months}-month window would make them {to} (at today's thresholds).",
  },
  "c360.why.amountLowZero": {
    "zh-CN": "分界线为 0:统计窗口({months} 个月)内购买超过 {need},即升入 {to} 象限。",
    "en-US": "The threshold is 0: purchases of more than {need} within the {months}-month window would make them {to}.",
  },
  "c360.why.closenessHigh": {
    "zh-CN": "紧密度高于分界线:窗口内少 {room} 笔仍然算高,少 {drop} 笔就会落入 {to} 象限。",
    "en-US": "Closeness is high with {room} purchases to spare; {drop} fewer in the window and they would be {to}.",
  },
  "c360.why.closenessEdge": {
    "zh-CN": "紧密度刚好在分界线上:窗口内少一笔购买就会落入 {to} 象限。",
    "en-US": "Closeness is right at the threshold: one purchase fewer in the window would make them {to}.",
  },
  "c360.why.closenessLow": {
    "zh-CN": "统计窗口({months} 个月)内再成交 {need} 笔,即升入 {to} 象限(按当前分界线)。",
    "en-US": "{need} more purchases within the {months}-month window would make them {to} (at today's thresholds).",
  },
  "c360.why.closenessLowOne": {
    "zh-CN": "统计窗口({months} 个月)内再成交 1 笔,即升入 {to} 象限(按当前分界线)。",
    "en-US": "1 more purchase within the {months}-month window would make them {to} (at today's thresholds).",
  },
  "c360.why.closenessBlocked": {
    "zh-CN": "不良回款记录仍在统计窗口内,惩罚为 100%:再多购买紧密度也不会变高。",
    "en-US": "The bad-payment record is in the window and the penalty is 100 %: no number of purchases makes closeness high.",
  },
  "c360.why.penaltyCost": {
    "zh-CN": "若没有第 {row} 行的不良回款记录,该客户会在 {quadrant} 象限。",
    "en-US": "Without the bad payment on row {row} they would be {quadrant}.",
  },
  "c360.why.badDebt": {
    "zh-CN": "坏账 {amount}:按 {margin} 的净利润率,需要额外销售 {extra} 才能弥补。",
    "en-US": "Bad debt of {amount}: at a {margin} margin it takes {extra} of extra sales to make up.",
  },

  "log.postponed.summary": { "zh-CN": "改约", "en-US": "Rescheduled" },
};
