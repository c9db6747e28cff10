import type { Catalog } from "../index";

/**
 * Strings of key accounts (SPEC 5c, seeds/002): the attack/defend segments, the sales funnel,
 * 1+2+1 and bad debt — in the core, the pane, the key-accounts sheet, `crm accounts` and
 * CRM.SEGMENT / CRM.EXTRASALES.
 */
export const accountsStrings: Catalog = {
  "setting.potentialThreshold": {
    "zh-CN": "采购潜力阈值：采购潜力达到该值为“潜力高”（数字，或 median 取正值的中位数）",
    "en-US": "Purchase potential threshold: a potential at or above it is high (a number, or median of the positive potentials)",
  },
  "setting.shareLow": {
    "zh-CN": "客户份额下限：我方份额低于该值为“份额低”（侵扰或放弃）",
    "en-US": "Low share: our share of the potential below this is low (disrupt or abandon)",
  },
  "setting.shareHigh": {
    "zh-CN": "客户份额上限：潜力高且份额达到该值为“保留”（防御）；须大于份额下限",
    "en-US": "High share: a high-potential customer at or above this share is to retain (defend); must be above the low share",
  },
  "setting.staleDays": {
    "zh-CN": "商机停滞天数：在同一阶段超过这么多天的商机标为停滞",
    "en-US": "Stale after (days): an open opportunity in its stage longer than this is stale",
  },

  "cli.help.accounts": {
    "zh-CN": "大客户：攻守模型细分、销售漏斗、停滞与 1+2+1 未覆盖的商机、坏账需要的额外销售额",
    "en-US": "key accounts: attack/defend segments, the sales funnel, stale and 1+2+1-uncovered opportunities, what bad debt costs in sales",
  },

  "functions.SEGMENT.name": { "zh-CN": "攻守细分", "en-US": "SEGMENT" },
  "functions.SEGMENT.description": {
    "zh-CN": "客户在攻守模型中的细分（保留、获取、侵扰、维持或放弃），按采购潜力与我方份额；没有采购潜力时为 #N/A。",
    "en-US": "The customer's attack/defend segment (Retain, Acquire, Disrupt, Maintain or Abandon) by purchase potential and our share of it; #N/A without a potential.",
  },
  "functions.SEGMENT.param.id": { "zh-CN": "客户编号（文本或数字），例如 A2。", "en-US": "The customer ID (text or a number), e.g. A2." },
  "functions.EXTRASALES.name": { "zh-CN": "弥补额外销售额", "en-US": "EXTRASALES" },
  "functions.EXTRASALES.description": {
    "zh-CN": "弥补一笔损失（如坏账）需要的额外销售额：损失 ÷ 销售净利润率，取整（500 按 2% → 25,000）。",
    "en-US": "The extra sales it takes to make up a loss such as a bad debt: loss ÷ net profit margin, rounded to the unit (500 at 2% → 25,000).",
  },
  "functions.EXTRASALES.param.loss": { "zh-CN": "要弥补的损失，例如一笔坏账。", "en-US": "The loss to make up, e.g. a bad debt." },
  "functions.EXTRASALES.param.margin": {
    "zh-CN": "销售净利润率，例如 2% 写作 0.02；省略则用工作簿设置中的 profitMargin。",
    "en-US": "The net profit margin on sales, e.g. 0.02 for 2%; the workbook's profitMargin setting when omitted.",
  },
  "functions.param.loss": { "zh-CN": "损失", "en-US": "The loss" },
  "functions.param.margin": { "zh-CN": "利润率", "en-US": "The margin" },
  "functions.error.margin": {
    "zh-CN": "利润率须大于 0 且不超过 1（2% 写作 0.02），收到的是 {value}。",
    "en-US": "The margin must be above 0 and at most 1 (2% is 0.02); got {value}.",
  },
  "functions.error.noPotential": {
    "zh-CN": "客户 {id} 没有采购潜力，未归入攻守模型。",
    "en-US": "Customer {id} has no purchase potential, so no attack/defend segment.",
  },

  "accounts.segment.retain": { "zh-CN": "保留", "en-US": "Retain" },
  "accounts.segment.acquire": { "zh-CN": "获取", "en-US": "Acquire" },
  "accounts.segment.disrupt": { "zh-CN": "侵扰", "en-US": "Disrupt" },
  "accounts.segment.maintain": { "zh-CN": "维持", "en-US": "Maintain" },
  "accounts.segment.abandon": { "zh-CN": "放弃", "en-US": "Abandon" },
  "accounts.resource.defend": { "zh-CN": "防御", "en-US": "Defend" },
  "accounts.resource.attack": { "zh-CN": "进攻", "en-US": "Attack" },
  "accounts.resource.maintain": { "zh-CN": "维持", "en-US": "Maintain" },
  "accounts.resource.none": { "zh-CN": "不投入", "en-US": "None" },
  "accounts.segment.withResource": { "zh-CN": "{segment}（{resource}）", "en-US": "{segment} ({resource})" },

  "accounts.reason": {
    "zh-CN": "采购潜力 {potential}（{potentialLevel}，阈值 {threshold}），我方份额 {share}（交易额 {amount}；份额下限 {shareLow}、上限 {shareHigh}）",
    "en-US": "Purchase potential {potential} ({potentialLevel}, threshold {threshold}), our share {share} (amount {amount}; low share {shareLow}, high share {shareHigh})",
  },
  "accounts.potential.high": { "zh-CN": "高", "en-US": "high" },
  "accounts.potential.low": { "zh-CN": "低", "en-US": "low" },
  "accounts.noPotential": {
    "zh-CN": "没有采购潜力：在客户表的“采购潜力”列填写该客户每年在本品类的采购额估计，即可归入攻守模型。",
    "en-US": "No purchase potential: type the customer's yearly spend in our category in the Purchase potential column to place them in the attack/defend model.",
  },
  "accounts.withoutPotential": {
    "zh-CN": "{count} 位客户没有采购潜力，未归入攻守模型。",
    "en-US": "{count} customers have no purchase potential and are not in the attack/defend model.",
  },
  "accounts.noPotentialColumn": {
    "zh-CN": "客户表没有“采购潜力”列：攻守模型需要它（每位客户每年在本品类的采购额估计）。",
    "en-US": "The customer table has no Purchase potential column: the attack/defend model needs it (each customer's yearly spend in our category).",
  },
  "accounts.noOpportunities": {
    "zh-CN": "还没有商机表：运行设置会建立“商机”表，逐项记录项目与阶段。",
    "en-US": "No opportunities table yet: set-up creates the Opportunities table, one row per project and its stage.",
  },

  "accounts.gap.guide": { "zh-CN": "没有向导", "en-US": "no guide" },
  "accounts.gap.rep": { "zh-CN": "没有负责人", "en-US": "no rep" },
  "accounts.gap.role": { "zh-CN": "{role}未覆盖", "en-US": "{role} not covered" },
  "accounts.covered": { "zh-CN": "1+2+1 已覆盖", "en-US": "1+2+1 covered" },
  "accounts.stale": { "zh-CN": "停滞 {days} 天", "en-US": "stale {days} days" },
  "accounts.noStageDate": { "zh-CN": "无阶段日期", "en-US": "no stage date" },

  "accounts.dashboard.margin": { "zh-CN": "销售净利润率", "en-US": "Net margin" },
  "taskpane.tab.accounts": { "zh-CN": "大客户", "en-US": "Key accounts" },
  "accounts.c360.heading": { "zh-CN": "大客户：攻守与商机", "en-US": "Key account: attack/defend and opportunities" },
  "accounts.sheet.make": { "zh-CN": "生成大客户表", "en-US": "Make the key-accounts sheet" },
  "accounts.sheet.made": { "zh-CN": "已生成工作表“{sheet}”。", "en-US": "The sheet “{sheet}” is ready." },
  "accounts.stageChange.action": { "zh-CN": "推进阶段", "en-US": "Change stage" },
  "accounts.stageChange.to": { "zh-CN": "新阶段", "en-US": "New stage" },
  "accounts.stageChange.save": { "zh-CN": "记录", "en-US": "Log" },
  "accounts.stageChange.cancel": { "zh-CN": "取消", "en-US": "Cancel" },
  "accounts.title": { "zh-CN": "大客户", "en-US": "Key accounts" },
  "accounts.funnel.title": { "zh-CN": "销售漏斗", "en-US": "Sales funnel" },
  "accounts.funnel.stage": { "zh-CN": "阶段", "en-US": "Stage" },
  "accounts.funnel.count": { "zh-CN": "商机数", "en-US": "Opportunities" },
  "accounts.funnel.amount": { "zh-CN": "预计金额", "en-US": "Expected amount" },
  "accounts.funnel.total": { "zh-CN": "合计", "en-US": "Total" },
  "accounts.funnel.unpriced": {
    "zh-CN": "{count} 个商机没有预计金额，只计入个数。",
    "en-US": "{count} opportunities have no expected amount: counted, not summed.",
  },
  "accounts.opportunities.title": { "zh-CN": "待跟进商机（停滞或 1+2+1 未覆盖）", "en-US": "Opportunities to work on (stale or 1+2+1 not covered)" },
  "accounts.opportunities.none": { "zh-CN": "没有停滞或未覆盖的商机。", "en-US": "No stale or uncovered opportunities." },
  "accounts.opportunities.open": { "zh-CN": "进行中的商机", "en-US": "Open opportunities" },
  "accounts.opportunities.openCount": { "zh-CN": "进行中的商机（{count}）", "en-US": "Open opportunities ({count})" },
  "accounts.opportunities.noneOpen": { "zh-CN": "没有进行中的商机。", "en-US": "No open opportunities." },
  "accounts.col.id": { "zh-CN": "客户编号", "en-US": "Customer ID" },
  "accounts.col.staleDays": { "zh-CN": "停滞天数", "en-US": "Days in stage" },
  "accounts.sheet.name": { "zh-CN": "大客户", "en-US": "Key accounts" },
  "accounts.sheet.nameComment": {
    "zh-CN": "四象限客户管理的大客户表（销售漏斗、攻守模型、坏账）：由插件重建，请勿在此输入数据。",
    "en-US": "Quadrant CRM's key-accounts sheet (funnel, attack/defend, bad debt): rebuilt by the add-in; do not type data here.",
  },
  "accounts.sheet.title": { "zh-CN": "大客户（截至 {date}）", "en-US": "Key accounts (as of {date})" },
  "accounts.col.customer": { "zh-CN": "客户", "en-US": "Customer" },
  "accounts.col.project": { "zh-CN": "项目", "en-US": "Project" },
  "accounts.col.stage": { "zh-CN": "阶段", "en-US": "Stage" },
  "accounts.col.amount": { "zh-CN": "预计金额", "en-US": "Expected amount" },
  "accounts.col.stageSince": { "zh-CN": "阶段日期", "en-US": "Stage since" },
  "accounts.col.stale": { "zh-CN": "停滞", "en-US": "Stale" },
  "accounts.col.gaps": { "zh-CN": "1+2+1 缺口", "en-US": "1+2+1 gaps" },
  "accounts.col.potential": { "zh-CN": "采购潜力", "en-US": "Potential" },
  "accounts.col.share": { "zh-CN": "份额", "en-US": "Share" },
  "accounts.col.segment": { "zh-CN": "细分", "en-US": "Segment" },
  "accounts.col.resource": { "zh-CN": "资源", "en-US": "Resource" },
  "accounts.grid.title": { "zh-CN": "攻守模型（份额 × 采购潜力）", "en-US": "Attack/defend (share × potential)" },
  "accounts.grid.xAxis": { "zh-CN": "客户份额", "en-US": "Our share" },
  "accounts.grid.yAxis": { "zh-CN": "采购潜力", "en-US": "Purchase potential" },
  "accounts.segments.title": { "zh-CN": "客户细分", "en-US": "Segments" },
  "accounts.segments.none": { "zh-CN": "没有填写采购潜力的客户。", "en-US": "No customer has a purchase potential." },

  "accounts.badDebt.title": { "zh-CN": "坏账需要额外销售额弥补", "en-US": "What bad debt costs in sales" },
  "accounts.badDebt.summary": {
    "zh-CN": "坏账 {amount}：按净利润率 {margin}，需要额外销售 {extra} 才能弥补。",
    "en-US": "Bad debt {amount}: at a {margin} margin it takes {extra} of extra sales to make up.",
  },
  "accounts.badDebt.none": { "zh-CN": "统计期内没有坏账。", "en-US": "No bad debt in the window." },
  "accounts.badDebt.extra": { "zh-CN": "需额外销售", "en-US": "Extra sales" },
  "accounts.badDebt.amount": { "zh-CN": "坏账", "en-US": "Bad debt" },

  "accounts.thresholds": {
    "zh-CN": "采购潜力阈值 {potential}；份额下限 {shareLow}，上限 {shareHigh}；停滞 {staleDays} 天",
    "en-US": "Potential threshold {potential}; low share {shareLow}, high share {shareHigh}; stale after {staleDays} days",
  },
};
