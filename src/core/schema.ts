/**
 * The workbook's tables (SPEC section 2): table names the add-in owns, sheet names and header
 * captions in both languages, and the synonyms by which a rep's existing sheet is adopted.
 * Everything else (setup, reading, the CLI) finds columns through this file only.
 */
import type { TableKey } from "./table";
import type { Lang } from "./i18n";
import type { ComputedKey } from "./computed";

/** How a column's cells are read. */
export type ColumnKind = "id" | "text" | "date" | "amount" | "number" | "enum";

export interface ColumnDef {
  key: string;
  zh: string;
  en: string;
  /** Extra captions accepted when adopting a sheet (besides zh and en). */
  synonyms?: string[];
  required?: boolean;
  kind: ColumnKind;
  /** For `enum` columns: the allowed values, each with its zh and en caption. */
  values?: readonly EnumValue[];
}

export interface EnumValue {
  key: string;
  zh: string;
  en: string;
}

export interface TableDef {
  key: TableKey;
  /** The Excel table (ListObject) name the add-in owns. */
  tableName: string;
  zh: string;
  en: string;
  sheetSynonyms?: string[];
  columns: readonly ColumnDef[];
}

export const CHANNELS: readonly EnumValue[] = [
  { key: "visit", zh: "拜访", en: "Visit" },
  { key: "phone", zh: "电话", en: "Phone" },
  { key: "sms", zh: "短信", en: "SMS" },
  { key: "email", zh: "邮件", en: "Email" },
  { key: "wechat", zh: "微信", en: "WeChat" },
  { key: "other", zh: "其他", en: "Other" },
  // Not a contact (SPEC 4): a rescheduling, its 下次约见 the new date.
  { key: "rescheduled", zh: "改约", en: "Rescheduled" },
];

export const PAYMENT_STATUSES: readonly EnumValue[] = [
  { key: "paid", zh: "正常", en: "Paid" },
  { key: "pending", zh: "待回款", en: "Pending" },
  { key: "overdue", zh: "逾期", en: "Overdue" },
  { key: "badDebt", zh: "坏账", en: "Bad debt" },
];

export const ASSET_CLASSES: readonly EnumValue[] = [
  { key: "stocks", zh: "股票", en: "Stocks" },
  { key: "bonds", zh: "债券", en: "Bonds" },
  { key: "funds", zh: "基金", en: "Funds" },
  { key: "deposits", zh: "存款", en: "Deposits" },
  { key: "wealth", zh: "理财产品", en: "Wealth products" },
  { key: "insurance", zh: "保险", en: "Insurance" },
  { key: "property", zh: "房产", en: "Property" },
  { key: "loans", zh: "贷款", en: "Loans" },
  { key: "other", zh: "其他", en: "Other" },
];

export const INSTITUTIONS: readonly EnumValue[] = [
  { key: "ours", zh: "本行", en: "Our bank" },
  { key: "other", zh: "他行", en: "Other bank" },
];

export const RELATIONSHIPS: readonly EnumValue[] = [
  { key: "self", zh: "本人", en: "Self" },
  { key: "spouse", zh: "配偶", en: "Spouse" },
  { key: "child", zh: "子女", en: "Child" },
  { key: "parent", zh: "父母", en: "Parent" },
  { key: "other", zh: "其他", en: "Other" },
];

export const COVER_TYPES: readonly EnumValue[] = [
  { key: "life", zh: "寿险", en: "Life" },
  { key: "criticalIllness", zh: "重疾", en: "Critical illness" },
  { key: "medical", zh: "医疗", en: "Medical" },
  { key: "accident", zh: "意外", en: "Accident" },
  { key: "annuity", zh: "年金", en: "Annuity" },
  { key: "education", zh: "教育金", en: "Education" },
  { key: "property", zh: "财产", en: "Property" },
  { key: "other", zh: "其他", en: "Other" },
];

export const PREMIUM_PAYMENTS: readonly EnumValue[] = [
  { key: "regular", zh: "期缴", en: "Regular" },
  { key: "single", zh: "趸交", en: "Single" },
];

/** Sales-funnel stages (SPEC 5c, seeds/002: 销售机会的几个步骤), in funnel order; won and lost close it. */
export const OPPORTUNITY_STAGES: readonly EnumValue[] = [
  { key: "target", zh: "目标客户", en: "Target customer" },
  { key: "analysis", zh: "客户分析", en: "Customer analysis" },
  { key: "trust", zh: "建立信任", en: "Building trust" },
  { key: "needs", zh: "挖掘需求", en: "Uncovering needs" },
  { key: "value", zh: "呈现价值", en: "Presenting value" },
  { key: "commitment", zh: "赢取承诺", en: "Winning commitment" },
  { key: "collection", zh: "回收账款", en: "Collecting payment" },
  { key: "won", zh: "赢单", en: "Won" },
  { key: "lost", zh: "丢单", en: "Lost" },
];

