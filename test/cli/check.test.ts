import { crm } from "./harness";
import { buildXlsx, date, tempDir, writeTemp, zhTableBook } from "../fixtures/workbooks";

const AS_OF = "2026-06-30";

/** A customer book with mistakes planted at known rows (worksheet rows in the comments). */
function plantedBook(): Promise<Uint8Array> {
  return buildXlsx([
    {
      name: "客户",
      table: "crmCustomers",
      rows: [
        ["客户编号", "客户名称", "电话"], // 1
        ["C001", "张伟", null], // 2
        ["C002", "李娜", null], // 3
        [null, "王芳", "13800000000"], // 4 blank ID
        ["C002", "赵强", null], // 5 duplicate of row 3
        ["001", "陈静", null], // 6 text 001 …
        [1, "周明", null], // 7 … and the number 1
      ],
    },
    {
      name: "购买记录",
      table: "crmPurchases",
      rows: [
        ["客户编号", "日期", "产品", "金额", "回款状态"], // 1
        ["C001", date("2026-01-10"), "基金", 1000, "正常"], // 2
        ["C001", date("2026-01-11"), "基金", "abc", "正常"], // 3 not an amount
        ["C001", "3/5/2026", "基金", 500, "正常"], // 4 ambiguous date
        ["C999", date("2026-01-12"), "基金", 500, "正常"], // 5 orphan
        ["C002", date("2026-02-01"), "理财", "¥1,200.50", "正常"], // 6 amounts as text
        ["C002", date("2026-02-02"), "理财", "1.2万", "正常"], // 7
        ["C002", date("2026-02-03"), "理财", "1,200元", "正常"], // 8
        ["C002", "2026-03-05", "理财", 100, "正常"], // 9 dates as text
        ["C002", "2026/3/5", "理财", 100, "正常"], // 10
        ["C002", "2026.3.5", "理财", 100, "正常"], // 11
        ["C002", "2026年3月5日", "理财", 100, "正常"], // 12
        ["001", date("2026-02-04"), "理财", 300, "正常"], // 13 belongs to text 001
      ],
    },
    {
      name: "跟进记录",
      table: "crmFollowUps",
      rows: [
        ["客户编号", "日期", "方式", "内容"],
        ["C001", date("2026-05-01"), "拜访", '=HYPERLINK("http://x","y")'],
        ["C002", date("2026-05-02"), "电话", "+cmd"],
        ["C002", date("2026-05-03"), "微信", "@SUM(A1)"],
      ],
    },
  ]);
}

interface ProblemJson {
  severity: string;
  code: string;
  sheet: string;
  row: number;
  column: string;
  message: string;
}

