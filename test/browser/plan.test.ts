/**
 * Today's plan in the workbench (issue 21): the Today tab lists what `crm plan` lists for the same
 * demo book; a reschedule from the plan takes the customer off today's plan, writes the new date
 * as 下次拜访 and makes them an appointment on that date (in the pane, and `crm plan --as-of` on the
 * downloaded book); a customer moved only by a threshold is
 * labelled so in the pane and on the dashboard.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { tmpdir } from "node:os";
import type { Browser, Page } from "playwright-core";
import { TABLES, COMPUTED_COLUMNS, caption } from "../../src/core/schema";
import { parseIsoDay, formatDay, serialFromDay } from "../../src/core/dates";
import type { Lang } from "../../src/core/i18n";
import { demoXlsx } from "../../src/demo/writeDemo";
import { crm } from "../cli/harness";
import { SKIP_MESSAGE, chromiumPresent, launchChromium } from "./chromium";
import { AS_OF, WorkbenchPage } from "./workbenchPage";
import { THRESHOLD_MOVE, buyForThresholdMove } from "./planBook";

jest.setTimeout(120_000);

if (!chromiumPresent) console.log(SKIP_MESSAGE);
const describeInBrowser = chromiumPresent ? describe : describe.skip;

const GROUPS = ["II", "I", "IV", "III"];

describeInBrowser("today's plan in the workbench", () => {
  let browser: Browser;
  const url = process.env.WORKBENCH_URL ?? "";
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  async function open(lang: Lang, customers?: number, width = 1400): Promise<{ page: Page; wb: WorkbenchPage }> {
    const page = await browser.newPage({ viewport: { width, height: 1000 } });
    page.on("pageerror", (e) => pageErrors.push(e.message));
    const wb = await WorkbenchPage.open(page, url, lang, customers);
    await wb.setUp();
    await wb.refresh();
    return { page, wb };
  }

  /** Today's entries as the tab shows them: name and reason, in display order. */
  async function todayEntries(page: Page): Promise<string[][]> {
    const pane = page.getByRole("complementary");
    return pane.locator("[data-plan-entry]").evaluateAll((els) => els.map((e) => [e.getAttribute("data-plan-entry") ?? "", e.querySelector("[data-reason]")?.textContent ?? ""]));
  }

  it.each([40, 300])("lists, at %d demo customers, exactly the entries of `crm plan` for the same book", async (customers) => {
    const { page, wb } = await open("zh-CN", customers);
    await wb.paneTab("plan");
    const shown = await todayEntries(page);
    const file = join(tmpdir(), `plan-demo-${customers}-${process.pid}.xlsx`);
    await writeFile(file, await demoXlsx({ lang: "zh-CN", asOf: parseIsoDay(AS_OF)!, customers }));
    const { stdout, code } = await crm(["plan", file, "--as-of", AS_OF, "--json"]);
    expect(code).toBe(0);
    const cli = JSON.parse(stdout) as { id: string; quadrant: string; reason: string }[];
    // The tab groups by quadrant (II, I, IV, III), keeping the plan's order within a group.
    const grouped = GROUPS.flatMap((q) => cli.filter((p) => p.quadrant === q));
    expect(shown.map(([id]) => id)).toEqual(grouped.map((p) => p.id));
    expect(shown.length).toBeGreaterThan(0);
    await page.close();
  });

  it("reschedules from the plan: off today's plan, 下次拜访 the new date, an appointment on that date", async () => {
    const { page, wb } = await open("zh-CN");
    await wb.paneTab("plan");
    const pane = page.getByRole("complementary");
    const entries = await todayEntries(page);
    const [id] = entries.find(([, reason]) => reason !== wb.text("plan.why.appointment"))!;
    const entry = pane.locator(`[data-plan-entry="${id}"]`);
    const name = (await entry.locator("[data-name]").textContent())!;
    await pane.getByRole("button", { name: wb.text("text.labelled", { label: wb.text("plan.log.reschedule"), value: name }), exact: true }).click();
    const newDate = formatDay(parseIsoDay(AS_OF)! + 5);
    // First a date in the past: refused in the field, in the user's language.
    await pane.getByLabel(wb.text("plan.log.rescheduleTo")).fill(formatDay(parseIsoDay(AS_OF)! - 1));
    await pane.getByRole("button", { name: wb.text("log.save") }).click();
    await pane.getByText(wb.text("plan.log.error.beforeToday", { date: AS_OF })).waitFor();
    await pane.getByLabel(wb.text("plan.log.rescheduleTo")).fill(newDate);
    await pane.getByRole("button", { name: wb.text("log.save") }).click();
    await pane.getByText(/已追加到/).waitFor();
    await wb.refresh();
    expect((await todayEntries(page)).map(([x]) => x)).not.toContain(id);
    // 下次拜访 in the customer sheet holds the new date; the follow-up row is a 改约.
    const sheet = TABLES.customers.zh;
    const grid = await page.evaluate((s) => window.__workbench!.fake.workbook.values(s), sheet);
    const col = grid[0].indexOf(COMPUTED_COLUMNS.find((c) => c.key === "nextVisit")!.zh);
    const row = grid.find((r) => r[0] === id)!;
    expect(row[col]).toBe(serialFromDay(parseIsoDay(newDate)!, false));
    const followUps = await page.evaluate((s) => window.__workbench!.fake.workbook.values(s), TABLES.followUps.zh);
    expect(followUps[followUps.length - 1].slice(0, 3)).toEqual([id, serialFromDay(parseIsoDay(AS_OF)!, false), "改约"]);
    // The book as the rep downloads it: `crm plan` agrees — off today's plan, an appointment on the new date.
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: wb.text("taskpane.workbench.download") }).click();
    const saved = join(tmpdir(), `plan-rescheduled-${process.pid}.xlsx`);
    await (await download).saveAs(saved);
    const planOn = async (iso: string) => {
      const { code, stdout } = await crm(["plan", saved, "--as-of", iso, "--json"]);
      expect(code).toBe(0);
      return (JSON.parse(stdout) as { id: string; reason: string }[]).filter((p) => p.id === id).map((p) => p.reason);
    };
    expect(await planOn(AS_OF)).toEqual([]);
    expect(await planOn(newDate)).toEqual(["appointment"]);
    // On that date (the settings' as-of date) the plan lists them as an appointment.
    await setAsOf(page, wb, newDate);
    await wb.refresh();
    await wb.paneTab("plan");
    const then = await todayEntries(page);
    expect(then.find(([x]) => x === id)).toEqual([id, wb.text("plan.why.appointment")]);
    await page.close();
  });

  it.each<Lang>(["zh-CN", "en-US"])("labels a customer moved only by a threshold as such, in the pane and on the dashboard (%s)", async (lang) => {
    const { page, wb } = await open(lang);
    await buyForThresholdMove(page, lang);
    await wb.refresh();
    await wb.paneTab("summary");
    const { moved } = THRESHOLD_MOVE[lang];
    const name = await page.evaluate(
      ([sheet, id]) => String(window.__workbench!.fake.workbook.values(sheet).find((r) => r[0] === id)![1]),
      [caption(TABLES.customers, lang), moved] as const,
    );
    const apart = page.getByRole("complementary").getByRole("region", { name: wb.text("history.cause.threshold") });
    await apart.getByText(name, { exact: true }).waitFor();
    const dashboard = await page.evaluate((sheet) => window.__workbench!.fake.workbook.values(sheet), wb.text("dashboard.sheet"));
    expect(dashboard.find((r) => r[1] === moved)?.[0]).toBe(wb.text("history.cause.threshold"));
    // … under the note that names the thresholds before and now.
    const note = wb.text("move.threshold.note", { change: "§" }).split("§")[0];
    expect(dashboard.some((r) => String(r[0]).startsWith(note) && String(r[0]).includes("→"))).toBe(true);
    await page.close();
  });
});

/** The user types a date into the settings table's asOf row. */
async function setAsOf(page: Page, wb: WorkbenchPage, iso: string): Promise<void> {
  await page.evaluate(
    ([sheet, serial]) => {
      const book = window.__workbench!.fake.workbook;
      const grid = book.values(sheet);
      const row = grid.findIndex((r) => r[0] === "asOf");
      book.user.setValues(sheet, `B${row + 1}`, [[serial]]);
    },
    [TABLES.settings.zh, serialFromDay(parseIsoDay(iso)!, false)] as const,
  );
  await wb.settle();
}
