/**
 * `crm team` as a manager uses it on a folder of reps' books: each rep's figures are that book's
 * own `crm score`, `check` and `plan` figures; a broken file is one row with its error and the
 * run goes on; customers in two books are found by ID and by phone; `--anonymize` leaves every
 * customer's name and phone out of every output; `--out` writes a workbook with native charts.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { crm } from "./harness";
import { runCli } from "../../src/cli/run";
import { buildXlsx, tempDir, writeTemp, type FixtureCell } from "../fixtures/workbooks";
import { Random } from "../../src/demo/random";

const AS_OF = "2026-03-31";
const STATUSES = ["正常", "正常", "待回款", "逾期", "坏账"];
const CHANNELS = ["拜访", "电话", "微信", "改约"];

interface Customer {
  id: string;
  name: string;
  phone: string;
}

/** A rep's book: customers with phones, a year and a half of purchases and follow-ups, optionally an owner and a crmHistory. */
async function repBook(seed: number, customers: Customer[], o: { owner?: string; history?: FixtureCell[][] } = {}): Promise<Uint8Array> {
  const rnd = new Random(seed);
  const day = (back: number) => new Date(Date.UTC(2026, 2, 31) - back * 86_400_000);
  const purchases: FixtureCell[][] = [["客户编号", "日期", "产品", "金额", "回款状态"]];
  const followUps: FixtureCell[][] = [["客户编号", "日期", "方式", "内容"]];
  for (const c of customers) {
    const n = rnd.int(0, 8);
    for (let k = 0; k < n; k++) purchases.push([c.id, day(rnd.int(0, 540)), rnd.pick(["基金", "保险", "存款"]), rnd.pick([800, 1200.5, 5000, -300, 20000]), rnd.pick(STATUSES)]);
    for (let k = rnd.int(0, 3); k > 0; k--) followUps.push([c.id, day(rnd.int(0, 60)), rnd.pick(CHANNELS), "回访"]);
  }
  return buildXlsx([
    { name: "客户", table: "crmCustomers", rows: [["客户编号", "客户名称", "电话"], ...customers.map((c) => [c.id, c.name, c.phone])] },
    { name: "购买记录", table: "crmPurchases", rows: purchases },
    { name: "跟进记录", table: "crmFollowUps", rows: followUps },
    ...(o.owner ? [{ name: "设置", table: "crmSettings", rows: [["键", "值", "说明"], ["owner", o.owner, ""]] }] : []),
    ...(o.history ? [{ name: "迁移记录", table: "crmHistory", rows: o.history }] : []),
  ]);
}