describe("crm check", () => {
  const dir = tempDir();

  it("reports exactly the planted problems, at their worksheet rows and header captions, and exits 1", async () => {
    const file = writeTemp(dir, "planted.xlsx", await plantedBook());
    const { code, stdout, stderr } = await crm(["check", file, "--as-of", AS_OF, "--json"]);
    expect(stderr).toBe("");
    expect(code).toBe(1);
    const problems: ProblemJson[] = JSON.parse(stdout);
    const found = problems.map((p) => [p.severity, p.code, p.sheet, p.row, p.column].join(" "));
    expect(found.sort()).toEqual(
      [
        "error id.missing 客户 4 客户编号",
        "error id.duplicate 客户 5 客户编号",
        "warning id.lookalike 客户 7 客户编号",
        "error amount.invalid 购买记录 3 金额",
        "error date.invalid 购买记录 4 日期",
        "error orphan 购买记录 5 客户编号",
        "warning amount.text 购买记录 6 金额",
        "warning amount.text 购买记录 7 金额",
        "warning amount.text 购买记录 8 金额",
        "warning date.text 购买记录 9 日期",
        "warning date.text 购买记录 10 日期",
        "warning date.text 购买记录 11 日期",
        "warning date.text 购买记录 12 日期",
      ].sort(),
    );
    for (const p of problems) expect(p.message).toContain(String(p.row));
  });

  it("counts amounts and dates typed as text in the score, and leaves out the rows it reports as errors", async () => {
    const file = writeTemp(dir, "planted-score.xlsx", await plantedBook());
    const scores = JSON.parse((await crm(["score", file, "--as-of", AS_OF, "--json"])).stdout);
    const byId = Object.fromEntries(scores.map((s: { id: string; amount: number }) => [s.id, s.amount]));
    expect(byId).toEqual({ C001: 1000, C002: 1200.5 + 12000 + 1200 + 400, "001": 300, "1": 0 });
  });

  it("prints [] and exits 0 on a clean workbook", async () => {
    const file = writeTemp(dir, "clean.xlsx", await zhTableBook());
    const result = await crm(["check", file, "--as-of", AS_OF, "--json"]);
    expect(result).toEqual({ code: 0, stdout: "[]\n", stderr: "" });
  });

  it("groups the readable report by sheet with sheet!row and column on each line", async () => {
    const file = writeTemp(dir, "planted-text.xlsx", await plantedBook());
    const { code, stdout } = await crm(["check", file, "--as-of", AS_OF, "--lang", "en-US"]);
    expect(code).toBe(1);
    const lines = stdout.split("\n");
    expect(lines).toContain("购买记录");
    expect(lines.find((l) => l.includes("购买记录!3"))).toMatch(/^ {2}购买记录!3 金额: error /);
    expect(stdout).toMatch(/5 errors, 8 warnings\./);
  });

  it("says a repeated warning without a group wording at its first cell, like a single one, with the other rows after it", async () => {
    const file = writeTemp(
      dir,
      "headings.xlsx",
      await buildXlsx([
        {
          name: "客户名单",
          rows: [["客户编号", "客户名称"], ["一、华东区", null], ["C1", "甲"], ["二、华南区", null], ["C2", "乙"], ["三、华北区", null], ["C3", "丙"]],
        },
      ]),
    );
    const zh = (await crm(["check", file, "--as-of", AS_OF, "--lang", "zh-CN"])).stdout.split("\n");
    expect(zh.filter((l) => l.includes("分组标题"))).toEqual([
      "  客户名单!2 客户编号：警告 “一、华东区”是分组标题，不是记录，已跳过。（另有 2 处同类问题，在第 4、6 行）",
    ]);
    const en = (await crm(["check", file, "--as-of", AS_OF, "--lang", "en-US"])).stdout.split("\n");
    expect(en.filter((l) => l.includes("group heading"))).toEqual([
      "  客户名单!2 客户编号: warning “一、华东区” is a group heading, not a record; it was skipped. (and 2 more like it, at rows 4, 6)",
    ]);
  });

  describe("a book with the same warning in many rows", () => {
    async function noisyFile(): Promise<string> {
      const purchases: unknown[][] = [["客户编号", "日期", "金额", "回款状态"]];
      for (let i = 0; i < 40; i++) purchases.push(["C1", "2026/3/5", 10]);
      purchases.push(["C1", "2026/3/5", "abc"]);
      return writeTemp(
        dir,
        "noisy.xlsx",
        await buildXlsx([
          { name: "客户", rows: [["客户编号", "客户名称"], ["C1", "甲"]] },
          { name: "购买记录", rows: purchases as never },
        ]),
      );
    }

    it("says it in one readable line with the count, the first rows and the fix", async () => {
      const { code, stdout } = await crm(["check", await noisyFile(), "--as-of", AS_OF, "--lang", "en-US"]);
      expect(code).toBe(1);
      const lines = stdout.split("\n");
      expect(lines).toContain("  warning 41 dates typed as text in 购买记录 “日期”, rows 2, 3, 4, 5, 6 …");
      expect(lines).toContain("    → Retype them as dates, or leave them: they are understood.");
      expect(lines.find((l) => l.includes("购买记录!42"))).toMatch(/^ {2}购买记录!42 金额: error “abc” is not an amount/);
      expect(lines.filter((l) => l.startsWith("  ")).length).toBe(3);
      expect(stdout).toMatch(/1 errors?, 41 warnings\./);
    });

    it("keeps one JSON object per cell, and gives the groups with --group", async () => {
      const file = await noisyFile();
      const cells = JSON.parse((await crm(["check", file, "--as-of", AS_OF, "--json"])).stdout) as unknown[];
      expect(cells).toHaveLength(42);
      const groups = JSON.parse((await crm(["check", file, "--as-of", AS_OF, "--json", "--group", "--lang", "en-US"])).stdout) as Record<string, unknown>[];
      expect(groups.map((g) => [g.severity, g.code, g.sheet, g.column, g.count])).toEqual([
        ["error", "amount.invalid", "购买记录", "金额", 1],
        ["warning", "date.text", "购买记录", "日期", 41],
      ]);
      expect(groups[1].rows).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
      expect(groups[1].fix).toBe("Retype them as dates, or leave them: they are understood.");
    });
  });
});
