import type { Catalog } from "../index";

/**
 * Strings of household protection (SPEC 5b): the coverage matrix, gaps and renewals in the
 * core, the pane, the owned sheet, the CLI's `coverage` command and CRM.GAPS.
 */
export const coverageStrings: Catalog = {
  "problem.policy.endBeforeStart": {
    "zh-CN": "到期日 {end} 早于生效日 {start}：该保单不计入保障，也不会提醒续保，请更正日期。",
    "en-US": "the end date {end} is before the start date {start}: the policy is not counted as cover nor as a renewal until the dates are fixed.",
  },
  "group.what.policy.endBeforeStart": { "zh-CN": "到期日早于生效日的保单", "en-US": "policies ending before they start" },
  "group.fix.policy.endBeforeStart": {
    "zh-CN": "核对保单上的生效日与到期日并更正（常见的是年份输错）。",
    "en-US": "Check the start and end dates against the policy and correct them (usually a mistyped year).",
  },

  "setting.gapSelf": {
    "zh-CN": "保障缺口：客户本人应有的险种（留空 = 不检查）",
    "en-US": "Protection gaps: covers the customer should have (blank = no check)",
  },
  "setting.gapSpouse": {
    "zh-CN": "保障缺口：配偶应有的险种（留空 = 不检查）",
    "en-US": "Protection gaps: covers a spouse should have (blank = no check)",
  },
  "setting.gapChild": {
    "zh-CN": "保障缺口：子女应有的险种（留空 = 不检查）",
    "en-US": "Protection gaps: covers a child should have (blank = no check)",
  },
  "setting.gapParent": {
    "zh-CN": "保障缺口：父母应有的险种（留空 = 不检查）",
    "en-US": "Protection gaps: covers a parent should have (blank = no check)",
  },
  "setting.gapSelfWithChild": {
    "zh-CN": "保障缺口：有子女时客户本人还应有的险种（留空 = 不检查）",
    "en-US": "Protection gaps: covers the customer should also have once a child is named (blank = no check)",
  },

  "setting.name.gapSelf": { "zh-CN": "缺口规则-本人", "en-US": "Gap rule: self" },
  "setting.name.gapSpouse": { "zh-CN": "缺口规则-配偶", "en-US": "Gap rule: spouse" },
  "setting.name.gapChild": { "zh-CN": "缺口规则-子女", "en-US": "Gap rule: child" },
  "setting.name.gapParent": { "zh-CN": "缺口规则-父母", "en-US": "Gap rule: parent" },
  "setting.name.gapSelfWithChild": { "zh-CN": "缺口规则-本人（有子女时）", "en-US": "Gap rule: self, with a child" },

  "coverage.noPolicy.title": { "zh-CN": "{count} 位客户没有保单记录", "en-US": "{count} customers have no policy recorded" },
  "coverage.noPolicy.hint": {
    "zh-CN": "保单表中没有他们的任何保单：最值得谈保障的客户（按象限 II、I、IV、III 和交易额排序，点击转到客户行）。",
    "en-US": "No policy of theirs is in the policy table: the best protection leads (quadrant II, I, IV, III, then amount; click to go to the customer's row).",
  },
  "coverage.noPolicy.more": { "zh-CN": "显示其余 {count} 位", "en-US": "Show the other {count}" },
  "coverage.noPolicy.cliHint": {
    "zh-CN": "保单表中没有他们的任何保单：最值得谈保障的客户（按象限 II、I、IV、III 和交易额排序）。",
    "en-US": "No policy of theirs is in the policy table: the best protection leads (quadrant II, I, IV, III, then amount).",
  },
  "coverage.amount": { "zh-CN": "交易额", "en-US": "Amount" },

  "coverage.member.label": { "zh-CN": "{name}（{relationship}）", "en-US": "{name} ({relationship})" },
  "coverage.member.unnamed": { "zh-CN": "（未写姓名）", "en-US": "(no name)" },
  "coverage.member": { "zh-CN": "家庭成员", "en-US": "Member" },
  "coverage.annualPremium": { "zh-CN": "年缴保费", "en-US": "Annual premium" },
  "coverage.singlePremium": { "zh-CN": "趸交保费", "en-US": "Single premium" },
  "coverage.total": { "zh-CN": "合计", "en-US": "Total" },
  "coverage.gap": { "zh-CN": "缺口", "en-US": "Gap" },
  "coverage.cellError": { "zh-CN": "日期有误", "en-US": "Bad dates" },
  "coverage.missingCover": { "zh-CN": "缺少的保障", "en-US": "Missing cover" },
  "coverage.customer": { "zh-CN": "客户", "en-US": "Customer" },
  "coverage.quadrant": { "zh-CN": "象限", "en-US": "Quadrant" },
  "coverage.cover": { "zh-CN": "险种", "en-US": "Cover" },
  "coverage.endDate": { "zh-CN": "到期日", "en-US": "Ends" },
  "coverage.insurer": { "zh-CN": "保险公司", "en-US": "Insurer" },
  "coverage.sumInsured": { "zh-CN": "保额", "en-US": "Sum insured" },
  "coverage.days": { "zh-CN": "剩余天数", "en-US": "Days left" },
  "coverage.inDays": { "zh-CN": "{days} 天后", "en-US": "in {days} days" },
  "coverage.today": { "zh-CN": "今天", "en-US": "today" },
  "coverage.noPolicies": {
    "zh-CN": "还没有保单记录：在“保险保障”表中录入后即可看到家庭保障。",
    "en-US": "No policies yet: add them to the Policies table to see the household's protection.",
  },
  "coverage.noGaps": { "zh-CN": "按当前规则，没有保障缺口。", "en-US": "No protection gaps under the current rules." },
  "coverage.noRenewals": { "zh-CN": "{days} 天内没有到期的保单。", "en-US": "No policy ends within {days} days." },
  "coverage.gaps.title": { "zh-CN": "保障缺口（{count}）", "en-US": "Protection gaps ({count})" },
  "coverage.renewals.title": { "zh-CN": "{days} 天内到期的保单（{count}）", "en-US": "Policies ending within {days} days ({count})" },
  "coverage.gaps.rules": {
    "zh-CN": "缺口规则在“设置”表中（缺口规则-本人、配偶、子女、父母），可直接修改。",
    "en-US": "The gap rules are in the Settings table (Gap rule: self, spouse, child, parent); edit them there.",
  },
  "coverage.matrix.caption": {
    "zh-CN": "{name} 的家庭保障：各成员各险种保额",
    "en-US": "{name}'s household protection: sum insured per member and cover",
  },
  "cli.help.coverage": {
    "zh-CN": "家庭保障：某位客户的保障矩阵，或全书没有保单记录的客户、保障缺口和即将到期的保单",
    "en-US": "household protection: one customer's coverage matrix, or the book's customers with no policy, gaps and policies ending soon",
  },
  "cli.help.customer": { "zh-CN": "客户编号", "en-US": "the customer's ID" },
  "cli.error.unknownCustomer": {
    "zh-CN": "客户表中没有编号为“{value}”的客户。",
    "en-US": "There is no customer with ID “{value}” in the customer sheet.",
  },
  "coverage.gaps.none": { "zh-CN": "无保障缺口", "en-US": "No gaps" },
  "coverage.gaps.noPolicies": { "zh-CN": "未录入保单", "en-US": "No policies recorded" },

  "functions.GAPS.name": { "zh-CN": "保障缺口", "en-US": "GAPS" },
  "functions.GAPS.description": {
    "zh-CN": "客户家庭的保障缺口（按“设置”表中的规则），例如 “王芳（配偶）：重疾、医疗”；保单变化时自动更新。",
    "en-US": "The protection gaps of the customer's household by the rules in the settings, e.g. \"Jane (Spouse): Critical illness\"; updates when the policies change.",
  },
  "functions.GAPS.param.id": {
    "zh-CN": "客户编号（文本或数字），例如 A2。",
    "en-US": "The customer ID (text or a number), e.g. A2.",
  },

  "coverage.sheet.title": { "zh-CN": "{name} · 家庭保障", "en-US": "{name} · household protection" },
  "coverage.sheet.id": { "zh-CN": "客户编号 {id}", "en-US": "Customer ID {id}" },
  "coverage.sheet.quadrant": { "zh-CN": "象限 {quadrant}", "en-US": "Quadrant {quadrant}" },
  "coverage.sheet.asOf": { "zh-CN": "统计日 {date}", "en-US": "As of {date}" },
  "coverage.sheet.name": { "zh-CN": "保障 {name}", "en-US": "Cover {name}" },
  "coverage.sheet.nameComment": {
    "zh-CN": "CRM 加载项：客户 {id} 的家庭保障表（由加载项重建，请勿在此输入）",
    "en-US": "CRM add-in: household protection sheet of customer {id} (rebuilt by the add-in; do not type here)",
  },
  "coverage.chart.title": { "zh-CN": "各成员各险种保额", "en-US": "Sum insured by cover and member" },
  "coverage.policyNo": { "zh-CN": "保单号", "en-US": "Policy no." },
  "coverage.premium": { "zh-CN": "保费", "en-US": "Premium" },
  "coverage.payment": { "zh-CN": "缴费方式", "en-US": "Payment" },
  "coverage.startDate": { "zh-CN": "生效日", "en-US": "Starts" },
  "coverage.status": { "zh-CN": "状态", "en-US": "Status" },
  "coverage.status.inForce": { "zh-CN": "有效", "en-US": "In force" },
  "coverage.status.expired": { "zh-CN": "已到期", "en-US": "Ended" },
  "coverage.status.ending": { "zh-CN": "{days} 天后到期", "en-US": "Ends in {days} days" },
  "coverage.sheet.make": { "zh-CN": "生成保障表（可打印）", "en-US": "Make the coverage sheet (printable)" },
  "coverage.sheet.made": { "zh-CN": "已生成工作表“{sheet}”，可直接打印。", "en-US": "Sheet “{sheet}” is ready to print." },
  "coverage.heading": { "zh-CN": "家庭保障", "en-US": "Household protection" },
  "taskpane.tab.coverage": { "zh-CN": "家庭保障", "en-US": "Protection" },
  "coverage.gapsOf": { "zh-CN": "缺口：{list}", "en-US": "Gaps: {list}" },
};
