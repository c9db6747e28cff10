/**
 * The ribbon's "Refresh quadrants" command: one refresh through the workbook host, in Office's
 * display language, without a pane of its own. Success shows in the refreshed cells. A failure
 * opens the task pane, which can show the error it hears through `onCommandOutcome`.
 *
 * Office keeps the ribbon busy until the command's event completes, so the event completes
 * whatever happens, and without waiting for the pane to open.
 */
import { langFromLocale } from "../core/i18n";
import type { WorkbookHost } from "../excel/host";
import { publishCommandOutcome } from "./outcomes";

/** The action id; the manifest's `<FunctionName>` must name it. */
export const REFRESH_QUADRANTS = "refreshQuadrants";

/** What a command needs from Office apart from the workbook; `officeUi` is the Office.js one. */
export interface CommandUi {
  /** Office's display language, e.g. "zh-CN". */
  displayLanguage(): string;
  /** Opens the add-in's task pane. */
  showTaskpane(): Promise<void>;
}

/** The part of `Office.AddinCommands.Event` a command uses. */
export type CommandEvent = Pick<Office.AddinCommands.Event, "completed">;

export const officeUi: CommandUi = {
  displayLanguage: () => Office.context.displayLanguage,
  // SharedRuntime 1.1, which the manifest requires.
  showTaskpane: () => Office.addin.showAsTaskpane(),
};

export async function refreshQuadrants(
  host: Pick<WorkbookHost, "refresh">,
  ui: CommandUi,
  event: CommandEvent,
): Promise<void> {
  try {
    const result = await host.refresh(langFromLocale(ui.displayLanguage()));
    publishCommandOutcome({ command: REFRESH_QUADRANTS, ok: true, result });
  } catch (error) {
    console.error("Refresh quadrants failed", error);
    publishCommandOutcome({ command: REFRESH_QUADRANTS, ok: false, error });
    showTaskpane(ui);
  } finally {
    event.completed();
  }
}

function showTaskpane(ui: CommandUi): void {
  try {
    ui.showTaskpane().catch((error: unknown) => console.error("Could not open the task pane", error));
  } catch (error) {
    console.error("Could not open the task pane", error);
  }
}
