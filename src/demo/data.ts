/**
 * The raw material of the demo workbook: names, jobs, products and phrases in both languages.
 * Plain lists only; demoBook.ts decides how they are combined.
 */
import type { Lang } from "../core/i18n";

export type Bilingual<T> = Record<Lang, T>;

export const SURNAMES: Bilingual<readonly string[]> = {
  "zh-CN": [
    "张",
    "王",
    "李",
    "赵",
    "刘",
    "陈",
    "杨",
    "黄",
    "周",
    "吴",
    "徐",
    "孙",
    "马",
    "朱",
    "胡",
    "郭",
    "何",
    "林",
    "高",
    "罗",
  ],
  "en-US": [
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Garcia",
    "Miller",
    "Davis",
    "Wilson",
    "Anderson",
    "Taylor",
    "Thomas",
    "Moore",
    "Martin",
    "Lee",
    "Clark",
    "Lewis",
    "Walker",
    "Hall",
    "Young",
  ],
};

export const GIVEN_NAMES: Bilingual<readonly string[]> = {
  "zh-CN": [
    "伟",
    "娜",
    "敏",
    "静",
    "磊",
    "洋",
    "芳",
    "强",
    "军",
    "艳",
    "杰",
    "涛",
    "明",
    "超",
    "秀英",
    "丽华",
    "建国",
    "海燕",
    "志强",
    "晓东",
    "文博",
    "雪梅",
    "国庆",
    "春华",
  ],
  "en-US": [
    "James",
    "Mary",
    "Robert",
    "Linda",
    "Michael",
    "Susan",
    "David",
    "Karen",
    "Daniel",
    "Nancy",
    "Paul",
    "Laura",
    "Mark",
    "Emily",
    "Steven",
    "Helen",
    "Kevin",
    "Grace",
    "Brian",
    "Ruth",
  ],
};

export const OCCUPATIONS: Bilingual<readonly string[]> = {
  "zh-CN": [
    "企业主",
    "医生",
    "教师",
    "工程师",
    "律师",
    "会计师",
    "公务员",
    "销售总监",
    "个体经营",
    "退休干部",
    "大学教授",
    "设计师",
  ],
  "en-US": [
    "Business owner",
    "Physician",
    "Teacher",
    "Engineer",
    "Lawyer",
    "Accountant",
    "Civil servant",
    "Sales director",
    "Shop owner",
    "Retired",
    "Professor",
    "Designer",
  ],
};

export const EMPLOYERS: Bilingual<readonly string[]> = {
  "zh-CN": [
    "华信科技有限公司",
    "市第一人民医院",
    "实验中学",
    "中建三局",
    "金诚律师事务所",
    "立信会计师事务所",
    "市税务局",
    "东方家居集团",
    "个体",
    "浙江大学",
    "远景设计工作室",
    "恒达物流",
  ],
  "en-US": [
    "Northwind Traders",
    "St. Mary's Hospital",
    "Lincoln High School",
    "Acme Engineering",
    "Baker & Reed LLP",
    "Summit Accounting",
    "City Hall",
    "Contoso Furniture",
    "Self-employed",
    "State University",
    "Blue Door Studio",
    "Harbor Logistics",
  ],
};

export const HOBBIES: Bilingual<readonly string[]> = {
  "zh-CN": ["高尔夫", "钓鱼", "书法", "茶道", "登山", "摄影", "旅游", "太极", "红酒", "收藏"],
  "en-US": [
    "Golf",
    "Fishing",
    "Calligraphy",
    "Tea",
    "Hiking",
    "Photography",
    "Travel",
    "Tai chi",
    "Wine",
    "Collecting",
  ],
};

export const CITIES: Bilingual<readonly string[]> = {
  "zh-CN": [
    "杭州市西湖区文三路",
    "杭州市滨江区江南大道",
    "上海市浦东新区世纪大道",
    "南京市鼓楼区中山路",
    "苏州市工业园区星湖街",
    "宁波市鄞州区天童路",
  ],
  "en-US": [
    "Oak Street, Springfield",
    "Maple Avenue, Riverside",
    "Pine Road, Fairview",
    "Cedar Lane, Madison",
    "Elm Drive, Georgetown",
    "Lake Road, Franklin",
  ],
};

export const RISK_PREFERENCES: Bilingual<readonly string[]> = {
  "zh-CN": ["保守型", "稳健型", "平衡型", "成长型", "进取型"],
  "en-US": ["Conservative", "Cautious", "Balanced", "Growth", "Aggressive"],
};

export const GRADES: readonly string[] = ["A", "B", "C"];

export const CREDIT: Bilingual<readonly string[]> = {
  "zh-CN": ["良好", "良好", "良好", "一般"],
  "en-US": ["Good", "Good", "Good", "Fair"],
};

export const SOURCES: Bilingual<readonly string[]> = {
  "zh-CN": ["老客户介绍", "网点到店", "社区活动", "电话营销", "代发工资", "理财沙龙"],
  "en-US": ["Referral", "Walk-in", "Community event", "Cold call", "Payroll account", "Seminar"],
};

export const RELATIONSHIP_MANAGERS: Bilingual<readonly string[]> = {
  "zh-CN": ["周明", "陈静"],
  "en-US": ["Alex Chen", "Sam Rivera"],
};

export const SPOUSE_WORD: Bilingual<string> = { "zh-CN": "配偶", "en-US": "spouse" };
export const CHILD_WORD: Bilingual<string> = { "zh-CN": "子女", "en-US": "child" };

