import type { Catalog } from "../index";

/**
 * Strings of src/functions. Keys are prefixed "functions.".
 *
 * `functions.<ID>.name|description|param.<name>` feed the localized metadata file
 * (scripts/localize-functions-metadata.ts). The en-US texts must equal the JSDoc in
 * src/functions/functions.ts, which is what the metadata generator reads (a test checks).
 * zh-CN names: Excel accepts any Unicode letters in a function `name` (not in its `id`), at
 * least three characters, so every Chinese name has three or more.
 */
export const functionStrings: Catalog = {
  "functions.QUADRANT.name": { "zh-CN": "客户象限", "en-US": "QUADRANT" },
  "functions.QUADRANT.description": {
    "zh-CN": "客户所在象限（I、II、III 或 IV），按统计窗口内的交易额和紧密度划分；表格变化时自动更新。",
    "en-US":
      "The customer's quadrant (I, II, III or IV) by amount and closeness in the window; updates when the tables change.",
  },
  "functions.QUADRANT.param.id": {
    "zh-CN": "客户编号（文本或数字），例如 A2。",
    "en-US": "The customer ID (text or a number), e.g. A2.",
  },

  "functions.AMOUNT.name": { "zh-CN": "交易额", "en-US": "AMOUNT" },
  "functions.AMOUNT.description": {
    "zh-CN": "客户在统计窗口内的交易额（含退款）。",
    "en-US": "The customer's purchase amount in the window (refunds included).",
  },
  "functions.AMOUNT.param.id": {
    "zh-CN": "客户编号（文本或数字），例如 A2。",
    "en-US": "The customer ID (text or a number), e.g. A2.",
  },

  "functions.CLOSENESS.name": { "zh-CN": "紧密度", "en-US": "CLOSENESS" },
  "functions.CLOSENESS.description": {
    "zh-CN": "客户的紧密度：统计窗口内每月交易次数，有逾期或坏账时按惩罚比例降低。",
    "en-US":
      "The customer's closeness: purchases per month in the window, reduced by the penalty after an overdue or bad-debt payment.",
  },
  "functions.CLOSENESS.param.id": {
    "zh-CN": "客户编号（文本或数字），例如 A2。",
    "en-US": "The customer ID (text or a number), e.g. A2.",
  },

  "functions.STRATEGY.name": { "zh-CN": "象限策略", "en-US": "STRATEGY" },
  "functions.STRATEGY.description": {
    "zh-CN": "客户所在象限的经营策略；也可直接给出象限 I、II、III 或 IV。",
    "en-US": "The strategy for a customer's quadrant, or for a quadrant given as I, II, III or IV.",
  },
  "functions.STRATEGY.param.idOrQuadrant": {
    "zh-CN": "客户编号，或象限 I、II、III、IV。",
    "en-US": "A customer ID, or a quadrant: I, II, III or IV.",
  },

  "functions.BORDERLINE.name": { "zh-CN": "是否临界", "en-US": "BORDERLINE" },
  "functions.BORDERLINE.description": {
    "zh-CN": "客户接近象限分界线、可能换象限时为 TRUE。",
    "en-US": "TRUE when the customer is close to a threshold and could change quadrant.",
  },
  "functions.BORDERLINE.param.id": {
    "zh-CN": "客户编号（文本或数字），例如 A2。",
    "en-US": "The customer ID (text or a number), e.g. A2.",
  },

  "functions.LASTCONTACT.name": { "zh-CN": "最近联系", "en-US": "LASTCONTACT" },
  "functions.LASTCONTACT.description": {
    "zh-CN": "客户最近一次跟进或购买的日期（改约不算联系；从未联系时为 #N/A）。",
    "en-US": "The date of the customer's latest follow-up or purchase, reschedulings aside (#N/A when never contacted).",
  },
  "functions.LASTCONTACT.param.id": {
    "zh-CN": "客户编号（文本或数字），例如 A2。",
    "en-US": "The customer ID (text or a number), e.g. A2.",
  },

  "functions.NEXTVISIT.name": { "zh-CN": "下次拜访", "en-US": "NEXTVISIT" },
  "functions.NEXTVISIT.description": {
    "zh-CN": "客户下次应联系的日期：约定的日期；未约定时为最近联系加上象限的联系间隔（临界客户间隔更短）。",
    "en-US": "The date the customer's next contact is due: the booked date, else the last contact plus the quadrant's cadence (shorter for a borderline customer).",
  },
  "functions.NEXTVISIT.param.id": {
    "zh-CN": "客户编号（文本或数字），例如 A2。",
    "en-US": "The customer ID (text or a number), e.g. A2.",
  },

  "functions.QUADRANTOF.name": { "zh-CN": "计算象限", "en-US": "QUADRANTOF" },
  "functions.QUADRANTOF.description": {
    "zh-CN": "给定交易额和紧密度所属的象限；分界线省略时使用本工作簿的分界线。",
    "en-US": "The quadrant of an amount and a closeness, against the given thresholds or the workbook's.",
  },
  "functions.QUADRANTOF.param.amount": { "zh-CN": "交易额。", "en-US": "The amount." },
  "functions.QUADRANTOF.param.closeness": {
    "zh-CN": "紧密度（每月交易次数）。",
    "en-US": "The closeness (purchases per month).",
  },
  "functions.QUADRANTOF.param.amountThreshold": {
    "zh-CN": "交易额分界线；省略时使用本工作簿的分界线。",
    "en-US": "The amount threshold; the workbook's when omitted.",
  },
  "functions.QUADRANTOF.param.closenessThreshold": {
    "zh-CN": "紧密度分界线；省略时使用本工作簿的分界线。",
    "en-US": "The closeness threshold; the workbook's when omitted.",
  },

  "functions.PLAN.name": { "zh-CN": "拜访计划", "en-US": "PLAN" },
  "functions.PLAN.description": {
    "zh-CN": "今日拜访计划：联系谁、为什么、用什么方式、做什么（溢出为四列）。",
    "en-US": "Today's plan: whom to contact, why, how and what to do (spills into four columns).",
  },

  "functions.CUSTOMER.name": { "zh-CN": "客户卡片", "en-US": "CUSTOMER" },
  "functions.CUSTOMER.description": {
    "zh-CN": "客户卡片：姓名、联系方式、象限与各项指标（不支持数据类型的 Excel 中显示客户名称）。",
    "en-US":
      "The customer's card: name, contact details, quadrant and figures (the name where Excel has no data types).",
  },
  "functions.CUSTOMER.param.id": {
    "zh-CN": "客户编号（文本或数字），例如 A2。",
    "en-US": "The customer ID (text or a number), e.g. A2.",
  },

  "functions.error.unknownId": { "zh-CN": "找不到客户编号“{id}”。", "en-US": "No customer has the ID “{id}”." },
  "functions.error.unknownIdLookalike": {
    "zh-CN": "找不到客户编号“{id}”（有一个客户编号是“{other}”：文本和数字视为不同编号）。",
    "en-US": "No customer has the ID “{id}” (there is one with “{other}”: text and numbers are different IDs).",
  },
  "functions.error.unknownIdOrQuadrant": {
    "zh-CN": "“{id}”既不是象限（I、II、III、IV），也不是客户编号。",
    "en-US": "“{id}” is neither a quadrant (I, II, III, IV) nor a customer ID.",
  },
  "functions.error.noCustomerTable": {
    "zh-CN": "工作簿中没有客户表，找不到客户编号“{id}”。",
    "en-US": "The workbook has no customer table, so there is no customer “{id}”.",
  },
  "functions.error.readFailed": {
    "zh-CN": "无法读取工作簿：{detail}",
    "en-US": "Could not read the workbook: {detail}",
  },
  "functions.error.emptyId": { "zh-CN": "客户编号为空。", "en-US": "The customer ID is empty." },
  "functions.error.notId": {
    "zh-CN": "{value} 不是客户编号：客户编号应为文本或数字。",
    "en-US": "{value} is not a customer ID: an ID is text or a number.",
  },
  "functions.error.emptyNumber": {
    "zh-CN": "{param}为空，需要一个数字。",
    "en-US": "{param} is empty; it needs a number.",
  },
  "functions.error.notNumber": {
    "zh-CN": "{param}需要数字，而不是 {value}。",
    "en-US": "{param} needs a number, not {value}.",
  },
  "functions.error.negative": {
    "zh-CN": "{param}不能为负数（{value}）。",
    "en-US": "{param} cannot be negative ({value}).",
  },
  "functions.error.errorArgument": { "zh-CN": "参数是错误值 {value}。", "en-US": "The argument is the error {value}." },
  "functions.error.arrayArgument": {
    "zh-CN": "参数应为单个值，而不是一个区域。",
    "en-US": "The argument must be a single value, not a range.",
  },
  "functions.error.neverContacted": {
    "zh-CN": "客户“{id}”还没有任何跟进或购买记录。",
    "en-US": "Customer “{id}” has no follow-up or purchase yet.",
  },
  "functions.error.emptyPlan": { "zh-CN": "今日没有需要联系的客户。", "en-US": "Nobody is on today's plan." },
  "functions.error.syntax": {
    "zh-CN": "无法识别的公式“{formula}”：应为 CRM.函数名（参数，…），参数为文本、数字或单元格引用。",
    "en-US":
      "Cannot read the formula “{formula}”: expected CRM.NAME(arguments, …) with text, numbers or cell references.",
  },
  "functions.error.unknownFunction": {
    "zh-CN": "没有名为 CRM.{name} 的函数。",
    "en-US": "There is no function CRM.{name}.",
  },
  "functions.error.argCount": {
    "zh-CN": "CRM.{name} 需要 {min} 到 {max} 个参数，而公式给了 {count} 个。",
    "en-US": "CRM.{name} takes {min} to {max} arguments; the formula gives {count}.",
  },
  "functions.error.badReference": {
    "zh-CN": "无法读取单元格引用 {ref}。",
    "en-US": "Cannot read the cell reference {ref}.",
  },

  "functions.param.amount": { "zh-CN": "交易额", "en-US": "The amount" },
  "functions.param.closeness": { "zh-CN": "紧密度", "en-US": "The closeness" },
  "functions.param.amountThreshold": { "zh-CN": "交易额分界线", "en-US": "The amount threshold" },
  "functions.param.closenessThreshold": { "zh-CN": "紧密度分界线", "en-US": "The closeness threshold" },

  "functions.cli.eval": {
    "zh-CN": "在工作簿上计算一个 CRM.* 公式，输出结果或错误（错误时退出码为 1）",
    "en-US": "evaluate one CRM.* formula over the workbook; prints the value or the error (exit code 1 for an error)",
  },
  "functions.cli.formula": {
    "zh-CN": "公式，例如 '=CRM.客户象限(\"C001\")' 或 '=CRM.交易额(A2)'（引用指客户表）",
    "en-US": "the formula, e.g. '=CRM.QUADRANT(\"C001\")' or '=CRM.AMOUNT(A2)' (references are on the customer sheet)",
  },

  "functions.card.quadrantName": { "zh-CN": "象限名称", "en-US": "Quadrant name" },
  "functions.card.relationship": { "zh-CN": "客户关系", "en-US": "Relationship" },
  "functions.card.transactions": { "zh-CN": "窗口内交易次数", "en-US": "Purchases in window" },
  "functions.card.frequency": { "zh-CN": "每月交易次数", "en-US": "Purchases per month" },
  "functions.card.badPayment": { "zh-CN": "不良回款", "en-US": "Bad payment" },
  "functions.card.thresholds": { "zh-CN": "分界线（交易额 / 紧密度）", "en-US": "Thresholds (amount / closeness)" },
  "functions.card.asOf": { "zh-CN": "统计日", "en-US": "As of" },
  "functions.card.purchases": { "zh-CN": "窗口内购买", "en-US": "Purchases in the window" },
  "functions.card.followUps": { "zh-CN": "最近跟进", "en-US": "Recent follow-ups" },
  "functions.card.section.profile": { "zh-CN": "客户档案", "en-US": "Profile" },
  "functions.card.section.figures": { "zh-CN": "四象限", "en-US": "Four quadrants" },
  "functions.card.section.history": { "zh-CN": "往来记录", "en-US": "History" },
};