const people = (prefix: string, n: number, phone0: number): Customer[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${String(i + 1).padStart(3, "0")}`, name: `${prefix}客户${i + 1}号`, phone: `139${String(phone0 + i).padStart(8, "0")}` }));

describe("crm team over a folder of reps' books", () => {
  const dir = tempDir();
  const folder = join(dir, "books");
  mkdirSync(folder);
  // A customer whose ID is their phone number, in two books: anonymized output must not show that ID either.
  const phoneAsId = { id: "13812345678", name: "孙手机", phone: "13812345678" };
  const a = [...people("A", 12, 10_000), phoneAsId];
  const b = [...people("B", 9, 20_000), { id: "A003", name: "王小明", phone: "13600000001" }];
  // Same person as b's first customer, under another ID, the phone written another way.
  const c = [...people("C", 7, 30_000), { id: "Z9", name: "钱多多", phone: "+86 139-0002-0000" }, phoneAsId]; // b[0].phone is 13900020000
  const allNames = [...a, ...b, ...c].map((x) => x.name);
  const allPhones = [...a, ...b, ...c].map((x) => x.phone);
  const stamp = 46100.5;
  const files: Record<string, string> = {};

  beforeAll(async () => {
    files.a = writeTemp(folder, "张三.xlsx", await repBook(1, a));
    files.b = writeTemp(folder, "李四.xlsx", await repBook(2, b));
    files.c = writeTemp(
      folder,
      "c-book.xlsx",
      await repBook(3, c, {
        owner: "赵六",
        history: [
          ["刷新时间", "客户编号", "原象限", "新象限", "交易额", "紧密度", "原因"],
          [stamp - 30, "C001", "", "I", 1000, 0.5, ""],
          [stamp - 30, "C002", "", "II", 900, 0.1, ""],
          [stamp, "C001", "I", "II", 800, 0.1, ""],
          [stamp, "C002", "II", "I", 1900, 0.5, ""],
          [stamp, "C003", "III", "I", 2000, 0.6, ""],
          [stamp, "C004", "II", "I", 1000, 0.4, "分界线移动"],
          [stamp, "C005", "I", "III", 0, 0, "重置"],
        ],
      }),
    );
    files.broken = writeTemp(folder, "损坏.xlsx", "PK\u0003\u0004 this zip was cut short");
  }, 60_000);

  const team = async (...extra: string[]) => crm(["team", folder, "--as-of", AS_OF, "--json", ...extra]);

  it("gives each rep the figures of that book's own crm score, check and plan", async () => {
    const r = await team();
    const json = JSON.parse(r.stdout);
    expect(json.asOf).toBe(AS_OF);
    const read = json.reps.filter((x: { error?: string }) => !x.error);
    expect(read.map((x: { rep: string }) => x.rep)).toEqual(["赵六", "张三", "李四"]); // files by name: c-book, 张三, 李四
    for (const rep of read) {
      const scores = JSON.parse((await crm(["score", rep.file, "--as-of", AS_OF, "--json"])).stdout) as { quadrant: string; amount: number }[];
      const problems = JSON.parse((await crm(["check", rep.file, "--json"])).stdout) as { severity: string }[];
      const plan = JSON.parse((await crm(["plan", rep.file, "--as-of", AS_OF, "--json"])).stdout) as unknown[];
      expect(rep.customers).toBe(scores.length);
      for (const q of ["I", "II", "III", "IV"]) {
        const mine = scores.filter((s) => s.quadrant === q);
        expect([rep.rep, q, rep.quadrants[q].count]).toEqual([rep.rep, q, mine.length]);
        expect(rep.quadrants[q].amount).toBeCloseTo(mine.reduce((s, x) => s + x.amount, 0), 6);
      }
      expect(rep.problems).toEqual({ errors: problems.filter((p) => p.severity === "error").length, warnings: problems.filter((p) => p.severity === "warning").length });
      expect(rep.planToday).toBe(plan.length);
      expect(rep.contactsLast30Days).toBeGreaterThan(0);
    }
    const sum = (f: (x: { customers: number }) => number) => read.reduce((s: number, x: { customers: number }) => s + f(x), 0);
    expect(json.totals.customers).toBe(sum((x) => x.customers));
    expect(json.totals.planToday).toBe(sum((x) => (x as unknown as { planToday: number }).planToday));
  }, 120_000);

  it("keeps a broken book as one row with its error, goes on, and exits 1", async () => {
    const r = await team();
    expect(r.code).toBe(1);
    const broken = JSON.parse(r.stdout).reps.find((x: { rep: string }) => x.rep === "损坏");
    expect(broken).toEqual({ rep: "损坏", file: files.broken, error: expect.stringContaining("损坏.xlsx") });
    expect(r.stderr).toBe("");
  });

  it("finds the customer two books share by ID, and the one they share by phone", async () => {
    const { shared } = JSON.parse((await team()).stdout);
    // In the order first met (c-book is read first): the ID and name are those of the first book.
    expect(shared).toEqual([
      { id: "Z9", reps: ["赵六", "李四"], match: "phone", name: "钱多多" },
      { id: "13812345678", reps: ["赵六", "张三"], match: "id", name: "孙手机" },
      { id: "A003", reps: ["张三", "李四"], match: "id", name: "A客户3号" },
    ]);
  });

  it("reads the movements of the book's last refresh from its crmHistory: own moves by kind, threshold moves apart, resets left out", async () => {
    const rep = JSON.parse((await team()).stdout).reps.find((x: { rep: string }) => x.rep === "赵六");
    expect(rep.movements).toMatchObject({ warning: 1, good: 2, sideways: 0, left: 0, entered: 0, threshold: 1 });
    const other = JSON.parse((await team()).stdout).reps.find((x: { rep: string }) => x.rep === "张三");
    expect(other.movements).toBeNull();
  });

  it("leaves every customer's name and phone out of the JSON, the table and the workbook with --anonymize", async () => {
    const out = join(dir, "anon.xlsx");
    const json = await team("--anonymize");
    const text = await crm(["team", folder, "--as-of", AS_OF, "--anonymize", "--out", out]);
    const xlsx = unzipSync(new Uint8Array(readFileSync(out)));
    const parts = Object.values(xlsx).map((p) => strFromU8(p)).join("\n");
    for (const output of [json.stdout, text.stdout, parts]) {
      for (const name of allNames) expect([name, output.includes(name)]).toEqual([name, false]);
      for (const phone of allPhones) expect([phone, output.includes(phone)]).toEqual([phone, false]);
      expect(output).not.toMatch(/13[89]\d{8}|0002-0000/);
    }
    // Still a useful view: the shared customers are listed, by their (non-personal) IDs.
    expect(JSON.parse(json.stdout).shared).toEqual([
      { id: "Z9", reps: ["赵六", "李四"], match: "phone" },
      { id: expect.stringMatching(/^#[0-9a-f]{10}$/), reps: ["赵六", "张三"], match: "id" },
      { id: "A003", reps: ["张三", "李四"], match: "id" },
    ]);
  }, 60_000);
});

describe("crm team --out", () => {
  const dir = tempDir();

  it("writes one row per rep, the team's totals and the 75/15/10 rule, and two native column charts over those cells", async () => {
    const folder = join(dir, "books");
    mkdirSync(folder);
    writeTemp(folder, "甲.xlsx", await repBook(7, people("J", 10, 1)));
    writeTemp(folder, "乙.xlsx", await repBook(8, people("Y", 6, 100)));
    writeTemp(folder, "坏.xlsx", "not a workbook");
    const out = join(dir, "team.xlsx");
    const r = await crm(["team", folder, "--as-of", AS_OF, "--out", out, "--lang", "zh-CN"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(out);
    const parts = unzipSync(new Uint8Array(readFileSync(out)));
    const sheet = strFromU8(parts["xl/worksheets/sheet1.xml"]);
    const rows = [...sheet.matchAll(/<row r="(\d+)">/g)].map((m) => Number(m[1]));
    expect(rows).toEqual([1, 2, 3, 4, 5, 6]); // header, 坏, 甲, 乙, totals, rule of thumb
    expect(sheet).toContain("团队合计");
    expect(sheet).toContain("经验比例");
    expect(sheet).toContain("不是 Excel 工作簿"); // the broken book's row says why
    const charts = Object.keys(parts).filter((p) => /^xl\/charts\/chart\d\.xml$/.test(p));
    expect(charts).toHaveLength(2);
    const quadrants = strFromU8(parts["xl/charts/chart1.xml"]);
    expect(quadrants).toContain('<c:grouping val="percentStacked"/>');
    expect(quadrants.match(/<c:ser>/g)).toHaveLength(4);
    expect(quadrants).toContain("<c:f>'团队'!$D$2:$D$4</c:f>");
    const mix = strFromU8(parts["xl/charts/chart2.xml"]);
    expect(mix.match(/<c:ser>/g)).toHaveLength(3);
    expect(mix).toContain("<c:v>0.75</c:v>");
    expect(strFromU8(parts["xl/drawings/drawing1.xml"]).match(/<c:chart /g)).toHaveLength(2);
  }, 60_000);
});

describe("crm team refuses", () => {
  const dir = tempDir();

  it("an --out that is one of the books, before reading any, and leaves the book as it was", async () => {
    const a = writeTemp(dir, "a.xlsx", await repBook(1, people("A", 3, 1)));
    const b = writeTemp(dir, "b.xlsx", await repBook(2, people("B", 3, 9)));
    const before = readFileSync(b);
    const r = await crm(["team", a, b, "--as-of", AS_OF, "--out", b]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--out");
    expect(readFileSync(b).equals(before)).toBe(true);
  });

  it("a --map whose column cannot hold its field, as score does: exit 2, one line naming the book and the column", async () => {
    const folder = join(dir, "map");
    mkdirSync(folder);
    writeTemp(folder, "张三.xlsx", await repBook(1, people("A", 3, 1)));
    writeTemp(folder, "李四.xlsx", await repBook(2, people("B", 3, 9)));
    const r = await crm(["team", folder, "--as-of", AS_OF, "--map", "purchases.amount=产品", "--lang", "zh-CN"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^.*(张三|李四)\.xlsx：--map purchases\.amount=产品：“购买记录”表的“产品”列存的是文字/);
    const en = await crm(["team", folder, "--as-of", AS_OF, "--map", "purchases.amount=产品", "--lang", "en-US", "--jobs", "2"]);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/\.xlsx: --map purchases\.amount=产品: Column “产品” on sheet “购买记录” holds text/);
  });

  it("a folder without workbooks, and a --jobs that is no number, in one line each", async () => {
    const empty = join(dir, "empty");
    mkdirSync(empty);
    expect(await crm(["team", empty])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^No \.xlsx workbooks in .*empty\.\n$/) });
    expect(await crm(["team", empty, "--jobs", "many"])).toMatchObject({ code: 2, stderr: expect.stringContaining("--jobs") });
  });
});

describe("crm team at a terminal", () => {
  const dir = tempDir();

  it("shows the books read so far on one progress line, wiped before the table", async () => {
    writeTemp(dir, "a.xlsx", await repBook(1, people("A", 3, 1)));
    writeTemp(dir, "b.xlsx", await repBook(2, people("B", 3, 9)));
    let stderr = "";
    let stdout = "";
    const code = await runCli(["team", dir, "--as-of", AS_OF], {
      stdout: (x) => (stdout += x),
      stderr: (x) => (stderr += x),
      terminals: { stdout: true, stderr: true },
    }, { LANG: "C", TERM: "xterm" });
    expect(code).toBe(0);
    expect(stderr).toContain("\rReading the reps' books… · 0/2");
    expect(stderr.endsWith("\r")).toBe(true); // wiped
    expect(stdout).toContain("团队概览（统计日 2026-03-31）：2 个工作簿，读取 2 个"); // the books are Chinese
  });
});

describe("crm team on worker threads", () => {
  const dir = tempDir();

  it("gives, reading the books on two worker threads, the JSON it gives reading them one by one", async () => {
    const folder = join(dir, "books");
    mkdirSync(folder);
    for (let i = 0; i < 4; i++) writeTemp(folder, `rep${i}.xlsx`, await repBook(20 + i, people(`R${i}`, 8 + i, i * 100)));
    writeTemp(folder, "broken.xlsx", "nope");
    const args = ["team", folder, "--as-of", AS_OF, "--json"];
    // The real command line (tsx), where workers can start; in-process (jest) the books are read one by one.
    const child = spawnSync(join(__dirname, "../../node_modules/.bin/tsx"), [join(__dirname, "../../src/cli/main.ts"), ...args, "--jobs", "2"], {
      encoding: "utf8",
      env: { ...process.env, LANG: "C", LC_ALL: "" },
    });
    const inProcess = await crm(args);
    expect(child.status).toBe(1);
    expect(JSON.parse(child.stdout)).toEqual(JSON.parse(inProcess.stdout));
  }, 180_000);
});

describe("crm team --help and crm sql --help", () => {
  it("say that --as-of is one date for every book (default today), not each book's own asOf setting", async () => {
    const en = await crm(["team", "--help"], { LANG: "en_US.UTF-8" });
    expect(en.code).toBe(0);
    const flat = (s: string) => s.replace(/\s+/g, " ");
    expect(flat(en.stdout)).toContain("--as-of <date> as-of date YYYY-MM-DD, the same for every book (default: today; a book's own asOf setting is not used");
    expect(flat(en.stdout)).not.toContain("settings sheet's asOf");
    const zh = await crm(["team", "--help"], { LANG: "zh_CN.UTF-8" });
    expect(flat(zh.stdout)).toContain("所有工作簿都按这一天计算（默认：今天；不使用各工作簿设置中的");
    const sql = await crm(["sql", "--help"], { LANG: "en_US.UTF-8" });
    expect(flat(sql.stdout)).toContain("--as-of <date> as-of date YYYY-MM-DD written into the query (default: today)");
  });
});