export interface Product {
  name: Bilingual<string>;
  /** Typical ticket size: [min, max] in yuan. */
  range: readonly [number, number];
}

/** Wealth products, funds and insurance a bank's relationship manager sells, from small to large tickets. */
export const PRODUCTS: readonly Product[] = [
  { name: { "zh-CN": "定投·沪深300指数基金", "en-US": "Index fund monthly plan" }, range: [1000, 5000] },
  { name: { "zh-CN": "货币基金", "en-US": "Money market fund" }, range: [2000, 20000] },
  { name: { "zh-CN": "意外险", "en-US": "Accident cover" }, range: [300, 2000] },
  { name: { "zh-CN": "稳健理财 90 天", "en-US": "90-day wealth product" }, range: [50000, 300000] },
  { name: { "zh-CN": "债券基金", "en-US": "Bond fund" }, range: [30000, 200000] },
  { name: { "zh-CN": "增额终身寿险", "en-US": "Whole life policy" }, range: [100000, 600000] },
  { name: { "zh-CN": "私募股权基金", "en-US": "Private equity fund" }, range: [300000, 1000000] },
  { name: { "zh-CN": "大额存单", "en-US": "Large certificate of deposit" }, range: [200000, 1000000] },
];

/** A middling ticket: a few of these a year put a customer near both medians. */
export const MIDDLE_PRODUCT: Product = {
  name: { "zh-CN": "季度开放理财", "en-US": "Quarterly wealth product" },
  range: [40000, 60000],
};

export const SUMMARIES: Bilingual<readonly string[]> = {
  "zh-CN": [
    "介绍新发理财产品",
    "回访上次购买的基金表现",
    "节日问候",
    "了解子女教育金规划",
    "讨论资产配置调整",
    "邀请参加理财沙龙",
    "了解企业经营情况",
    "送生日贺卡",
  ],
  "en-US": [
    "Introduced the new wealth product",
    "Reviewed the fund bought last time",
    "Holiday greetings",
    "Discussed the children's education fund",
    "Talked about rebalancing",
    "Invited to the investment seminar",
    "Asked how the business is going",
    "Sent a birthday card",
  ],
};

export const OUTCOMES: Bilingual<readonly string[]> = {
  "zh-CN": ["有兴趣，待跟进", "暂无需求", "已购买", "需和家人商量", "约定下次面谈"],
  "en-US": ["Interested, follow up", "No need for now", "Bought", "Will discuss with family", "Agreed to meet again"],
};

export const NEXT_ACTIONS: Bilingual<readonly string[]> = {
  "zh-CN": ["准备产品对比表", "发送基金月报", "邀请参加客户活动", "上门送资料", "电话确认需求"],
  "en-US": [
    "Prepare a product comparison",
    "Send the fund's monthly report",
    "Invite to the client event",
    "Bring the documents over",
    "Call to confirm needs",
  ],
};

export interface Holding {
  assetClass: string;
  name: Bilingual<string>;
  institution: "ours" | "other";
  risk: string;
  /** Value at the first review, in yuan; later reviews drift from it. */
  base: number;
}

export const HOLDINGS: readonly Holding[] = [
  {
    assetClass: "deposits",
    name: { "zh-CN": "定期存款", "en-US": "Term deposit" },
    institution: "ours",
    risk: "R1",
    base: 500000,
  },
  {
    assetClass: "wealth",
    name: { "zh-CN": "稳健理财 90 天", "en-US": "90-day wealth product" },
    institution: "ours",
    risk: "R2",
    base: 300000,
  },
  {
    assetClass: "funds",
    name: { "zh-CN": "沪深300指数基金", "en-US": "Index fund" },
    institution: "ours",
    risk: "R3",
    base: 150000,
  },
  {
    assetClass: "stocks",
    name: { "zh-CN": "A 股账户", "en-US": "Brokerage account" },
    institution: "other",
    risk: "R4",
    base: 200000,
  },
  {
    assetClass: "bonds",
    name: { "zh-CN": "国债", "en-US": "Treasury bonds" },
    institution: "other",
    risk: "R1",
    base: 100000,
  },
  {
    assetClass: "insurance",
    name: { "zh-CN": "增额终身寿险现金价值", "en-US": "Whole life cash value" },
    institution: "ours",
    risk: "R1",
    base: 120000,
  },
  {
    assetClass: "property",
    name: { "zh-CN": "自住房产", "en-US": "Home" },
    institution: "other",
    risk: "R2",
    base: 3000000,
  },
];

export const LOAN: Holding = {
  assetClass: "loans",
  name: { "zh-CN": "住房按揭贷款", "en-US": "Mortgage" },
  institution: "ours",
  risk: "R1",
  base: -1200000,
};

export const INSURERS: Bilingual<readonly string[]> = {
  "zh-CN": ["中国人寿", "平安人寿", "太平洋保险", "泰康人寿"],
  "en-US": ["Northwind Life", "Contoso Insurance", "Fabrikam Mutual", "Litware Assurance"],
};

/** Key-account projects (SPEC 5c opportunities) a relationship manager pursues. */
export const PROJECTS: Bilingual<readonly string[]> = {
  "zh-CN": ["企业年金计划", "员工团险", "家族信托", "私行资产配置", "企业现金管理", "子女教育金规划", "养老规划", "跨境理财", "大额存单续作", "财富传承方案"],
  "en-US": [
    "Corporate pension plan",
    "Group insurance",
    "Family trust",
    "Private banking allocation",
    "Cash management",
    "Education fund plan",
    "Retirement plan",
    "Cross-border wealth",
    "CD rollover",
    "Legacy planning",
  ],
};
