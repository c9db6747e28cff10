/**
 * A deterministic demo workbook: believable customers whose purchases fill all four quadrants,
 * follow-ups with appointments on the as-of date, birthdays this week, asset reviews and family
 * policies — in Chinese or English. The same options always give the same book.
 *
 * Dates are Excel serial numbers in the 1900 date system (what Excel and Office.js hold for a
 * date cell); each table lists its date columns so a writer can give them a date format.
 */
import type { TableKey } from "../core/table";
import type { Lang } from "../core/i18n";
import { t } from "../core/i18n";
import { type Day, serialFromDay, ymdOfDay, dayFromYmd } from "../core/dates";
import {
  ASSET_CLASSES,
  CHANNELS,
  COVER_TYPES,
  INSTITUTIONS,
  OPPORTUNITY_STAGES,
  PAYMENT_STATUSES,
  PREMIUM_PAYMENTS,
  RELATIONSHIPS,
  TABLES,
  TABLE_ORDER,
  type EnumValue,
  caption,
} from "../core/schema";
import { SETTING_KEYS, defaultSettingValue, settingLabel } from "../core/settings";
import { Random } from "./random";
import * as data from "./data";

export type DemoCell = string | number | null;

export interface DemoTable {
  key: TableKey;
  /** The Excel table name the add-in owns (`crmCustomers` …). */
  tableName: string;
  sheet: string;
  headers: string[];
  rows: DemoCell[][];
  /** Positions in `headers` of the date columns (their cells are 1900-system serials). */
  dateColumns: number[];
}

export interface DemoBook {
  lang: Lang;
  asOf: Day;
  tables: Record<TableKey, DemoTable>;
}

export interface DemoOptions {
  lang: Lang;
  asOf: Day;
  customers?: number;
  seed?: number;
}

/**
 * How a customer buys. Equal numbers above and below each median (I + II vs IV + III on amount,
 * I + IV vs II + III on closeness) put the thresholds among the "edge" customers, who buy
 * middling amounts now and then: they straddle the lines and show up as borderline. "none"
 * customers have nothing in the window and land in III without moving the medians.
 */
type Archetype = "I" | "II" | "III" | "IV" | "edge" | "none";
const ARCHETYPES: readonly Archetype[] = ["I", "II", "IV", "III", "I", "II", "IV", "III", "edge", "none"];

interface Person {
  id: string;
  name: string;
  archetype: Archetype;
  surname: string;
  spouse: string;
  child?: string;
}

type Row = Record<string, DemoCell>;

export function demoBook({ lang, asOf, customers = 40, seed = 1 }: DemoOptions): DemoBook {
  const rnd = new Random(seed);
  const people = makePeople(rnd, lang, customers);
  const serial = (day: Day) => serialFromDay(day, false);
  const text = (values: readonly EnumValue[], key: string) =>
    caption(
      values.find((v) => v.key === key)!,
      lang,
    );
  const rows: Record<TableKey, Row[]> = {
    customers: customerRows(rnd, lang, people, asOf, serial),
    followUps: followUpRows(rnd, lang, people, asOf, serial, text),
    purchases: purchaseRows(rnd, lang, people, asOf, serial, text),
    assets: assetRows(seed, lang, people, asOf, serial, text),
    policies: policyRows(rnd, lang, people, asOf, serial, text),
    opportunities: [],
    settings: SETTING_KEYS.map((key) => ({
      key: settingLabel(key, lang),
      value: defaultSettingValue(key, lang),
      description: t(lang, `setting.${key}`),
    })),
  };
  keyAccountRows(seed, lang, people, asOf, serial, rows);
  const tables = Object.fromEntries(TABLE_ORDER.map((key) => [key, toTable(key, lang, rows[key])])) as Record<
    TableKey,
    DemoTable
  >;
  return { lang, asOf, tables };
}

function toTable(key: TableKey, lang: Lang, rows: Row[]): DemoTable {
  const def = TABLES[key];
  return {
    key,
    tableName: def.tableName,
    sheet: caption(def, lang),
    headers: def.columns.map((c) => caption(c, lang)),
    rows: rows.map((r) => def.columns.map((c) => r[c.key] ?? null)),
    dateColumns: def.columns.flatMap((c, i) => (c.kind === "date" ? [i] : [])),
  };
}

