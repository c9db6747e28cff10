/**
 * The workbench as a person uses it, for the browser tests and the screenshot script: buttons and
 * tabs found by their accessible names, the pane's quadrant counts read from its groups, and the
 * grid read cell by cell (scrolling through its windowed rows).
 */
import type { Page } from "playwright-core";
import type { Lang } from "../../src/core/i18n";
import { t } from "../../src/core/i18n";
import type { Quadrant } from "../../src/core/strategy";
import { QUADRANTS, relationshipName } from "../../src/core/strategy";

/** The demo's "today" in every test and screenshot, so the pictures do not change by the day. */
export const AS_OF = "2026-03-05";

export class WorkbenchPage {
  constructor(
    readonly page: Page,
    public lang: Lang,
  ) {}

  /** `customers`: a bigger demo than the default. */
  static async open(page: Page, baseUrl: string, lang: Lang, customers?: number): Promise<WorkbenchPage> {
    // The development bundle is large: its first load passed Playwright's 30 s default on two loaded
    // cores. The suites' own timeouts (120 s) still bound a page that never loads.
    const slow = { timeout: 100_000 };
    await page.goto(`${baseUrl}?lang=${lang}&asOf=${AS_OF}${customers ? `&customers=${customers}` : ""}`, slow);
    const wb = new WorkbenchPage(page, lang);
    await page.getByRole("grid").waitFor(slow);
    return wb;
  }

  text(key: string, params?: Record<string, string | number>): string {
    return t(this.lang, key, params);
  }

  async setUp(): Promise<void> {
    await this.page.getByRole("button", { name: this.text("taskpane.action.setup") }).click();
    await this.page.getByText(this.text("taskpane.setup.done")).waitFor();
  }

  async refresh(): Promise<void> {
    await this.page.getByRole("button", { name: this.text("taskpane.action.refresh") }).click();
    await this.page.getByText(this.text("taskpane.refresh.done")).waitFor();
    await this.settle();
  }

  /** Waits until the workbook stops changing (the engine's re-read and recalculation included). */
  async settle(): Promise<void> {
    await this.page.evaluate(async () => {
      const wb = window.__workbench!;
      await wb.fake.workbook.whenIdle();
      await wb.engine.settled();
    });
    await this.page.waitForTimeout(250);
  }

  async paneTab(key: "summary" | "plan" | "problems" | "customer" | "review" | "import" | "coverage" | "accounts"): Promise<void> {
    // Within the pane: the workbook's sheet tabs are tabs too (a sheet may be called 象限图).
    const pane = this.page.getByRole("complementary");
    const name = new RegExp(`^${this.text(`taskpane.tab.${key}`)}`);
    const tab = pane.getByRole("tab", { name });
    if (await tab.isVisible()) return tab.click();
    // A narrow pane keeps the tabs that do not fit behind "More" (Office's overflow menu).
    await pane
      .getByRole("button", {
        name: new RegExp(`^${escape(this.text("taskpane.tabs.more", { count: "#" })).replace("#", "\\d+")}$`),
      })
      .click();
    await this.page.getByRole("menuitem", { name }).click();
    await tab.waitFor();
  }

  /** The count in each cell of the pane's 2×2 summary, read from the cells' accessible names. */
  async quadrantCounts(): Promise<Record<Quadrant, number>> {
    const counts = {} as Record<Quadrant, number>;
    for (const q of QUADRANTS) {
      const label = this.text("taskpane.summary.cellLabel", {
        quadrant: q,
        relationship: relationshipName(q, this.lang),
        count: "#",
      });
      const pattern = new RegExp(`^${escape(label).replace("#", "(\\d+)")}$`);
      const name = (await this.page.getByRole("group", { name: pattern }).getAttribute("aria-label")) ?? "";
      counts[q] = Number(pattern.exec(name)?.[1]);
    }
    return counts;
  }

  async sheetTab(name: string): Promise<void> {
    await this.page
      .getByRole("tablist", { name: this.text("taskpane.workbench.sheets") })
      .getByRole("tab", { name })
      .click();
  }