export const RISK_LEVELS: readonly EnumValue[] = ["R1", "R2", "R3", "R4", "R5"].map((r) => ({
  key: r,
  zh: r,
  en: r,
}));

const ID: ColumnDef = {
  key: "id",
  zh: "客户编号",
  en: "Customer ID",
  synonyms: ["ID", "编号", "客户号", "客户ID", "客户代码", "Customer No", "Customer Number", "Client ID"],
  required: true,
  kind: "id",
};

/**
 * Computed columns the add-in owns on the customer table, in the order it appends them.
 * The add-in writes these and nothing else in a user's table.
 */
export type ComputedColumnDef = ColumnDef & { key: ComputedKey };
export const COMPUTED_COLUMNS: readonly ComputedColumnDef[] = [
  { key: "quadrant", zh: "象限", en: "Quadrant", kind: "text" },
  { key: "amount", zh: "交易额", en: "Amount", kind: "number" },
  { key: "closeness", zh: "紧密度", en: "Closeness", kind: "number" },
  { key: "borderline", zh: "临界", en: "Borderline", kind: "text" },
  { key: "strategy", zh: "策略", en: "Strategy", kind: "text" },
  { key: "lastContact", zh: "最近联系", en: "Last contact", kind: "date" },
  { key: "nextVisit", zh: "下次拜访", en: "Next visit", kind: "date" },
  // SPEC 5c. Not "Segment": a customer sheet's own 等级/Segment column is the card's grade.
  { key: "segment", zh: "客户细分", en: "Attack/defend", kind: "text" },
];