function makePeople(rnd: Random, lang: Lang, count: number): Person[] {
  const used = new Set<string>();
  // A few tries for a name not used yet; a big book gets namesakes, as real books do.
  const fullName = (surname: string) => {
    let name = "";
    for (let attempt = 0; attempt < 8 && (name === "" || used.has(name)); attempt++) {
      const given = rnd.pick(data.GIVEN_NAMES[lang]);
      name = lang === "zh-CN" ? surname + given : `${given} ${surname}`;
    }
    used.add(name);
    return name;
  };
  return Array.from({ length: count }, (_, i) => {
    const surname = rnd.pick(data.SURNAMES[lang]);
    const name = fullName(surname);
    const spouseSurname = lang === "zh-CN" ? rnd.pick(data.SURNAMES[lang]) : surname;
    return {
      id: `C${String(i + 1).padStart(3, "0")}`,
      name,
      archetype: ARCHETYPES[i % ARCHETYPES.length],
      surname,
      spouse: fullName(spouseSurname),
      child: rnd.chance(0.6) ? fullName(surname) : undefined,
    };
  });
}

function customerRows(rnd: Random, lang: Lang, people: Person[], asOf: Day, serial: (d: Day) => number): Row[] {
  const zh = lang === "zh-CN";
  const thisYear = ymdOfDay(asOf).year;
  // A few birthdays in the coming week, so the plan shows greetings.
  const households = insuredHouseholds(people);
  const birthdayPeople = new Set(rnd.sample(people, Math.max(1, Math.round(people.length / 13))).map((p) => p.id));
  return people.map((p) => {
    let birthday = dayFromYmd(rnd.int(thisYear - 66, thisYear - 30), rnd.int(1, 12), rnd.int(1, 28))!;
    if (birthdayPeople.has(p.id)) {
      const soon = ymdOfDay(asOf + rnd.int(0, 6));
      const year = ymdOfDay(birthday).year;
      // Someone born on 29 February needs a leap year.
      birthday = [0, 1, 2, 3].map((k) => dayFromYmd(year - k, soon.month, soon.day)).find((d) => d !== undefined)!;
    }
    const family = familyText(p, lang, households.get(p.id));
    const street = rnd.int(1, 399);
    const occupation = rnd.int(0, data.OCCUPATIONS[lang].length - 1);
    return {
      id: p.id,
      name: p.name,
      phone: zh
        ? `13${rnd.int(0, 9)}${String(rnd.int(0, 99999999)).padStart(8, "0")}`
        : `(555) 01${rnd.int(0, 9)}-${String(rnd.int(0, 9999)).padStart(4, "0")}`,
      address: zh ? `${rnd.pick(data.CITIES[lang])}${street}号` : `${street} ${rnd.pick(data.CITIES[lang])}`,
      birthday: serial(birthday),
      occupation: data.OCCUPATIONS[lang][occupation],
      employer: data.EMPLOYERS[lang][occupation],
      hobbies: rnd.sample(data.HOBBIES[lang], rnd.int(1, 2)).join(zh ? "、" : ", "),
      family,
      risk: rnd.pick(data.RISK_PREFERENCES[lang]),
      decisionMaker: rnd.chance(0.7) ? p.name : p.spouse,
      grade: p.archetype === "I" || p.archetype === "II" ? "A" : rnd.pick(data.GRADES.slice(1)),
      credit: rnd.pick(data.CREDIT[lang]),
      contact: p.name,
      source: rnd.pick(data.SOURCES[lang]),
      cardOwner: rnd.pick(data.RELATIONSHIP_MANAGERS[lang]),
      cardDate: serial(asOf - rnd.int(400, 2000)),
      notes: null,
    };
  });
}

