import type { Catalog } from "../index";

/** Strings of src/core: quadrants and strategies (seeds/000, 001), problems, plan, settings. */
export const coreStrings: Catalog = {
  "quadrant.I.name": { "zh-CN": "维护为主，以守为攻", "en-US": "Maintain" },
  "quadrant.II.name": { "zh-CN": "重点攻关，力求突破", "en-US": "Key attack" },
  "quadrant.III.name": { "zh-CN": "保持接触，若即若离", "en-US": "Light touch" },
  "quadrant.IV.name": { "zh-CN": "深挖资源，顾问服务", "en-US": "Develop" },
  "quadrant.I.relationship": { "zh-CN": "战略伙伴", "en-US": "Strategic partner" },
  "quadrant.II.relationship": { "zh-CN": "客户保留", "en-US": "Retention" },
  "quadrant.III.relationship": { "zh-CN": "建立关系", "en-US": "Build the relationship" },
  "quadrant.IV.relationship": { "zh-CN": "客户开发", "en-US": "Development" },
  "quadrant.I.strategy": {
    "zh-CN": "维护为主，以守为攻：交往不必频密但要高质量，时常给予小惊喜，确保服务质量，防止滑向 II 象限或被对手策反。",
    "en-US":
      "Maintain, defend to win: fewer but high-quality contacts, small surprises, service that never slips — keep them from sliding to II or being poached.",
  },
  "quadrant.II.strategy": {
    "zh-CN": "重点攻关，力求突破：下大力气探求真实需求，对症下药，不断创造接触和相处的机会，推动其向 I 象限转移。",
    "en-US":
      "Key attack, break through: dig for their real needs, answer them precisely, and keep creating chances to meet — move them to quadrant I.",
  },
  "quadrant.III.strategy": {
    "zh-CN": "保持接触，若即若离：只用电话、短信、邮件等低成本方式保持印象，不要过多投入精力。",
    "en-US": "Light touch: keep in mind with low-cost contact only — phone, SMS, email — and don't spend your visits here.",
  },
  "quadrant.IV.strategy": {
    "zh-CN": "深挖资源，顾问服务：打好感情牌请其介绍新客户；提供顾问式服务，把潜在需求激发成显性需要。",
    "en-US": "Develop: ask for referrals on the strength of the relationship; sell as a consultant to turn latent needs into real ones.",
  },
  "value.yes": { "zh-CN": "是", "en-US": "Yes" },
  /** A label and what it labels, with each language's colon: "跟进：刘敏" / "Follow-up: Liu Min". */
  "text.labelled": { "zh-CN": "{label}：{value}", "en-US": "{label}: {value}" },
  /** A customer named with their ID: "马伟（C001）" / "Ma Wei (C001)". */
  "text.nameWithId": { "zh-CN": "{name}（{id}）", "en-US": "{name} ({id})" },
  /** A remark after a text, in brackets: "（接近）" runs on in Chinese, " (close)" takes a space in English. */
  "text.aside": { "zh-CN": "（{note}）", "en-US": " ({note})" },
  /** Between the items of a list a setting holds ("保守=R1；谨慎=R2"). */
  "text.listSeparator": { "zh-CN": "；", "en-US": "; " },

  "problem.at": { "zh-CN": "{sheet} 第 {row} 行「{column}」：{detail}", "en-US": "{sheet}, row {row}, “{column}”: {detail}" },
  "problem.id.missing": { "zh-CN": "客户编号为空，该行未计入。", "en-US": "the customer ID is blank; the row is left out." },
  "problem.id.invalid": { "zh-CN": "无法识别的客户编号“{value}”，该行未计入。", "en-US": "“{value}” is not a customer ID; the row is left out." },
  "problem.id.duplicate": {
    "zh-CN": "客户编号“{value}”与第 {firstRow} 行重复，以第 {firstRow} 行为准，本行未计入。",
    "en-US": "customer ID “{value}” repeats row {firstRow}; row {firstRow} is used and this row is left out.",
  },
  "problem.id.lookalike": {
    "zh-CN": "客户编号“{value}”与“{other}”看起来相同（一个是文本，一个是数字），系统视为两个客户，请确认。",
    "en-US": "customer ID “{value}” looks like “{other}” (one is text, the other a number); they count as two customers — please check.",
  },
  "problem.orphan": {
    "zh-CN": "客户编号“{value}”在客户表中不存在（孤立记录），该行保留但不计入任何客户。",
    "en-US": "customer ID “{value}” is not in the customer sheet (orphan); the row is kept but counts for no customer.",
  },
  "problem.value.missing": { "zh-CN": "必填项为空，该行未计入。", "en-US": "this required cell is empty; the row is left out." },
  "problem.date.invalid": {
    "zh-CN": "无法识别的日期“{value}”（请用 2026-03-05、2026/3/5 或 2026年3月5日），已忽略。",
    "en-US": "“{value}” is not a date (use 2026-03-05, 2026/3/5 or a date cell); it is ignored.",
  },
  "problem.date.text": {
    "zh-CN": "日期“{value}”是以文本形式输入的，已按日期读取；建议改为日期格式。",
    "en-US": "the date “{value}” is typed as text; it was read as a date, but a date cell is safer.",
  },
  "problem.date.future": {
    "zh-CN": "日期 {value} 晚于统计日 {asOf}，暂不计入。",
    "en-US": "the date {value} is after the as-of date {asOf}; it does not count yet.",
  },
  "problem.amount.invalid": {
    "zh-CN": "无法识别的金额“{value}”，该行未计入交易额和紧密度。",
    "en-US": "“{value}” is not an amount; the row counts in neither amount nor closeness.",
  },
  "problem.amount.text": {
    "zh-CN": "金额“{value}”是以文本形式输入的，已按 {amount} 计算；建议改为数字格式。",
    "en-US": "the amount “{value}” is typed as text; it was read as {amount}, but a number cell is safer.",
  },
  "problem.number.invalid": { "zh-CN": "“{value}”不是数字，已忽略。", "en-US": "“{value}” is not a number; it is ignored." },
  "problem.enum.unknown": {
    "zh-CN": "“{value}”不在可选列表中，已忽略。",
    "en-US": "“{value}” is not one of the listed values; it is ignored.",
  },
  "problem.column.missing": {
    "zh-CN": "缺少必需的列“{column}”。",
    "en-US": "the required column “{column}” is missing.",
  },
  "problem.table.missing": { "zh-CN": "找不到这张表。", "en-US": "this table was not found." },
  "problem.table.empty": { "zh-CN": "这张表还没有数据。", "en-US": "this table has no rows yet." },
  "problem.setting.invalid": {
    "zh-CN": "设置 {key} 的值“{value}”无效，使用默认值 {default}。",
    "en-US": "setting {key} has an invalid value “{value}”; the default {default} is used.",
  },


  "setting.windowMonths": { "zh-CN": "统计窗口（月）：只计算最近这么多个月的购买", "en-US": "Window in months: only purchases in the last this many months count" },
  "setting.badPaymentPenalty": { "zh-CN": "不良回款惩罚：有逾期或坏账时紧密度乘以（1 − 该值）", "en-US": "Bad-payment penalty: closeness × (1 − this) when a purchase is overdue or a bad debt" },
  "setting.amountThreshold": { "zh-CN": "交易额分界：数字，或 median（中位数）", "en-US": "Amount threshold: a number, or median" },
  "setting.closenessThreshold": { "zh-CN": "紧密度分界：数字（每月交易次数），或 median（中位数）", "en-US": "Closeness threshold: a number (purchases per month), or median" },
  "setting.borderlineMargin": { "zh-CN": "临界幅度：离分界线在该比例以内即为临界客户", "en-US": "Borderline margin: within this fraction of a threshold counts as borderline" },
  "setting.cadenceI": { "zh-CN": "I 象限联系间隔（天）", "en-US": "Quadrant I contact cadence (days)" },
  "setting.cadenceII": { "zh-CN": "II 象限联系间隔（天）", "en-US": "Quadrant II contact cadence (days)" },
  "setting.cadenceIII": { "zh-CN": "III 象限联系间隔（天）", "en-US": "Quadrant III contact cadence (days)" },
  "setting.cadenceIV": { "zh-CN": "IV 象限联系间隔（天）", "en-US": "Quadrant IV contact cadence (days)" },
  "setting.renewalDays": { "zh-CN": "保单到期提醒（天）", "en-US": "Policy renewal reminder (days ahead)" },
  "setting.asOf": { "zh-CN": "统计日（留空 = 今天）", "en-US": "As-of date (blank = today)" },
};
