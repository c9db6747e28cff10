/**
 * What each field's caption looks like, as data: Chinese key morphemes on the normalized caption,
 * English words (abbreviations already expanded by normalize.ts) and what makes a caption mean
 * something else. A pattern's number is the confidence a match gives (an exact caption or synonym
 * from schema.ts gives 1). Kept small on purpose: the corpus test (corpus.json) says whether a
 * change helps or hurts.
 */
import type { TableKey } from "../table";

export type Pattern = readonly [RegExp, number];

export interface Sense {
  /** Patterns on the normalized caption (`客户编号`, `custid`). */
  zh?: readonly Pattern[];
  /** Patterns on the caption's English words (`customer id`). */
  en?: readonly Pattern[];
  /** A caption containing this means something else (`回款日期` is no payment status). */
  not?: RegExp;
  /**
   * Roles among columns that all fit (issue 24): a caption matching `prefer` (received, net,
   * actual) is taken over any other, one matching `demote` (list price, gross, receivable) only
   * when nothing else fits — whatever their confidences. Columns of one role that fit as well are
   * an ambiguity the user settles.
   */
  prefer?: RegExp;
  demote?: RegExp;
}

/** Who a customer is: the subject morphemes that qualify an ID or a name. */
const WHO_ZH = "(?:客户|顾客|客戶|会员|用户|户|客|委托人|投保人|借款人|持卡人)";
const WHO_EN = "(?:customer|account|member|party|contact|cif|buyer|consumer|user)";

const ID: Sense = {
  zh: [
    [/^(?:编号|编码|代码|代号|id)$/, 0.85],
    [new RegExp(`^${WHO_ZH}(?:编号|编码|代码|号码|号|id|no|number|代号)$`), 0.9],
    [new RegExp(`^${WHO_ZH}(?:识别号|标识|唯一码|卡号|档案号)$`), 0.8],
    [/^cif(?:号|no|number)?$/, 0.85],
  ],
  en: [
    [new RegExp(`^${WHO_EN} (?:id|number|code|key|ref|reference)$`), 0.9],
    [/^(?:id|cif|cif id|cif number|customer)$/, 0.6],
    [new RegExp(`^${WHO_EN}id$`), 0.85],
  ],
  not: /身份证|证件|手机|电话|订单|合同|发票|保单|产品|序号|行号|商品|交易|流水|order|invoice|policy|product|transaction|tax|national|phone|email|row|serial|sku/,
};

const DATE_GENERIC: Pattern[] = [
  [/^(?:日期|时间|日|date|day|time)$/, 0.75],
  [/(?:日期|时间)$/, 0.5],
];
const DATE_EN_GENERIC: Pattern[] = [
  [/^date$/, 0.75],
  [/ date$|^date /, 0.5],
];