/** Purchases over the 18 months before the as-of date, shaped by each customer's archetype. */
function purchaseRows(
  rnd: Random,
  lang: Lang,
  people: Person[],
  asOf: Day,
  serial: (d: Day) => number,
  text: (values: readonly EnumValue[], key: string) => string,
): Row[] {
  const buys: { day: Day; row: Row }[] = [];
  const small = data.PRODUCTS.slice(0, 3);
  const large = data.PRODUCTS.slice(3);
  let latePayers = 0;
  for (const p of people) {
    const plan: Record<Archetype, { count: number; products: readonly data.Product[] }> = {
      I: { count: rnd.int(8, 13), products: large.slice(0, 3) },
      II: { count: rnd.int(1, 2), products: large.slice(2) },
      IV: { count: rnd.int(8, 14), products: small },
      III: { count: rnd.int(1, 2), products: small },
      edge: { count: rnd.int(3, 5), products: [data.MIDDLE_PRODUCT] },
      none: { count: 0, products: small },
    };
    const { count, products } = plan[p.archetype];
    // Every third frequent buyer has paid late once: the penalty may move them down a quadrant.
    const late = (p.archetype === "I" || p.archetype === "IV") && latePayers++ % 3 === 1;
    for (let k = 0; k < count; k++) {
      const product = rnd.pick(products);
      const day = asOf - rnd.int(0, 360);
      const status =
        late && k === 0 ? rnd.pick(["overdue", "badDebt"]) : day > asOf - 20 && rnd.chance(0.5) ? "pending" : "paid";
      buys.push({ day, row: purchase(p, day, product, rnd.amount(product.range[0], product.range[1], 100), status) });
    }
    // Older history outside the 12-month window: it shows in the 360 view but does not count.
    for (let k = rnd.int(0, p.archetype === "none" ? 3 : 1); k > 0; k--) {
      const product = rnd.pick(data.PRODUCTS);
      const day = asOf - rnd.int(380, 540);
      buys.push({ day, row: purchase(p, day, product, rnd.amount(product.range[0], product.range[1], 100), "paid") });
    }
  }
  function purchase(p: Person, day: Day, product: data.Product, amount: number, status: string): Row {
    return {
      id: p.id,
      date: serial(day),
      product: product.name[lang],
      amount,
      paymentStatus: text(PAYMENT_STATUSES, status),
    };
  }
  return buys.sort((a, b) => a.day - b.day).map((b) => b.row);
}

/** Appointments on the as-of date at most: what one rep can keep in a day beside the rest of the plan. */
const APPOINTMENTS_TODAY = 4;

function followUpRows(
  rnd: Random,
  lang: Lang,
  people: Person[],
  asOf: Day,
  serial: (d: Day) => number,
  text: (values: readonly EnumValue[], key: string) => string,
): Row[] {
  const contacts: { day: Day; row: Row }[] = [];
  const active = people.filter((p) => p.archetype !== "none");
  // One in fifteen customers has an appointment booked; a rep keeps a few of them a day (at most
  // APPOINTMENTS_TODAY on the as-of date), the others fall on the next two weeks. The spread uses no
  // random draw, so every other table of the book stays as it was.
  const booked = rnd.sample(active, Math.max(1, Math.round(people.length / 15))).map((p) => p.id);
  const bookedFor = new Map(booked.map((id, i) => [id, i < APPOINTMENTS_TODAY ? asOf : asOf + 1 + ((i - APPOINTMENTS_TODAY) % 14)]));
  const perArchetype: Record<Archetype, [number, number]> = {
    I: [2, 4],
    II: [2, 5],
    IV: [2, 4],
    III: [1, 2],
    edge: [1, 3],
    none: [0, 1],
  };
  for (const p of people) {
    const n = rnd.int(...perArchetype[p.archetype]);
    const days = Array.from({ length: n }, () => asOf - rnd.int(1, 180)).sort((a, b) => a - b);
    days.forEach((day, k) => {
      const last = k === days.length - 1;
      const channel =
        p.archetype === "III" || p.archetype === "none"
          ? rnd.pick(["phone", "sms", "email", "wechat"])
          : rnd.pick(["visit", "visit", "phone", "wechat"]);
      const next = last && bookedFor.has(p.id) ? bookedFor.get(p.id)! : last && rnd.chance(0.4) ? asOf + rnd.int(2, 30) : null;
      contacts.push({
        day,
        row: {
          id: p.id,
          date: serial(day),
          channel: text(CHANNELS, channel),
          summary: rnd.pick(data.SUMMARIES[lang]),
          outcome: rnd.pick(data.OUTCOMES[lang]),
          nextDate: next === null ? null : serial(next),
          nextAction: next === null ? null : rnd.pick(data.NEXT_ACTIONS[lang]),
        },
      });
    });
  }
  return contacts.sort((a, b) => a.day - b.day).map((c) => c.row);
}

