/**
 * A header caption reduced to what it means: the text without width, case, spaces, punctuation or
 * a bracketed unit; its English words (abbreviations expanded, plurals stemmed); and the unit, when
 * the caption names one — `金额(万元)` is an amount whose cells count ten-thousands.
 */

export interface Unit {
  /** The unit as written (`万元`, `元`, `USD`). */
  label: string;
  /** What a cell's number is multiplied by to read it in the base unit (万元 → 10,000). */
  multiplier: number;
}

export interface NormalCaption {
  /** Lower-case, half-width, without spaces, punctuation or the bracketed unit: `客户编号`, `custid`. */
  key: string;
  /** English words, abbreviations expanded: `Cust. ID` → `customer id`. */
  words: string;
  unit?: Unit;
}

/** Money units by what they multiply. Chinese before `元` alone so `万元` is not read as `元`. */
const MONEY_UNITS: readonly [RegExp, number][] = [
  [/^(?:单位[:：]?)?(?:人民币)?(?:亿元?|亿)$/, 1e8],
  [/^(?:单位[:：]?)?(?:人民币)?(?:万元?|万)$/, 1e4],
  [/^(?:单位[:：]?)?(?:人民币)?(?:千元)$/, 1e3],
  [/^(?:单位[:：]?)?(?:人民币)?(?:元|rmb|cny|¥|yuan|usd|\$|eur|hkd)$/, 1],
  [/^(?:in )?(?:thousands?|k)$/, 1e3],
  [/^(?:in )?(?:millions?|mn|m)$/, 1e6],
];

/**
 * English abbreviations reps and exports use, by the word they stand for. Matching then sees
 * one vocabulary whatever the spelling (`Pmt Sts`, `payment status`).
 */
const ABBREVIATIONS: Record<string, string> = {
  cust: "customer", cus: "customer", cst: "customer", clt: "customer", client: "customer", clnt: "customer",
  acct: "account", acc: "account", ac: "account",
  no: "number", num: "number", nbr: "number", nr: "number", "#": "number",
  identifier: "id",
  amt: "amount", amnt: "amount", val: "value",
  pmt: "payment", pymt: "payment", paymt: "payment", pay: "payment",
  txn: "transaction", trx: "transaction", trans: "transaction", tran: "transaction", tx: "transaction",
  dt: "date", dte: "date",
  stat: "status", sts: "status", stts: "status", state: "status",
  tel: "phone", ph: "phone", phn: "phone", mob: "phone", mobile: "phone", cell: "phone", telephone: "phone",
  addr: "address", adr: "address",
  dob: "birthday", bday: "birthday", birthdate: "birthday",
  prod: "product", prd: "product", item: "product",
  desc: "description", descr: "description",
  rmk: "remark", rmks: "remark", memo: "note", comment: "note", remark: "note",
  mgr: "manager", nm: "name",
  co: "company", org: "company", organisation: "company", organization: "company",
  occ: "occupation", job: "occupation", profession: "occupation",
  cat: "category", inst: "institution", mkt: "market", mv: "market value",
  qty: "quantity", ccy: "currency", cur: "currency",
  appt: "appointment", appointments: "appointment",
  followup: "follow up", fu: "follow up",
  ins: "insurance",
};

/** A tiny stemmer: the plurals captions use (`payments`, `hobbies`, `notes`), not `status`. */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return word.slice(0, -3) + "y";
  if (word.length > 3 && word.endsWith("s") && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

const BRACKETS = /[([{【〔<《]([^)\]}】〕>》]*)[)\]}】〕>》]/g;

function unitOf(text: string): Unit | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, " ");
  for (const [re, multiplier] of MONEY_UNITS) if (re.test(t)) return { label: text.trim(), multiplier };
  return undefined;
}

export function normalizeCaption(raw: string): NormalCaption {
  let text = String(raw ?? "").normalize("NFKC").trim();
  let unit: Unit | undefined;
  // A bracketed part is a unit or an aside: `金额(元)`, `Amount (USD)`, `回款状态【必填】`.
  const stripped = text.replace(BRACKETS, (_, inner: string) => {
    unit ??= unitOf(inner);
    return " ";
  });
  if (stripped.trim()) text = stripped;
  // A unit after a slash or a Chinese caption's own tail: `金额/万元`, `成交额万元`.
  const tail = /^(.*?[^\s/])\s*[/／|_-]\s*([^\s/]+)$/.exec(text);
  if (!unit && tail && unitOf(tail[2])) {
    unit = unitOf(tail[2]);
    text = tail[1];
  } else if (!unit) {
    const zhTail = /^(.*[\u4e00-\u9fff])(万元|千元|亿元)$/.exec(text);
    if (zhTail) {
      unit = unitOf(zhTail[2]);
      text = zhTail[1];
    }
  }
  const key = text
    .toLowerCase()
    .replace(/#/g, "no")
    .replace(/[\s_\-.*:：/\\|'"`~!?,;，。；、·•…]+/g, "");
  return { key, words: wordsOf(text), unit };
}

/** English words of a caption: camelCase and separators split, CJK dropped, abbreviations expanded. */
function wordsOf(text: string): string {
  const spaced = text
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .replace(/#/g, " # ")
    .toLowerCase();
  const words = spaced.split(/[^a-z0-9#]+/).filter(Boolean);
  return words.map((w) => ABBREVIATIONS[w] ?? ABBREVIATIONS[stem(w)] ?? stem(w)).join(" ");
}