export const TABLES: Record<TableKey, TableDef> = {
  customers: {
    key: "customers",
    tableName: "crmCustomers",
    zh: "客户",
    en: "Customers",
    sheetSynonyms: ["客户信息", "客户资料", "客户档案", "客户名单", "客户卡", "Clients", "Customer"],
    columns: [
      ID,
      {
        key: "name",
        zh: "客户名称",
        en: "Name",
        synonyms: ["姓名", "客户姓名", "名称", "客户", "Customer Name", "Client Name", "Customer"],
        required: true,
        kind: "text",
      },
      { key: "phone", zh: "电话", en: "Phone", synonyms: ["手机", "联系电话", "Mobile", "Tel"], kind: "text" },
      { key: "address", zh: "地址", en: "Address", synonyms: ["住址", "联系地址"], kind: "text" },
      { key: "birthday", zh: "生日", en: "Birthday", synonyms: ["出生日期", "Date of birth", "DOB"], kind: "date" },
      { key: "occupation", zh: "职业", en: "Occupation", synonyms: ["职务"], kind: "text" },
      { key: "employer", zh: "工作单位", en: "Employer", synonyms: ["单位", "公司", "Company"], kind: "text" },
      { key: "hobbies", zh: "爱好", en: "Hobbies", synonyms: ["兴趣爱好", "Interests"], kind: "text" },
      { key: "family", zh: "家庭成员", en: "Family", synonyms: ["家庭", "Family members"], kind: "text" },
      { key: "risk", zh: "风险偏好", en: "Risk preference", synonyms: ["风险等级", "Risk appetite"], kind: "text" },
      { key: "decisionMaker", zh: "购买决策人", en: "Decision maker", synonyms: ["决策人"], kind: "text" },
      { key: "grade", zh: "客户等级", en: "Grade", synonyms: ["等级", "Tier"], kind: "text" },
      { key: "credit", zh: "信用状况", en: "Credit", synonyms: ["信用", "Credit status"], kind: "text" },
      { key: "contact", zh: "业务联系人", en: "Contact", synonyms: ["联系人", "Contact person"], kind: "text" },
      { key: "source", zh: "客户来源", en: "Source", synonyms: ["来源", "Lead source"], kind: "text" },
      // 建卡: the bank account was opened (not a card held); the former English captions still read.
      { key: "cardOwner", zh: "建卡人", en: "Account opened by", synonyms: ["Owner", "Card owner"], kind: "text" },
      { key: "cardDate", zh: "建卡日期", en: "Opened on", synonyms: ["建档日期", "Created", "Card date"], kind: "date" },
      { key: "notes", zh: "备注", en: "Notes", synonyms: ["说明", "Remarks", "Comment"], kind: "text" },
      // SPEC 5c: the rep's estimate of the customer's yearly spend in our category (optional).
      { key: "potential", zh: "采购潜力", en: "Purchase potential", synonyms: ["潜力", "Potential"], kind: "amount" },
    ],
  },
  followUps: {
    key: "followUps",
    tableName: "crmFollowUps",
    zh: "跟进记录",
    en: "Follow-ups",
    sheetSynonyms: ["跟进", "拜访记录", "联系记录", "Followups", "Follow ups", "Contacts", "Visits"],
    columns: [
      ID,
      { key: "date", zh: "日期", en: "Date", synonyms: ["跟进日期", "联系日期", "拜访日期"], required: true, kind: "date" },
      { key: "channel", zh: "方式", en: "Channel", synonyms: ["联系方式", "跟进方式"], kind: "enum", values: CHANNELS },
      { key: "summary", zh: "内容", en: "Summary", synonyms: ["跟进内容", "沟通内容"], kind: "text" },
      { key: "outcome", zh: "结果", en: "Outcome", synonyms: ["跟进结果"], kind: "text" },
      { key: "nextDate", zh: "下次约见", en: "Next date", synonyms: ["下次约见日期", "预约日期", "Appointment"], kind: "date" },
      { key: "nextAction", zh: "下一步", en: "Next action", synonyms: ["下一步行动", "下步计划"], kind: "text" },
    ],
  },
  purchases: {
    key: "purchases",
    tableName: "crmPurchases",
    zh: "购买记录",
    en: "Purchases",
    sheetSynonyms: ["购买", "交易记录", "成交记录", "订单", "Sales", "Orders", "Transactions"],
    columns: [
      ID,
      { key: "date", zh: "日期", en: "Date", synonyms: ["购买日期", "交易日期", "成交日期"], required: true, kind: "date" },
      { key: "product", zh: "产品", en: "Product", synonyms: ["产品名称", "商品"], kind: "text" },
      { key: "amount", zh: "金额", en: "Amount", synonyms: ["交易金额", "购买金额", "成交金额", "Value"], required: true, kind: "amount" },
      {
        key: "paymentStatus",
        zh: "回款状态",
        en: "Payment status",
        synonyms: ["回款", "付款状态", "Payment"],
        kind: "enum",
        values: PAYMENT_STATUSES,
      },
    ],
  },
  assets: {
    key: "assets",
    tableName: "crmAssets",
    zh: "资产",
    en: "Assets",
    sheetSynonyms: ["资产情况", "资产配置", "Holdings"],
    columns: [
      ID,
      { key: "reviewDate", zh: "回顾日期", en: "Review date", synonyms: ["日期", "Date"], required: true, kind: "date" },
      { key: "assetClass", zh: "资产类别", en: "Asset class", synonyms: ["类别", "Class"], required: true, kind: "enum", values: ASSET_CLASSES },
      { key: "name", zh: "名称", en: "Name", synonyms: ["产品名称", "资产名称"], kind: "text" },
      { key: "institution", zh: "机构", en: "Institution", synonyms: ["所在机构"], kind: "enum", values: INSTITUTIONS },
      { key: "heldSince", zh: "持有起始", en: "Held since", synonyms: ["起始日期"], kind: "date" },
      { key: "maturity", zh: "到期日", en: "Maturity", synonyms: ["到期日期", "到期", "Maturity date", "Matures"], kind: "date" },
      { key: "riskLevel", zh: "风险等级", en: "Risk level", synonyms: ["风险"], kind: "enum", values: RISK_LEVELS },
      { key: "value", zh: "市值", en: "Value", synonyms: ["金额", "Market value"], required: true, kind: "amount" },
    ],
  },
  policies: {
    key: "policies",
    tableName: "crmPolicies",
    zh: "保险保障",
    en: "Policies",
    sheetSynonyms: ["保单", "保险", "Insurance"],
    columns: [
      ID,
      { key: "insured", zh: "被保险人", en: "Insured", required: true, kind: "text" },
      { key: "relationship", zh: "关系", en: "Relationship", kind: "enum", values: RELATIONSHIPS },
      { key: "coverType", zh: "险种", en: "Cover type", required: true, kind: "enum", values: COVER_TYPES },
      { key: "insurer", zh: "保险公司", en: "Insurer", kind: "text" },
      { key: "policyNo", zh: "保单号", en: "Policy no.", synonyms: ["Policy number"], kind: "text" },
      { key: "sumInsured", zh: "保额", en: "Sum insured", required: true, kind: "amount" },
      { key: "premium", zh: "保费", en: "Premium", kind: "amount" },
      { key: "payment", zh: "缴费方式", en: "Payment", kind: "enum", values: PREMIUM_PAYMENTS },
      { key: "paymentYears", zh: "缴费年限", en: "Payment years", kind: "number" },
      { key: "startDate", zh: "生效日", en: "Start date", synonyms: ["生效日期"], kind: "date" },
      { key: "endDate", zh: "到期日", en: "End date", synonyms: ["到期日期"], kind: "date" },
    ],
  },
  opportunities: {
    key: "opportunities",
    tableName: "crmOpportunities",
    zh: "商机",
    en: "Opportunities",
    sheetSynonyms: ["销售机会", "商机管理", "销售漏斗", "Pipeline", "Deals", "Sales funnel"],
    columns: [
      ID,
      { key: "project", zh: "项目", en: "Project", synonyms: ["项目名称", "商机名称", "Opportunity", "Deal"], required: true, kind: "text" },
      { key: "stage", zh: "阶段", en: "Stage", synonyms: ["销售阶段", "商机阶段"], required: true, kind: "enum", values: OPPORTUNITY_STAGES },
      { key: "amount", zh: "预计金额", en: "Expected amount", synonyms: ["金额", "Amount"], kind: "amount" },
      { key: "expectedClose", zh: "预计成交", en: "Expected close", synonyms: ["预计成交日期", "Close date"], kind: "date" },
      { key: "stageDate", zh: "阶段日期", en: "Stage since", synonyms: ["阶段开始", "Stage date"], kind: "date" },
      { key: "guide", zh: "向导", en: "Guide", synonyms: ["内线", "Coach"], kind: "text" },
      { key: "buyer", zh: "采购人员", en: "Buyer", synonyms: ["采购"], kind: "text" },
      { key: "user", zh: "使用者", en: "User", synonyms: ["使用人"], kind: "text" },
      { key: "gatekeeper", zh: "把关者", en: "Gatekeeper", synonyms: ["把关人"], kind: "text" },
      { key: "decisionMaker", zh: "决策人", en: "Decision maker", synonyms: ["决策者"], kind: "text" },
      { key: "rep", zh: "负责人", en: "Rep", synonyms: ["营销人员", "销售代表", "Sales rep"], kind: "text" },
    ],
  },
  settings: {
    key: "settings",
    tableName: "crmSettings",
    zh: "设置",
    en: "Settings",
    columns: [
      { key: "key", zh: "键", en: "Key", synonyms: ["设置项"], required: true, kind: "text" },
      { key: "value", zh: "值", en: "Value", synonyms: ["取值"], required: true, kind: "text" },
      { key: "description", zh: "说明", en: "Description", kind: "text" },
    ],
  },
};