/**
 * Asset reviews of the bigger customers (SPEC 5): six clients reviewed 3–6 times, monthly or
 * quarterly, the latest a week before the as-of date. Values drift from review to review; the
 * first client carries a mortgage being paid down, the second sells a holding half-way, the third
 * buys a new one at the latest review, and term deposits, wealth products and bonds carry
 * maturity dates, some within 30/60/90 days. Drawn from a random stream of their own, so the
 * reviews can change without changing any other table.
 */
function assetRows(
  seed: number,
  lang: Lang,
  people: Person[],
  asOf: Day,
  serial: (d: Day) => number,
  text: (values: readonly EnumValue[], key: string) => string,
): Row[] {
  const rnd = new Random(seed * 7919 + 12);
  const reviewed = people.filter((p) => p.archetype === "I" || p.archetype === "II").slice(0, 6);
  const rows: Row[] = [];
  reviewed.forEach((p, i) => {
    const count = 3 + (i % 4);
    const interval = i % 2 === 0 ? 30 : 91;
    const reviews = Array.from({ length: count }, (_, k) => asOf - 7 - (count - 1 - k) * interval);
    const held = rnd.sample(data.HOLDINGS.filter((h) => h.assetClass !== "property"), rnd.int(3, 4));
    const holdings = [...held, ...(i === 0 || i === 3 ? [data.LOAN] : []), ...(i === 4 ? [data.HOLDINGS.find((h) => h.assetClass === "property")!] : [])];
    const since = holdings.map(() => reviews[0] - rnd.int(90, 1500));
    const scale = 0.4 + rnd.next() * 1.2;
    // Maturities: a term a few months past the latest review, some inside the 30/60/90-day windows.
    const maturity = holdings.map((h) =>
      ["deposits", "wealth", "bonds"].includes(h.assetClass) ? reviews[count - 1] + rnd.int(10, 200) : null,
    );
    const soldAt = i === 1 ? Math.floor(count / 2) : Infinity;
    const newAt = i === 2 ? count - 1 : Infinity;
    const bought = data.HOLDINGS.find((h) => h.assetClass === "stocks" && !held.includes(h)) ?? data.HOLDINGS[0];
    reviews.forEach((review, r) => {
      const today = holdings.map((h, k) => ({ h, k })).filter(({ k }) => !(k === 1 && r >= soldAt));
      for (const { h, k } of today) {
        // Investments drift a few percent a review; a loan is paid down.
        const drift = h.assetClass === "loans" ? 0.35 * (1 - 0.02 * r) : 1 + (rnd.int(-6, 9) / 100) * r;
        rows.push({
          id: p.id,
          reviewDate: serial(review),
          assetClass: text(ASSET_CLASSES, h.assetClass),
          name: h.name[lang],
          institution: text(INSTITUTIONS, h.institution),
          heldSince: serial(since[k]),
          maturity: maturity[k] === null ? null : serial(maturity[k]!),
          riskLevel: h.risk,
          value: Math.round((Math.abs(h.base) * scale * drift) / 100) * 100,
        });
      }
      if (r >= newAt)
        rows.push({
          id: p.id,
          reviewDate: serial(review),
          assetClass: text(ASSET_CLASSES, bought.assetClass),
          name: bought.name[lang],
          institution: text(INSTITUTIONS, bought.institution),
          heldSince: serial(review - 20),
          maturity: null,
          riskLevel: bought.risk,
          value: Math.round((bought.base * scale) / 100) * 100,
        });
    });
  });
  return rows;
}

/**
 * The insured households (SPEC 5b), chosen without drawing random numbers so the other tables do
 * not change: a couple whose medical cover ends soon (a renewal), a couple with two children,
 * a child covered only by accident insurance, two mixed families, a single adult and a couple
 * without children whose cover is complete.
 */
type HouseholdKind = "renewal" | "twoChildren" | "accidentChild" | "mixed" | "single" | "complete";

function insuredHouseholds(people: Person[]): Map<string, HouseholdKind> {
  const active = people.filter((p) => p.archetype !== "none");
  const withChild = active.filter((p) => p.child);
  const childless = active.filter((p) => !p.child);
  const kinds: [Person | undefined, HouseholdKind][] = [
    [withChild[0], "renewal"],
    [withChild[1], "twoChildren"],
    [withChild[2], "accidentChild"],
    [withChild[3], "mixed"],
    [withChild[4], "mixed"],
    [childless[0], "single"],
    [childless[1], "complete"],
  ];
  return new Map(kinds.flatMap(([p, kind]) => (p ? [[p.id, kind] as [string, HouseholdKind]] : [])));
}