export const LEXICON: Partial<Record<TableKey, Record<string, Sense>>> = {
  customers: {
    id: ID,
    name: {
      zh: [
        [new RegExp(`^${WHO_ZH}?(?:名称|姓名|名字|全称|称呼|名|简称|短名|简名|名称简写)$`), 0.9],
        [/^(?:客户|顾客|客戶)$/, 0.7],
        [/^(?:中文名|户名|账户名称|账户名)$/, 0.8],
      ],
      en: [
        [new RegExp(`^(?:${WHO_EN} |full |legal |display |short |)name$`), 0.9],
        [new RegExp(`^(?:${WHO_EN} )?short name$`), 0.9],
        [/^customer$/, 0.7],
        [/^(?:account holder|holder)$/, 0.7],
      ],
      not: /产品|公司|单位|联系人|被保险|决策|建卡|机构|银行|经理|product|company|employer|contact|owner|insurer|bank|manager|file/,
    },
    phone: {
      zh: [[/电话|手机|联系方式|手机号|电话号码|联系号码/, 0.9]],
      en: [[/phone|whatsapp/, 0.9]],
      not: /紧急|fax|传真/,
    },
    address: { zh: [[/地址|住址|住所|所在地|居住地/, 0.9]], en: [[/address|residence/, 0.9]], not: /邮箱|email|e mail/ },
    // The caption must end as a birthday does: 生日礼品, 生日提醒已发, 出生地, Birthday gift are other
    // columns (a reminder's sent date taken for the birthday would plan greetings on the wrong day).
    birthday: {
      zh: [[/(?:生日|出生日期|出生年月日?|出生)(?:日期|时间)?$/, 0.9]],
      en: [[/(?:birthday|birth ?date|date of birth|born(?: on)?)$/, 0.9]],
    },
    occupation: { zh: [[/职业|职务|岗位|职位|工作$/, 0.85]], en: [[/occupation|position|title|role/, 0.8]] },
    employer: {
      zh: [[/工作单位|单位|公司|企业|雇主|就职/, 0.85]],
      en: [[/employer|company|workplace|work/, 0.85]],
      not: /保险公司|insurer/,
    },
    hobbies: { zh: [[/爱好|兴趣|喜好/, 0.9]], en: [[/hobby|interest/, 0.9]] },
    family: { zh: [[/家庭|家属|子女|婚姻/, 0.85]], en: [[/family|household|spouse|marital/, 0.85]] },
    risk: { zh: [[/风险/, 0.85]], en: [[/risk/, 0.85]] },
    decisionMaker: { zh: [[/决策/, 0.9]], en: [[/decision/, 0.9]] },
    grade: {
      zh: [[/等级|级别|分级|星级|客户类型|客户类别|分类|层级/, 0.85]],
      en: [[/grade|tier|level|segment|rating|class|category/, 0.8]],
      not: /风险|信用|risk|credit/,
    },
    credit: { zh: [[/信用|信誉|征信|资信/, 0.9]], en: [[/credit/, 0.9]] },
    contact: {
      zh: [[/联系人|对接人|接洽人/, 0.85]],
      en: [[/^contact(?: person| name)?$/, 0.8]],
      not: /电话|方式|手机|phone/,
    },
    source: { zh: [[/来源|渠道|获客/, 0.85]], en: [[/source|channel|origin|referr/, 0.85]] },
    cardOwner: {
      zh: [[/建卡人|客户经理|理财经理|负责人|归属|经办人|业务员|销售员|维护人|管户/, 0.8]],
      en: [[/owner|manager|rep$|advisor|adviser|agent|sales ?person/, 0.75]],
    },
    cardDate: {
      zh: [[/建卡|建档|开户日期|创建|录入日期|登记日期|入库日期/, 0.85]],
      en: [[/created|creation|open(?:ing|ed)? date|customer since|since|onboard/, 0.8]],
    },
    notes: { zh: [[/备注|说明|注释|附注|其他|其它/, 0.85]], en: [[/note|remark|description|other/, 0.85]] },
    potential: {
      zh: [[/潜力|潜在|年采购|采购规模|采购总额|钱包/, 0.85]],
      en: [[/potential|wallet|annual spend|spend potential/, 0.85]],
    },
  },
  followUps: {
    id: ID,
    date: {
      zh: [[/^(?:跟进|联系|拜访|回访|沟通|服务|接触|走访|电访|来访)(?:日期|时间|日)$/, 0.9], ...DATE_GENERIC],
      en: [[/^(?:follow up|contact|visit|call|activity|meeting|interaction|touch) (?:date|time)$/, 0.9], ...DATE_EN_GENERIC],
      not: /下次|下一次|预约|约见|计划|到期|next|plan|appointment|due/,
    },
    channel: {
      zh: [[/方式|渠道|形式|途径|类型/, 0.8]],
      en: [[/channel|method|mode|medium|type/, 0.8]],
      not: /联系人|下一步|contact person|next/,
    },
    summary: {
      zh: [[/内容|摘要|详情|事项|纪要|记录|情况|要点/, 0.8]],
      en: [[/summary|content|detail|subject|description|discussion|note/, 0.8]],
      not: /下一步|下次|next/,
    },
    outcome: { zh: [[/结果|效果|反馈|进展|成效/, 0.85]], en: [[/outcome|result|feedback|response/, 0.85]] },
    nextDate: {
      zh: [[/(?:下次|下一次|预约|约见|计划|回访)(?:.*)(?:日期|时间|日)?$/, 0.85]],
      en: [[/next (?:date|contact|visit|follow up|meeting|call)|appointment|due date|follow up date/, 0.85]],
      not: /下一步|行动|action|step/,
    },
    nextAction: {
      zh: [[/下一步|下步|后续|行动|跟进计划|待办/, 0.85]],
      en: [[/next (?:step|action)|action|to do|todo/, 0.85]],
      not: /日期|时间|date/,
    },
  },
  purchases: {
    id: ID,
    date: {
      zh: [
        [/^(?:购买|交易|成交|下单|签约|订单|销售|认购|申购|买入|签单|开单|发货)(?:日期|时间|日)$/, 0.9],
        ...DATE_GENERIC,
      ],
      en: [[/^(?:purchase|transaction|order|sale|deal|close|booking|trade|invoice) (?:date|time)$/, 0.9], ...DATE_EN_GENERIC],
      // `[^发]`: 发生日期 (the date it happened) holds 生日 (birthday) by accident (no lookbehind: Safari 12).
      not: /回款|付款|收款|到期|(?:^|[^发])生日|下次|还款|出生|pay|due|birth|next/,
    },
    product: {
      zh: [[/产品|商品|品名|货品|品种|项目|物品|服务/, 0.85], [/^名称$/, 0.6]],
      en: [[/product|goods|sku|service|description|plan/, 0.8]],
      not: /客户|数量|单价|customer|quantity|price/,
    },
    amount: {
      zh: [
        [/^(?:实收|实付|实际|实缴|到账|实际收款|实际成交|净)(?:金额|额|款|款项|总额|价款|货款|收入)?$/, 0.9],
        [/^(?:交易|成交|购买|销售|订单|合同|签约|认购|申购|发生)?(?:金额|额|总额|总价|价款|货款|款项)$/, 0.9],
        [/金额|总额|总价|成交额|销售额|交易额/, 0.75],
        [/^(?:标价|原价|定价|牌价|零售价|指导价|挂牌价|应收|应收款|应付)$/, 0.6],
        [/^(?:合计|小计|总计)$/, 0.5],
      ],
      en: [
        [/^(?:amount (?:received|collected)|(?:net|actual|received|collected) (?:amount|value|total|revenue|sale)|net)$/, 0.9],
        [/^(?:transaction |order |sale |deal |purchase |total |gross |)(?:amount|value|total|sum|revenue)$/, 0.9],
        [/amount|revenue|value|total/, 0.7],
        [/^(?:list|gross|retail|msrp|billed|invoiced)(?: price| amount| value| total)?$/, 0.6],
      ],
      not: /回款|已付|未付|欠款|余额|单价|数量|比例|率|优惠|折扣|折让|减免|让利|退款|退货|返利|返现|佣金|提成|手续费|^税额$|^税金$|增值税|销项税|运费|成本|利润|毛利|押金|定金|订金|paid|outstanding|balance|unit price|quantity|rate|percent|%|discount|refund|rebate|return|commission|fee|tax amount|^tax$|vat|shipping|freight|cost|profit|margin|deposit/,
      prefer: /^(?:实收|实付|实际|实缴|到账|净)|received|collected|^net\b|\bnet (?:amount|value|total|revenue|sale)|actual/,
      demote: /^(?:标价|原价|定价|牌价|零售价|指导价|挂牌价|应收|应付|含优惠前)|^(?:list|gross|retail|msrp|billed|invoiced)\b/,
    },
    paymentStatus: {
      zh: [
        [/^(?:回款|付款|收款|还款|支付|结算|到账|缴款|回收|收账|账款)(?:状态|情况|进度|状况)?$/, 0.9],
        [/(?:回款|付款|收款|还款|支付|结算|到账|账款|逾期)/, 0.7],
        [/^(?:状态|情况)$/, 0.5],
      ],
      en: [
        [/^(?:payment|collection|paid|billing|invoice|ar|settlement)(?: status)?$/, 0.9],
        [/payment|collection|overdue/, 0.65],
        [/^status$/, 0.5],
      ],
      not: /日期|时间|金额|额|方式|账号|date|amount|method|term|account/,
    },
  },
  assets: {
    id: ID,
    reviewDate: {
      zh: [[/(?:回顾|盘点|统计|截至|截止|更新|报告|估值|数据)(?:日期|时间|日)$/, 0.9], ...DATE_GENERIC],
      en: [[/review date|as of|valuation date|statement date|report date/, 0.9], ...DATE_EN_GENERIC],
      not: /起始|买入|到期|持有|since|maturity|start/,
    },
    assetClass: {
      zh: [[/资产类别|资产类型|资产大类|类别|类型|大类/, 0.85]],
      en: [[/asset class|asset type|class|type|category/, 0.85]],
      not: /风险|risk/,
    },
    name: { zh: [[/名称|产品|标的/, 0.8]], en: [[/name|product|holding|security/, 0.8]], not: /客户|机构|customer|institution/ },
    institution: { zh: [[/机构|银行|托管|开户行|券商|渠道/, 0.85]], en: [[/institution|bank|custodian|broker|provider/, 0.85]] },
    heldSince: {
      zh: [[/持有起始|起始|买入日期|购买日期|持有日期|开始|起息/, 0.85]],
      en: [[/held since|since|start|purchase date|acquired|buy date/, 0.85]],
    },
    riskLevel: { zh: [[/风险/, 0.85]], en: [[/risk/, 0.85]] },
    value: {
      zh: [[/市值|金额|价值|余额|资产|估值|净值|现值/, 0.85]],
      en: [[/value|balance|amount|worth/, 0.85]],
      not: /类别|名称|类型|class|type|name/,
    },
  },
  policies: {
    id: ID,
    insured: { zh: [[/被保险人|被保人|受保人/, 0.9]], en: [[/insured(?! sum)|life assured/, 0.9]], not: /金额|额|amount|sum/ },
    relationship: { zh: [[/关系/, 0.9]], en: [[/relation/, 0.9]] },
    coverType: { zh: [[/险种|保险类型|保险类别|保障类型|险类/, 0.9]], en: [[/cover(?:age)? type|policy type|product type|line/, 0.85]] },
    insurer: { zh: [[/保险公司|承保公司|承保机构/, 0.9]], en: [[/insurer|carrier|insurance company|underwriter/, 0.9]] },
    policyNo: { zh: [[/保单号|保单编号|合同号|保单号码/, 0.9]], en: [[/policy (?:number|id)|policy$|contract number/, 0.9]] },
    sumInsured: { zh: [[/保额|保险金额|保障额度|保障金额/, 0.9]], en: [[/sum insured|sum assured|coverage amount|face amount|cover amount|benefit/, 0.9]] },
    premium: { zh: [[/保费|保险费/, 0.9]], en: [[/premium/, 0.9]], not: /年限|方式|year|mode/ },
    payment: { zh: [[/缴费方式|交费方式|缴费类型|缴费频率/, 0.9]], en: [[/payment (?:mode|method|frequency|type)|payment$/, 0.85]] },
    paymentYears: { zh: [[/缴费年限|缴费期|交费年期|交费年限|缴费年期/, 0.9]], en: [[/payment (?:year|term|period)|premium term/, 0.9]] },
    startDate: { zh: [[/生效|起保|投保日期|承保日期|保单日期/, 0.9]], en: [[/start|effective|inception|issue date/, 0.9]] },
    endDate: { zh: [[/到期|终止|满期|结束|截止/, 0.9]], en: [[/end|expiry|expiration|maturity/, 0.9]] },
  },
  // SPEC 5c: the sales funnel and its 1+2+1 roles (seeds/002).
  opportunities: {
    id: ID,
    project: {
      zh: [[/项目|商机|机会|标的/, 0.85]],
      en: [[/project|opportunity|deal|pursuit/, 0.85]],
      not: /阶段|金额|额|日期|时间|stage|amount|value|date/,
    },
    stage: {
      zh: [[/阶段|进展|进度|状态/, 0.85]],
      en: [[/stage|phase|status|step/, 0.85]],
      not: /日期|时间|开始|date|since|start/,
    },
    amount: {
      zh: [[/金额|额|价值|预算|规模/, 0.85]],
      en: [[/amount|value|size|budget|revenue/, 0.85]],
      not: /日期|时间|date/,
    },
    expectedClose: {
      zh: [[/预计成交|成交日期|签约日期|预计签约|结单|预计关闭/, 0.85]],
      en: [[/close|closing|expected date|decision date/, 0.85]],
      not: /金额|额|amount|value/,
    },
    stageDate: {
      zh: [[/阶段日期|阶段开始|进入阶段|阶段时间|更新日期|最近进展/, 0.85]],
      en: [[/stage (?:date|since|start)|since|last (?:update|progress|change)/, 0.85]],
    },
    guide: { zh: [[/向导|内线|教练|引路人/, 0.9]], en: [[/guide|coach|champion|sponsor|inside/, 0.85]] },
    buyer: { zh: [[/采购/, 0.85]], en: [[/buyer|procurement|purchasing/, 0.85]], not: /金额|额|潜力|amount|potential/ },
    user: { zh: [[/使用者|使用人|使用部门|用户/, 0.85]], en: [[/^(?:end )?users?$/, 0.85]] },
    gatekeeper: { zh: [[/把关|技术|财务/, 0.85]], en: [[/gate ?keeper|technical|finance|evaluator/, 0.85]] },
    decisionMaker: { zh: [[/决策|拍板/, 0.9]], en: [[/decision|approver/, 0.9]], not: /日期|date/ },
    rep: {
      zh: [[/负责人|销售|业务员|营销人员|客户经理|跟进人/, 0.85]],
      en: [[/rep$|owner|sales ?person|account manager|salesperson/, 0.85]],
      not: /阶段|金额|额|stage|amount/,
    },
  },
};
