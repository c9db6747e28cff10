import type { Catalog } from "../index";

/** The client asset review (SPEC 5 and 8): sheet, HTML report, pane, settings, plan, messages. */
export const reviewStrings: Catalog = {
  "setting.tierThresholds": {
    "zh-CN": "客户分层门槛(资产,升序,逗号分隔):达到第 n 个门槛即为第 n 层",
    "en-US": "Tier thresholds (assets, ascending, comma-separated): reaching the n-th makes tier n",
  },
  "setting.watchMargin": {
    "zh-CN": "关注幅度:资产在本层门槛以上该比例以内(或比上次回顾降层)即需关注",
    "en-US": "Watch margin: assets within this fraction above the tier's threshold (or a tier lower than last review) put the client on watch",
  },
  "setting.targetFrame": {
    "zh-CN": "目标配置(%):要花的钱、保命的钱、生钱的钱、保本升值的钱,合计 100",
    "en-US": "Target frame (%): spending, protection, growth, capital preservation — totalling 100",
  },
  "setting.frameClasses": {
    "zh-CN": "资产类别归入哪一类配置:类别=spending/protection/growth/preservation,分号分隔",
    "en-US": "Which frame bucket each asset class counts in: class=spending/protection/growth/preservation, semicolon-separated",
  },
  "setting.riskLimits": {
    "zh-CN": "风险偏好允许的最高风险等级:偏好=R1…R5,分号分隔",
    "en-US": "Highest risk level each risk preference allows: preference=R1…R5, semicolon-separated",
  },
  "setting.maturityDays": {
    "zh-CN": "资产到期提醒(天):到期日在该天数内的持仓列入今日计划",
    "en-US": "Maturity reminder (days ahead): holdings maturing within this many days go on today's plan",
  },

  "plan.reason.maturity": { "zh-CN": "{holding} {days} 天后到期", "en-US": "{holding} matures in {days} days" },

  "review.tier.0": { "zh-CN": "大众客户", "en-US": "Mass" },
  "review.tier.1": { "zh-CN": "理财客户", "en-US": "Affluent" },
  "review.tier.2": { "zh-CN": "财富客户", "en-US": "Wealth" },
  "review.tier.3": { "zh-CN": "私人银行客户", "en-US": "Private banking" },
  "review.tier.n": { "zh-CN": "第 {n} 层", "en-US": "Tier {n}" },
  "review.watch.nearThreshold": { "zh-CN": "关注:资产接近本层门槛", "en-US": "Watch: assets just above the tier threshold" },
  "review.watch.droppedTier": { "zh-CN": "关注:比上次回顾降了一层", "en-US": "Watch: a tier lower than the last review" },
  "review.bucket.spending": { "zh-CN": "要花的钱", "en-US": "Spending money" },
  "review.bucket.protection": { "zh-CN": "保命的钱", "en-US": "Protection" },
  "review.bucket.growth": { "zh-CN": "生钱的钱", "en-US": "Growth" },
  "review.bucket.preservation": { "zh-CN": "保本升值的钱", "en-US": "Capital preservation" },
  "review.status.new": { "zh-CN": "新增", "en-US": "New" },
  "review.status.sold": { "zh-CN": "已卖出", "en-US": "Sold" },

  "review.sheetName": { "zh-CN": "{name} {date}", "en-US": "{name} {date}" },
  "review.nameComment": {
    "zh-CN": "CRM 插件:客户 {id} {date} 的资产回顾表(插件拥有,重建时覆盖)",
    "en-US": "CRM add-in: the asset review sheet of client {id} on {date} (owned by the add-in, rebuilt in place)",
  },
  "review.title": { "zh-CN": "资产回顾", "en-US": "Asset review" },
  "review.header.client": { "zh-CN": "客户", "en-US": "Client" },
  "review.header.risk": { "zh-CN": "风险偏好", "en-US": "Risk preference" },
  "review.header.rm": { "zh-CN": "客户经理", "en-US": "Relationship manager" },
  "review.header.date": { "zh-CN": "回顾日期", "en-US": "Review date" },
  "review.header.previous": { "zh-CN": "上次回顾", "en-US": "Previous review" },
  "review.header.tier": { "zh-CN": "客户分层", "en-US": "Tier" },
  "review.firstReview": { "zh-CN": "首次回顾", "en-US": "First review" },
  "review.col.class": { "zh-CN": "资产类别", "en-US": "Asset class" },
  "review.col.name": { "zh-CN": "名称", "en-US": "Name" },
  "review.col.institution": { "zh-CN": "机构", "en-US": "Institution" },
  "review.col.heldSince": { "zh-CN": "持有起始", "en-US": "Held since" },
  "review.col.maturity": { "zh-CN": "到期日", "en-US": "Maturity" },
  "review.col.risk": { "zh-CN": "风险等级", "en-US": "Risk level" },
  "review.col.value": { "zh-CN": "市值", "en-US": "Value" },
  "review.col.share": { "zh-CN": "占总资产", "en-US": "Share of assets" },
  "review.col.change": { "zh-CN": "较上次变动", "en-US": "Change" },
  "review.col.changePct": { "zh-CN": "变动 %", "en-US": "Change %" },
  "review.col.note": { "zh-CN": "备注", "en-US": "Note" },
  "review.liability": { "zh-CN": "负债", "en-US": "Liability" },
  "review.totals.assets": { "zh-CN": "总资产", "en-US": "Total assets" },
  "review.totals.liabilities": { "zh-CN": "总负债", "en-US": "Total liabilities" },
  "review.totals.netWorth": { "zh-CN": "净资产", "en-US": "Net worth" },
  "review.mix.title": { "zh-CN": "资产配置(按类别)", "en-US": "Asset mix by class" },
  "review.mix.value": { "zh-CN": "金额", "en-US": "Value" },
  "review.mix.share": { "zh-CN": "占比", "en-US": "Share" },
  "review.trend.title": { "zh-CN": "历次回顾总资产与净资产", "en-US": "Total assets and net worth at each review" },
  "review.trend.date": { "zh-CN": "回顾日期", "en-US": "Review date" },
  "review.alloc.title": { "zh-CN": "配置与目标", "en-US": "Allocation against the target frame" },
  "review.alloc.bucket": { "zh-CN": "类别", "en-US": "Bucket" },
  "review.alloc.actual": { "zh-CN": "实际占比", "en-US": "Actual" },
  "review.alloc.target": { "zh-CN": "目标占比", "en-US": "Target" },
  "review.alloc.gap": { "zh-CN": "差距", "en-US": "Gap" },
  "review.maturing.title": { "zh-CN": "90 天内到期", "en-US": "Maturing within 90 days" },
  "review.maturing.days": { "zh-CN": "剩余天数", "en-US": "Days" },
  "review.maturing.none": { "zh-CN": "90 天内没有到期的持仓。", "en-US": "Nothing matures within 90 days." },
  "review.risk.exceeded": {
    "zh-CN": "风险超出:持仓最高 R{max},客户风险偏好「{preference}」最高 R{allowed}",
    "en-US": "Risk exceeded: holdings up to R{max}, the client's preference “{preference}” allows up to R{allowed}",
  },
  "review.risk.ok": { "zh-CN": "持仓风险在客户风险偏好之内", "en-US": "Holdings within the client's risk preference" },
  "review.risk.unknown": {
    "zh-CN": "客户风险偏好未填写或无法识别,未做风险比对",
    "en-US": "The client's risk preference is blank or not understood: risk not compared",
  },
  "review.noAssets": {
    "zh-CN": "该客户本次回顾只有负债,没有资产:没有资产配置可画。",
    "en-US": "This client has only liabilities at this review: there is no asset mix to draw.",
  },

  "review.error.unknownCustomer": { "zh-CN": "没有客户编号为“{id}”的客户。", "en-US": "No customer has the ID “{id}”." },
  "review.error.noReviews": {
    "zh-CN": "客户 {id} {name} 在资产表中没有任何回顾记录。",
    "en-US": "Client {id} {name} has no review in the assets table.",
  },
  "review.error.noSuchDate": {
    "zh-CN": "客户 {id} 在 {date} 没有回顾;已有回顾日期:{dates}。",
    "en-US": "Client {id} has no review on {date}; review dates: {dates}.",
  },
  "review.error.noAssetsTable": {
    "zh-CN": "工作簿中找不到资产表(资产 / crmAssets)。",
    "en-US": "The workbook has no assets table (Assets / crmAssets).",
  },

  "cli.help.review": {
    "zh-CN": "客户资产回顾:持仓、变动、配置、历次总资产(--json,或 --out 写出 HTML 报告)",
    "en-US": "A client's asset review: holdings, changes, mix, assets at each review (--json, or --out an HTML report)",
  },
  "cli.help.reviewDate": { "zh-CN": "回顾日期 YYYY-MM-DD(默认最近一次)", "en-US": "review date YYYY-MM-DD (default: the latest)" },
  "cli.help.reviewOut": { "zh-CN": "写出一个独立的 HTML 报告(可打印、可发送)", "en-US": "write one self-contained HTML report (to print or send)" },
  "cli.error.reviewCustomer": { "zh-CN": "请用 --customer 指定客户编号。", "en-US": "Say which client with --customer ID." },
  "cli.error.reviewDate": { "zh-CN": "--date 的值“{value}”不是 YYYY-MM-DD 日期。", "en-US": "--date “{value}” is not a YYYY-MM-DD date." },
  "cli.review.title": { "zh-CN": "资产回顾 {name}({id}),{date}", "en-US": "Asset review of {name} ({id}), {date}" },
  "cli.review.written": { "zh-CN": "已写出报告 {file}", "en-US": "Report written to {file}" },

  "functions.ASSETS.name": { "zh-CN": "客户总资产", "en-US": "ASSETS" },
  "functions.ASSETS.description": {
    "zh-CN": "客户最近一次资产回顾(或指定日期当日及之前最近一次)的总资产,不含贷款;资产表变化时自动更新。",
    "en-US": "The client's total assets (loans excluded) at their latest asset review, or at the latest review on or before the date; updates when the assets change.",
  },
  "functions.ASSETS.param.id": { "zh-CN": "客户编号(文本或数字),例如 A2。", "en-US": "The customer ID (text or a number), e.g. A2." },
  "functions.ASSETS.param.date": {
    "zh-CN": "日期:取该日当日及之前最近一次回顾;省略则取最近一次。",
    "en-US": "A date: the review on or before it counts; the latest review when omitted.",
  },
  "functions.TIER.name": { "zh-CN": "客户分层", "en-US": "TIER" },
  "functions.TIER.description": {
    "zh-CN": "按最近一次回顾的总资产和“设置”表中的门槛给出客户分层(例如 5 万起为理财客户)。",
    "en-US": "The client's tier by total assets at their latest review, against the thresholds in the settings (e.g. Affluent from 50,000).",
  },
  "functions.TIER.param.id": { "zh-CN": "客户编号(文本或数字),例如 A2。", "en-US": "The customer ID (text or a number), e.g. A2." },
  "functions.param.reviewDate": { "zh-CN": "回顾日期", "en-US": "The review date" },
  "functions.error.noReview": { "zh-CN": "客户 {id} 没有资产回顾记录。", "en-US": "Client {id} has no asset review." },
  "functions.error.noReviewBy": {
    "zh-CN": "客户 {id} 在 {date} 及之前没有资产回顾。",
    "en-US": "Client {id} has no asset review on or before {date}.",
  },
};