/** The second child of the two-children household, named without a random draw. */
function secondChild(p: Person, lang: Lang): string {
  const given = data.GIVEN_NAMES[lang];
  const full = (k: number) => (lang === "zh-CN" ? `${p.surname}${given[k % given.length]}` : `${given[k % given.length]} ${p.surname}`);
  const k = p.id.charCodeAt(p.id.length - 1) * 7;
  return full(k) === p.child ? full(k + 1) : full(k);
}

/** The family column as the rep writes it; a single adult's says so. */
function familyText(p: Person, lang: Lang, kind: HouseholdKind | undefined): string {
  const zh = lang === "zh-CN";
  if (kind === "single") return zh ? "未婚" : "Single";
  const children = [p.child, kind === "twoChildren" ? secondChild(p, lang) : undefined].filter((c): c is string => !!c);
  return zh
    ? [`配偶：${p.spouse}`, ...children.map((c) => `子女：${c}`)].join("；")
    : [`Spouse: ${p.spouse}`, ...children.map((c) => `child: ${c}`)].join("; ");
}

type Cover = [insured: string, relationship: string, cover: string];

/** Each household's policies; the insured is written the ways reps write it (`配偶 王芳` and `王芳`). */
function coversOf(p: Person, kind: HouseholdKind, lang: Lang, h: number): Cover[] {
  const spouseWord = lang === "zh-CN" ? `配偶 ${p.spouse}` : `Spouse: ${p.spouse}`;
  const self: Cover[] = [
    [p.name, "self", "criticalIllness"],
    [p.name, "self", "medical"],
  ];
  switch (kind) {
    case "renewal":
      return [...self, [p.name, "self", "life"], [spouseWord, "spouse", "medical"], [p.child!, "child", "education"]];
    case "twoChildren":
      return [
        ...self,
        [p.name, "self", "life"],
        [spouseWord, "spouse", "criticalIllness"],
        [p.spouse, "spouse", "medical"],
        [p.child!, "child", "medical"],
        [p.child!, "child", "accident"],
        [secondChild(p, lang), "child", "education"],
      ];
    case "accidentChild":
      return [...self, [p.name, "self", "life"], [p.spouse, "spouse", "criticalIllness"], [spouseWord, "spouse", "medical"], [p.child!, "child", "accident"]];
    case "mixed":
      return [...self, [p.spouse, "spouse", "medical"], [p.child!, "child", h % 2 === 0 ? "education" : "accident"], ...(h % 2 === 1 ? [[p.name, "self", "life"] as Cover] : [])];
    case "single":
      return [
        [p.name, "self", "life"],
        [p.name, "self", "accident"],
      ];
    case "complete":
      return [...self, [p.name, "self", "annuity"], [p.spouse, "spouse", "criticalIllness"], [spouseWord, "spouse", "medical"]];
  }
}

/** Policies of the insured households, with the usual gaps and one policy ending within the renewal horizon. */
function policyRows(
  rnd: Random,
  lang: Lang,
  people: Person[],
  asOf: Day,
  serial: (d: Day) => number,
  text: (values: readonly EnumValue[], key: string) => string,
): Row[] {
  const kinds = insuredHouseholds(people);
  const rows: Row[] = [];
  people.forEach((p) => {
    const kind = kinds.get(p.id);
    if (!kind) return;
    coversOf(p, kind, lang, rows.length).forEach(([insured, relationship, cover], k) => {
      const yearly = cover === "medical" || cover === "accident";
      // The renewal household's medical cover ends soon: a renewal reminder.
      const end = yearly ? (kind === "renewal" && k === 1 ? asOf + rnd.int(20, 50) : asOf + rnd.int(90, 330)) : null;
      // A one-year policy started a year before it ends; long-term ones years ago.
      const start = end !== null ? end - 365 : asOf - rnd.int(200, 2500);
      // Education and annuity policies are often bought with one premium.
      const single = (cover === "education" && rnd.chance(0.5)) || cover === "annuity";
      rows.push({
        id: p.id,
        insured,
        relationship: text(RELATIONSHIPS, relationship),
        coverType: text(COVER_TYPES, cover),
        insurer: rnd.pick(data.INSURERS[lang]),
        policyNo: `P${rnd.int(10000000, 99999999)}`,
        sumInsured: yearly ? rnd.amount(100000, 3000000, 10000) : rnd.amount(300000, 1000000, 10000),
        premium: yearly ? rnd.amount(300, 3000, 10) : single ? rnd.amount(50000, 200000, 1000) : rnd.amount(5000, 30000, 100),
        payment: text(PREMIUM_PAYMENTS, single ? "single" : "regular"),
        paymentYears: yearly || single ? 1 : rnd.pick([10, 20]),
        startDate: serial(start),
        endDate: end === null ? null : serial(end),
      });
    });
  });
  return rows;
}