  /** Waits until `name` is the selected sheet tab: the workbench shows an activation a render after the batch that made it. */
  async sheetShown(name: string): Promise<void> {
    await this.page.getByRole("tablist", { name: this.text("taskpane.workbench.sheets") }).getByRole("tab", { name, exact: true, selected: true }).waitFor();
  }

  async selectedSheet(): Promise<string> {
    return (
      (await this.page
        .getByRole("tablist", { name: this.text("taskpane.workbench.sheets") })
        .getByRole("tab", { selected: true })
        .textContent()) ?? ""
    );
  }

  async nameBox(): Promise<string> {
    return (await this.page.getByRole("status", { name: this.text("taskpane.workbench.nameBox") }).textContent()) ?? "";
  }

  async formulaBar(): Promise<string> {
    return this.page.getByRole("textbox", { name: this.text("taskpane.workbench.formulaBar") }).inputValue();
  }

  /** The selected (active) cell of the grid: its text. */
  async selectedCellText(): Promise<string> {
    return (await this.page.locator('[role="gridcell"][aria-selected="true"]').textContent()) ?? "";
  }

  /** Clicks a cell by its worksheet address (row 1-based, as Excel shows it). */
  async clickCell(column: number, row: number): Promise<void> {
    await this.page.evaluate(
      ([r]) => {
        const grid = document.querySelector('[role="grid"]') as HTMLElement;
        grid.scrollTop = Math.max(0, (r - 5) * 22);
      },
      [row],
    );
    await this.page
      .locator(`[role="row"][aria-rowindex="${row + 1}"] [role="gridcell"][aria-colindex="${column + 2}"]`)
      .click();
  }

  async typeInFormulaBar(text: string): Promise<void> {
    const bar = this.page.getByRole("textbox", { name: this.text("taskpane.workbench.formulaBar") });
    await bar.fill(text);
    await bar.press("Enter");
    await this.settle();
  }

  /** Every row's text of the sheet's grid, [row][column] from A1, scrolling through its windowed rows. */
  async gridRows(): Promise<string[][]> {
    return this.page.evaluate(async () => {
      const grid = document.querySelector('[role="grid"]') as HTMLElement;
      const rowHeight = (grid.querySelector('[role="row"]') as HTMLElement).offsetHeight;
      const rows: string[][] = [];
      // No named helpers in here: tsx would wrap them in a `__name` call the page does not have.
      for (let top = 0; ; top = grid.scrollTop + grid.clientHeight) {
        grid.scrollTop = top;
        // The grid renders the rows of a scroll position a frame or two later: wait until both the first
        // and the last row in view are there (either may linger from the previous window's margin).
        const first = Math.floor(grid.scrollTop / rowHeight) + 2;
        const last = Math.min(
          Number(grid.getAttribute("aria-rowcount")),
          Math.floor((grid.scrollTop + grid.clientHeight) / rowHeight),
        );
        for (
          let i = 0;
          i < 60 &&
          !(
            grid.querySelector(`[role="row"][aria-rowindex="${first}"]`) &&
            grid.querySelector(`[role="row"][aria-rowindex="${last}"]`)
          );
          i++
        ) {
          await new Promise((r) => requestAnimationFrame(r));
        }
        for (const row of grid.querySelectorAll('[role="row"]')) {
          const index = Number(row.getAttribute("aria-rowindex")) - 2;
          if (index >= 0) rows[index] = [...row.querySelectorAll('[role="gridcell"]')].map((c) => c.textContent ?? "");
        }
        if (grid.scrollTop + grid.clientHeight >= grid.scrollHeight - 1) break;
      }
      const filled = Array.from(rows, (r) => r ?? []);
      while (filled.length > 0 && filled[filled.length - 1].every((c) => c === "")) filled.pop();
      return filled;
    });
  }

  /** The column under a header caption of row 1 (values of rows 2…), read from the grid. */
  async gridColumn(header: string): Promise<string[]> {
    const rows = await this.gridRows();
    const c = rows[0].indexOf(header);
    if (c < 0) throw new Error(`no column “${header}” in ${rows[0].join(" | ")}`);
    return rows.slice(1).map((r) => r[c]);
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