/** Data tables in the order setup creates their sheets. */
export const TABLE_ORDER: readonly TableKey[] = ["customers", "followUps", "purchases", "assets", "policies", "opportunities", "settings"];

export function caption(col: ColumnDef | TableDef | EnumValue, lang: Lang): string {
  return lang === "zh-CN" ? col.zh : col.en;
}

/**
 * Header/sheet matching key: NFKC (full-width → half-width), case-folded, without spaces,
 * underscores, hyphens, dots or a trailing `*` (users mark required columns that way).
 */
export function matchKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-.*:：]+/g, "");
}

function namesOf(def: ColumnDef | TableDef, extra?: string[]): string[] {
  return [def.zh, def.en, ...(extra ?? [])];
}

/** Which computed column a header is, if any (both languages accepted). */
export function matchComputed(header: string): ComputedColumnDef | undefined {
  const k = matchKey(header);
  return COMPUTED_COLUMNS.find((c) => matchKey(c.zh) === k || matchKey(c.en) === k);
}

/** Whether a sheet name is one of the table's sheet names or synonyms. */
export function matchesSheet(table: TableDef, sheetName: string): boolean {
  const k = matchKey(sheetName);
  return namesOf(table, table.sheetSynonyms).some((n) => matchKey(n) === k);
}

const enumIndexes = new WeakMap<readonly EnumValue[], Map<string, EnumValue>>();

/** The enum value a cell stands for (caption in either language or the key), if any. */
export function matchEnum(values: readonly EnumValue[], text: string): EnumValue | undefined {
  let index = enumIndexes.get(values);
  if (!index) {
    index = new Map();
    for (const v of values) for (const name of [v.key, v.en, v.zh]) index.set(name, v).set(matchKey(name), v);
    enumIndexes.set(values, index);
  }
  // Most cells hold the caption exactly; matchKey's normalize() is only needed for the rest.
  return index.get(text) ?? index.get(matchKey(text));
}