/**
 * Key accounts (SPEC 5c): purchase potentials that give every attack/defend segment — frequent big
 * buyers hold most of a large potential (保留), occasional big buyers a third (获取), middling
 * buyers a small slice of a large one (侵扰), small buyers are 维持 or 放弃 — with a few customers
 * left without a potential; and opportunities at every stage, some stale, some with 1+2+1 gaps.
 * Drawn from a random stream of their own, so no other table changes.
 */
function keyAccountRows(seed: number, lang: Lang, people: Person[], asOf: Day, serial: (d: Day) => number, rows: Record<TableKey, Row[]>): void {
  const rnd = new Random(seed * 104729 + 26);
  const bought = new Map<string, number>();
  // The generated window purchases are within 360 days; the older ones 380 days back or more.
  const since = serial(asOf - 366);
  for (const r of rows.purchases) if ((r.date as number) > since) bought.set(r.id as string, (bought.get(r.id as string) ?? 0) + (r.amount as number));
  const share: Record<Archetype, number> = { I: 0.6, II: 0.3, IV: 0.45, III: 0.08, edge: 0.12, none: 0 };
  rows.customers.forEach((row, i) => {
    const p = people[i];
    if (i % 9 === 4) return; // no estimate yet: counted in a warning, not classed
    const amount = bought.get(p.id) ?? 0;
    const potential = p.archetype === "none" ? 800_000 : amount / (share[p.archetype] * (0.85 + rnd.next() * 0.3));
    row.potential = Math.max(10_000, Math.round(potential / 10_000) * 10_000);
  });
  const zh = lang === "zh-CN";
  const person = () => {
    const surname = rnd.pick(data.SURNAMES[lang]);
    return zh ? surname + rnd.pick(["总", "经理", "主任", "工"]) : `${rnd.pick(data.GIVEN_NAMES[lang])} ${surname}`;
  };
  // Stages in turn from a list where earlier stages come more often: the funnel narrows; a few are won or lost.
  const STAGE_TURNS = ["target", "analysis", "target", "trust", "needs", "target", "analysis", "value", "trust", "target", "analysis", "commitment", "needs", "trust", "collection", "won", "target", "lost"];
  let turn = 0;
  const stageOf = () => STAGE_TURNS[turn++ % STAGE_TURNS.length];
  for (const p of people) {
    if (!["I", "II", "edge"].includes(p.archetype) && !(p.archetype === "none" && rnd.chance(0.5))) continue;
    for (let n = rnd.int(1, 2); n > 0; n--) {
      const stage = stageOf();
      const role = () => (rnd.chance(0.45) ? person() : null);
      rows.opportunities.push({
        id: p.id,
        project: rnd.pick(data.PROJECTS[lang]),
        stage: caption(OPPORTUNITY_STAGES.find((s) => s.key === stage)!, lang),
        amount: rnd.chance(0.9) ? rnd.amount(50_000, 1_000_000, 10_000) : null,
        expectedClose: serial(asOf + rnd.int(15, 120)),
        stageDate: serial(asOf - rnd.int(3, 75)),
        guide: rnd.chance(0.7) ? person() : null,
        buyer: role(),
        user: role(),
        gatekeeper: role(),
        decisionMaker: role(),
        rep: rnd.chance(0.9) ? rnd.pick(data.RELATIONSHIP_MANAGERS[lang]) : null,
      });
    }
  }
}
